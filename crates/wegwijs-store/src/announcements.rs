//! Announcements near the person's address: where to look, and what the
//! checks found.

use std::str::FromStr;

use jiff::civil::Date;
use sqlx::Row;
use sqlx::sqlite::SqliteRow;

use crate::{Result, Store, StoreError};

/// Where to look and how the last check went.
#[derive(Debug, Clone, PartialEq)]
pub struct WatchRow {
    pub address: String,
    pub lat: f64,
    pub lon: f64,
    pub radius_m: u32,
    /// The day of the last check that fetched every page.
    pub checked_on: Option<Date>,
    /// RFC 3339: the last attempt.
    pub tried_at: Option<String>,
    /// The message id of why the last attempt failed.
    pub error: Option<String>,
    /// How many the last check found that were not there before.
    pub last_new: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AnnouncementRow {
    pub id: String,
    pub title: String,
    pub kind: Option<String>,
    pub organisation: Option<String>,
    pub published: Option<Date>,
    pub distance_m: Option<f64>,
    pub east_m: Option<f64>,
    pub north_m: Option<f64>,
    pub url: Option<String>,
    pub respond_by: Option<Date>,
    pub read: bool,
}

/// What a check brought, to keep in one transaction.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckOutcome<'a> {
    pub found: &'a [AnnouncementRow],
    /// RFC 3339.
    pub tried_at: &'a str,
    /// Set when every page came: the day to count the next check from.
    pub complete_on: Option<Date>,
    pub error: Option<&'a str>,
}

fn date(row: &SqliteRow, col: &str) -> Result<Option<Date>> {
    let t: Option<String> = row.try_get(col)?;
    t.map(|t| {
        Date::from_str(&t).map_err(|_| StoreError::Corrupt {
            what: "announcement date",
        })
    })
    .transpose()
}

fn announcement(r: &SqliteRow) -> Result<AnnouncementRow> {
    Ok(AnnouncementRow {
        id: r.try_get("id")?,
        title: r.try_get("title")?,
        kind: r.try_get("kind")?,
        organisation: r.try_get("organisation")?,
        published: date(r, "published")?,
        distance_m: r.try_get("distance_m")?,
        east_m: r.try_get("east_m")?,
        north_m: r.try_get("north_m")?,
        url: r.try_get("url")?,
        respond_by: date(r, "respond_by")?,
        read: r.try_get::<i64, _>("read")? != 0,
    })
}

/// No place watched and nothing found.
async fn clear(tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>) -> Result<()> {
    sqlx::query("DELETE FROM announcement")
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM announce_watch")
        .execute(&mut **tx)
        .await?;
    Ok(())
}

impl Store {
    pub async fn announce_watch(&self) -> Result<Option<WatchRow>> {
        let row = sqlx::query("SELECT * FROM announce_watch WHERE id = 1")
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| {
            Ok(WatchRow {
                address: r.try_get("address")?,
                lat: r.try_get("lat")?,
                lon: r.try_get("lon")?,
                radius_m: u32::try_from(r.try_get::<i64, _>("radius_m")?)
                    .map_err(|_| StoreError::Corrupt { what: "radius" })?,
                checked_on: date(&r, "checked_on")?,
                tried_at: r.try_get("tried_at")?,
                error: r.try_get("error")?,
                last_new: u32::try_from(r.try_get::<i64, _>("last_new")?).unwrap_or(0),
            })
        })
        .transpose()
    }

    /// Starts watching a place: what was found around another one goes.
    pub async fn set_announce_watch(
        &self,
        address: &str,
        lat: f64,
        lon: f64,
        radius_m: u32,
    ) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        clear(&mut tx).await?;
        sqlx::query(
            "INSERT INTO announce_watch (id, address, lat, lon, radius_m, enabled_at)
             VALUES (1, ?1, ?2, ?3, ?4, ?5)",
        )
        .bind(address)
        .bind(lat)
        .bind(lon)
        .bind(i64::from(radius_m))
        .bind(jiff::Timestamp::now().to_string())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// A new radius: the next check looks back as the first did, so that a
    /// wider circle is filled for the same weeks. Returns false when
    /// nothing is watched.
    pub async fn set_announce_radius(&self, radius_m: u32) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE announce_watch SET radius_m = ?1, checked_on = NULL, last_new = 0 WHERE id = 1",
        )
        .bind(i64::from(radius_m))
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() > 0)
    }

    /// Forgets the place and everything found around it.
    pub async fn clear_announce_watch(&self) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        clear(&mut tx).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Keeps what a check found (new ones unread, known ones refreshed and
    /// as read as they were) and how it went. Returns the ids that are new.
    pub async fn record_announce_check(&self, c: &CheckOutcome<'_>) -> Result<Vec<String>> {
        let mut tx = self.pool.begin().await?;
        let mut new = Vec::new();
        for a in c.found {
            let known: Option<i64> = sqlx::query_scalar("SELECT 1 FROM announcement WHERE id = ?1")
                .bind(&a.id)
                .fetch_optional(&mut *tx)
                .await?;
            if known.is_none() {
                new.push(a.id.clone());
            }
            sqlx::query(
                "INSERT INTO announcement
                   (id, title, kind, organisation, published, distance_m, east_m, north_m,
                    url, respond_by, read, found_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 0, ?11)
                 ON CONFLICT (id) DO UPDATE SET
                   title = excluded.title, kind = excluded.kind,
                   organisation = excluded.organisation, published = excluded.published,
                   distance_m = excluded.distance_m, east_m = excluded.east_m,
                   north_m = excluded.north_m, url = excluded.url,
                   respond_by = excluded.respond_by",
            )
            .bind(&a.id)
            .bind(&a.title)
            .bind(&a.kind)
            .bind(&a.organisation)
            .bind(a.published.map(|d| d.to_string()))
            .bind(a.distance_m)
            .bind(a.east_m)
            .bind(a.north_m)
            .bind(&a.url)
            .bind(a.respond_by.map(|d| d.to_string()))
            .bind(c.tried_at)
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query(
            "UPDATE announce_watch SET tried_at = ?1, error = ?2,
               checked_on = COALESCE(?3, checked_on), last_new = ?4
             WHERE id = 1",
        )
        .bind(c.tried_at)
        .bind(c.error)
        .bind(c.complete_on.map(|d| d.to_string()))
        .bind(i64::try_from(new.len()).unwrap_or(i64::MAX))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(new)
    }

    /// Everything kept, newest first.
    pub async fn announcements(&self) -> Result<Vec<AnnouncementRow>> {
        sqlx::query("SELECT * FROM announcement ORDER BY published IS NULL, published DESC, id")
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(announcement)
            .collect()
    }

    /// Returns false when there is no such announcement.
    pub async fn mark_announcement_read(&self, id: &str, read: bool) -> Result<bool> {
        let done = sqlx::query("UPDATE announcement SET read = ?2 WHERE id = ?1")
            .bind(id)
            .bind(i64::from(read))
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() > 0)
    }
}
