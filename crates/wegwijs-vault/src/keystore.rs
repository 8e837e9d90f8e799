//! Where the master key lives, and how it is opened.
//!
//! One random 256-bit master key per installation. From it, HKDF derives the
//! database key (SQLCipher, raw key) and the vault key (wraps document keys),
//! so neither is ever stored. The master key itself is stored in one of two
//! ways, recorded in `keys.json` in the data directory:
//!
//! - **keyring**: in the OS keyring (Secret Service, macOS Keychain, Windows
//!   Credential Manager), under an account named after this installation's
//!   random id, so two data directories never share an entry;
//! - **passphrase**: where no keyring is available, wrapped with a key
//!   derived from the person's passphrase by Argon2id (at least 64 MiB and 3
//!   passes; weaker parameters found on disk are refused, so a tampered file
//!   cannot downgrade the protection).
//!
//! Either way, `keys.json` also holds the master key wrapped with the
//! recovery key: 160 random bits shown once at set-up. With it, a copy of
//! the data directory opens on a new device whose keyring is empty.

use std::fmt;
use std::path::Path;

use argon2::{Algorithm, Argon2, Params, Version};
use data_encoding::{BASE32_NOPAD, HEXLOWER};
use ring::aead::{AES_256_GCM, Aad, LessSafeKey, Nonce, UnboundKey};
use ring::hkdf;
use ring::rand::{SecureRandom, SystemRandom};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::durable::write_atomically;
use crate::keys::{KEY_LEN, VaultKey};

/// The key file's name in the data directory.
pub const KEY_FILE: &str = "keys.json";
/// The service name of the keyring entries.
pub const KEYRING_SERVICE: &str = "nl.wegwijs.Wegwijs";

const FORMAT: u32 = 1;
/// RFC 9106's second recommended option; also the floor we accept.
pub const ARGON2_MIN_M_KIB: u32 = 64 * 1024;
pub const ARGON2_MIN_T: u32 = 3;
/// Above this, opening would take minutes or exhaust memory: refused too.
const ARGON2_MAX_M_KIB: u32 = 4 * 1024 * 1024;
const ARGON2_MAX_T: u32 = 64;
const RECOVERY_LEN: usize = 20;
const NONCE_LEN: usize = 12;

