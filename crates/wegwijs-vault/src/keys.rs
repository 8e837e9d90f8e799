//! Keys. Every document has its own random 256-bit key; the vault key wraps
//! (encrypts) document keys so that only wrapped keys are ever stored, and
//! deleting a document's wrapped key destroys the document.

use std::fmt;

use ring::aead::{AES_256_GCM, Aad, LessSafeKey, Nonce, UnboundKey};
use ring::rand::{SecureRandom, SystemRandom};
use zeroize::Zeroizing;

pub const KEY_LEN: usize = 32;
const NONCE_LEN: usize = 12;
const TAG_LEN: usize = 16;
/// Version byte of the wrapped-key format.
const WRAP_VERSION: u8 = 1;
/// 1 version byte, a 96-bit nonce, the encrypted key and its tag.
pub const WRAPPED_LEN: usize = 1 + NONCE_LEN + KEY_LEN + TAG_LEN;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    #[error("the system's random number generator failed")]
    Random,
    /// Wrong vault key, or the wrapped key was altered, or it belongs to
    /// another document.
    #[error("the wrapped key does not open with this vault key")]
    Unwrap,
    #[error("the wrapped key has an unknown version or length")]
    Format,
}

fn random_bytes<const N: usize>() -> Result<Zeroizing<[u8; N]>, KeyError> {
    let mut b = Zeroizing::new([0u8; N]);
    SystemRandom::new()
        .fill(b.as_mut())
        .map_err(|_| KeyError::Random)?;
    Ok(b)
}

/// A document's own key. Zeroed when dropped; its `Debug` shows nothing.
pub struct DocumentKey(Zeroizing<[u8; KEY_LEN]>);

/// The key that wraps document keys (kept in the OS keyring or derived
/// from a passphrase, above this crate). Zeroed when dropped.
pub struct VaultKey(Zeroizing<[u8; KEY_LEN]>);

impl fmt::Debug for DocumentKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DocumentKey(redacted)")
    }
}

impl fmt::Debug for VaultKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("VaultKey(redacted)")
    }
}

impl DocumentKey {
    pub fn generate() -> Result<Self, KeyError> {
        random_bytes().map(DocumentKey)
    }

    /// A key known in advance, for the fuzzer: it must reach past the
    /// header checks into the chunks.
    pub(crate) fn fixed(bytes: [u8; KEY_LEN]) -> Self {
        DocumentKey(Zeroizing::new(bytes))
    }

    pub(crate) fn aead(&self) -> LessSafeKey {
        // A 32-byte key is always valid for AES-256-GCM.
        LessSafeKey::new(
            UnboundKey::new(&AES_256_GCM, self.0.as_ref()).unwrap_or_else(|_| unreachable!()),
        )
    }
}

impl VaultKey {
    pub fn generate() -> Result<Self, KeyError> {
        random_bytes().map(VaultKey)
    }

    pub fn from_bytes(bytes: [u8; KEY_LEN]) -> Self {
        VaultKey(Zeroizing::new(bytes))
    }

    /// The raw bytes, for storing in the keyring; never for logs or IPC.
    pub fn expose(&self) -> &[u8; KEY_LEN] {
        &self.0
    }

    fn aead(&self) -> LessSafeKey {
        LessSafeKey::new(
            UnboundKey::new(&AES_256_GCM, self.0.as_ref()).unwrap_or_else(|_| unreachable!()),
        )
    }

    /// Encrypts `key` for storage, bound to `document_id` so a wrapped key
    /// cannot be moved to another document.
    pub fn wrap(
        &self,
        key: &DocumentKey,
        document_id: &[u8],
    ) -> Result<[u8; WRAPPED_LEN], KeyError> {
        let nonce: Zeroizing<[u8; NONCE_LEN]> = random_bytes()?;
        let mut buf = key.0.to_vec();
        self.aead()
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(*nonce),
                Aad::from(document_id),
                &mut buf,
            )
            .map_err(|_| KeyError::Random)?;
        let mut out = [0u8; WRAPPED_LEN];
        out[0] = WRAP_VERSION;
        out[1..1 + NONCE_LEN].copy_from_slice(nonce.as_ref());
        out[1 + NONCE_LEN..].copy_from_slice(&buf);
        Ok(out)
    }

    pub fn unwrap_key(&self, wrapped: &[u8], document_id: &[u8]) -> Result<DocumentKey, KeyError> {
        if wrapped.len() != WRAPPED_LEN || wrapped[0] != WRAP_VERSION {
            return Err(KeyError::Format);
        }
        let mut nonce = [0u8; NONCE_LEN];
        nonce.copy_from_slice(&wrapped[1..1 + NONCE_LEN]);
        let mut buf = Zeroizing::new(wrapped[1 + NONCE_LEN..].to_vec());
        let plain = self
            .aead()
            .open_in_place(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(document_id),
                &mut buf,
            )
            .map_err(|_| KeyError::Unwrap)?;
        let mut key = Zeroizing::new([0u8; KEY_LEN]);
        key.copy_from_slice(plain);
        Ok(DocumentKey(key))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_keys_open_only_with_the_right_vault_key_and_document() {
        let vault = VaultKey::generate().unwrap();
        let doc = DocumentKey::generate().unwrap();
        let wrapped = vault.wrap(&doc, b"doc-1").unwrap();
        let back = vault.unwrap_key(&wrapped, b"doc-1").unwrap();
        assert_eq!(back.0.as_ref(), doc.0.as_ref());
        assert_eq!(
            vault.unwrap_key(&wrapped, b"doc-2").unwrap_err(),
            KeyError::Unwrap
        );
        let other = VaultKey::generate().unwrap();
        assert_eq!(
            other.unwrap_key(&wrapped, b"doc-1").unwrap_err(),
            KeyError::Unwrap
        );
        let mut flipped = wrapped;
        flipped[20] ^= 1;
        assert_eq!(
            vault.unwrap_key(&flipped, b"doc-1").unwrap_err(),
            KeyError::Unwrap
        );
        assert_eq!(
            vault.unwrap_key(&wrapped[1..], b"doc-1").unwrap_err(),
            KeyError::Format
        );
    }

    #[test]
    fn keys_never_show_in_debug_output() {
        let k = DocumentKey::generate().unwrap();
        assert_eq!(format!("{k:?}"), "DocumentKey(redacted)");
        assert_eq!(
            format!("{:?}", VaultKey::generate().unwrap()),
            "VaultKey(redacted)"
        );
    }
}
