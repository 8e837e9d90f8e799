//! The keyring path against a real Secret Service (gnome-keyring-daemon in
//! a private D-Bus session). `cargo xtask test` runs it that way; a plain
//! `cargo test` without `WEGWIJS_TEST_OS_KEYRING=1` skips it, because a
//! developer's own keyring should not receive test entries.

use wegwijs_vault::keystore::{self, OsKeyring, Protection};

#[test]
fn the_master_key_round_trips_through_the_os_keyring() {
    if std::env::var_os("WEGWIJS_TEST_OS_KEYRING").is_none() {
        eprintln!("skipped: set WEGWIJS_TEST_OS_KEYRING=1 inside a test D-Bus session");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (master, _recovery) = keystore::create(dir.path(), &OsKeyring, None).unwrap();
    assert_eq!(
        keystore::protection(dir.path()).unwrap(),
        Some(Protection::Keyring)
    );
    let again = keystore::unlock(dir.path(), &OsKeyring, None)
        .unwrap()
        .unwrap();
    assert_eq!(
        master.database_key_hex().as_str(),
        again.database_key_hex().as_str()
    );
    keystore::forget(dir.path(), &OsKeyring).unwrap();
    assert!(matches!(
        keystore::unlock(dir.path(), &OsKeyring, None),
        Err(keystore::KeystoreError::KeyMissing)
    ));
}