#[derive(Debug, thiserror::Error)]
pub enum KeystoreError {
    #[error("no OS keyring is available: {0}")]
    NoKeyring(String),
    /// The key file says keyring, but the keyring has no entry: a new device
    /// or a reset keyring. The recovery key opens the vault.
    #[error("the keyring has no key for this vault")]
    KeyMissing,
    #[error("this vault is protected by a passphrase")]
    PassphraseNeeded,
    #[error("the passphrase is not right")]
    WrongPassphrase,
    #[error("the recovery key is not right")]
    WrongRecoveryKey,
    #[error("the passphrase is too short")]
    PassphraseTooShort,
    #[error("the key file asks for key derivation parameters below the minimum")]
    WeakParameters,
    #[error("the key file was written by a newer version")]
    NewerFormat,
    #[error("the key file is damaged")]
    Damaged,
    #[error("the system's random number generator failed")]
    Random,
    #[error("could not read or write the key file")]
    Io(#[from] std::io::Error),
}

pub type Result<T, E = KeystoreError> = std::result::Result<T, E>;

/// A passphrase shorter than this is refused when it is set.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// Secret storage outside the data directory: the OS keyring in the apps,
/// an in-memory map in tests.
pub trait SecretStore: Send + Sync + fmt::Debug {
    fn get(&self, account: &str) -> Result<Option<Zeroizing<Vec<u8>>>, String>;
    fn set(&self, account: &str, secret: &[u8]) -> Result<(), String>;
    fn delete(&self, account: &str) -> Result<(), String>;
    /// The same store, to keep: an open installation writes the audit
    /// log's head to it after every entry.
    fn share(&self) -> std::sync::Arc<dyn SecretStore>;
}

/// The OS keyring through the `keyring` crate.
#[derive(Debug, Default, Clone, Copy)]
pub struct OsKeyring;

impl SecretStore for OsKeyring {
    fn get(&self, account: &str) -> Result<Option<Zeroizing<Vec<u8>>>, String> {
        let entry = keyring::Entry::new(KEYRING_SERVICE, account).map_err(|e| e.to_string())?;
        match entry.get_secret() {
            Ok(s) => Ok(Some(Zeroizing::new(s))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(e.to_string()),
        }
    }

    fn set(&self, account: &str, secret: &[u8]) -> Result<(), String> {
        let entry = keyring::Entry::new(KEYRING_SERVICE, account).map_err(|e| e.to_string())?;
        entry.set_secret(secret).map_err(|e| e.to_string())
    }

    fn delete(&self, account: &str) -> Result<(), String> {
        let entry = keyring::Entry::new(KEYRING_SERVICE, account).map_err(|e| e.to_string())?;
        match entry.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(e.to_string()),
        }
    }
    fn share(&self) -> std::sync::Arc<dyn SecretStore> {
        std::sync::Arc::new(OsKeyring)
    }
}

/// No keyring at all: the passphrase path. Used where the person chose it
/// and in tests of that path.
#[derive(Debug, Default, Clone, Copy)]
pub struct NoKeyring;

impl SecretStore for NoKeyring {
    fn get(&self, _: &str) -> Result<Option<Zeroizing<Vec<u8>>>, String> {
        Err("no keyring".into())
    }
    fn set(&self, _: &str, _: &[u8]) -> Result<(), String> {
        Err("no keyring".into())
    }
    fn delete(&self, _: &str) -> Result<(), String> {
        Ok(())
    }
    fn share(&self) -> std::sync::Arc<dyn SecretStore> {
        std::sync::Arc::new(NoKeyring)
    }
}

/// A keyring in memory, for tests. Clones share their contents.
#[derive(Debug, Default, Clone)]
pub struct MemoryKeyring(
    std::sync::Arc<std::sync::Mutex<std::collections::HashMap<String, Vec<u8>>>>,
);

impl SecretStore for MemoryKeyring {
    fn get(&self, account: &str) -> Result<Option<Zeroizing<Vec<u8>>>, String> {
        let map = self.0.lock().map_err(|_| "poisoned".to_string())?;
        Ok(map.get(account).cloned().map(Zeroizing::new))
    }
    fn set(&self, account: &str, secret: &[u8]) -> Result<(), String> {
        let mut map = self.0.lock().map_err(|_| "poisoned".to_string())?;
        map.insert(account.to_string(), secret.to_vec());
        Ok(())
    }
    fn delete(&self, account: &str) -> Result<(), String> {
        let mut map = self.0.lock().map_err(|_| "poisoned".to_string())?;
        map.remove(account);
        Ok(())
    }
    fn share(&self) -> std::sync::Arc<dyn SecretStore> {
        std::sync::Arc::new(self.clone())
    }
}

/// The installation's master key. Zeroed on drop; `Debug` shows nothing.
pub struct MasterKey(Zeroizing<[u8; KEY_LEN]>);

impl fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("MasterKey(redacted)")
    }
}

struct Len32;
impl hkdf::KeyType for Len32 {
    fn len(&self) -> usize {
        KEY_LEN
    }
}

fn hkdf32(ikm: &[u8], salt: &[u8], info: &[u8]) -> Zeroizing<[u8; KEY_LEN]> {
    let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, salt).extract(ikm);
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    // Expanding to 32 bytes with SHA-256 cannot fail (the limit is 255 * 32).
    let infos = [info];
    if let Ok(okm) = prk.expand(&infos, Len32) {
        let _ = okm.fill(out.as_mut());
    }
    out
}

impl MasterKey {
    /// The SQLCipher key, 64 hex digits: given as a raw key, so SQLCipher
    /// skips its own passphrase derivation on every connection.
    pub fn database_key_hex(&self) -> Zeroizing<String> {
        let k = hkdf32(self.0.as_ref(), b"wegwijs", b"wegwijs/database/v1");
        Zeroizing::new(HEXLOWER.encode(k.as_ref()))
    }

