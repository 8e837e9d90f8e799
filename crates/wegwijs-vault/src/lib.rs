//! The document vault's building blocks: the encrypted blob format
//! ([`blob`]), document keys and their wrapping by the vault key ([`keys`]),
//! and durable file writes ([`durable`]).
//!
//! The format is specified in `docs/vault-format.md`. This crate does no key
//! storage (the OS keyring and the passphrase fallback live above it) and
//! keeps no database.

pub mod blob;
pub mod durable;
pub mod keys;

pub use blob::{BlobError, decrypt, encrypt};
pub use keys::{DocumentKey, KeyError, VaultKey};
