//! The household (people besides "me"), representations, and the
//! hash-chained audit log.

use std::str::FromStr;

use jiff::civil::Date;
use sqlx::Row;
use sqlx::sqlite::SqliteRow;
use wegwijs_core::authz::{Access, Basis, Representation, Scopes};

use crate::{Result, Store, StoreError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonRow {
    pub id: i64,
    pub name: String,
    pub birth_date: Date,
    pub is_me: bool,
    pub relation: Option<String>,
    /// Their id at the identity provider, from a verified login.
    pub provider_subject: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepresentationRow {
    pub rep: Representation,
    pub verified: bool,
    pub evidence_document: Option<String>,
}

/// The last entry of the audit log: its sequence number and hash. Kept
/// outside the database as well, so that a log cut short or a database
/// rolled back to an older copy is noticed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditHead {
    pub seq: i64,
    pub hash: [u8; 32],
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub seq: i64,
    pub at: String,
    /// The legal date the action was decided on (entries from before this
    /// was recorded have none).
    pub decided_on: Option<String>,
    pub actor_id: i64,
    pub subject_id: i64,
    pub action: String,
    pub basis: Option<String>,
    pub detail: String,
    pub prev_hash: Vec<u8>,
    pub hash: Vec<u8>,
}

/// The hash of an audit entry: BLAKE3 over the previous hash and the
/// entry's fields, each length-prefixed so that no two entries encode alike.
/// Entries with the date decided on (v2) cover it too; older ones (v1)
/// keep the hash they were written with.
#[allow(clippy::too_many_arguments)]
pub fn audit_hash(
    prev: &[u8],
    at: &str,
    decided_on: Option<&str>,
    actor: i64,
    subject: i64,
    action: &str,
    basis: Option<&str>,
    detail: &str,
) -> [u8; 32] {
    let mut h = blake3::Hasher::new();
    match decided_on {
        None => {
            h.update(b"wegwijs audit v1");
        }
        Some(d) => {
            h.update(b"wegwijs audit v2");
            h.update(&(d.len() as u64).to_be_bytes());
            h.update(d.as_bytes());
        }
    }
    for part in [
        prev,
        at.as_bytes(),
        &actor.to_be_bytes(),
        &subject.to_be_bytes(),
        action.as_bytes(),
        basis.unwrap_or("").as_bytes(),
        &[u8::from(basis.is_some())],
        detail.as_bytes(),
    ] {
        h.update(&(part.len() as u64).to_be_bytes());
        h.update(part);
    }
    *h.finalize().as_bytes()
}

/// Checks a chain from its start: every entry's `prev_hash` is the hash of
/// the one before (zeros for the first), every hash matches its fields,
/// sequence numbers only grow and times never go back. Returns the first
/// entry that breaks it.
pub fn verify_chain(entries: &[AuditEntry]) -> Option<i64> {
    let mut prev: Vec<u8> = vec![0; 32];
    let mut last_seq = i64::MIN;
    let mut last_at: Option<jiff::Timestamp> = None;
    for e in entries {
        let Ok(at) = e.at.parse::<jiff::Timestamp>() else {
            return Some(e.seq);
        };
        if last_at.is_some_and(|l| at < l) {
            return Some(e.seq);
        }
        last_at = Some(at);
        let expected = audit_hash(
            &prev,
            &e.at,
            e.decided_on.as_deref(),
            e.actor_id,
            e.subject_id,
            &e.action,
            e.basis.as_deref(),
            &e.detail,
        );
        if e.prev_hash != prev || e.hash != expected || e.seq <= last_seq {
            return Some(e.seq);
        }
        prev = e.hash.clone();
        last_seq = e.seq;
    }
    None
}

fn date(row: &SqliteRow, col: &str) -> Result<Option<Date>> {
    let t: Option<String> = row.try_get(col)?;
    t.map(|t| Date::from_str(&t).map_err(|_| StoreError::Corrupt { what: "date" }))
        .transpose()
}

fn representation(row: &SqliteRow) -> Result<RepresentationRow> {
    let basis: String = row.try_get("basis")?;
    let scopes: String = row.try_get("scopes")?;
    let access: String = row.try_get("access")?;
    let verified: i64 = row.try_get("verified")?;
    Ok(RepresentationRow {
        rep: Representation {
            id: row.try_get("id")?,
            representative: row.try_get("representative_id")?,
            subject: row.try_get("subject_id")?,
            basis: Basis::from_key(&basis).ok_or(StoreError::Corrupt { what: "basis" })?,
            scopes: Scopes::parse(&scopes).ok_or(StoreError::Corrupt { what: "scopes" })?,
            access: if access == "view" {
                Access::ViewOnly
            } else {
                Access::Full
            },
            from: date(row, "valid_from")?.ok_or(StoreError::Corrupt { what: "date" })?,
            until: date(row, "valid_until")?,
            revoked: date(row, "revoked_on")?,
        },
        verified: verified != 0,
        evidence_document: row.try_get("evidence_document")?,
    })
}

fn scopes_text(s: Scopes) -> String {
    s.iter().map(|s| s.key()).collect::<Vec<_>>().join(",")
}

impl Store {
    /// The id of "me" (the device owner), if the profile exists.
    pub async fn me_id(&self) -> Result<Option<i64>> {
        Ok(sqlx::query_scalar("SELECT id FROM person WHERE is_me = 1")
            .fetch_optional(&self.pool)
            .await?)
    }

    /// Adds someone to the household, with their BSN when known (in the
    /// same statement: never a person without the number asked for).
    pub async fn add_person(
        &self,
        name: &str,
        birth: Date,
        relation: Option<&str>,
        bsn: Option<&str>,
    ) -> Result<i64> {
        let now = jiff::Timestamp::now().to_string();
        Ok(sqlx::query_scalar(
            "INSERT INTO person (is_me, name, birth_date, residence_country, relation, updated_at, bsn)
             VALUES (0, ?1, ?2, '', ?3, ?4, ?5) RETURNING id",
        )
        .bind(name)
        .bind(birth.to_string())
        .bind(relation)
        .bind(now)
        .bind(bsn)
        .fetch_one(&self.pool)
        .await?)
    }

    /// Everyone: "me" first, then the others in the order they were added.
    pub async fn people(&self) -> Result<Vec<PersonRow>> {
        let rows = sqlx::query(
            "SELECT id, name, birth_date, is_me, relation, provider_subject FROM person
             ORDER BY is_me DESC, id",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let is_me: i64 = r.try_get("is_me")?;
                Ok(PersonRow {
                    id: r.try_get("id")?,
                    name: r.try_get("name")?,
                    birth_date: date(r, "birth_date")?
                        .ok_or(StoreError::Corrupt { what: "birth date" })?,
                    is_me: is_me != 0,
                    relation: r.try_get("relation")?,
                    provider_subject: r.try_get("provider_subject")?,
                })
            })
            .collect()
    }

    /// Gives someone of the household (not "me", whose name is the
    /// profile's) another name. `false` when there is no such person.
    pub async fn rename_person(&self, person: i64, name: &str) -> Result<bool> {
        let now = jiff::Timestamp::now().to_string();
        let r =
            sqlx::query("UPDATE person SET name = ?2, updated_at = ?3 WHERE id = ?1 AND is_me = 0")
                .bind(person)
                .bind(name)
                .bind(now)
                .execute(&self.pool)
                .await?;
        Ok(r.rows_affected() == 1)
    }

    /// Sets or clears a person's BSN (`None`). `false` when there is no
    /// such person.
    pub async fn set_bsn(&self, person: i64, bsn: Option<&str>) -> Result<bool> {
        let r = sqlx::query("UPDATE person SET bsn = ?2 WHERE id = ?1")
            .bind(person)
            .bind(bsn)
            .execute(&self.pool)
            .await?;
        Ok(r.rows_affected() == 1)
    }

    /// Every person's BSN that is known, by person id. Kept apart from
    /// [`PersonRow`], whose `Debug` may reach a log.
    pub async fn bsns(&self) -> Result<Vec<(i64, String)>> {
        let rows = sqlx::query("SELECT id, bsn FROM person WHERE bsn IS NOT NULL")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("id")?, r.try_get("bsn")?)))
            .collect()
    }

    /// Children that migration 0009 moved from the profile to the
    /// household, whose parental authority the app has not recorded yet.
    pub async fn adopted_children(&self) -> Result<Vec<i64>> {
        Ok(
            sqlx::query_scalar("SELECT person_id FROM adopted_child ORDER BY person_id")
                .fetch_all(&self.pool)
                .await?,
        )
    }

    /// Which person each child of the profile became (migration 0009):
    /// `(n, person)` for what backups made before call `child-<n>`.
    pub async fn profile_children(&self) -> Result<Vec<(i64, i64)>> {
        let rows = sqlx::query("SELECT n, person_id FROM profile_child ORDER BY n")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("n")?, r.try_get("person_id")?)))
            .collect()
    }

    /// Done with one of [`Store::adopted_children`].
    pub async fn forget_adopted_child(&self, person: i64) -> Result<()> {
        sqlx::query("DELETE FROM adopted_child WHERE person_id = ?1")
            .bind(person)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Links a person to their id at the identity provider. `false` when
    /// another person already has that id.
    pub async fn set_provider_subject(&self, person: i64, subject: &str) -> Result<bool> {
        let r = sqlx::query(
            "UPDATE person SET provider_subject = ?2 WHERE id = ?1
               AND NOT EXISTS (SELECT 1 FROM person WHERE provider_subject = ?2 AND id <> ?1)",
        )
        .bind(person)
        .bind(subject)
        .execute(&self.pool)
        .await?;
        Ok(r.rows_affected() == 1)
    }

    pub async fn add_representation(
        &self,
        r: &Representation,
        verified: bool,
        evidence_document: Option<&str>,
    ) -> Result<i64> {
        let now = jiff::Timestamp::now().to_string();
        Ok(sqlx::query_scalar(
            "INSERT INTO representation (representative_id, subject_id, basis, scopes, access,
                 valid_from, valid_until, revoked_on, verified, evidence_document, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, NULL, ?8, ?9, ?10) RETURNING id",
        )
        .bind(r.representative)
        .bind(r.subject)
        .bind(r.basis.key())
        .bind(scopes_text(r.scopes))
        .bind(if r.access == Access::ViewOnly {
            "view"
        } else {
            "full"
        })
        .bind(r.from.to_string())
        .bind(r.until.map(|d| d.to_string()))
        .bind(i64::from(verified))
        .bind(evidence_document)
        .bind(now)
        .fetch_one(&self.pool)
        .await?)
    }

    pub async fn representations(&self) -> Result<Vec<RepresentationRow>> {
        let rows = sqlx::query("SELECT * FROM representation ORDER BY id")
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(representation).collect()
    }

    /// Marks a representation revoked from `on`; `false` if there is no
    /// such representation or it was revoked already.
    pub async fn revoke_representation(&self, id: i64, on: Date) -> Result<bool> {
        let r = sqlx::query(
            "UPDATE representation SET revoked_on = ?2 WHERE id = ?1 AND revoked_on IS NULL",
        )
        .bind(id)
        .bind(on.to_string())
        .execute(&self.pool)
        .await?;
        Ok(r.rows_affected() == 1)
    }

    /// Appends to the audit log at `at` (decided on `decided_on`), chained
    /// to the last entry, in one transaction (so two appends cannot both
    /// chain to the same entry). A moment before the last entry's is
    /// refused: the log's times only go forward. Returns the new head.
    #[allow(clippy::too_many_arguments)]
    pub async fn audit(
        &self,
        at: jiff::Timestamp,
        decided_on: Date,
        actor: i64,
        subject: i64,
        action: &str,
        basis: Option<&str>,
        detail: &str,
    ) -> Result<AuditHead> {
        let at_text = at.to_string();
        let decided = decided_on.to_string();
        let mut tx = self.pool.begin().await?;
        // BEGIN IMMEDIATE semantics: take the write lock before reading.
        sqlx::query("UPDATE audit_entry SET seq = seq WHERE 0")
            .execute(&mut *tx)
            .await?;
        let last: Option<(i64, String, Vec<u8>)> =
            sqlx::query_as("SELECT seq, at, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")
                .fetch_optional(&mut *tx)
                .await?;
        if let Some((_, last_at, _)) = &last
            && last_at.parse::<jiff::Timestamp>().is_ok_and(|l| at < l)
        {
            return Err(StoreError::ClockBehind {
                last: last_at.clone(),
            });
        }
        let prev = last.as_ref().map_or_else(|| vec![0; 32], |l| l.2.clone());
        let hash = audit_hash(
            &prev,
            &at_text,
            Some(&decided),
            actor,
            subject,
            action,
            basis,
            detail,
        );
        let seq: i64 = sqlx::query_scalar(
            "INSERT INTO audit_entry (at, decided_on, actor_id, subject_id, action, basis, detail, prev_hash, hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING seq",
        )
        .bind(&at_text)
        .bind(&decided)
        .bind(actor)
        .bind(subject)
        .bind(action)
        .bind(basis)
        .bind(detail)
        .bind(&prev)
        .bind(&hash[..])
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(AuditHead { seq, hash })
    }

    /// The time of the last audit entry, if any.
    pub async fn last_audit_at(&self) -> Result<Option<String>> {
        Ok(
            sqlx::query_scalar("SELECT at FROM audit_entry ORDER BY seq DESC LIMIT 1")
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    pub async fn audit_entries(&self) -> Result<Vec<AuditEntry>> {
        let rows = sqlx::query("SELECT * FROM audit_entry ORDER BY seq")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                Ok(AuditEntry {
                    seq: r.try_get("seq")?,
                    at: r.try_get("at")?,
                    decided_on: r.try_get("decided_on")?,
                    actor_id: r.try_get("actor_id")?,
                    subject_id: r.try_get("subject_id")?,
                    action: r.try_get("action")?,
                    basis: r.try_get("basis")?,
                    detail: r.try_get("detail")?,
                    prev_hash: r.try_get("prev_hash")?,
                    hash: r.try_get("hash")?,
                })
            })
            .collect()
    }

    /// For tests of tamper detection: runs raw SQL on the database.
    #[doc(hidden)]
    pub async fn execute_raw_for_tests(&self, sql: &'static str) -> Result<()> {
        sqlx::query(sql).execute(&self.pool).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    #[tokio::test]
    async fn the_audit_chain_detects_edits_removals_and_reordering() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), KEY).await.unwrap();
        for i in 0..4 {
            let at = jiff::Timestamp::from_second(1_800_000_000 + i).unwrap();
            store
                .audit(
                    at,
                    wegwijs_core::authz::legal_date(at),
                    1,
                    2,
                    "documents.view",
                    Some("curatele"),
                    &format!("doc {i}"),
                )
                .await
                .unwrap();
        }
        let entries = store.audit_entries().await.unwrap();
        assert_eq!(verify_chain(&entries), None);

        let mut edited = entries.clone();
        edited[1].detail = "doc X".into();
        assert_eq!(verify_chain(&edited), Some(entries[1].seq));

        let mut removed = entries.clone();
        removed.remove(2);
        assert_eq!(verify_chain(&removed), Some(entries[3].seq));

        let mut swapped = entries.clone();
        swapped.swap(1, 2);
        assert!(verify_chain(&swapped).is_some());

        // A time before the last one is refused, and caught if written.
        let before = jiff::Timestamp::from_second(1_700_000_000).unwrap();
        let refused = store
            .audit(
                before,
                wegwijs_core::authz::legal_date(before),
                1,
                2,
                "x",
                None,
                "",
            )
            .await;
        assert!(matches!(refused, Err(StoreError::ClockBehind { .. })));
        let mut backwards = entries.clone();
        backwards[2].at = "2023-01-01T00:00:00Z".into();
        assert_eq!(verify_chain(&backwards), Some(entries[2].seq));

        let mut first_gone = entries.clone();
        first_gone.remove(0);
        assert_eq!(verify_chain(&first_gone), Some(entries[1].seq));

        // Editing the database itself is caught the same way.
        store
            .execute_raw_for_tests(
                "UPDATE audit_entry SET action = 'documents.export' WHERE seq = 2",
            )
            .await
            .unwrap();
        assert_eq!(verify_chain(&store.audit_entries().await.unwrap()), Some(2));
        store.close().await;
    }
}