    /// The key that MACs the audit log's head in keys.json.
    pub fn audit_head_key(&self) -> AuditHeadKey {
        AuditHeadKey(hkdf32(
            self.0.as_ref(),
            b"wegwijs",
            b"wegwijs/audit-head/v1",
        ))
    }

    /// The key that wraps document keys.
    pub fn vault_key(&self) -> VaultKey {
        let k = hkdf32(self.0.as_ref(), b"wegwijs", b"wegwijs/vault/v1");
        VaultKey::from_bytes(*k)
    }

    #[cfg(test)]
    fn bytes(&self) -> &[u8; KEY_LEN] {
        &self.0
    }
}

/// The recovery key as shown to the person: 32 base32 characters in groups
/// of four, e.g. `ABCD-EFGH-…`.
pub struct RecoveryKey(Zeroizing<String>);

impl fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RecoveryKey(redacted)")
    }
}

impl RecoveryKey {
    /// The text to show once, and to print.
    pub fn display(&self) -> &str {
        &self.0
    }

    fn from_bytes(bytes: &[u8]) -> Self {
        let plain = Zeroizing::new(BASE32_NOPAD.encode(bytes));
        let grouped: Vec<&str> = plain
            .as_bytes()
            .chunks(4)
            .filter_map(|c| std::str::from_utf8(c).ok())
            .collect();
        RecoveryKey(Zeroizing::new(grouped.join("-")))
    }

    /// Reads a recovery key as typed: case, spaces and dashes do not matter,
    /// and the look-alikes 0/O, 1/I, 8/B are read as base32 letters.
    fn parse(text: &str) -> Option<Zeroizing<Vec<u8>>> {
        let cleaned: Zeroizing<String> = Zeroizing::new(
            text.chars()
                .filter(|c| !c.is_whitespace() && *c != '-')
                .map(|c| match c.to_ascii_uppercase() {
                    '0' => 'O',
                    '1' => 'I',
                    '8' => 'B',
                    c => c,
                })
                .collect(),
        );
        let bytes = BASE32_NOPAD.decode(cleaned.as_bytes()).ok()?;
        (bytes.len() == RECOVERY_LEN).then(|| Zeroizing::new(bytes))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Protection {
    Keyring,
    Passphrase,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PassphraseSlot {
    salt: String,
    m_kib: u32,
    t: u32,
    p: u32,
    wrapped: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyFile {
    format: u32,
    vault_id: String,
    protection: Protection,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    passphrase: Option<PassphraseSlot>,
    recovery: String,
    /// The audit log's last entry, MAC'd with a key derived from the master
    /// key (so it cannot be set to match an older database without it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    audit_head: Option<HeadSlot>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct HeadSlot {
    seq: i64,
    hash: String,
    mac: String,
}

/// The audit log's head as kept outside the database: the sequence
/// number and hash of its last entry (0 and zeros for an empty log).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeptHead {
    pub seq: i64,
    pub hash: [u8; 32],
}

/// What one place outside the database says about the audit log's head.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadRecord {
    /// Nothing kept there (an installation from before heads were kept, or
    /// a passphrase installation's keyring).
    Absent,
    Kept(KeptHead),
    /// Something is there, but its MAC or format is wrong.
    Altered,
}

/// The key that MACs the audit head in keys.json. Zeroed on drop.
pub struct AuditHeadKey(Zeroizing<[u8; KEY_LEN]>);

impl fmt::Debug for AuditHeadKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AuditHeadKey(..)")
    }
}

impl AuditHeadKey {
    fn hmac_key(&self) -> ring::hmac::Key {
        ring::hmac::Key::new(ring::hmac::HMAC_SHA256, self.0.as_ref())
    }

    fn message(vault_id: &str, head: &KeptHead) -> String {
        format!(
            "wegwijs audit head v1|{vault_id}|{}|{}",
            head.seq,
            HEXLOWER.encode(&head.hash)
        )
    }

