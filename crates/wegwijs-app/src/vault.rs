//! The document vault as the shells see it: add, list, search, open/export,
//! edit, remove, verify. Bytes go through `wegwijs-vault` (encrypted blobs),
//! metadata through `wegwijs-store` (the encrypted database).

use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};

use data_encoding::HEXLOWER;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use specta::Type;
use wegwijs_core::guidance::DOCUMENT_KINDS;
use wegwijs_store::{DocumentMeta, DocumentSummary, NewDocument};
use wegwijs_vault::blob::BlobError;
use wegwijs_vault::{DocumentKey, extract};

use crate::{AppError, ErrorCode, PersonId, Wegwijs};

pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_TAG_CHARS: usize = 50;
const MAX_FILE_NAME_CHARS: usize = 255;
/// Search results shown at most; a person refines the query past this.
pub const SEARCH_LIMIT: u32 = 100;

/// A document as lists and search results show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct DocumentDto {
    pub id: String,
    pub title: String,
    pub kind: String,
    /// The person it belongs to; `null`: the device owner.
    pub owner: Option<PersonId>,
    /// `YYYY-MM-DD`.
    pub expires: Option<String>,
    pub issued: Option<String>,
    /// Bytes. (A JavaScript number holds sizes up to 8 PiB exactly.)
    #[specta(type = f64)]
    pub size: u64,
    pub file_name: String,
    pub media_type: String,
    pub added_at: String,
    /// Only filled for a single document.
    pub tags: Vec<String>,
    pub events: Vec<String>,
}

impl From<DocumentSummary> for DocumentDto {
    fn from(d: DocumentSummary) -> Self {
        DocumentDto {
            id: d.id,
            title: d.title,
            kind: d.kind,
            owner: owner_id(d.owner),
            expires: d.expires.map(|x| x.to_string()),
            issued: d.issued.map(|x| x.to_string()),
            size: d.size,
            file_name: d.file_name,
            media_type: d.media_type,
            added_at: d.added_at,
            tags: Vec::new(),
            events: Vec::new(),
        }
    }
}

/// Metadata as typed by the person; every field optional when adding (the
/// title then comes from the file name, the kind is `other`). Whose it is
/// is not among them: a document belongs to the person it was added for
/// (`act_for`), and never moves to someone else.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct DocumentInput {
    pub title: Option<String>,
    pub kind: Option<String>,
    pub issued: Option<String>,
    pub expires: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub events: Vec<String>,
}

/// Whose documents: the device owner's own, or those of a person of the
/// household (a child, a parent) whom the owner acts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Whose {
    Mine,
    Of(u32),
}

impl Whose {
    /// The stored owner of a document of that set.
    pub(crate) fn stored(self) -> Option<i64> {
        match self {
            Whose::Mine => None,
            Whose::Of(p) => Some(i64::from(p)),
        }
    }

    /// Whose set a stored owner belongs to.
    pub(crate) fn of_stored(owner: Option<i64>) -> Whose {
        match owner {
            None => Whose::Mine,
            Some(p) => Whose::Of(u32::try_from(p).unwrap_or(u32::MAX)),
        }
    }

    pub(crate) fn includes(self, owner: Option<i64>) -> bool {
        owner == self.stored()
    }
}

/// A stored owner as it crosses to the shells.
pub(crate) fn owner_id(owner: Option<i64>) -> Option<PersonId> {
    owner.map(|p| PersonId(u32::try_from(p).unwrap_or(u32::MAX)))
}

/// One file that could not be added, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct AddFailure {
    /// The file's name as the person gave it (lossy for non-UTF-8 names).
    pub file: String,
    pub error: AppError,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct AddResult {
    pub added: Vec<DocumentDto>,
    pub failed: Vec<AddFailure>,
    /// Ids of added PDFs whose text could not be read (damaged, hostile or
    /// too large): stored all the same, found by title and tags only.
    pub without_text: Vec<String>,
}

/// Copies up to `limit` bytes of what passes through, so that a
/// document's text comes from the very bytes that were encrypted.
struct Tee<R> {
    inner: R,
    copy: Vec<u8>,
    limit: usize,
}

impl<R: Read> Read for Tee<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let room = self.limit.saturating_sub(self.copy.len()).min(n);
        self.copy.extend_from_slice(&buf[..room]);
        Ok(n)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct VerifyReport {
    pub documents: u32,
    pub ok: u32,
    pub damaged: Vec<String>,
    /// The database's own structure checks out (SQLite's integrity check).
    pub database_ok: bool,
}

