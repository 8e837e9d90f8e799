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
    })
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

    /// `false` when there is no such case.
    pub async fn remove_case(&self, id: i64) -> Result<bool> {
        let r = sqlx::query("DELETE FROM case_item WHERE id = ?1")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(r.rows_affected() == 1)
    }
}