    fn mac(&self, vault_id: &str, head: &KeptHead) -> ring::hmac::Tag {
        ring::hmac::sign(&self.hmac_key(), Self::message(vault_id, head).as_bytes())
    }

    fn verify(&self, vault_id: &str, head: &KeptHead, mac: &[u8]) -> bool {
        ring::hmac::verify(
            &self.hmac_key(),
            Self::message(vault_id, head).as_bytes(),
            mac,
        )
        .is_ok()
    }
}

fn head_text(head: &KeptHead) -> String {
    format!("{}:{}", head.seq, HEXLOWER.encode(&head.hash))
}

fn parse_head(seq: i64, hash: &str) -> Option<KeptHead> {
    let bytes = HEXLOWER.decode(hash.as_bytes()).ok()?;
    let hash: [u8; 32] = bytes.try_into().ok()?;
    (seq >= 0).then_some(KeptHead { seq, hash })
}

/// Keeps the audit log's head in keys.json (MAC'd) and, for a keyring
/// installation, in the keyring. Called after every entry.
pub fn write_audit_head(
    data_dir: &Path,
    secrets: &dyn SecretStore,
    key: &AuditHeadKey,
    head: KeptHead,
) -> Result<()> {
    let mut file = read_key_file(data_dir)?.ok_or(KeystoreError::KeyMissing)?;
    let mac = key.mac(&file.vault_id, &head);
    file.audit_head = Some(HeadSlot {
        seq: head.seq,
        hash: HEXLOWER.encode(&head.hash),
        mac: HEXLOWER.encode(mac.as_ref()),
    });
    write_key_file(data_dir, &file)?;
    if file.protection == Protection::Keyring {
        let account = format!("{}:audit-head", file.vault_id);
        secrets
            .set(&account, head_text(&head).as_bytes())
            .map_err(KeystoreError::NoKeyring)?;
    }
    Ok(())
}

/// What keys.json and the keyring say the audit log's head is.
pub fn read_audit_heads(
    data_dir: &Path,
    secrets: &dyn SecretStore,
    key: &AuditHeadKey,
) -> Result<(HeadRecord, HeadRecord)> {
    let file = read_key_file(data_dir)?.ok_or(KeystoreError::KeyMissing)?;
    let in_file = match &file.audit_head {
        None => HeadRecord::Absent,
        Some(slot) => match parse_head(slot.seq, &slot.hash) {
            Some(head)
                if HEXLOWER
                    .decode(slot.mac.as_bytes())
                    .ok()
                    .is_some_and(|m| key.verify(&file.vault_id, &head, &m)) =>
            {
                HeadRecord::Kept(head)
            }
            _ => HeadRecord::Altered,
        },
    };
    let in_keyring = if file.protection == Protection::Keyring {
        match secrets.get(&format!("{}:audit-head", file.vault_id)) {
            Ok(Some(v)) => std::str::from_utf8(&v)
                .ok()
                .and_then(|t| t.split_once(':'))
                .and_then(|(seq, hash)| parse_head(seq.parse().ok()?, hash))
                .map_or(HeadRecord::Altered, HeadRecord::Kept),
            Ok(None) | Err(_) => HeadRecord::Absent,
        }
    } else {
        HeadRecord::Absent
    };
    Ok((in_file, in_keyring))
}

fn random<const N: usize>() -> Result<Zeroizing<[u8; N]>> {
    let mut b = Zeroizing::new([0u8; N]);
    SystemRandom::new()
        .fill(b.as_mut())
        .map_err(|_| KeystoreError::Random)?;
    Ok(b)
}

fn aead(key: &[u8; KEY_LEN]) -> LessSafeKey {
    LessSafeKey::new(UnboundKey::new(&AES_256_GCM, key).unwrap_or_else(|_| unreachable!()))
}

/// Binds a wrapped master key to its installation and its slot.
fn aad(vault_id: &str, slot: &str) -> Vec<u8> {
    format!("wegwijs master key v1|{vault_id}|{slot}").into_bytes()
}

