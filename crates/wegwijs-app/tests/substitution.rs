//! Files put in place of the installation's own: a database that is not
//! encrypted where the data is, and data whose keys.json went missing.
//! Neither is taken over silently, and nothing is changed.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use wegwijs_app::{ErrorCode, MemoryKeyring, Wegwijs};

mod support;

/// A plaintext SQLite file, as someone could write with any tool.
fn plaintext_database() -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.db");
    let status = std::process::Command::new("python3")
        .arg("-c")
        .arg("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('create table setting (key text, value text)'); c.commit()")
        .arg(&path)
        .status()
        .unwrap();
    assert!(status.success());
    std::fs::read(&path).unwrap()
}

#[tokio::test]
async fn a_plaintext_database_in_an_encrypted_installation_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    let (app, _) = support::ingrid(dir.path(), &ring).await;
    app.close().await;
    let db = dir.path().join("wegwijs.db");
    for side in ["wegwijs.db-wal", "wegwijs.db-shm"] {
        let _ = std::fs::remove_file(dir.path().join(side));
    }
    let planted = plaintext_database();
    std::fs::write(&db, &planted).unwrap();
    let e = Wegwijs::open(dir.path(), &ring, None).await.unwrap_err();
    assert_eq!(e.code, ErrorCode::CorruptData);
    assert_eq!(e.message_id, "error-database-not-encrypted");
    assert_eq!(std::fs::read(&db).unwrap(), planted, "left as it was");
}

#[tokio::test]
async fn no_new_keys_are_made_beside_data_whose_keys_went_missing() {
    let dir = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    let (app, _) = support::ingrid(dir.path(), &ring).await;
    let f = files.path().join("a.txt");
    std::fs::write(&f, b"brief").unwrap();
    let own = app.act_for(None).await.unwrap();
    own.add(&[f], &Default::default()).await.unwrap();
    app.close().await;
    std::fs::remove_file(dir.path().join("keys.json")).unwrap();
    for ring in [ring, MemoryKeyring::default()] {
        let e = Wegwijs::open(dir.path(), &ring, None).await.unwrap_err();
        assert_eq!(e.message_id, "error-keys-missing");
        assert!(!dir.path().join("keys.json").exists(), "no new keys");
    }
    // Only the blobs, without the database: still refused.
    std::fs::remove_file(dir.path().join("wegwijs.db")).unwrap();
    let e = Wegwijs::open(dir.path(), &MemoryKeyring::default(), None)
        .await
        .unwrap_err();
    assert_eq!(e.message_id, "error-keys-missing");
}

#[cfg(unix)]
#[tokio::test]
async fn the_data_directory_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("wegwijs");
    let ring = MemoryKeyring::default();
    let (app, _) = support::ingrid(&dir, &ring).await;
    app.close().await;
    for d in [dir.clone(), dir.join("vault")] {
        let mode = std::fs::metadata(&d).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700, "{}", d.display());
    }
}