/// 128 random bits: ids reveal nothing about the document or the order
/// of adding.
fn new_id() -> Result<String, AppError> {
    use ring::rand::SecureRandom;
    let mut b = [0u8; 16];
    ring::rand::SystemRandom::new()
        .fill(&mut b)
        .map_err(|_| AppError::unexpected())?;
    Ok(HEXLOWER.encode(&b))
}

/// A file name as stored and shown: the last path component only, control
/// characters (NUL included) dropped, invalid UTF-8 replaced, length capped.
pub fn clean_file_name(path: &Path) -> String {
    let raw = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let cleaned: String = raw
        .chars()
        .filter(|c| !c.is_control() && *c != '/' && *c != '\\')
        .take(MAX_FILE_NAME_CHARS)
        .collect();
    if cleaned.trim().is_empty() || cleaned == "." || cleaned == ".." {
        "document".into()
    } else {
        cleaned
    }
}

fn title_from(file_name: &str) -> String {
    let stem = Path::new(file_name)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or(file_name);
    stem.chars().take(MAX_TITLE_CHARS).collect()
}

fn date_field(field: &str, value: Option<&str>) -> Result<Option<Date>, AppError> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => wegwijs_core::parse_iso_date(v)
            .map(Some)
            .ok_or_else(|| AppError::invalid_field(field, "error-date-invalid", [("value", v)])),
    }
}

fn io_error(e: &std::io::Error, path: &Path) -> AppError {
    let shown = path.display().to_string();
    match e.kind() {
        std::io::ErrorKind::NotFound => {
            AppError::invalid_field("file", "error-file-not-found", [("path", shown.as_str())])
        }
        std::io::ErrorKind::IsADirectory => AppError::invalid_field(
            "file",
            "error-file-is-directory",
            [("path", shown.as_str())],
        ),
        std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded => {
            AppError::with_code(ErrorCode::Storage, "error-disk-full")
        }
        _ => AppError::invalid_field("file", "error-file-unreadable", [("path", shown.as_str())]),
    }
}

fn blob_error(e: BlobError, id: &str) -> AppError {
    match e {
        BlobError::Io(io) if io.kind() == std::io::ErrorKind::StorageFull => {
            AppError::with_code(ErrorCode::Storage, "error-disk-full")
        }
        BlobError::Io(io) if io.kind() == std::io::ErrorKind::NotFound => {
            AppError::with_code(ErrorCode::CorruptData, "error-document-damaged").arg("id", id)
        }
        BlobError::Io(_) => AppError::with_code(ErrorCode::Storage, "error-storage"),
        BlobError::TooLarge | BlobError::Random => AppError::unexpected(),
        _ => AppError::with_code(ErrorCode::CorruptData, "error-document-damaged").arg("id", id),
    }
}

impl Wegwijs {
    /// Checks typed metadata (against the catalogue, for its events): the
    /// one check of a document's details, for an add, an edit and a
    /// restore; `file_name` gives the default title.
    pub(crate) fn checked_meta(
        &self,
        input: &DocumentInput,
        file_name: &str,
    ) -> Result<DocumentMeta, AppError> {
        let title = match input.title.as_deref().map(str::trim) {
            Some(t) if !t.is_empty() => t.to_string(),
            _ => title_from(file_name),
        };
        if title.chars().count() > MAX_TITLE_CHARS {
            let max = MAX_TITLE_CHARS.to_string();
            return Err(AppError::invalid_field(
                "title",
                "error-title-too-long",
                [("max", max.as_str())],
            ));
        }
        let kind = input.kind.as_deref().unwrap_or("other").trim().to_string();
        if !DOCUMENT_KINDS.contains(&kind.as_str()) {
            return Err(AppError::invalid_field(
                "kind",
                "error-kind-unknown",
                [("kind", kind.as_str())],
            ));
        }
        let issued = date_field("issued", input.issued.as_deref())?;
        let expires = date_field("expires", input.expires.as_deref())?;
        if let (Some(i), Some(e)) = (issued, expires)
            && e < i
        {
            return Err(AppError::invalid_field(
                "expires",
                "error-expiry-before-issue",
                [],
            ));
        }
        let mut tags = Vec::new();
        for t in &input.tags {
            let t = t.trim();
            if t.is_empty() {
                continue;
            }
            if t.chars().count() > MAX_TAG_CHARS || t.chars().any(char::is_control) {
                return Err(AppError::invalid_field(
                    "tags",
                    "error-tag-invalid",
                    [("tag", t)],
                ));
            }
            if !tags.iter().any(|x: &String| x == t) {
                tags.push(t.to_string());
            }
        }
        let mut events = Vec::new();
        for e in &input.events {
            if !self.catalogue.events.iter().any(|ev| ev.id == *e) {
                return Err(AppError::invalid_field(
                    "events",
                    "error-event-unknown",
                    [("event", e.as_str())],
                ));
            }
            events.push(e.clone());
        }
        Ok(DocumentMeta {
            title,
            kind,
            issued,
            expires,
            tags,
            events,
        })
    }