fn wrap(kek: &[u8; KEY_LEN], master: &MasterKey, aad: &[u8]) -> Result<String> {
    let nonce: Zeroizing<[u8; NONCE_LEN]> = random()?;
    let mut buf = master.0.to_vec();
    aead(kek)
        .seal_in_place_append_tag(
            Nonce::assume_unique_for_key(*nonce),
            Aad::from(aad),
            &mut buf,
        )
        .map_err(|_| KeystoreError::Random)?;
    let mut out = nonce.to_vec();
    out.extend_from_slice(&buf);
    Ok(HEXLOWER.encode(&out))
}

/// `None` when the tag does not verify (wrong key or altered file).
fn unwrap(kek: &[u8; KEY_LEN], wrapped: &str, aad: &[u8]) -> Result<Option<MasterKey>> {
    let raw = HEXLOWER
        .decode(wrapped.as_bytes())
        .map_err(|_| KeystoreError::Damaged)?;
    if raw.len() != NONCE_LEN + KEY_LEN + 16 {
        return Err(KeystoreError::Damaged);
    }
    let mut nonce = [0u8; NONCE_LEN];
    nonce.copy_from_slice(&raw[..NONCE_LEN]);
    let mut buf = Zeroizing::new(raw[NONCE_LEN..].to_vec());
    let Ok(plain) = aead(kek).open_in_place(
        Nonce::assume_unique_for_key(nonce),
        Aad::from(aad),
        &mut buf,
    ) else {
        return Ok(None);
    };
    let mut k = Zeroizing::new([0u8; KEY_LEN]);
    k.copy_from_slice(plain);
    Ok(Some(MasterKey(k)))
}

fn argon2_kek(passphrase: &str, slot: &PassphraseSlot) -> Result<Zeroizing<[u8; KEY_LEN]>> {
    if slot.m_kib < ARGON2_MIN_M_KIB || slot.t < ARGON2_MIN_T || slot.p == 0 {
        return Err(KeystoreError::WeakParameters);
    }
    if slot.m_kib > ARGON2_MAX_M_KIB || slot.t > ARGON2_MAX_T || slot.p > 16 {
        return Err(KeystoreError::Damaged);
    }
    let salt = HEXLOWER
        .decode(slot.salt.as_bytes())
        .map_err(|_| KeystoreError::Damaged)?;
    let params = Params::new(slot.m_kib, slot.t, slot.p, Some(KEY_LEN))
        .map_err(|_| KeystoreError::Damaged)?;
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(passphrase.as_bytes(), &salt, out.as_mut())
        .map_err(|_| KeystoreError::Damaged)?;
    Ok(out)
}

fn recovery_kek(recovery: &[u8], vault_id: &str) -> Zeroizing<[u8; KEY_LEN]> {
    // 160 random bits need no slow derivation: HKDF is enough.
    hkdf32(recovery, vault_id.as_bytes(), b"wegwijs/recovery/v1")
}

fn passphrase_slot(passphrase: &str, master: &MasterKey, vault_id: &str) -> Result<PassphraseSlot> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(KeystoreError::PassphraseTooShort);
    }
    let salt: Zeroizing<[u8; 16]> = random()?;
    let mut slot = PassphraseSlot {
        salt: HEXLOWER.encode(salt.as_ref()),
        m_kib: ARGON2_MIN_M_KIB,
        t: ARGON2_MIN_T,
        p: 1,
        wrapped: String::new(),
    };
    let kek = argon2_kek(passphrase, &slot)?;
    slot.wrapped = wrap(&kek, master, &aad(vault_id, "passphrase"))?;
    Ok(slot)
}

/// How the installation in a data directory is protected, without opening
/// it: `None` before set-up.
pub fn protection(data_dir: &Path) -> Result<Option<Protection>> {
    Ok(read_key_file(data_dir)?.map(|f| f.protection))
}

#[doc(hidden)]
pub fn fuzz_key_file(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(probe) = serde_json::from_str::<serde_json::Value>(text)
        && let Ok(file) = serde_json::from_value::<KeyFile>(probe)
        && let Some(slot) = &file.audit_head
    {
        let _ = parse_head(slot.seq, &slot.hash);
        let _ = HEXLOWER.decode(slot.mac.as_bytes());
    }
}

