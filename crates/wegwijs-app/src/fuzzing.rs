//! Entry points for the fuzzers (`fuzz/`, `cargo xtask fuzz`) and their
//! regression tests (`tests/fuzz_regressions.rs`): each takes untrusted
//! bytes and must never panic, except where it checks a promise.

use std::sync::OnceLock;

pub use wegwijs_announce::fuzzing::sru_page;
pub use wegwijs_content::fuzzing::content_toml;
pub use wegwijs_login::fuzzing::callback_head;
pub use wegwijs_vault::fuzzing::{blob, blob_decrypts, blob_seed, key_file, recovery_key};

/// The archive inside a backup, as a restore reads it.
pub fn backup_tar(data: &[u8]) {
    crate::backup::fuzz_backup_tar(data);
}

/// A search as typed, on a real (encrypted) store: whatever the query
/// builder makes of it, FTS5 accepts; no input is an error.
pub fn search_query(data: &[u8]) {
    type Db = (tokio::runtime::Runtime, wegwijs_store::Store);
    static DB: OnceLock<Option<Db>> = OnceLock::new();
    let Some((rt, store)) = DB.get_or_init(|| {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .ok()?;
        // One scratch database per process, made anew.
        let dir = std::env::temp_dir().join(format!("wegwijs-fuzz-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let key = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
        let store = rt.block_on(wegwijs_store::Store::open(&dir, key)).ok()?;
        Some((rt, store))
    }) else {
        return;
    };
    let text = String::from_utf8_lossy(data);
    let result = rt.block_on(store.search_documents(&text, 20));
    assert!(result.is_ok(), "{text:?}: {result:?}");
}
