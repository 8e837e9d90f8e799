//! What the CLI tests share: a fresh installation to run `wegwijs` in.
//! Included by each test file as `mod support;` (and built once on its own,
//! with no tests).

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use assert_cmd::Command;
use serde_json::Value;

pub const PASS: &str = "test passphrase";

/// A data directory, a folder for files to add, and private temp and cache
/// directories (the canary test scans them). No keyring: the installation
/// is protected by a passphrase, as on a machine without one.
#[derive(Debug)]
pub struct Env {
    pub data: tempfile::TempDir,
    pub files: tempfile::TempDir,
    pub tmp: tempfile::TempDir,
    pub cache: tempfile::TempDir,
    /// The date the (debug) binary's clock stands on, when set.
    today: std::cell::RefCell<Option<String>>,
}

impl Default for Env {
    fn default() -> Self {
        Self::new()
    }
}

impl Env {
    pub fn new() -> Self {
        Env {
            data: tempfile::tempdir().unwrap(),
            files: tempfile::tempdir().unwrap(),
            tmp: tempfile::tempdir().unwrap(),
            cache: tempfile::tempdir().unwrap(),
            today: std::cell::RefCell::new(None),
        }
    }

    /// Runs every later command as on `day` (`WEGWIJS_TEST_TODAY`, honoured
    /// by debug builds only): the clock every decision is taken by.
    pub fn set_today(&self, day: &str) {
        *self.today.borrow_mut() = Some(day.to_string());
    }

    /// A new installation whose owner is Ingrid, born `birth_date`.
    pub fn with_owner(birth_date: &str) -> Self {
        Env::new().with_profile(birth_date)
    }

    /// This installation with Ingrid's profile, born `birth_date`.
    pub fn with_profile(self, birth_date: &str) -> Self {
        let env = self;
        env.cmd()
            .args([
                "profile",
                "set",
                "--name",
                "Ingrid",
                "--birth-date",
                birth_date,
            ])
            .args(["--country", "NL", "--municipality", "Zwolle"])
            .assert()
            .success();
        env
    }

    pub fn cmd(&self) -> Command {
        Command::from_std(self.std_cmd())
    }

    pub fn std_cmd(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("wegwijs"));
        cmd.env("WEGWIJS_DATA_DIR", self.data.path())
            .env("LANG", "C")
            .env("WEGWIJS_PASSPHRASE", PASS)
            .env("WEGWIJS_BACKUP_PASSPHRASE", "backup passphrase")
            .env("TMPDIR", self.tmp.path())
            .env("XDG_CACHE_HOME", self.cache.path())
            .env_remove("DBUS_SESSION_BUS_ADDRESS")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("WEGWIJS_TEST_TODAY");
        if let Some(day) = self.today.borrow().as_deref() {
            cmd.env("WEGWIJS_TEST_TODAY", day);
        }
        cmd
    }

    pub fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.files.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }

    /// Runs `wegwijs ARGS --format json`, which must succeed.
    pub fn json(&self, args: &[&str]) -> Value {
        let out = self
            .cmd()
            .args(args)
            .args(["--format", "json"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    }

    /// The `id` a command prints as JSON.
    pub fn id(&self, args: &[&str]) -> String {
        self.json(args)["id"].as_u64().unwrap().to_string()
    }
}