    /// Adds files to the vault. Each file is checked, encrypted and written;
    /// then all blobs are made durable at once and the metadata committed in
    /// one transaction, so adding many small files costs one sync, and a
    /// document is reported as added only once it is safe. A file that
    /// cannot be added is reported and the others still go in.
    pub(crate) async fn vault_add(
        &self,
        files: &[PathBuf],
        input: &DocumentInput,
        whose: Whose,
    ) -> Result<AddResult, AppError> {
        let mut failed = Vec::new();
        let mut without_text = Vec::new();
        let mut docs: Vec<NewDocument> = Vec::new();
        for path in files {
            let shown = path.display().to_string();
            match self.prepare_document(path, input, whose).await {
                Ok((doc, unreadable)) => {
                    if unreadable {
                        without_text.push(doc.id.clone());
                    }
                    docs.push(doc);
                }
                Err(error) => failed.push(AddFailure { file: shown, error }),
            }
        }
        self.commit_documents(&docs).await?;
        tracing::info!(added = docs.len(), failed = failed.len(), "documents added");
        let added = docs
            .into_iter()
            .map(|d| DocumentDto {
                id: d.id,
                title: d.meta.title,
                kind: d.meta.kind,
                owner: owner_id(d.owner),
                expires: d.meta.expires.map(|x| x.to_string()),
                issued: d.meta.issued.map(|x| x.to_string()),
                size: d.size,
                file_name: d.file_name,
                media_type: d.media_type,
                added_at: String::new(),
                tags: d.meta.tags,
                events: d.meta.events,
            })
            .collect();
        Ok(AddResult {
            added,
            failed,
            without_text,
        })
    }

    /// Makes freshly written blobs durable, then commits their rows in one
    /// transaction. On failure the blobs go again, so nothing half-added
    /// stays.
    pub(crate) async fn commit_documents(&self, docs: &[NewDocument]) -> Result<(), AppError> {
        let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
        let commit = async {
            self.blobs
                .sync(&ids)
                .map_err(|e| io_error(&e, self.blobs.dir()))?;
            self.store.add_documents(docs).await?;
            Ok::<(), AppError>(())
        };
        let result = commit.await;
        if result.is_err() {
            for id in &ids {
                let _ = self.blobs.remove(id);
            }
        }
        result
    }

    async fn prepare_document(
        &self,
        path: &Path,
        input: &DocumentInput,
        whose: Whose,
    ) -> Result<(NewDocument, bool), AppError> {
        let file_name = clean_file_name(path);
        let meta = self.checked_meta(input, &file_name)?;
        let mut file = std::fs::File::open(path).map_err(|e| io_error(&e, path))?;
        let md = file.metadata().map_err(|e| io_error(&e, path))?;
        if md.is_dir() {
            return Err(io_error(
                &std::io::Error::from(std::io::ErrorKind::IsADirectory),
                path,
            ));
        }
        let mut head = [0u8; 16];
        let n = read_head(&mut file, &mut head).map_err(|e| io_error(&e, path))?;
        if n == 0 {
            let shown = path.display().to_string();
            return Err(AppError::invalid_field(
                "file",
                "error-file-empty",
                [("path", shown.as_str())],
            ));
        }
        let media_type = extract::media_type(&head[..n], &file_name).map_err(|_| {
            let shown = path.display().to_string();
            AppError::invalid_field("file", "error-not-a-pdf", [("path", shown.as_str())])
        })?;
        let id = new_id()?;
        let key = DocumentKey::generate().map_err(|_| AppError::unexpected())?;
        let wrapped = self
            .vault_key
            .wrap(&key, id.as_bytes())
            .map_err(|_| AppError::unexpected())?;
        // Larger PDFs are stored without text; nothing is kept of them.
        let keep = match media_type {
            "application/pdf" if md.len() <= extract::MAX_PDF_BYTES => md.len(),
            "text/plain" => extract::MAX_TEXT_BYTES as u64,
            _ => 0,
        };
        let mut input_stream = Tee {
            inner: std::io::Cursor::new(head[..n].to_vec()).chain(file),
            copy: Vec::new(),
            limit: usize::try_from(keep.min(md.len())).unwrap_or(0),
        };
        let info = self
            .blobs
            .write(&id, &key, &mut input_stream, md.len())
            .map_err(|e| match e {
                BlobError::Io(io) => io_error(&io, path),
                other => blob_error(other, &id),
            })?;
        let text = self
            .extractor
            .text(media_type, &input_stream.copy, info.plaintext_len);
        drop(input_stream);
        let unreadable = text == extract::Text::Unreadable;
        let body = text.into_body();
        let doc = NewDocument {
            id,
            owner: whose.stored(),
            meta,
            file_name,
            media_type: media_type.to_string(),
            size: info.plaintext_len,
            blake3: info.blake3,
            wrapped_key: wrapped.to_vec(),
            body,
        };
        Ok((doc, unreadable))
    }

