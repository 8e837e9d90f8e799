//! The vault's document metadata and its full-text index. The encrypted
//! bytes are files next to the database; this table knows their hash and
//! their wrapped key.

use std::str::FromStr;

use jiff::civil::Date;
use sqlx::Row;
use sqlx::sqlite::SqliteRow;

use crate::{Result, Store, StoreError};

/// What a person sees of a document in a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentSummary {
    pub id: String,
    pub title: String,
    pub kind: String,
    /// The person it belongs to; `None`: the device owner.
    pub owner: Option<i64>,
    pub file_name: String,
    pub media_type: String,
    pub size: u64,
    pub issued: Option<Date>,
    pub expires: Option<Date>,
    pub added_at: String,
}

/// A document's editable metadata.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocumentMeta {
    pub title: String,
    pub kind: String,
    pub issued: Option<Date>,
    pub expires: Option<Date>,
    pub tags: Vec<String>,
    pub events: Vec<String>,
}

/// A new document, its blob already durably written.
#[derive(Debug, Clone)]
pub struct NewDocument {
    pub id: String,
    /// The person it belongs to; `None`: the device owner. It never changes
    /// afterwards: a document does not move from one person to another.
    pub owner: Option<i64>,
    pub meta: DocumentMeta,
    pub file_name: String,
    pub media_type: String,
    pub size: u64,
    pub blake3: [u8; 32],
    pub wrapped_key: Vec<u8>,
    /// Text extracted from the file, for search only.
    pub body: String,
}

/// What opening or verifying a document needs.
#[derive(Debug, Clone)]
pub struct DocumentSecret {
    pub id: String,
    pub size: u64,
    pub blake3: Vec<u8>,
    pub wrapped_key: Vec<u8>,
}

/// The columns [`summary`] reads; a macro so that queries stay `&'static`
/// strings, which sqlx requires of SQL it cannot check at compile time.
macro_rules! summary_columns {
    () => {
        "d.id, d.title, d.kind, d.owner_id, d.file_name, d.media_type, d.size, d.issued, d.expires, d.added_at"
    };
}

fn date_column(row: &SqliteRow, col: &str) -> Result<Option<Date>> {
    let text: Option<String> = row.try_get(col)?;
    text.map(|t| {
        Date::from_str(&t).map_err(|_| StoreError::Corrupt {
            what: "document date",
        })
    })
    .transpose()
}

fn summary(row: &SqliteRow) -> Result<DocumentSummary> {
    let size: i64 = row.try_get("size")?;
    Ok(DocumentSummary {
        id: row.try_get("id")?,
        title: row.try_get("title")?,
        kind: row.try_get("kind")?,
        owner: row.try_get("owner_id")?,
        file_name: row.try_get("file_name")?,
        media_type: row.try_get("media_type")?,
        size: u64::try_from(size).map_err(|_| StoreError::Corrupt {
            what: "document size",
        })?,
        issued: date_column(row, "issued")?,
        expires: date_column(row, "expires")?,
        added_at: row.try_get("added_at")?,
    })
}