#[doc(hidden)]
pub fn fuzz_recovery_key(text: &str) {
    if let Some(bytes) = RecoveryKey::parse(text) {
        // What parses must show again as what parses to the same.
        let shown = RecoveryKey::from_bytes(&bytes);
        assert_eq!(RecoveryKey::parse(shown.display()), Some(bytes));
    }
}

/// The installation's id (random, from keys.json); `None` before set-up.
pub fn vault_id(data_dir: &Path) -> Result<Option<String>> {
    Ok(read_key_file(data_dir)?.map(|f| f.vault_id))
}

/// The keyring account under which this installation keeps another
/// secret (`purpose`, e.g. `login`): next to its master key, so two data
/// directories never share one. `None` before set-up.
pub fn secret_account(data_dir: &Path, purpose: &str) -> Result<Option<String>> {
    Ok(read_key_file(data_dir)?.map(|f| format!("{}:{purpose}", f.vault_id)))
}

fn read_key_file(data_dir: &Path) -> Result<Option<KeyFile>> {
    let text = match std::fs::read_to_string(data_dir.join(KEY_FILE)) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    // Read the format number first, so a newer file is reported as such
    // rather than as damaged.
    let probe: serde_json::Value =
        serde_json::from_str(&text).map_err(|_| KeystoreError::Damaged)?;
    match probe.get("format").and_then(|f| f.as_u64()) {
        Some(f) if f == u64::from(FORMAT) => {}
        Some(f) if f > u64::from(FORMAT) => return Err(KeystoreError::NewerFormat),
        _ => return Err(KeystoreError::Damaged),
    }
    serde_json::from_value(probe)
        .map(Some)
        .map_err(|_| KeystoreError::Damaged)
}

fn write_key_file(data_dir: &Path, file: &KeyFile) -> Result<()> {
    std::fs::create_dir_all(data_dir)?;
    let json = serde_json::to_vec_pretty(file).map_err(|_| KeystoreError::Damaged)?;
    write_atomically(&data_dir.join(KEY_FILE), |w| {
        std::io::Write::write_all(w, &json)
    })?;
    Ok(())
}

fn keyring_works(secrets: &dyn SecretStore, account: &str, master: &MasterKey) -> Result<()> {
    secrets
        .set(account, master.0.as_ref())
        .map_err(KeystoreError::NoKeyring)?;
    // Read it back: a locked or half-working keyring may accept a write and
    // lose it.
    match secrets.get(account) {
        Ok(Some(s)) if s.as_slice() == master.0.as_ref() => Ok(()),
        Ok(_) => Err(KeystoreError::NoKeyring("the keyring lost the key".into())),
        Err(e) => Err(KeystoreError::NoKeyring(e)),
    }
}

/// Sets up a new installation's keys. Without a passphrase the master key
/// goes to the keyring (an error if there is none: the caller then asks for
/// a passphrase); with one, the passphrase protects it and the keyring is
/// not used. Returns the master key and the recovery key to show once.
pub fn create(
    data_dir: &Path,
    secrets: &dyn SecretStore,
    passphrase: Option<&str>,
) -> Result<(MasterKey, RecoveryKey)> {
    let master = MasterKey(random()?);
    let id: Zeroizing<[u8; 16]> = random()?;
    let vault_id = HEXLOWER.encode(id.as_ref());
    let recovery: Zeroizing<[u8; RECOVERY_LEN]> = random()?;
    let recovery_wrapped = wrap(
        &recovery_kek(recovery.as_ref(), &vault_id),
        &master,
        &aad(&vault_id, "recovery"),
    )?;
    let (protection, slot) = match passphrase {
        Some(p) => (
            Protection::Passphrase,
            Some(passphrase_slot(p, &master, &vault_id)?),
        ),
        None => {
            keyring_works(secrets, &vault_id, &master)?;
            (Protection::Keyring, None)
        }
    };
    write_key_file(
        data_dir,
        &KeyFile {
            format: FORMAT,
            vault_id,
            protection,
            passphrase: slot,
            recovery: recovery_wrapped,
            audit_head: None,
        },
    )?;
    tracing::info!(?protection, "vault keys created");
    Ok((master, RecoveryKey::from_bytes(recovery.as_ref())))
}

