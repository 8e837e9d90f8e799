//! The fake services as a program, for the end-to-end tests of the desktop
//! app (tests/e2e): the answers the Rust tests use. It listens on the port
//! given as its argument (else any), prints its origin on one line once it
//! does, and runs until it is killed. `GET /_mode/NAME`
//! switches how it answers, `GET /_asked` says how many requests came.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let port = std::env::args()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    let fake = wegwijs_fake_announce::Fake::start_on(port).await;
    let mut out = std::io::stdout();
    writeln!(out, "{}", fake.origin).unwrap();
    out.flush().unwrap();
    std::future::pending::<()>().await;
}
