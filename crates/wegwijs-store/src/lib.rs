//! Wegwijs' local database.
//!
//! One SQLite file in the data directory, opened through sqlx with the
//! migrations in `migrations/` embedded in the binary. Queries are checked at
//! compile time against `.sqlx/` (offline mode), so building needs no
//! database. This crate stores and loads domain values; it does not decide
//! whether they are valid: that is `wegwijs-core`'s job, done before a value
//! reaches here.

mod announcements;
mod cases;
mod documents;
mod people;

use std::path::Path;
use std::str::FromStr;

use jiff::civil::Date;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{ConnectOptions, SqlitePool};
use wegwijs_core::guidance::Employment;
use wegwijs_core::{Country, Profile};

pub use announcements::{AnnouncementRow, CheckOutcome, WatchRow};
pub use cases::{CaseRow, CaseSourceRow, CaseStepRow, CaseSyncRow, NewCase, SyncedCase};
pub use documents::{DocumentMeta, DocumentSecret, DocumentSummary, NewDocument, fts_query};
pub use people::{AuditEntry, AuditHead, PersonRow, RepresentationRow, audit_hash, verify_chain};

/// The database file's name inside the data directory.
pub const DB_FILE: &str = "wegwijs.db";

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("could not create the data directory")]
    CreateDir(#[source] std::io::Error),
    #[error("database error")]
    Db(#[from] sqlx::Error),
    #[error("database migration failed")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// The key does not open the database (or the file is not a database).
    #[error("the database does not open with this key")]
    WrongKey,
    /// The database has migrations this version does not know.
    #[error("the database was written by a newer version")]
    NewerVersion,
    /// An unencrypted database in an installation that has keys.
    #[error("the database is not encrypted")]
    UnexpectedPlaintext,
    /// An audit entry would be dated before the last one: the clock was
    /// set back (`last` is the last entry's time).
    #[error("the clock is earlier than the last audit entry")]
    ClockBehind { last: String },
    /// A row holds a value the domain does not accept: written by a newer
    /// version, or edited by hand.
    #[error("stored {what} is not valid")]
    Corrupt { what: &'static str },
}

/// SQLCipher reports a wrong key as SQLITE_NOTADB (26).
fn not_a_database_is_wrong_key(e: sqlx::Error) -> StoreError {
    match &e {
        sqlx::Error::Database(d) if d.code().as_deref() == Some("26") => StoreError::WrongKey,
        _ => StoreError::Db(e),
    }
}

/// Whether the data directory holds a database already (encrypted or not).
pub fn database_file(data_dir: &Path) -> DatabaseFile {
    let path = data_dir.join(DB_FILE);
    if is_plaintext_sqlite(&path) {
        DatabaseFile::Plaintext
    } else if std::fs::metadata(&path).is_ok_and(|m| m.len() > 0) {
        DatabaseFile::Encrypted
    } else {
        DatabaseFile::Absent
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatabaseFile {
    Absent,
    /// From a version before encryption.
    Plaintext,
    Encrypted,
}

fn is_plaintext_sqlite(path: &Path) -> bool {
    let mut head = [0u8; 16];
    std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut head))
        .is_ok()
        && &head == b"SQLite format 3\0"
}

/// SQLCipher sets itself up in SQLite's `SQLITE_EXTRA_INIT` hook, which
/// `sqlite3_initialize` runs only after it has marked SQLite initialised and
/// let go of its mutex. A second thread opening a database in that window
/// skips initialisation and finds SQLCipher not set up ("sqlcipherCodecAttach:
/// sqlcipher not initialized"): seen in CI as a failed open when two stores
/// were opened at once in a fresh process. So the first open in a process is
/// a throwaway in-memory one, and every other waits until it is done.
async fn sqlcipher_ready() -> Result<()> {
    use sqlx::Connection;
    static READY: tokio::sync::OnceCell<()> = tokio::sync::OnceCell::const_new();
    READY
        .get_or_try_init(|| async {
            let conn = sqlx::SqliteConnection::connect_with(
                &SqliteConnectOptions::new()
                    .filename(":memory:")
                    .disable_statement_logging(),
            )
            .await?;
            conn.close().await?;
            Ok::<(), StoreError>(())
        })
        .await?;
    Ok(())
}

/// Encrypts a plaintext database written by an earlier version: export it
/// into a new encrypted file (SQLCipher's `sqlcipher_export`), make that
/// durable, then rename it over the old one.
async fn encrypt_in_place(path: &Path, key_hex: &str) -> Result<()> {
    use sqlx::Connection;
    let tmp = path.with_extension("db.encrypting");
    let _ = std::fs::remove_file(&tmp);
    let mut conn = sqlx::SqliteConnection::connect_with(
        &SqliteConnectOptions::new()
            .filename(path)
            // Lets ATTACH create the new file (attached databases share
            // the main connection's open flags).
            .create_if_missing(true)
            .pragma("temp_store", "memory")
            .disable_statement_logging(),
    )
    .await?;
    sqlx::query("ATTACH DATABASE ?1 AS encrypted KEY ?2")
        .bind(tmp.to_string_lossy().into_owned())
        .bind(format!("x'{key_hex}'"))
        .execute(&mut conn)
        .await?;
    sqlx::query("SELECT sqlcipher_export('encrypted')")
        .execute(&mut conn)
        .await?;
    sqlx::query("DETACH DATABASE encrypted")
        .execute(&mut conn)
        .await?;
    conn.close().await?;
    let sync = |p: &Path| std::fs::File::open(p).and_then(|f| f.sync_all());
    sync(&tmp).map_err(StoreError::CreateDir)?;
    for suffix in ["-wal", "-shm"] {
        let mut side = path.as_os_str().to_owned();
        side.push(suffix);
        let _ = std::fs::remove_file(std::path::PathBuf::from(side));
    }
    std::fs::rename(&tmp, path).map_err(StoreError::CreateDir)?;
    if let Some(dir) = path.parent() {
        sync(dir).map_err(StoreError::CreateDir)?;
    }
    tracing::info!("unencrypted database from an earlier version encrypted");
    Ok(())
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

#[derive(Debug, Clone)]
pub struct Store {
    pool: SqlitePool,
}

/// Keys of the `setting` table.
#[derive(Debug, Clone, Copy)]
pub enum Setting {
    Language,
    /// `on` or `off`: signals as OS notifications.
    Notifications,
    /// Minutes without use after which the app locks; `0` is never.
    AutoLockMinutes,
    /// The identity provider's issuer URL, as the person configured it.
    LoginIssuer,
    /// The client id Wegwijs has at that provider.
    LoginClientId,
    /// JSON: who is logged in, since when, for whom the provider said they
    /// act. No tokens: those live in the OS keyring.
    LoginSession,
    /// Set once the audit log's head is kept outside the database: from
    /// then on keys.json must have one.
    AuditHeadKept,
    /// Percent (100–200) the whole UI is drawn at; unset: the system's.
    TextSize,
    /// The IANA time zone the person's clock is in; unset: the device's.
    TimeZone,
}

impl Setting {
    fn key(self) -> &'static str {
        match self {
            Setting::Language => "language",
            Setting::Notifications => "notifications",
            Setting::AutoLockMinutes => "auto-lock-minutes",
            Setting::LoginIssuer => "login-issuer",
            Setting::LoginClientId => "login-client-id",
            Setting::LoginSession => "login-session",
            Setting::AuditHeadKept => "audit-head-kept",
            Setting::TextSize => "text-size",
            Setting::TimeZone => "time-zone",
        }
    }
}

impl Store {
    /// Opens (creating if needed) the encrypted database in `data_dir` with
    /// `key_hex` (64 hex digits, a raw SQLCipher key) and brings its schema
    /// up to date. An unencrypted database is refused: in an installation
    /// with keys, one can only have been put there by someone else.
    pub async fn open(data_dir: &Path, key_hex: &str) -> Result<Self> {
        Self::open_inner(data_dir, key_hex, false).await
    }

    /// [`Self::open`] for the first start of a version with keys over the
    /// data of one without: a database left unencrypted by that earlier
    /// version is encrypted in place first. Only the opening that has just
    /// created the keys may do this.
    pub async fn open_adopting_plaintext(data_dir: &Path, key_hex: &str) -> Result<Self> {
        Self::open_inner(data_dir, key_hex, true).await
    }

    async fn open_inner(data_dir: &Path, key_hex: &str, adopt: bool) -> Result<Self> {
        sqlcipher_ready().await?;
        std::fs::create_dir_all(data_dir).map_err(StoreError::CreateDir)?;
        let path = data_dir.join(DB_FILE);
        if is_plaintext_sqlite(&path) {
            if !adopt {
                return Err(StoreError::UnexpectedPlaintext);
            }
            encrypt_in_place(&path, key_hex).await?;
        }
        let options = SqliteConnectOptions::new()
            .filename(&path)
            // sqlx sends `key` before every other pragma, as SQLCipher needs.
            .pragma("key", format!("\"x'{key_hex}'\""))
            // Sorts and temporary indexes stay in memory, never in a plain
            // temporary file.
            .pragma("temp_store", "memory")
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // FULL: a profile saved just before a crash or power loss is kept.
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            // sqlx logs each statement at debug level, `PRAGMA key` with
            // the database key in it: never, whatever WEGWIJS_LOG says.
            .disable_statement_logging();
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options)
            .await
            .map_err(not_a_database_is_wrong_key)?;
        if let Err(e) = sqlx::migrate!().run(&pool).await {
            // Closed, not just dropped: a connection still closing on its
            // worker thread when the process exits races SQLCipher's own
            // clean-up at exit (seen as a SIGSEGV after a wrong key).
            pool.close().await;
            return Err(match e {
                sqlx::migrate::MigrateError::VersionMissing(_) => StoreError::NewerVersion,
                sqlx::migrate::MigrateError::Execute(e) => not_a_database_is_wrong_key(e),
                e => e.into(),
            });
        }
        tracing::debug!("database opened and migrated");
        Ok(Store { pool })
    }

    pub async fn close(self) {
        self.pool.close().await;
    }

    /// The person's own profile, if they completed the first-run setup.
    pub async fn me(&self) -> Result<Option<Profile>> {
        let row = sqlx::query!(
            r#"SELECT id, name, birth_date, residence_country, municipality, partner, employment
               FROM person WHERE is_me = 1"#
        )
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let birth_date = Date::from_str(&row.birth_date)
            .map_err(|_| StoreError::Corrupt { what: "birth date" })?;
        let residence_country = Country::from_str(&row.residence_country)
            .map_err(|_| StoreError::Corrupt { what: "country" })?;
        let employment = match row.employment.as_deref() {
            None => None,
            Some(key) => {
                Some(Employment::from_key(key).ok_or(StoreError::Corrupt { what: "employment" })?)
            }
        };
        Ok(Some(Profile {
            name: row.name,
            birth_date,
            residence_country,
            municipality: row.municipality,
            partner: row.partner.map(|p| p != 0),
            employment,
        }))
    }

    /// Creates or replaces the person's own profile. (Their children are
    /// people of the household.)
    pub async fn save_me(&self, p: &Profile) -> Result<()> {
        let birth_date = p.birth_date.to_string();
        let country = p.residence_country.to_string();
        let now = jiff::Timestamp::now().to_string();
        let partner = p.partner.map(i64::from);
        let employment = p.employment.map(|e| e.key());
        sqlx::query!(
            r#"INSERT INTO person (is_me, name, birth_date, residence_country, municipality, partner, employment, updated_at)
               VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7)
               ON CONFLICT (is_me) WHERE is_me = 1 DO UPDATE SET
                   name = excluded.name,
                   birth_date = excluded.birth_date,
                   residence_country = excluded.residence_country,
                   municipality = excluded.municipality,
                   partner = excluded.partner,
                   employment = excluded.employment,
                   updated_at = excluded.updated_at"#,
            p.name,
            birth_date,
            country,
            p.municipality,
            partner,
            employment,
            now,
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn setting(&self, s: Setting) -> Result<Option<String>> {
        let key = s.key();
        let value = sqlx::query_scalar!("SELECT value FROM setting WHERE key = ?1", key)
            .fetch_optional(&self.pool)
            .await?;
        Ok(value)
    }

    pub async fn delete_setting(&self, s: Setting) -> Result<()> {
        sqlx::query("DELETE FROM setting WHERE key = ?1")
            .bind(s.key())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn set_setting(&self, s: Setting, value: &str) -> Result<()> {
        let key = s.key();
        sqlx::query!(
            "INSERT INTO setting (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            key,
            value,
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}

/// A plan the person keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredPlan {
    pub id: i64,
    pub event: String,
    pub date: Date,
}

/// What the person did with one task of a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskState {
    pub task_id: String,
    pub done: bool,
    pub note: Option<String>,
}

impl Store {
    /// Keeps a plan for `event` on `date`; keeping the same plan twice
    /// returns the one already kept.
    pub async fn keep_plan(&self, event: &str, date: Date) -> Result<i64> {
        let d = date.to_string();
        if let Some(id) = sqlx::query_scalar!(
            r#"SELECT id AS "id!" FROM plan WHERE event = ?1 AND event_date = ?2"#,
            event,
            d
        )
        .fetch_optional(&self.pool)
        .await?
        {
            return Ok(id);
        }
        let now = jiff::Timestamp::now().to_string();
        let id = sqlx::query_scalar!(
            r#"INSERT INTO plan (event, event_date, created_at) VALUES (?1, ?2, ?3) RETURNING id AS "id!""#,
            event,
            d,
            now
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(id)
    }

    /// Every kept plan, by event date.
    pub async fn plans(&self) -> Result<Vec<StoredPlan>> {
        let rows = sqlx::query!(
            r#"SELECT id AS "id!", event, event_date FROM plan ORDER BY event_date, id"#
        )
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|r| {
                Ok(StoredPlan {
                    id: r.id,
                    event: r.event,
                    date: Date::from_str(&r.event_date)
                        .map_err(|_| StoreError::Corrupt { what: "plan date" })?,
                })
            })
            .collect()
    }

    pub async fn plan(&self, id: i64) -> Result<Option<StoredPlan>> {
        Ok(self.plans().await?.into_iter().find(|p| p.id == id))
    }

    pub async fn task_states(&self, plan_id: i64) -> Result<Vec<TaskState>> {
        let rows = sqlx::query!(
            "SELECT task_id, done_at, note FROM plan_task WHERE plan_id = ?1",
            plan_id
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| TaskState {
                task_id: r.task_id,
                done: r.done_at.is_some(),
                note: r.note,
            })
            .collect())
    }

    /// Ticks a task off, or on again.
    pub async fn set_task_done(&self, plan_id: i64, task_id: &str, done: bool) -> Result<()> {
        let done_at = done.then(|| jiff::Timestamp::now().to_string());
        sqlx::query!(
            "INSERT INTO plan_task (plan_id, task_id, done_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (plan_id, task_id) DO UPDATE SET done_at = excluded.done_at",
            plan_id,
            task_id,
            done_at
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Sets (or, with an empty note, clears) the person's note on a task.
    pub async fn set_task_note(&self, plan_id: i64, task_id: &str, note: &str) -> Result<()> {
        let note = Some(note.trim()).filter(|n| !n.is_empty());
        sqlx::query!(
            "INSERT INTO plan_task (plan_id, task_id, note) VALUES (?1, ?2, ?3)
             ON CONFLICT (plan_id, task_id) DO UPDATE SET note = excluded.note",
            plan_id,
            task_id,
            note
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Moves a plan to another date (the baby came early); ticks and notes stay.
    pub async fn set_plan_date(&self, plan_id: i64, date: Date) -> Result<()> {
        let d = date.to_string();
        sqlx::query!("UPDATE plan SET event_date = ?1 WHERE id = ?2", d, plan_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Records that a signal was shown; false if it already had been.
    pub async fn mark_notified(&self, key: &str) -> Result<bool> {
        let now = jiff::Timestamp::now().to_string();
        let done = sqlx::query!(
            "INSERT INTO notified_signal (key, notified_at) VALUES (?1, ?2) ON CONFLICT (key) DO NOTHING",
            key,
            now
        )
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn delete_plan(&self, plan_id: i64) -> Result<()> {
        sqlx::query!("DELETE FROM plan WHERE id = ?1", plan_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const KEY: &str = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    #[tokio::test]
    async fn the_file_is_encrypted_and_opens_only_with_its_key() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), KEY).await.unwrap();
        store.save_me(&henk()).await.unwrap();
        store.close().await;
        let bytes = std::fs::read(dir.path().join(DB_FILE)).unwrap();
        assert!(!bytes.starts_with(b"SQLite format 3"));
        assert!(!bytes.windows(4).any(|w| w == b"Henk"));
        let other = KEY.replace('0', "1");
        assert!(matches!(
            Store::open(dir.path(), &other).await,
            Err(StoreError::WrongKey)
        ));
        let store = Store::open(dir.path(), KEY).await.unwrap();
        assert_eq!(store.me().await.unwrap().unwrap().name, "Henk de Vries");
        store.close().await;
    }

    #[tokio::test]
    async fn a_plaintext_database_from_an_earlier_version_is_encrypted_and_kept() {
        use sqlx::Connection;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DB_FILE);
        let mut conn = sqlx::SqliteConnection::connect_with(
            &SqliteConnectOptions::new()
                .filename(&path)
                .create_if_missing(true),
        )
        .await
        .unwrap();
        sqlx::query("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            .execute(&mut conn)
            .await
            .unwrap();
        sqlx::query("INSERT INTO setting VALUES ('language', 'en')")
            .execute(&mut conn)
            .await
            .unwrap();
        conn.close().await.unwrap();
        assert!(is_plaintext_sqlite(&path));
        // The old table has no migration record, so migration 0001 would
        // clash; the export itself is what this checks.
        assert!(matches!(
            Store::open(dir.path(), KEY).await,
            Err(StoreError::UnexpectedPlaintext)
        ));
        assert!(is_plaintext_sqlite(&path), "refused, and left as it was");
        if let Ok(store) = Store::open_adopting_plaintext(dir.path(), KEY).await {
            store.close().await;
        }
        assert!(!is_plaintext_sqlite(&path));
        let bytes = std::fs::read(&path).unwrap();
        assert!(!bytes.windows(8).any(|w| w == b"language"));
    }

    #[tokio::test]
    async fn a_database_from_a_newer_version_is_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), KEY).await.unwrap();
        sqlx::query(
            "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time)
             VALUES (9999, 'from the future', 1, x'00', 0)",
        )
        .execute(&store.pool)
        .await
        .unwrap();
        store.close().await;
        assert!(matches!(
            Store::open(dir.path(), KEY).await,
            Err(StoreError::NewerVersion)
        ));
    }

    fn henk() -> Profile {
        Profile {
            name: "Henk de Vries".into(),
            birth_date: date(1944, 2, 29),
            residence_country: Country::NETHERLANDS,
            municipality: Some("Arnhem".into()),
            partner: Some(false),
            employment: Some(Employment::Retired),
        }
    }

    #[tokio::test]
    async fn profile_survives_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), KEY).await.unwrap();
        assert_eq!(store.me().await.unwrap(), None);
        store.save_me(&henk()).await.unwrap();
        store.close().await;

        let store = Store::open(dir.path(), KEY).await.unwrap();
        assert_eq!(store.me().await.unwrap(), Some(henk()));
        store.close().await;
    }

    #[tokio::test]
    async fn saving_again_replaces_the_one_profile() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), KEY).await.unwrap();
        store.save_me(&henk()).await.unwrap();
        let moved = Profile {
            residence_country: "ES".parse().unwrap(),
            municipality: None,
            partner: None,
            ..henk()
        };
        store.save_me(&moved).await.unwrap();
        assert_eq!(store.me().await.unwrap(), Some(moved));
        let count = sqlx::query_scalar!("SELECT COUNT(*) FROM person")
            .fetch_one(&store.pool)
            .await
            .unwrap();
        assert_eq!(count, 1);
        store.close().await;
    }

    #[tokio::test]
    async fn kept_plans_remember_ticks_and_notes_across_a_date_change() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), KEY).await.unwrap();
        let id = store.keep_plan("birth", date(2026, 12, 10)).await.unwrap();
        assert_eq!(
            store.keep_plan("birth", date(2026, 12, 10)).await.unwrap(),
            id,
            "kept once"
        );
        store
            .set_task_done(id, "register-birth", true)
            .await
            .unwrap();
        store
            .set_task_note(id, "health-insurance", "  called on Monday ")
            .await
            .unwrap();
        store.set_plan_date(id, date(2026, 11, 27)).await.unwrap();
        store.close().await;

        let store = Store::open(dir.path(), KEY).await.unwrap();
        let plans = store.plans().await.unwrap();
        assert_eq!(
            plans,
            vec![StoredPlan {
                id,
                event: "birth".into(),
                date: date(2026, 11, 27)
            }]
        );
        let mut states = store.task_states(id).await.unwrap();
        states.sort_by(|a, b| a.task_id.cmp(&b.task_id));
        assert_eq!(
            states,
            vec![
                TaskState {
                    task_id: "health-insurance".into(),
                    done: false,
                    note: Some("called on Monday".into())
                },
                TaskState {
                    task_id: "register-birth".into(),
                    done: true,
                    note: None
                },
            ]
        );
        store
            .set_task_done(id, "register-birth", false)
            .await
            .unwrap();
        store
            .set_task_note(id, "health-insurance", "")
            .await
            .unwrap();
        assert!(
            store
                .task_states(id)
                .await
                .unwrap()
                .iter()
                .all(|s| !s.done && s.note.is_none())
        );
        store.delete_plan(id).await.unwrap();
        assert!(store.plans().await.unwrap().is_empty());
        assert!(
            store.task_states(id).await.unwrap().is_empty(),
            "tasks go with their plan"
        );
        store.close().await;
    }

    #[tokio::test]
    async fn a_signal_is_notified_once() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), KEY).await.unwrap();
        assert!(
            store
                .mark_notified("turning-18/child-1/2027-03-02")
                .await
                .unwrap()
        );
        assert!(
            !store
                .mark_notified("turning-18/child-1/2027-03-02")
                .await
                .unwrap()
        );
        store.close().await;
    }

    #[tokio::test]
    async fn settings_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), KEY).await.unwrap();
        assert_eq!(store.setting(Setting::Language).await.unwrap(), None);
        store.set_setting(Setting::Language, "en").await.unwrap();
        store.set_setting(Setting::Language, "nl").await.unwrap();
        assert_eq!(
            store.setting(Setting::Language).await.unwrap().as_deref(),
            Some("nl")
        );
        store.close().await;
    }

    #[tokio::test]
    async fn a_hand_edited_row_is_reported_not_panicked_on() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), KEY).await.unwrap();
        store.save_me(&henk()).await.unwrap();
        sqlx::query("UPDATE person SET birth_date = 'yesterday'")
            .execute(&store.pool)
            .await
            .unwrap();
        assert!(matches!(
            store.me().await,
            Err(StoreError::Corrupt { what: "birth date" })
        ));
        store.close().await;
    }
}