/// Opens the master key of an existing installation: from the keyring, or
/// with the passphrase. `Ok(None)` when the installation is not set up yet.
pub fn unlock(
    data_dir: &Path,
    secrets: &dyn SecretStore,
    passphrase: Option<&str>,
) -> Result<Option<MasterKey>> {
    let Some(file) = read_key_file(data_dir)? else {
        return Ok(None);
    };
    match file.protection {
        Protection::Keyring => {
            let secret = secrets
                .get(&file.vault_id)
                .map_err(KeystoreError::NoKeyring)?
                .ok_or(KeystoreError::KeyMissing)?;
            if secret.len() != KEY_LEN {
                return Err(KeystoreError::KeyMissing);
            }
            let mut k = Zeroizing::new([0u8; KEY_LEN]);
            k.copy_from_slice(&secret);
            Ok(Some(MasterKey(k)))
        }
        Protection::Passphrase => {
            let slot = file.passphrase.as_ref().ok_or(KeystoreError::Damaged)?;
            let passphrase = passphrase.ok_or(KeystoreError::PassphraseNeeded)?;
            let kek = argon2_kek(passphrase, slot)?;
            unwrap(&kek, &slot.wrapped, &aad(&file.vault_id, "passphrase"))?
                .map(Some)
                .ok_or(KeystoreError::WrongPassphrase)
        }
    }
}

/// Opens the installation with its recovery key and protects the master key
/// anew: in this device's keyring, or with `new_passphrase`.
pub fn recover(
    data_dir: &Path,
    secrets: &dyn SecretStore,
    recovery_key: &str,
    new_passphrase: Option<&str>,
) -> Result<MasterKey> {
    let mut file = read_key_file(data_dir)?.ok_or(KeystoreError::Damaged)?;
    let bytes = RecoveryKey::parse(recovery_key).ok_or(KeystoreError::WrongRecoveryKey)?;
    let master = unwrap(
        &recovery_kek(&bytes, &file.vault_id),
        &file.recovery,
        &aad(&file.vault_id, "recovery"),
    )?
    .ok_or(KeystoreError::WrongRecoveryKey)?;
    match new_passphrase {
        Some(p) => {
            file.passphrase = Some(passphrase_slot(p, &master, &file.vault_id)?);
            file.protection = Protection::Passphrase;
        }
        None => {
            keyring_works(secrets, &file.vault_id, &master)?;
            file.passphrase = None;
            file.protection = Protection::Keyring;
        }
    }
    write_key_file(data_dir, &file)?;
    tracing::info!(protection = ?file.protection, "vault keys recovered");
    Ok(master)
}

