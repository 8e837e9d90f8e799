//! Its own test binary, so that the process is fresh: the opens below are
//! the first SQLite calls it makes, as when the app and a background task
//! start at once.

use std::sync::{Arc, Barrier};
use wegwijs_store::Store;

const KEY: &str = "2b7e151628aed2a6abf7158809cf4f3c2b7e151628aed2a6abf7158809cf4f3c";

#[test]
fn stores_opened_at_once_in_a_fresh_process_all_open() {
    const AT_ONCE: usize = 8;
    let barrier = Arc::new(Barrier::new(AT_ONCE));
    let threads: Vec<_> = (0..AT_ONCE)
        .map(|_| {
            let barrier = Arc::clone(&barrier);
            std::thread::spawn(move || {
                let dir = tempfile::tempdir().unwrap();
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                barrier.wait();
                runtime.block_on(async {
                    let opened = Store::open(dir.path(), KEY).await;
                    let ok = opened.is_ok();
                    if let Ok(store) = opened {
                        store.close().await;
                    }
                    ok
                })
            })
        })
        .collect();
    let opened = threads
        .into_iter()
        .map(|t| t.join().unwrap())
        .filter(|ok| *ok)
        .count();
    assert_eq!(opened, AT_ONCE, "every store opens");
}
