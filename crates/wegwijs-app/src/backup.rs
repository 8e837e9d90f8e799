//! Backup and restore of the document vault, in a format that opens without
//! Wegwijs: an `age` file (passphrase, scrypt) holding a tar archive with
//! `wegwijs-backup.json` (the metadata) first and then every document as
//! `documents/<id>/<file name>`. So `age -d backup.age | tar x` gets a person
//! their documents back with standard tools. See `docs/vault-format.md`.

use std::io::{self, Read, Write};
use std::path::Path;
use std::sync::mpsc;

use age::secrecy::SecretString;
use data_encoding::HEXLOWER;
use serde::{Deserialize, Serialize};
use specta::Type;
use wegwijs_store::{DocumentMeta, NewDocument};
use wegwijs_vault::DocumentKey;

use wegwijs_core::authz::{Scope, Verb};

use crate::vault::Whose;
use crate::{AppError, ErrorCode, Wegwijs};

const MANIFEST: &str = "wegwijs-backup.json";
const FORMAT: u32 = 1;
/// scrypt's work factor for new backups (age's own default on a typical
/// laptop): fixed, so a backup made on a fast machine opens on a slow one.
const WORK_FACTOR: u8 = 18;
/// The most a backup may ask for: 2^20 × 1 KiB of memory and seconds of
/// work. A file asking more was not made by Wegwijs, and would take
/// minutes and gigabytes before it failed.
const MAX_WORK_FACTOR: u8 = 20;

#[derive(Debug, Serialize, Deserialize)]
struct Manifest {
    format: u32,
    created: String,
    documents: Vec<ManifestDocument>,
    /// The audit log's head when the backup was made, and whose log: a
    /// restore into the same installation whose log lacks that entry has
    /// found a log put back to an older copy (with keys.json, which the
    /// head kept there cannot catch).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    audit: Option<ManifestAudit>,
}

