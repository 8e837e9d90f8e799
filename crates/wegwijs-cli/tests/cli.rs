//! The `wegwijs` command as scripts use it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::{Value, json};

fn wegwijs(dir: &tempfile::TempDir) -> Command {
    let mut cmd = Command::cargo_bin("wegwijs").unwrap();
    cmd.env("WEGWIJS_DATA_DIR", dir.path())
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    cmd
}

#[test]
fn set_then_show_as_json() {
    let dir = tempfile::tempdir().unwrap();
    wegwijs(&dir)
        .args([
            "profile",
            "set",
            "--name",
            "Daan Visser",
            "--birth-date",
            "2009-03-02",
        ])
        .args(["--country", "nl", "--municipality", "Zwolle"])
        .assert()
        .success()
        .stdout("Je gegevens zijn opgeslagen.\n");
    let out = wegwijs(&dir)
        .args(["profile", "show", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v,
        json!({"name": "Daan Visser", "birth_date": "2009-03-02", "residence_country": "NL", "municipality": "Zwolle"})
    );
}

#[test]
fn show_before_setup_is_null_in_json_and_a_hint_in_text() {
    let dir = tempfile::tempdir().unwrap();
    wegwijs(&dir)
        .args(["profile", "show", "--format", "json"])
        .assert()
        .success()
        .stdout("null\n");
    wegwijs(&dir)
        .args(["--lang", "en", "profile", "show"])
        .assert()
        .success()
        .stdout(predicate::str::contains("There are no details yet"));
}

#[test]
fn text_output_is_localised() {
    let dir = tempfile::tempdir().unwrap();
    wegwijs(&dir)
        .args([
            "profile",
            "set",
            "--name",
            "Jan",
            "--birth-date",
            "1959-05-01",
            "--country",
            "ES",
        ])
        .assert()
        .success();
    wegwijs(&dir)
        .args(["profile", "show", "--lang", "nl"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Land waar je woont: Spanje"))
        .stdout(predicate::str::contains("Gemeente").not());
    wegwijs(&dir)
        .args(["profile", "show", "--lang", "en"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Country where you live: Spain"));
}

#[test]
fn invalid_input_fails_on_stderr_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    wegwijs(&dir)
        .args([
            "profile",
            "set",
            "--name",
            "Jan",
            "--birth-date",
            "1959-05-01",
            "--country",
            "ES",
        ])
        .assert()
        .success();
    wegwijs(&dir)
        .args([
            "--lang",
            "en",
            "profile",
            "set",
            "--birth-date",
            "2999-01-01",
            "--country",
            "XX",
        ])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(
            "Error: Not all details are filled in correctly.",
        ))
        .stderr(predicate::str::contains(
            "Date of birth: Your date of birth cannot be after today.",
        ))
        .stderr(predicate::str::contains(
            "Country where you live: We do not know this country.",
        ));
    let out = wegwijs(&dir)
        .args([
            "profile",
            "set",
            "--birth-date",
            "1959-02-30",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(err["code"], "invalid-input");
    assert_eq!(err["fields"][0]["messageId"], "error-birth-date-invalid");
    assert!(err["message"].as_str().unwrap().contains("Geboortedatum"));

    let out = wegwijs(&dir)
        .args(["profile", "show", "--format", "json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["birth_date"], "1959-05-01");
    assert_eq!(v["residence_country"], "ES");
}

#[test]
fn data_dir_flag_wins_over_the_environment() {
    let env_dir = tempfile::tempdir().unwrap();
    let flag_dir = tempfile::tempdir().unwrap();
    wegwijs(&env_dir)
        .args([
            "profile",
            "set",
            "--name",
            "A",
            "--birth-date",
            "1980-01-01",
            "--country",
            "BE",
        ])
        .arg("--data-dir")
        .arg(flag_dir.path())
        .assert()
        .success();
    assert!(flag_dir.path().join("wegwijs.db").exists());
    assert!(!env_dir.path().join("wegwijs.db").exists());
}

#[test]
fn unusable_data_dir_is_a_localised_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-dir");
    std::fs::write(&file, "").unwrap();
    Command::cargo_bin("wegwijs")
        .unwrap()
        .args(["--lang", "en", "profile", "show", "--data-dir"])
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "Wegwijs cannot save or read your data",
        ));
}

#[test]
fn usage_errors_exit_non_zero() {
    let dir = tempfile::tempdir().unwrap();
    wegwijs(&dir)
        .args(["profile", "set", "--lang", "fr"])
        .assert()
        .failure();
    wegwijs(&dir).args(["nonsense"]).assert().failure();
}
