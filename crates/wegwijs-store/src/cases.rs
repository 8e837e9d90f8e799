//! Requests a person made to a provider, with what happened to them.

use std::str::FromStr;

use jiff::civil::Date;
use sqlx::Row;
use sqlx::sqlite::SqliteRow;

use crate::{Result, Store, StoreError};

/// A case as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseRow {
    pub id: i64,
    /// Whose request it is; `None`: the device owner's.
    pub owner: Option<i64>,
    pub provider: String,
    pub title: String,
    pub reference: Option<String>,
    pub submitted: Date,
    pub decision_weeks: u16,
    pub decided_on: Option<Date>,
    /// In the order entered.
    pub steps: Vec<CaseStepRow>,
    /// The source a synced case came from; `None` for one added by hand.
    pub source: Option<i64>,
    /// A synced case's own last day to decide, as the provider set it.
    pub due: Option<Date>,
    /// A synced case's result, in the provider's words.
    pub result: Option<String>,
    /// A synced case's steps as the provider gave them (JSON, the app's).
    pub remote: Option<String>,
    /// The vault document holding the decision letter.
    pub letter: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseStepRow {
    pub status: String,
    pub on: Date,
    pub note: String,
}

/// A new case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCase {
    pub owner: Option<i64>,
    pub provider: String,
    pub title: String,
    pub reference: Option<String>,
    pub submitted: Date,
    pub decision_weeks: u16,
}

fn date(row: &SqliteRow, col: &str) -> Result<Option<Date>> {
    let t: Option<String> = row.try_get(col)?;
    t.map(|t| Date::from_str(&t).map_err(|_| StoreError::Corrupt { what: "case date" }))
        .transpose()
}

fn case(row: &SqliteRow) -> Result<CaseRow> {
    let weeks: i64 = row.try_get("decision_weeks")?;
    Ok(CaseRow {
        id: row.try_get("id")?,
        owner: row.try_get("person_id")?,
        provider: row.try_get("provider")?,
        title: row.try_get("title")?,
        reference: row.try_get("reference")?,
        submitted: date(row, "submitted")?.ok_or(StoreError::Corrupt { what: "case date" })?,
        decision_weeks: u16::try_from(weeks).map_err(|_| StoreError::Corrupt {
            what: "decision term",
        })?,
        decided_on: date(row, "decided_on")?,
        steps: Vec::new(),
        source: row.try_get("source_id")?,
        due: date(row, "due")?,
        result: row.try_get("result")?,
        remote: row.try_get("remote")?,
        letter: row.try_get("letter_id")?,
    })
}

/// A provider whose ZGW APIs the person connected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseSourceRow {
    pub id: i64,
    pub name: String,
    pub zaken_url: String,
    pub catalogi_url: Option<String>,
    /// `jwt` or `login`.
    pub auth: String,
    pub client_id: Option<String>,
}

/// How the last sync of a source for a person went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseSyncRow {
    pub source: i64,
    /// `None`: the owner.
    pub person: Option<i64>,
    /// RFC 3339: the last sync that succeeded.
    pub synced_at: Option<String>,
    pub tried_at: String,
    /// The message id of a failure since.
    pub error: Option<String>,
}

/// A case as a sync found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncedCase {
    pub url: String,
    pub provider: String,
    pub title: String,
    pub reference: Option<String>,
    pub submitted: Date,
    pub decision_weeks: u16,
    pub ended: Option<Date>,
    pub due: Option<Date>,
    pub result: Option<String>,
    pub remote: String,
}

fn person_key(person: Option<i64>) -> i64 {
    person.unwrap_or(0)
}

impl Store {
    pub async fn add_case(&self, c: &NewCase) -> Result<i64> {
        let now = jiff::Timestamp::now().to_string();
        Ok(sqlx::query_scalar(
            "INSERT INTO case_item (person_id, provider, title, reference, submitted,
                                    decision_weeks, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
        )
        .bind(c.owner)
        .bind(&c.provider)
        .bind(&c.title)
        .bind(&c.reference)
        .bind(c.submitted.to_string())
        .bind(i64::from(c.decision_weeks))
        .bind(now)
        .fetch_one(&self.pool)
        .await?)
    }