    pub(crate) async fn vault_list_of(&self, whose: Whose) -> Result<Vec<DocumentDto>, AppError> {
        Ok(self
            .store
            .documents()
            .await?
            .into_iter()
            .filter(|d| whose.includes(d.owner))
            .map(DocumentDto::from)
            .collect())
    }

    pub(crate) async fn vault_search_of(
        &self,
        query: &str,
        whose: Whose,
    ) -> Result<Vec<DocumentDto>, AppError> {
        Ok(self
            .store
            .search_documents(query, SEARCH_LIMIT)
            .await?
            .into_iter()
            .filter(|d| whose.includes(d.owner))
            .map(DocumentDto::from)
            .collect())
    }

    /// A document, only if it is among `whose` documents: acting for X
    /// never opens Y's documents.
    pub(crate) async fn vault_document_of(
        &self,
        id: &str,
        whose: Whose,
    ) -> Result<DocumentDto, AppError> {
        let d = self.vault_document(id).await?;
        if whose.includes(d.owner.map(|p| i64::from(p.0))) {
            Ok(d)
        } else {
            Err(unknown(id))
        }
    }

    async fn vault_document(&self, id: &str) -> Result<DocumentDto, AppError> {
        let (summary, meta) = self.store.document(id).await?.ok_or_else(|| unknown(id))?;
        let mut dto = DocumentDto::from(summary);
        dto.tags = meta.tags;
        dto.events = meta.events;
        Ok(dto)
    }

    pub(crate) async fn vault_update(
        &self,
        id: &str,
        input: &DocumentInput,
        whose: Whose,
    ) -> Result<DocumentDto, AppError> {
        let (summary, _) = self.store.document(id).await?.ok_or_else(|| unknown(id))?;
        if !whose.includes(summary.owner) {
            return Err(unknown(id));
        }
        let meta = self.checked_meta(input, &summary.file_name)?;
        if !self.store.update_document(id, &meta).await? {
            return Err(unknown(id));
        }
        self.vault_document(id).await
    }

    /// Changes only the given fields; an empty date clears it.
    pub(crate) async fn vault_patch(
        &self,
        id: &str,
        patch: DocumentInput,
        whose: Whose,
    ) -> Result<DocumentDto, AppError> {
        let current = self.vault_document_of(id, whose).await?;
        let input = DocumentInput {
            title: patch.title.or(Some(current.title)),
            kind: patch.kind.or(Some(current.kind)),
            issued: patch.issued.or(current.issued),
            expires: patch.expires.or(current.expires),
            tags: if patch.tags.is_empty() {
                current.tags
            } else {
                patch.tags
            },
            events: if patch.events.is_empty() {
                current.events
            } else {
                patch.events
            },
        };
        self.vault_update(id, &input, whose).await
    }