/// Turns what a person typed into an FTS5 query: every word must occur,
/// each as a prefix. Quoting every word makes FTS5's own syntax (AND, NEAR,
/// `*`, `"`, `:`) plain text, so no input is a syntax error. `None` when
/// nothing searchable was typed.
pub fn fts_query(input: &str) -> Option<String> {
    let words: Vec<String> = input
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(16)
        .map(|w| format!("\"{w}\"*"))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

impl Store {
    /// Adds documents in one transaction (one fsync for many files).
    pub async fn add_documents(&self, docs: &[NewDocument]) -> Result<()> {
        let now = jiff::Timestamp::now().to_string();
        let mut tx = self.pool.begin().await?;
        for d in docs {
            let size = i64::try_from(d.size).map_err(|_| StoreError::Corrupt {
                what: "document size",
            })?;
            let seq: i64 = sqlx::query_scalar(
                "INSERT INTO document (id, title, kind, owner_id, file_name, media_type, size, blake3,
                                       wrapped_key, issued, expires, added_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) RETURNING seq",
            )
            .bind(&d.id)
            .bind(&d.meta.title)
            .bind(&d.meta.kind)
            .bind(d.owner)
            .bind(&d.file_name)
            .bind(&d.media_type)
            .bind(size)
            .bind(&d.blake3[..])
            .bind(&d.wrapped_key)
            .bind(d.meta.issued.map(|x| x.to_string()))
            .bind(d.meta.expires.map(|x| x.to_string()))
            .bind(&now)
            .fetch_one(&mut *tx)
            .await?;
            insert_links(&mut tx, seq, &d.meta).await?;
            sqlx::query(
                "INSERT INTO document_fts (rowid, title, tags, body) VALUES (?1, ?2, ?3, ?4)",
            )
            .bind(seq)
            .bind(&d.meta.title)
            .bind(d.meta.tags.join(" "))
            .bind(&d.body)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Every document, newest first.
    pub async fn documents(&self) -> Result<Vec<DocumentSummary>> {
        let rows = sqlx::query(concat!(
            "SELECT ",
            summary_columns!(),
            " FROM document d ORDER BY d.seq DESC"
        ))
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(summary).collect()
    }

    pub async fn document(&self, id: &str) -> Result<Option<(DocumentSummary, DocumentMeta)>> {
        let Some(row) = sqlx::query(concat!(
            "SELECT d.seq, ",
            summary_columns!(),
            " FROM document d WHERE d.id = ?1"
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        else {
            return Ok(None);
        };
        let s = summary(&row)?;
        let seq: i64 = row.try_get("seq")?;
        let tags =
            sqlx::query_scalar("SELECT tag FROM document_tag WHERE document_seq = ?1 ORDER BY tag")
                .bind(seq)
                .fetch_all(&self.pool)
                .await?;
        let events = sqlx::query_scalar(
            "SELECT event_id FROM document_event WHERE document_seq = ?1 ORDER BY event_id",
        )
        .bind(seq)
        .fetch_all(&self.pool)
        .await?;
        let meta = DocumentMeta {
            title: s.title.clone(),
            kind: s.kind.clone(),
            issued: s.issued,
            expires: s.expires,
            tags,
            events,
        };
        Ok(Some((s, meta)))
    }

    /// Documents matching `input` (see [`fts_query`]): those matching in
    /// title or tags first, then those matching in their text, newest first
    /// within each. Not BM25: ranking scores every match, which took well
    /// over 100 ms for common words at 100,000 documents here, while walking
    /// the index newest-first stops after `limit` rows.
    pub async fn search_documents(&self, input: &str, limit: u32) -> Result<Vec<DocumentSummary>> {
        let Some(q) = fts_query(input) else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for query in [format!("{{title tags}} : ({q})"), q] {
            if out.len() >= limit as usize {
                break;
            }
            let rows = sqlx::query(concat!(
                "SELECT ",
                summary_columns!(),
                " FROM document_fts f JOIN document d ON d.seq = f.rowid
                 WHERE document_fts MATCH ?1 ORDER BY f.rowid DESC LIMIT ?2"
            ))
            .bind(query)
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
            for row in &rows {
                let d = summary(row)?;
                if out.len() < limit as usize && seen.insert(d.id.clone()) {
                    out.push(d);
                }
            }
        }
        Ok(out)
    }

    /// Replaces a document's metadata; `false` when there is no such document.
    pub async fn update_document(&self, id: &str, meta: &DocumentMeta) -> Result<bool> {
        let mut tx = self.pool.begin().await?;
        let Some(seq): Option<i64> = sqlx::query_scalar(
            "UPDATE document SET title = ?2, kind = ?3, issued = ?4, expires = ?5
             WHERE id = ?1 RETURNING seq",
        )
        .bind(id)
        .bind(&meta.title)
        .bind(&meta.kind)
        .bind(meta.issued.map(|x| x.to_string()))
        .bind(meta.expires.map(|x| x.to_string()))
        .fetch_optional(&mut *tx)
        .await?
        else {
            return Ok(false);
        };
        sqlx::query("DELETE FROM document_tag WHERE document_seq = ?1")
            .bind(seq)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM document_event WHERE document_seq = ?1")
            .bind(seq)
            .execute(&mut *tx)
            .await?;
        insert_links(&mut tx, seq, meta).await?;
        sqlx::query("UPDATE document_fts SET title = ?2, tags = ?3 WHERE rowid = ?1")
            .bind(seq)
            .bind(&meta.title)
            .bind(meta.tags.join(" "))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Removes a document's row, and with it its wrapped key; `false` when
    /// there is no such document.
    pub async fn remove_document(&self, id: &str) -> Result<bool> {
        let mut tx = self.pool.begin().await?;
        let Some(seq): Option<i64> =
            sqlx::query_scalar("DELETE FROM document WHERE id = ?1 RETURNING seq")
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?
        else {
            return Ok(false);
        };
        sqlx::query("DELETE FROM document_fts WHERE rowid = ?1")
            .bind(seq)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// The text extracted at import, as indexed (for backups).
    pub async fn document_text(&self, id: &str) -> Result<String> {
        let t: Option<String> = sqlx::query_scalar(
            "SELECT f.body FROM document_fts f JOIN document d ON d.seq = f.rowid WHERE d.id = ?1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(t.unwrap_or_default())
    }

    pub async fn document_secret(&self, id: &str) -> Result<Option<DocumentSecret>> {
        let row = sqlx::query("SELECT id, size, blake3, wrapped_key FROM document WHERE id = ?1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(secret).transpose()
    }

    pub async fn document_secrets(&self) -> Result<Vec<DocumentSecret>> {
        let rows = sqlx::query("SELECT id, size, blake3, wrapped_key FROM document ORDER BY seq")
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(secret).collect()
    }

    /// Checks the database's structure: SQLite's `integrity_check` for the
    /// tables, FTS5's own check (index against content) for the search
    /// index. FTS5 lines of the pragma are left to the latter: here the
    /// pragma reported "malformed inverted index" on some pooled
    /// connections after an update, while FTS5's check passed on all.
    pub async fn integrity_ok(&self) -> Result<bool> {
        let r: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_all(&self.pool)
            .await?;
        let problems: Vec<&String> = r
            .iter()
            .filter(|l| *l != "ok" && !l.contains("for FTS5 table"))
            .collect();
        let fts = sqlx::query(
            "INSERT INTO document_fts (document_fts, rank) VALUES ('integrity-check', 1)",
        )
        .execute(&self.pool)
        .await;
        if !problems.is_empty() || fts.is_err() {
            tracing::error!(
                problems = problems.len(),
                fts_ok = fts.is_ok(),
                "database integrity check failed"
            );
        }
        Ok(problems.is_empty() && fts.is_ok())
    }
}

fn secret(row: &SqliteRow) -> Result<DocumentSecret> {
    let size: i64 = row.try_get("size")?;
    Ok(DocumentSecret {
        id: row.try_get("id")?,
        size: u64::try_from(size).map_err(|_| StoreError::Corrupt {
            what: "document size",
        })?,
        blake3: row.try_get("blake3")?,
        wrapped_key: row.try_get("wrapped_key")?,
    })
}

async fn insert_links(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    seq: i64,
    meta: &DocumentMeta,
) -> Result<()> {
    for tag in &meta.tags {
        sqlx::query("INSERT OR IGNORE INTO document_tag (document_seq, tag) VALUES (?1, ?2)")
            .bind(seq)
            .bind(tag)
            .execute(&mut **tx)
            .await?;
    }
    for event in &meta.events {
        sqlx::query(
            "INSERT OR IGNORE INTO document_event (document_seq, event_id) VALUES (?1, ?2)",
        )
        .bind(seq)
        .bind(event)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    fn doc(id: &str, title: &str, tags: &[&str], body: &str) -> NewDocument {
        NewDocument {
            id: id.into(),
            owner: None,
            meta: DocumentMeta {
                title: title.into(),
                kind: "other".into(),
                tags: tags.iter().map(|t| t.to_string()).collect(),
                ..DocumentMeta::default()
            },
            file_name: "x.txt".into(),
            media_type: "text/plain".into(),
            size: 1,
            blake3: [0; 32],
            wrapped_key: vec![1],
            body: body.into(),
        }
    }

    #[test]
    fn typed_input_becomes_a_safe_prefix_query() {
        assert_eq!(fts_query("pasp"), Some("\"pasp\"*".into()));
        assert_eq!(
            fts_query("  huur\"contract AND*  "),
            Some("\"huur\"* \"contract\"* \"AND\"*".into())
        );
        assert_eq!(fts_query(" -*\" "), None);
    }

    #[tokio::test]
    async fn search_ignores_case_and_diacritics_and_matches_prefixes() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), KEY).await.unwrap();
        store
            .add_documents(&[
                doc("a", "Paspoort Zoë", &["reis"], ""),
                doc(
                    "b",
                    "Huurcontract",
                    &["woning", "café"],
                    "Één keer per maand betalen",
                ),
                doc("c", "Loonstrook", &[], "salaris oktober"),
            ])
            .await
            .unwrap();
        let ids = |v: Vec<DocumentSummary>| v.into_iter().map(|d| d.id).collect::<Vec<_>>();
        assert_eq!(ids(store.search_documents("zoe", 10).await.unwrap()), ["a"]);
        assert_eq!(
            ids(store.search_documents("PASP", 10).await.unwrap()),
            ["a"]
        );
        assert_eq!(
            ids(store.search_documents("cafe", 10).await.unwrap()),
            ["b"]
        );
        assert_eq!(
            ids(store.search_documents("een maand", 10).await.unwrap()),
            ["b"]
        );
        assert_eq!(
            ids(store.search_documents("salar okt", 10).await.unwrap()),
            ["c"]
        );
        assert!(
            store
                .search_documents("salaris woning", 10)
                .await
                .unwrap()
                .is_empty()
        );
        assert!(store.search_documents("\"*", 10).await.unwrap().is_empty());

        let (_, mut meta) = store.document("b").await.unwrap().unwrap();
        meta.title = "Rental contract".into();
        meta.tags = vec!["house".into()];
        assert!(store.update_document("b", &meta).await.unwrap());
        assert_eq!(
            ids(store.search_documents("rental", 10).await.unwrap()),
            ["b"]
        );
        assert!(
            store
                .search_documents("woning", 10)
                .await
                .unwrap()
                .is_empty()
        );
        assert_eq!(
            ids(store.search_documents("maand", 10).await.unwrap()),
            ["b"],
            "body kept"
        );
        assert!(store.remove_document("b").await.unwrap());
        assert!(!store.remove_document("b").await.unwrap());
        assert!(
            store
                .search_documents("rental", 10)
                .await
                .unwrap()
                .is_empty()
        );
        assert_eq!(ids(store.documents().await.unwrap()), ["c", "a"]);
        assert!(store.integrity_ok().await.unwrap());
        store.close().await;
    }
}
