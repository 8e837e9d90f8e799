//! The fake provider as a program, for the end-to-end tests of the desktop
//! app (tests/e2e): the very answers the Rust tests use, and that
//! `wegwijs-zgw`'s tests check against the Zaken and Catalogi schemas, so
//! no second fake can drift from the standard. It prints its origin on
//! one line once it listens, and runs until it is killed.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let provider = wegwijs_fake_zgw::Provider::start().await;
    let mut out = std::io::stdout();
    writeln!(out, "{}", provider.origin).unwrap();
    out.flush().unwrap();
    std::future::pending::<()>().await;
}
