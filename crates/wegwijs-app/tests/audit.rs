//! The audit log against someone who holds the files: cut short, emptied,
//! put back to an older copy, or dated backwards, it no longer verifies
//! (the head is kept outside the database too, see docs/ARCHITECTURE.md).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use wegwijs_app::{MemoryKeyring, Wegwijs, keystore};

mod support;
use support::grant;

async fn owner_with_entries(dir: &Path, ring: &MemoryKeyring, n: usize) -> Wegwijs {
    let (app, me) = support::ingrid(dir, ring).await;
    for i in 0..n {
        let p = app
            .add_person(&format!("Henk {i}"), "1944-02-02", None)
            .await
            .unwrap();
        app.grant(grant(me, p.id, "mentorschap", None))
            .await
            .unwrap();
    }
    app
}

/// Runs SQL on the database directly, as someone with its key could.
async fn tamper(dir: &Path, ring: &MemoryKeyring, sql: &'static str) {
    let master = keystore::unlock(dir, ring, None).unwrap().unwrap();
    let store = wegwijs_store::Store::open(dir, &master.database_key_hex())
        .await
        .unwrap();
    store.execute_raw_for_tests(sql).await.unwrap();
    store.close().await;
}

/// Replaces `names` in `to` with their copies in `from` (those that exist).
fn put_back(from: &Path, to: &Path, names: &[&str]) {
    for f in names {
        let _ = std::fs::remove_file(to.join(f));
        if from.join(f).exists() {
            std::fs::copy(from.join(f), to.join(f)).unwrap();
        }
    }
}

async fn verified_after(dir: &Path, ring: &MemoryKeyring) -> wegwijs_app::AuditReport {
    let app = Wegwijs::open(dir, ring, None).await.unwrap().app;
    let r = app.audit_verify().await.unwrap();
    app.close().await;
    r
}

#[tokio::test]
async fn an_intact_log_verifies_after_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    owner_with_entries(dir.path(), &ring, 3).await.close().await;
    let r = verified_after(dir.path(), &ring).await;
    assert!(r.ok, "{r:?}");
    assert_eq!(r.entries, 3);
}

#[tokio::test]
async fn a_log_cut_short_is_found_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    owner_with_entries(dir.path(), &ring, 3).await.close().await;
    tamper(
        dir.path(),
        &ring,
        "DELETE FROM audit_entry WHERE seq = (SELECT max(seq) FROM audit_entry)",
    )
    .await;
    let r = verified_after(dir.path(), &ring).await;
    assert!(!r.ok);
    assert!(r.missing_found_at.is_some(), "{r:?}");
    // And it stays found: the finding is in the log itself.
    assert!(!verified_after(dir.path(), &ring).await.ok);
}

#[tokio::test]
async fn an_emptied_log_is_found_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    owner_with_entries(dir.path(), &ring, 2).await.close().await;
    tamper(dir.path(), &ring, "DELETE FROM audit_entry").await;
    let r = verified_after(dir.path(), &ring).await;
    assert!(!r.ok && r.missing_found_at.is_some(), "{r:?}");
}

#[tokio::test]
async fn a_database_put_back_to_an_older_copy_is_found_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let old = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    owner_with_entries(dir.path(), &ring, 1).await.close().await;
    let db_files = ["wegwijs.db", "wegwijs.db-wal", "wegwijs.db-shm"];
    put_back(dir.path(), old.path(), &db_files);
    let app = Wegwijs::open(dir.path(), &ring, None).await.unwrap().app;
    let p = app.add_person("Zus", "1975-05-05", None).await.unwrap();
    let me = u32::try_from(app.me_id().await.unwrap()).unwrap();
    app.grant(grant(me, p.id, "mentorschap", None))
        .await
        .unwrap();
    app.close().await;
    put_back(old.path(), dir.path(), &db_files);
    let r = verified_after(dir.path(), &ring).await;
    assert!(!r.ok && r.missing_found_at.is_some(), "{r:?}");
}

#[tokio::test]
async fn an_entry_dated_backwards_breaks_the_chain() {
    let dir = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    owner_with_entries(dir.path(), &ring, 3).await.close().await;
    tamper(
        dir.path(),
        &ring,
        "UPDATE audit_entry SET at = '2001-01-01T00:00:00Z' WHERE seq = 2",
    )
    .await;
    let r = verified_after(dir.path(), &ring).await;
    assert!(!r.ok);
    assert_eq!(r.broken_at, Some(2));
}

#[tokio::test]
async fn a_head_in_keys_json_edited_by_hand_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    owner_with_entries(dir.path(), &ring, 2).await.close().await;
    let path = dir.path().join("keys.json");
    let mut json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    json["audit_head"]["seq"] = serde_json::json!(1);
    std::fs::write(&path, serde_json::to_vec(&json).unwrap()).unwrap();
    let r = verified_after(dir.path(), &ring).await;
    assert!(!r.ok && r.missing_found_at.is_some(), "{r:?}");
}

/// With a passphrase there is no keyring copy of the head: older copies
/// of both wegwijs.db and keys.json go unnoticed on open, but a backup
/// made since names an entry the log lacks, and restoring it says so.
#[tokio::test]
async fn a_backup_reveals_a_log_put_back_with_its_keys_json() {
    let dir = tempfile::tempdir().unwrap();
    let old = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let pass = "a long passphrase";
    let open = || async {
        Wegwijs::open(dir.path(), &wegwijs_app::NoKeyring, Some(pass))
            .await
            .unwrap()
            .app
    };
    let app = open().await;
    let (app, me) = support::set_up_ingrid(&app).await;
    let henk = app.add_person("Henk", "1944-02-02", None).await.unwrap();
    app.grant(grant(me, henk.id, "mentorschap", None))
        .await
        .unwrap();
    app.close().await;
    let copied = [
        "wegwijs.db",
        "wegwijs.db-wal",
        "wegwijs.db-shm",
        "keys.json",
    ];
    put_back(dir.path(), old.path(), &copied);
    let app = open().await;
    let zus = app.add_person("Zus", "1975-05-05", None).await.unwrap();
    app.grant(grant(me, zus.id, "mentorschap", None))
        .await
        .unwrap();
    let backup = files.path().join("b.age");
    let own = app.act_for(None).await.unwrap();
    own.backup(&backup, "a long backup passphrase")
        .await
        .unwrap();
    app.close().await;
    put_back(old.path(), dir.path(), &copied);
    let app = open().await;
    assert!(app.audit_verify().await.unwrap().ok, "not noticed on open");
    let own = app.act_for(None).await.unwrap();
    let r = own
        .restore(&backup, "a long backup passphrase")
        .await
        .unwrap();
    assert!(r.log_behind);
    let v = app.audit_verify().await.unwrap();
    assert!(!v.ok && v.missing_found_at.is_some(), "{v:?}");
    app.close().await;
}