#[derive(Debug, Serialize, Deserialize)]
struct ManifestAudit {
    vault: String,
    seq: i64,
    hash: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct ManifestDocument {
    id: String,
    /// The document's path inside the archive.
    path: String,
    title: String,
    kind: String,
    owner: String,
    file_name: String,
    media_type: String,
    size: u64,
    /// BLAKE3 of the document, hex.
    blake3: String,
    issued: Option<String>,
    expires: Option<String>,
    tags: Vec<String>,
    events: Vec<String>,
    /// The text extracted at import, so search works after a restore.
    #[serde(default)]
    text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct BackupReport {
    pub documents: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct RestoreReport {
    /// Documents added from the backup.
    pub restored: u32,
    /// Documents the vault already had (same id), left as they were.
    pub skipped: u32,
    /// Documents of someone else that no representation lets the owner
    /// add now (or of someone not in this household): left in the backup.
    pub not_allowed: u32,
    /// The backup is of this installation and its log has an entry this
    /// log lacks: the log here was put back to an older copy (recorded).
    pub log_behind: bool,
}

fn damaged() -> AppError {
    AppError::with_code(ErrorCode::CorruptData, "error-backup-damaged")
}

fn unwritable(out: &Path, e: &io::Error) -> AppError {
    if e.kind() == io::ErrorKind::StorageFull {
        return AppError::with_code(ErrorCode::Storage, "error-disk-full");
    }
    let shown = out.display().to_string();
    AppError::invalid_field("out", "error-file-unwritable", [("path", shown.as_str())])
}

/// Streams a decrypted document into the archive without a plaintext file:
/// one thread decrypts into a bounded channel, the archive reads from it.
struct ChannelReader {
    rx: mpsc::Receiver<io::Result<Vec<u8>>>,
    buf: Vec<u8>,
    pos: usize,
}

impl Read for ChannelReader {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        while self.pos == self.buf.len() {
            match self.rx.recv() {
                Ok(Ok(chunk)) => {
                    self.buf = chunk;
                    self.pos = 0;
                }
                Ok(Err(e)) => return Err(e),
                Err(_) => return Ok(0),
            }
        }
        let n = out.len().min(self.buf.len() - self.pos);
        out[..n].copy_from_slice(&self.buf[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

struct ChannelWriter(mpsc::SyncSender<io::Result<Vec<u8>>>);

impl Write for ChannelWriter {
    fn write(&mut self, b: &[u8]) -> io::Result<usize> {
        self.0
            .send(Ok(b.to_vec()))
            .map_err(|_| io::Error::from(io::ErrorKind::BrokenPipe))?;
        Ok(b.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Wegwijs {
    /// Writes every document and its metadata to `out`, encrypted with
    /// `passphrase`, durably (temporary file, fsync, rename).
    pub(crate) async fn vault_backup(
        &self,
        out: &Path,
        passphrase: &str,
    ) -> Result<BackupReport, AppError> {
        if passphrase.chars().count() < wegwijs_vault::keystore::MIN_PASSPHRASE_CHARS {
            let min = wegwijs_vault::keystore::MIN_PASSPHRASE_CHARS.to_string();
            return Err(AppError::invalid_field(
                "passphrase",
                "error-passphrase-too-short",
                [("min", min.as_str())],
            ));
        }
        // Someone else's documents go in only where the door lets the owner
        // export them now, recorded once per person.
        let mut may_export: std::collections::HashMap<u32, bool> = Default::default();
        let mut docs = Vec::new();
        for s in self.store.documents().await? {
            match Whose::of_stored(s.owner) {
                Whose::Mine => {}
                Whose::Of(p) => {
                    if let std::collections::hash_map::Entry::Vacant(slot) = may_export.entry(p) {
                        let may = self
                            .authorize_for(p, Verb::Export, Scope::Documents, "vault backup")
                            .await
                            .is_ok();
                        slot.insert(may);
                    }
                    if may_export.get(&p) != Some(&true) {
                        continue;
                    }
                }
            }
            let (summary, meta) = self
                .store
                .document(&s.id)
                .await?
                .ok_or_else(AppError::corrupt)?;
            let secret = self
                .store
                .document_secret(&s.id)
                .await?
                .ok_or_else(AppError::corrupt)?;
            let text = self.store.document_text(&s.id).await?;
            docs.push((summary, meta, secret, text));
        }
        let audit = match (
            wegwijs_vault::keystore::vault_id(&self.data_dir)?,
            self.store.audit_entries().await?.pop(),
        ) {
            (Some(vault), Some(last)) => Some(ManifestAudit {
                vault,
                seq: last.seq,
                hash: HEXLOWER.encode(&last.hash),
            }),
            _ => None,
        };
        let manifest = Manifest {
            format: FORMAT,
            audit,
            created: jiff::Timestamp::now().to_string(),
            documents: docs
                .iter()
                .map(|(s, m, secret, text)| ManifestDocument {
                    id: s.id.clone(),
                    path: format!("documents/{}/{}", s.id, s.file_name),
                    title: m.title.clone(),
                    kind: m.kind.clone(),
                    owner: manifest_owner(Whose::of_stored(s.owner)),
                    file_name: s.file_name.clone(),
                    media_type: s.media_type.clone(),
                    size: s.size,
                    blake3: HEXLOWER.encode(&secret.blake3),
                    issued: m.issued.map(|d| d.to_string()),
                    expires: m.expires.map(|d| d.to_string()),
                    tags: m.tags.clone(),
                    events: m.events.clone(),
                    text: text.clone(),
                })
                .collect(),
        };
        let json = serde_json::to_vec_pretty(&manifest).map_err(|_| AppError::unexpected())?;
        let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_owned()));
        recipient.set_work_factor(WORK_FACTOR);
        let encryptor =
            age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
                .map_err(|_| AppError::unexpected())?;
        let mut failure: Option<AppError> = None;
        let result = wegwijs_vault::durable::write_atomically(out, |w| {
            let age_out = encryptor.wrap_output(w)?;
            let mut tar = tar::Builder::new(age_out);
            let mut header = tar::Header::new_gnu();
            header.set_size(json.len() as u64);
            header.set_mode(0o600);
            header.set_mtime(0);
            header.set_entry_type(tar::EntryType::Regular);
            tar.append_data(&mut header, MANIFEST, &json[..])?;
            for ((summary, _, secret, _), entry) in docs.iter().zip(&manifest.documents) {
                let key = match self
                    .vault_key
                    .unwrap_key(&secret.wrapped_key, summary.id.as_bytes())
                {
                    Ok(k) => k,
                    Err(_) => {
                        failure = Some(
                            AppError::with_code(ErrorCode::CorruptData, "error-document-damaged")
                                .arg("id", summary.id.clone()),
                        );
                        return Err(io::Error::other("damaged"));
                    }
                };
                let (tx, rx) = mpsc::sync_channel(4);
                let blobs = self.blobs.clone();
                let id = summary.id.clone();
                let expected = secret.blake3.clone();
                let worker = std::thread::spawn(move || {
                    let mut w = ChannelWriter(tx.clone());
                    match blobs.read(&id, &key, &mut w) {
                        Ok(info) if info.blake3[..] == expected[..] => {}
                        _ => {
                            let _ = tx.send(Err(io::Error::other("damaged")));
                        }
                    }
                });
                let mut header = tar::Header::new_gnu();
                header.set_size(summary.size);
                header.set_mode(0o600);
                header.set_mtime(0);
                header.set_entry_type(tar::EntryType::Regular);
                let reader = ChannelReader {
                    rx,
                    buf: Vec::new(),
                    pos: 0,
                };
                let appended = tar.append_data(&mut header, &entry.path, reader);
                let _ = worker.join();
                if let Err(e) = appended {
                    if e.kind() == io::ErrorKind::Other {
                        failure = Some(
                            AppError::with_code(ErrorCode::CorruptData, "error-document-damaged")
                                .arg("id", summary.id.clone()),
                        );
                    }
                    return Err(e);
                }
            }
            let age_out = tar.into_inner()?;
            age_out.finish()?;
            Ok(())
        });
        match (result, failure) {
            (Ok(()), _) => {}
            (Err(_), Some(f)) => return Err(f),
            (Err(e), None) => return Err(unwritable(out, &e)),
        }
        tracing::info!(documents = docs.len(), "backup written");
        Ok(BackupReport {
            documents: u32::try_from(docs.len()).unwrap_or(u32::MAX),
        })
    }

    /// Adds the documents of a backup to this vault. All or nothing: a wrong
    /// passphrase, a truncated or altered file, or a document that does not
    /// match its recorded hash adds nothing.
    pub(crate) async fn vault_restore(
        &self,
        file: &Path,
        passphrase: &str,
    ) -> Result<RestoreReport, AppError> {
        let input = std::fs::File::open(file).map_err(|e| {
            let shown = file.display().to_string();
            match e.kind() {
                io::ErrorKind::NotFound => AppError::invalid_field(
                    "file",
                    "error-file-not-found",
                    [("path", shown.as_str())],
                ),
                _ => AppError::invalid_field(
                    "file",
                    "error-file-unreadable",
                    [("path", shown.as_str())],
                ),
            }
        })?;
        let decryptor =
            age::Decryptor::new_buffered(io::BufReader::new(input)).map_err(|_| damaged())?;
        let mut identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_owned()));
        identity.set_max_work_factor(MAX_WORK_FACTOR);
        let reader = decryptor
            .decrypt(std::iter::once(&identity as &dyn age::Identity))
            .map_err(|e| match e {
                age::DecryptError::NoMatchingKeys | age::DecryptError::DecryptionFailed => {
                    AppError::invalid_field("passphrase", "error-backup-wrong-passphrase", [])
                }
                age::DecryptError::ExcessiveWork { .. } => {
                    AppError::with_code(ErrorCode::CorruptData, "error-backup-too-costly")
                }
                _ => damaged(),
            })?;
        let known = self.document_ids().await?;
        let household = self.household_owners().await?;
        let mut archive = tar::Archive::new(reader);
        let mut entries = archive.entries().map_err(|_| damaged())?;
        let manifest = read_manifest(&mut entries)?;
        let plan = self.restore_plan(&manifest, &known, &household).await?;
        let mut written: Vec<String> = Vec::new();
        let outcome = self.restore_entries(entries, &manifest, &plan, &mut written);
        let docs = match outcome {
            Ok(v) => v,
            Err(e) => {
                for id in &written {
                    let _ = self.blobs.remove(id);
                }
                return Err(e);
            }
        };
        self.commit_documents(&docs).await?;
        let log_behind = self.log_behind(&manifest).await?;
        let count = |k: Restore| plan.iter().filter(|(x, ..)| *x == k).count();
        let skipped = u32::try_from(count(Restore::Known)).unwrap_or(u32::MAX);
        let not_allowed = u32::try_from(count(Restore::NotAllowed)).unwrap_or(u32::MAX);
        tracing::info!(
            restored = docs.len(),
            skipped,
            not_allowed,
            "backup restored"
        );
        Ok(RestoreReport {
            log_behind,
            restored: u32::try_from(docs.len()).unwrap_or(u32::MAX),
            skipped,
            not_allowed,
        })
    }

    /// Whether this is a backup of this installation whose log entry the
    /// log here lacks; recorded in the log as `audit.mismatch` when so.
    async fn log_behind(&self, manifest: &Manifest) -> Result<bool, AppError> {
        let Some(audit) = &manifest.audit else {
            return Ok(false);
        };
        if wegwijs_vault::keystore::vault_id(&self.data_dir)?.as_deref() != Some(&audit.vault) {
            return Ok(false);
        }
        let entries = self.store.audit_entries().await?;
        let found = entries
            .iter()
            .any(|e| e.seq == audit.seq && HEXLOWER.encode(&e.hash) == audit.hash);
        if found {
            return Ok(false);
        }
        tracing::error!("a backup of this installation names an audit entry the log lacks");
        let me = self.store.me_id().await?.unwrap_or(0);
        self.audit(
            me,
            0,
            crate::people::AUDIT_MISMATCH,
            None,
            &format!("a backup names entry {} that this log lacks", audit.seq),
        )
        .await?;
        Ok(true)
    }

    async fn household_owners(&self) -> Result<Household, AppError> {
        let people = self.store.people().await?;
        let id = |p: &wegwijs_store::PersonRow| u32::try_from(p.id).unwrap_or(u32::MAX);
        Ok(Household {
            people: people.iter().filter(|p| !p.is_me).map(id).collect(),
            children: self.store.profile_children().await?,
        })
    }

    /// What becomes of each document in the manifest, decided before a
    /// byte is written: every field through the same check as an add (a
    /// file name with `../` or a control character, an unknown kind, a
    /// bad date: the backup is damaged), each id once, and someone else's
    /// documents only where the door lets the owner add theirs now
    /// (recorded in the audit log, once per person).
    async fn restore_plan(
        &self,
        manifest: &Manifest,
        known: &std::collections::HashSet<String>,
        household: &Household,
    ) -> Result<Vec<(Restore, DocumentMeta, Whose)>, AppError> {
        let mut ids = std::collections::HashSet::new();
        let mut allowed: std::collections::HashMap<u32, bool> = Default::default();
        let mut plan = Vec::new();
        for m in &manifest.documents {
            let valid_id = m.id.len() == 32 && m.id.bytes().all(|b| b.is_ascii_hexdigit());
            let clean = crate::vault::clean_file_name(Path::new(&m.file_name));
            if !valid_id
                || !ids.insert(m.id.as_str())
                || clean != m.file_name
                || m.path != format!("documents/{}/{}", m.id, m.file_name)
            {
                return Err(damaged());
            }
            let whose = owner_of_manifest(&m.owner, &household.children).map_err(|()| damaged())?;
            let input = crate::DocumentInput {
                title: Some(m.title.clone()),
                kind: Some(m.kind.clone()),
                issued: m.issued.clone(),
                expires: m.expires.clone(),
                tags: m.tags.clone(),
                events: m.events.clone(),
            };
            if let Some(Whose::Of(p)) = whose
                && household.people.contains(&p)
                && let std::collections::hash_map::Entry::Vacant(slot) = allowed.entry(p)
            {
                let may = self
                    .authorize_for(p, Verb::Change, Scope::Documents, "vault restore")
                    .await
                    .is_ok();
                slot.insert(may);
            }
            let may = match whose {
                Some(Whose::Mine) => true,
                // Someone of the household this installation does not have
                // is not allowed either.
                Some(Whose::Of(p)) => allowed.get(&p).copied().unwrap_or(false),
                None => false,
            };
            let whose = whose.unwrap_or(Whose::Mine);
            let meta = self
                .checked_meta(&input, &m.file_name)
                .map_err(|_| damaged())?;
            plan.push(if !may {
                (Restore::NotAllowed, meta, whose)
            } else if known.contains(&m.id) {
                (Restore::Known, meta, whose)
            } else {
                (Restore::Add, meta, whose)
            });
        }
        Ok(plan)
    }

    fn restore_entries<R: Read>(
        &self,
        entries: tar::Entries<'_, R>,
        manifest: &Manifest,
        plan: &[(Restore, DocumentMeta, Whose)],
        written: &mut Vec<String>,
    ) -> Result<Vec<NewDocument>, AppError> {
        let by_path: std::collections::HashMap<&str, usize> = manifest
            .documents
            .iter()
            .enumerate()
            .map(|(i, d)| (d.path.as_str(), i))
            .collect();
        let mut seen = vec![false; manifest.documents.len()];
        let mut docs = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|_| damaged())?;
            let path = entry
                .path()
                .map_err(|_| damaged())?
                .to_string_lossy()
                .into_owned();
            let Some(&i) = by_path.get(path.as_str()) else {
                return Err(damaged());
            };
            let m = &manifest.documents[i];
            // One regular file per document, of the size the manifest says:
            // no links, no second copy under the same name.
            if seen[i]
                || entry.header().entry_type() != tar::EntryType::Regular
                || entry.header().size().ok() != Some(m.size)
            {
                return Err(damaged());
            }
            seen[i] = true;
            let (Restore::Add, meta, whose) = &plan[i] else {
                continue;
            };
            let key = DocumentKey::generate().map_err(|_| AppError::unexpected())?;
            let wrapped = self
                .vault_key
                .wrap(&key, m.id.as_bytes())
                .map_err(|_| AppError::unexpected())?;
            written.push(m.id.clone());
            let info = self
                .blobs
                .write(&m.id, &key, entry, m.size)
                .map_err(|_| damaged())?;
            if HEXLOWER.encode(&info.blake3) != m.blake3 || info.plaintext_len != m.size {
                return Err(damaged());
            }
            docs.push(NewDocument {
                id: m.id.clone(),
                owner: whose.stored(),
                meta: meta.clone(),
                file_name: m.file_name.clone(),
                media_type: m.media_type.clone(),
                size: info.plaintext_len,
                blake3: info.blake3,
                wrapped_key: wrapped.to_vec(),
                body: m.text.clone(),
            });
        }
        // age authenticates the end of the stream, but a manifest that
        // names a document the archive lacks is damaged too.
        if seen.iter().any(|s| !s) {
            return Err(damaged());
        }
        Ok(docs)
    }
}

/// How a backup names a document's owner: `me`, or `person-<id>`.
fn manifest_owner(whose: Whose) -> String {
    match whose {
        Whose::Mine => "me".into(),
        Whose::Of(p) => format!("person-{p}"),
    }
}

/// Whose a document of a backup is: `Err` when the manifest is damaged,
/// `Ok(None)` for a child this installation does not know. Backups made
/// before children were people of the household name a child
/// `child-<n>`, the n-th child of the profile then: the person migration
/// 0009 made of that child here (`children`), and no one on an
/// installation that never had them.
fn owner_of_manifest(owner: &str, children: &[(i64, i64)]) -> Result<Option<Whose>, ()> {
    if owner == "me" {
        return Ok(Some(Whose::Mine));
    }
    if let Some(n) = owner.strip_prefix("person-") {
        return n.parse().map(|n| Some(Whose::Of(n))).map_err(|_| ());
    }
    let n: i64 = owner
        .strip_prefix("child-")
        .and_then(|n| n.parse().ok())
        .ok_or(())?;
    Ok(children
        .iter()
        .find(|(k, _)| *k == n)
        .map(|(_, p)| Whose::Of(u32::try_from(*p).unwrap_or(u32::MAX))))
}

/// Who is in this household, for a restore.
struct Household {
    people: Vec<u32>,
    /// `(n, person)`: which person each child of the old profile became.
    children: Vec<(i64, i64)>,
}

/// What a restore does with one document of the manifest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Restore {
    Add,
    /// This vault has it already.
    Known,
    /// Someone else's, and no representation lets the owner add it.
    NotAllowed,
}

fn read_manifest<R: Read>(entries: &mut tar::Entries<'_, R>) -> Result<Manifest, AppError> {
    let mut first = entries.next().ok_or_else(damaged)?.map_err(|_| damaged())?;
    if first.path().map_err(|_| damaged())?.to_str() != Some(MANIFEST)
        || first.header().entry_type() != tar::EntryType::Regular
    {
        return Err(damaged());
    }
    let mut json = Vec::new();
    first
        .by_ref()
        .take(64 << 20)
        .read_to_end(&mut json)
        .map_err(|_| damaged())?;
    let manifest: Manifest = serde_json::from_slice(&json).map_err(|_| damaged())?;
    if manifest.format > FORMAT {
        return Err(AppError::with_code(
            ErrorCode::CorruptData,
            "error-newer-version",
        ));
    }
    Ok(manifest)
}

/// Entry point for the fuzzers (`fuzz/`) and their regression tests: the
/// archive inside a backup (after age), read as a restore reads it up to
/// the writing of blobs. Untrusted bytes in, never a panic out.
#[doc(hidden)]
pub fn fuzz_backup_tar(data: &[u8]) {
    let mut archive = tar::Archive::new(data);
    let Ok(mut entries) = archive.entries() else {
        return;
    };
    let Ok(manifest) = read_manifest(&mut entries) else {
        return;
    };
    for m in &manifest.documents {
        let _ = crate::vault::clean_file_name(Path::new(&m.file_name));
        let _ = owner_of_manifest(&m.owner, &[(1, 7), (2, 3)]);
    }
    for entry in entries.take(1000) {
        let Ok(mut entry) = entry else { return };
        let _ = entry.path();
        let _ = entry.header().size();
        let _ = std::io::copy(&mut (&mut entry).take(1 << 20), &mut std::io::sink());
    }
}