/// Removes this installation's keyring entry (when the data is deleted).
pub fn forget(data_dir: &Path, secrets: &dyn SecretStore) -> Result<()> {
    if let Some(file) = read_key_file(data_dir)? {
        secrets
            .delete(&file.vault_id)
            .map_err(KeystoreError::NoKeyring)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const PASS: &str = "correct horse battery";

    #[test]
    fn keyring_protected_keys_open_again_and_derive_distinct_keys() {
        let dir = tempfile::tempdir().unwrap();
        let ring = MemoryKeyring::default();
        assert!(unlock(dir.path(), &ring, None).unwrap().is_none());
        let (master, recovery) = create(dir.path(), &ring, None).unwrap();
        assert_eq!(protection(dir.path()).unwrap(), Some(Protection::Keyring));
        let again = unlock(dir.path(), &ring, None).unwrap().unwrap();
        assert_eq!(master.bytes(), again.bytes());
        assert_ne!(master.vault_key().expose(), master.bytes());
        assert_eq!(master.database_key_hex().len(), 64);
        assert_eq!(recovery.display().len(), 32 + 7);
        let text = std::fs::read_to_string(dir.path().join(KEY_FILE)).unwrap();
        assert!(!text.contains(&HEXLOWER.encode(master.bytes())));
    }

    #[test]
    fn without_a_keyring_the_caller_is_told_and_a_passphrase_works() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            create(dir.path(), &NoKeyring, None),
            Err(KeystoreError::NoKeyring(_))
        ));
        assert!(matches!(
            create(dir.path(), &NoKeyring, Some("short")),
            Err(KeystoreError::PassphraseTooShort)
        ));
        let (master, _) = create(dir.path(), &NoKeyring, Some(PASS)).unwrap();
        assert!(matches!(
            unlock(dir.path(), &NoKeyring, None),
            Err(KeystoreError::PassphraseNeeded)
        ));
        assert!(matches!(
            unlock(dir.path(), &NoKeyring, Some("wrong passphrase")),
            Err(KeystoreError::WrongPassphrase)
        ));
        let again = unlock(dir.path(), &NoKeyring, Some(PASS)).unwrap().unwrap();
        assert_eq!(master.bytes(), again.bytes());
    }

    #[test]
    fn weaker_parameters_on_disk_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        create(dir.path(), &NoKeyring, Some(PASS)).unwrap();
        let path = dir.path().join(KEY_FILE);
        let text = std::fs::read_to_string(&path).unwrap();
        for (from, to) in [
            ("\"m_kib\": 65536", "\"m_kib\": 1024"),
            ("\"t\": 3", "\"t\": 1"),
        ] {
            std::fs::write(&path, text.replace(from, to)).unwrap();
            assert!(
                matches!(
                    unlock(dir.path(), &NoKeyring, Some(PASS)),
                    Err(KeystoreError::WeakParameters)
                ),
                "{to}"
            );
        }
        std::fs::write(&path, text.replace("\"format\": 1", "\"format\": 2")).unwrap();
        assert!(matches!(
            unlock(dir.path(), &NoKeyring, Some(PASS)),
            Err(KeystoreError::NewerFormat)
        ));
    }

    #[test]
    fn the_recovery_key_opens_a_copy_on_a_device_with_an_empty_keyring() {
        let old = tempfile::tempdir().unwrap();
        let (master, recovery) = create(old.path(), &MemoryKeyring::default(), None).unwrap();
        let new = tempfile::tempdir().unwrap();
        std::fs::copy(old.path().join(KEY_FILE), new.path().join(KEY_FILE)).unwrap();
        let new_ring = MemoryKeyring::default();
        assert!(matches!(
            unlock(new.path(), &new_ring, None),
            Err(KeystoreError::KeyMissing)
        ));
        assert!(matches!(
            recover(new.path(), &new_ring, "AAAA-BBBB", None),
            Err(KeystoreError::WrongRecoveryKey)
        ));
        // Typed in lower case with spaces instead of dashes.
        let typed = recovery.display().to_lowercase().replace('-', " ");
        let back = recover(new.path(), &new_ring, &typed, None).unwrap();
        assert_eq!(back.bytes(), master.bytes());
        let again = unlock(new.path(), &new_ring, None).unwrap().unwrap();
        assert_eq!(again.bytes(), master.bytes());
        // Or onto a device without a keyring, with a new passphrase.
        let third = tempfile::tempdir().unwrap();
        std::fs::copy(old.path().join(KEY_FILE), third.path().join(KEY_FILE)).unwrap();
        recover(third.path(), &NoKeyring, recovery.display(), Some(PASS)).unwrap();
        let opened = unlock(third.path(), &NoKeyring, Some(PASS))
            .unwrap()
            .unwrap();
        assert_eq!(opened.bytes(), master.bytes());
    }

    #[test]
    fn secrets_never_show_in_debug_output() {
        let dir = tempfile::tempdir().unwrap();
        let (m, r) = create(dir.path(), &MemoryKeyring::default(), None).unwrap();
        assert_eq!(
            format!("{m:?} {r:?}"),
            "MasterKey(redacted) RecoveryKey(redacted)"
        );
    }
}
