//! Runs the fake provider until killed, printing its origin: for checking
//! it from outside, e.g. with Prism in front (`cargo xtask test` does).

#![allow(clippy::print_stdout)]

fn main() {
    let fake = wegwijs_fake_zgw::Provider::start_in_thread();
    println!("{}", fake.origin);
    loop {
        std::thread::park();
    }
}
