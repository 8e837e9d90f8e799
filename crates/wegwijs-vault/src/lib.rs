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

pub use blob::{BlobError, decrypt, encrypt};
pub use keys::{DocumentKey, KeyError, VaultKey};
