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

use crate::{AppError, ErrorCode, Wegwijs};

const MANIFEST: &str = "wegwijs-backup.json";
const FORMAT: u32 = 1;

#[derive(Debug, Serialize, Deserialize)]
struct Manifest {
    format: u32,
    created: String,
    documents: Vec<ManifestDocument>,
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
        let mut docs = Vec::new();
        for s in self.store.documents().await? {
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
        let manifest = Manifest {
            format: FORMAT,
            created: jiff::Timestamp::now().to_string(),
            documents: docs
                .iter()
                .map(|(s, m, secret, text)| ManifestDocument {
                    id: s.id.clone(),
                    path: format!("documents/{}/{}", s.id, s.file_name),
                    title: m.title.clone(),
                    kind: m.kind.clone(),
                    owner: m.owner.clone(),
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
        let encryptor =
            age::Encryptor::with_user_passphrase(SecretString::from(passphrase.to_owned()));
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
        let identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_owned()));
        let reader = decryptor
            .decrypt(std::iter::once(&identity as &dyn age::Identity))
            .map_err(|e| match e {
                age::DecryptError::NoMatchingKeys | age::DecryptError::DecryptionFailed => {
                    AppError::invalid_field("passphrase", "error-backup-wrong-passphrase", [])
                }
                _ => damaged(),
            })?;
        let known = self.document_ids().await?;
        let household = self.household_ids().await?;
        let mut archive = tar::Archive::new(reader);
        let mut written: Vec<String> = Vec::new();
        let outcome = self.restore_entries(&mut archive, &known, &household, &mut written);
        let (docs, skipped) = match outcome {
            Ok(v) => v,
            Err(e) => {
                for id in &written {
                    let _ = self.blobs.remove(id);
                }
                return Err(e);
            }
        };
        // Skipped documents wrote no blob, so `written` and `docs` agree.
        self.commit_documents(&docs).await?;
        tracing::info!(restored = docs.len(), skipped, "backup restored");
        Ok(RestoreReport {
            restored: u32::try_from(docs.len()).unwrap_or(u32::MAX),
            skipped,
        })
    }

    fn restore_entries<R: Read>(
        &self,
        archive: &mut tar::Archive<R>,
        known: &std::collections::HashSet<String>,
        household: &[String],
        written: &mut Vec<String>,
    ) -> Result<(Vec<NewDocument>, u32), AppError> {
        let mut entries = archive.entries().map_err(|_| damaged())?;
        let mut first = entries.next().ok_or_else(damaged)?.map_err(|_| damaged())?;
        if first.path().map_err(|_| damaged())?.to_str() != Some(MANIFEST) {
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
        let by_path: std::collections::HashMap<&str, &ManifestDocument> = manifest
            .documents
            .iter()
            .map(|d| (d.path.as_str(), d))
            .collect();
        let mut docs = Vec::new();
        let mut skipped = 0u32;
        let mut seen = 0usize;
        for entry in entries {
            let entry = entry.map_err(|_| damaged())?;
            let path = entry
                .path()
                .map_err(|_| damaged())?
                .to_string_lossy()
                .into_owned();
            let Some(m) = by_path.get(path.as_str()) else {
                return Err(damaged());
            };
            seen += 1;
            let valid_id = m.id.len() == 32 && m.id.bytes().all(|b| b.is_ascii_hexdigit());
            if !valid_id {
                return Err(damaged());
            }
            if known.contains(&m.id) {
                skipped += 1;
                continue;
            }
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
            let date = |v: &Option<String>| -> Result<_, AppError> {
                v.as_deref()
                    .map(|s| wegwijs_core::parse_iso_date(s).ok_or_else(damaged))
                    .transpose()
            };
            let owner = if household.contains(&m.owner) {
                m.owner.clone()
            } else {
                "me".into()
            };
            let body = m.text.clone();
            docs.push(NewDocument {
                id: m.id.clone(),
                meta: DocumentMeta {
                    title: m.title.clone(),
                    kind: m.kind.clone(),
                    owner,
                    issued: date(&m.issued)?,
                    expires: date(&m.expires)?,
                    tags: m.tags.clone(),
                    events: m.events.clone(),
                },
                file_name: m.file_name.clone(),
                media_type: m.media_type.clone(),
                size: info.plaintext_len,
                blake3: info.blake3,
                wrapped_key: wrapped.to_vec(),
                body,
            });
        }
        // age authenticates the end of the stream, but a manifest that
        // names a document the archive lacks is damaged too.
        if seen != manifest.documents.len() {
            return Err(damaged());
        }
        Ok((docs, skipped))
    }
}