    /// Every case with its steps, newest request first.
    pub async fn cases(&self) -> Result<Vec<CaseRow>> {
        let rows = sqlx::query("SELECT * FROM case_item ORDER BY submitted DESC, id DESC")
            .fetch_all(&self.pool)
            .await?;
        let mut cases = rows.iter().map(case).collect::<Result<Vec<_>>>()?;
        let steps = sqlx::query("SELECT case_id, status, on_date, note FROM case_step ORDER BY id")
            .fetch_all(&self.pool)
            .await?;
        for s in &steps {
            let id: i64 = s.try_get("case_id")?;
            if let Some(c) = cases.iter_mut().find(|c| c.id == id) {
                c.steps.push(CaseStepRow {
                    status: s.try_get("status")?,
                    on: date(s, "on_date")?.ok_or(StoreError::Corrupt { what: "case date" })?,
                    note: s.try_get("note")?,
                });
            }
        }
        Ok(cases)
    }

    pub async fn case(&self, id: i64) -> Result<Option<CaseRow>> {
        Ok(self.cases().await?.into_iter().find(|c| c.id == id))
    }

    pub async fn add_case_step(&self, id: i64, step: &CaseStepRow) -> Result<()> {
        sqlx::query(
            "INSERT INTO case_step (case_id, status, on_date, note) VALUES (?1, ?2, ?3, ?4)",
        )
        .bind(id)
        .bind(&step.status)
        .bind(step.on.to_string())
        .bind(&step.note)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn set_case_decision(&self, id: i64, on: Date) -> Result<()> {
        sqlx::query("UPDATE case_item SET decided_on = ?2 WHERE id = ?1")
            .bind(id)
            .bind(on.to_string())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Links the decision letter (a document id), or unlinks it.
    pub async fn set_case_letter(&self, id: i64, letter: Option<&str>) -> Result<()> {
        sqlx::query("UPDATE case_item SET letter_id = ?2 WHERE id = ?1")
            .bind(id)
            .bind(letter)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn add_case_source(&self, s: &CaseSourceRow) -> Result<i64> {
        Ok(sqlx::query_scalar(
            "INSERT INTO case_source (name, zaken_url, catalogi_url, auth, client_id, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id",
        )
        .bind(&s.name)
        .bind(&s.zaken_url)
        .bind(&s.catalogi_url)
        .bind(&s.auth)
        .bind(&s.client_id)
        .bind(jiff::Timestamp::now().to_string())
        .fetch_one(&self.pool)
        .await?)
    }

    /// In the order added.
    pub async fn case_sources(&self) -> Result<Vec<CaseSourceRow>> {
        let rows = sqlx::query("SELECT * FROM case_source ORDER BY id")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                Ok(CaseSourceRow {
                    id: r.try_get("id")?,
                    name: r.try_get("name")?,
                    zaken_url: r.try_get("zaken_url")?,
                    catalogi_url: r.try_get("catalogi_url")?,
                    auth: r.try_get("auth")?,
                    client_id: r.try_get("client_id")?,
                })
            })
            .collect()
    }

    /// Removes the source and every case synced from it. `false` when
    /// there is no such source.
    pub async fn remove_case_source(&self, id: i64) -> Result<bool> {
        let r = sqlx::query("DELETE FROM case_source WHERE id = ?1")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(r.rows_affected() == 1)
    }

    pub async fn case_syncs(&self) -> Result<Vec<CaseSyncRow>> {
        let rows = sqlx::query("SELECT * FROM case_sync ORDER BY source_id, person_key")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                let key: i64 = r.try_get("person_key")?;
                Ok(CaseSyncRow {
                    source: r.try_get("source_id")?,
                    person: (key != 0).then_some(key),
                    synced_at: r.try_get("synced_at")?,
                    tried_at: r.try_get("tried_at")?,
                    error: r.try_get("error")?,
                })
            })
            .collect()
    }

    /// A failed sync: its cases stay as the last good one left them.
    pub async fn record_sync_failure(
        &self,
        source: i64,
        person: Option<i64>,
        error: &str,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO case_sync (source_id, person_key, tried_at, error) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (source_id, person_key) DO UPDATE SET tried_at = ?3, error = ?4",
        )
        .bind(source)
        .bind(person_key(person))
        .bind(jiff::Timestamp::now().to_string())
        .bind(error)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Makes the cases of `person` from `source` what a sync found, in one
    /// transaction: new ones added, known ones updated (their ids and
    /// steps by hand kept), ones the provider no longer lists removed.
    /// Returns each case's id with its steps as stored before (`None` for
    /// a new one).
    pub async fn replace_synced_cases(
        &self,
        source: i64,
        person: Option<i64>,
        cases: &[SyncedCase],
    ) -> Result<Vec<(i64, Option<String>)>> {
        let now = jiff::Timestamp::now().to_string();
        let mut tx = self.pool.begin().await?;
        let known = sqlx::query(
            "SELECT id, remote_url, remote FROM case_item
             WHERE source_id = ?1 AND IFNULL(person_id, 0) = ?2",
        )
        .bind(source)
        .bind(person_key(person))
        .fetch_all(&mut *tx)
        .await?;
        let mut known: Vec<(i64, String, Option<String>)> = known
            .iter()
            .map(|r| {
                Ok((
                    r.try_get("id")?,
                    r.try_get("remote_url")?,
                    r.try_get("remote")?,
                ))
            })
            .collect::<Result<_>>()?;
        let mut out = Vec::with_capacity(cases.len());
        for c in cases {
            let before = known.iter().position(|(_, url, _)| *url == c.url);
            let id =
                match before {
                    Some(i) => {
                        let (id, _, remote) = known.swap_remove(i);
                        sqlx::query(
                            "UPDATE case_item SET provider = ?2, title = ?3, reference = ?4,
                             submitted = ?5, decision_weeks = ?6, decided_on = ?7, due = ?8,
                             result = ?9, remote = ?10
                         WHERE id = ?1",
                        )
                        .bind(id)
                        .bind(&c.provider)
                        .bind(&c.title)
                        .bind(&c.reference)
                        .bind(c.submitted.to_string())
                        .bind(i64::from(c.decision_weeks))
                        .bind(c.ended.map(|d| d.to_string()))
                        .bind(c.due.map(|d| d.to_string()))
                        .bind(&c.result)
                        .bind(&c.remote)
                        .execute(&mut *tx)
                        .await?;
                        out.push((id, remote));
                        continue;
                    }
                    None => sqlx::query_scalar(
                        "INSERT INTO case_item (person_id, provider, title, reference, submitted,
                             decision_weeks, decided_on, created_at, source_id, remote_url, due,
                             result, remote)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
                         RETURNING id",
                    )
                    .bind(person)
                    .bind(&c.provider)
                    .bind(&c.title)
                    .bind(&c.reference)
                    .bind(c.submitted.to_string())
                    .bind(i64::from(c.decision_weeks))
                    .bind(c.ended.map(|d| d.to_string()))
                    .bind(&now)
                    .bind(source)
                    .bind(&c.url)
                    .bind(c.due.map(|d| d.to_string()))
                    .bind(&c.result)
                    .bind(&c.remote)
                    .fetch_one(&mut *tx)
                    .await?,
                };
            out.push((id, None));
        }
        for (id, _, _) in known {
            sqlx::query("DELETE FROM case_item WHERE id = ?1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query(
            "INSERT INTO case_sync (source_id, person_key, synced_at, tried_at, error)
             VALUES (?1, ?2, ?3, ?3, NULL)
             ON CONFLICT (source_id, person_key) DO UPDATE
                 SET synced_at = ?3, tried_at = ?3, error = NULL",
        )
        .bind(source)
        .bind(person_key(person))
        .bind(&now)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(out)
    }

    /// `false` when there is no such case.
    pub async fn remove_case(&self, id: i64) -> Result<bool> {
        let r = sqlx::query("DELETE FROM case_item WHERE id = ?1")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(r.rows_affected() == 1)
    }
}
