//! The document vault's building blocks: the encrypted blob format
//! ([`blob`]), document keys and their wrapping by the vault key ([`keys`]),
//! and durable file writes ([`durable`]).
//!
//! Key management ([`keystore`]): the master key in the OS keyring or
//! behind a passphrase, and the recovery key.
//!
//! The format is specified in `docs/vault-format.md`. This crate keeps no
//! database.

pub mod blob;
pub mod durable;
pub mod extract;
pub mod files;
pub mod keys;
pub mod keystore;

/// Entry points for the fuzzers (`fuzz/`) and their regression tests:
/// untrusted bytes in, never a panic out.
#[doc(hidden)]
pub mod fuzzing {
    fn key() -> crate::DocumentKey {
        crate::DocumentKey::fixed([7; 32])
    }

    /// A blob file as read from the vault directory (under the key the
    /// seeds were made with, so mutations reach past the header).
    pub fn blob(data: &[u8]) {
        let _ = blob_decrypts(data);
    }

    /// Whether `data` is a whole, authentic blob under the seeds' key.
    pub fn blob_decrypts(data: &[u8]) -> bool {
        crate::blob::decrypt(&key(), data, std::io::sink()).is_ok()
    }

    /// A real blob of three small chunks under that key: a seed.
    pub fn blob_seed() -> Vec<u8> {
        let mut out = Vec::new();
        let plain = vec![b'w'; 2500];
        let _ = crate::blob::encrypt_with_chunk_size(&key(), &plain[..], &mut out, 10);
        out
    }

    /// keys.json as read from the data directory.
    pub fn key_file(data: &[u8]) {
        crate::keystore::fuzz_key_file(data);
    }

    /// A recovery key as typed.
    pub fn recovery_key(data: &[u8]) {
        crate::keystore::fuzz_recovery_key(&String::from_utf8_lossy(data));
    }
}

pub use blob::{BlobError, decrypt, encrypt};
pub use keys::{DocumentKey, KeyError, VaultKey};