    /// Decrypts a document to `out`, durably and all or nothing: a damaged
    /// document leaves no partial file. An existing file is replaced only
    /// when `overwrite` (the app's save dialog has asked the person).
    pub(crate) async fn vault_export(
        &self,
        id: &str,
        out: &Path,
        overwrite: bool,
        whose: Whose,
    ) -> Result<(), AppError> {
        self.vault_document_of(id, whose).await?;
        let secret = self
            .store
            .document_secret(id)
            .await?
            .ok_or_else(|| unknown(id))?;
        if !overwrite && out.exists() {
            let shown = out.display().to_string();
            return Err(AppError::invalid_field(
                "out",
                "error-out-exists",
                [("path", shown.as_str())],
            ));
        }
        let key = self
            .vault_key
            .unwrap_key(&secret.wrapped_key, id.as_bytes())
            .map_err(|_| blob_error(BlobError::NotABlob, id))?;
        let mut failure = None;
        let result =
            wegwijs_vault::durable::write_atomically(out, |w| match self.blobs.read(id, &key, w) {
                Ok(info) if info.blake3[..] == secret.blake3[..] => Ok(()),
                Ok(_) => {
                    failure = Some(blob_error(BlobError::NotABlob, id));
                    Err(std::io::Error::other("hash mismatch"))
                }
                Err(BlobError::Io(e)) => Err(e),
                Err(e) => {
                    failure = Some(blob_error(e, id));
                    Err(std::io::Error::other("damaged"))
                }
            });
        match (result, failure) {
            (Ok(()), _) => Ok(()),
            (Err(_), Some(f)) => Err(f),
            (Err(e), None) => {
                let shown = out.display().to_string();
                Err(match e.kind() {
                    std::io::ErrorKind::StorageFull => {
                        AppError::with_code(ErrorCode::Storage, "error-disk-full")
                    }
                    _ => AppError::invalid_field(
                        "out",
                        "error-file-unwritable",
                        [("path", shown.as_str())],
                    ),
                })
            }
        }
    }

    /// Removes a document: first its row (with the only copy of its wrapped
    /// key, so the document is unreadable from then on), then its blob.
    pub(crate) async fn vault_remove(&self, id: &str, whose: Whose) -> Result<(), AppError> {
        self.vault_document_of(id, whose).await?;
        if !self.store.remove_document(id).await? {
            return Err(unknown(id));
        }
        if let Err(e) = self.blobs.remove(id) {
            // Left as an orphan, removed at the next start.
            tracing::warn!(error = %e, "blob not removed");
        }
        tracing::info!("document removed");
        Ok(())
    }

    /// Decrypts every document and compares it with its recorded hash.
    pub(crate) async fn vault_verify(&self) -> Result<VerifyReport, AppError> {
        let secrets = self.store.document_secrets().await?;
        let mut damaged = Vec::new();
        for s in &secrets {
            let ok = match self.vault_key.unwrap_key(&s.wrapped_key, s.id.as_bytes()) {
                Ok(key) => match self.blobs.read(&s.id, &key, std::io::sink()) {
                    Ok(info) => info.blake3[..] == s.blake3[..] && info.plaintext_len == s.size,
                    Err(_) => false,
                },
                Err(_) => false,
            };
            if !ok {
                damaged.push(s.id.clone());
            }
        }
        let documents = u32::try_from(secrets.len()).unwrap_or(u32::MAX);
        let bad = u32::try_from(damaged.len()).unwrap_or(u32::MAX);
        if bad > 0 {
            tracing::error!(damaged = bad, "vault verification found damaged documents");
        }
        let database_ok = self.store.integrity_ok().await?;
        Ok(VerifyReport {
            documents,
            ok: documents - bad,
            damaged,
            database_ok,
        })
    }

    /// The ids of every document in the database.
    pub(crate) async fn document_ids(&self) -> Result<HashSet<String>, AppError> {
        Ok(self
            .store
            .document_secrets()
            .await?
            .into_iter()
            .map(|s| s.id)
            .collect())
    }

    /// Removes blobs that have no row (a crash between writing and
    /// committing, or between removing a row and its blob).
    pub(crate) async fn remove_orphan_blobs(&self) -> Result<usize, AppError> {
        let known = self.document_ids().await?;
        let n = self
            .blobs
            .remove_orphans(&known)
            .map_err(|e| io_error(&e, self.blobs.dir()))?;
        if n > 0 {
            tracing::info!(orphans = n, "orphan blobs removed");
        }
        Ok(n)
    }
}

fn read_head(file: &mut std::fs::File, head: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < head.len() {
        match file.read(&mut head[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

fn unknown(id: &str) -> AppError {
    AppError::with_code(ErrorCode::NotFound, "error-document-unknown").arg("id", id)
}
