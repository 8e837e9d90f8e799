//! The `wegwijs` command as scripts use it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::{Value, json};

fn wegwijs(dir: &tempfile::TempDir) -> Command {
    let mut cmd = Command::cargo_bin("wegwijs").unwrap();
    cmd.env("WEGWIJS_DATA_DIR", dir.path())
        .env("LANG", "C")
        // No OS keyring in tests: a passphrase protects the test data.
        .env("WEGWIJS_PASSPHRASE", "test passphrase")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
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
        json!({
            "name": "Daan Visser", "birth_date": "2009-03-02", "residence_country": "NL", "municipality": "Zwolle",
            "partner": null, "employment": null, "bsn": null
        })
    );

    // A BSN is checked with the elfproef, and shown masked only.
    wegwijs(&dir)
        .args(["--lang", "en", "profile", "set", "--bsn", "999993654"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("not a valid BSN"));
    // `-`: from standard input, not on the command line `ps` shows.
    wegwijs(&dir)
        .args(["profile", "set", "--bsn", "-"])
        .write_stdin("9999 93 653\n")
        .assert()
        .success();
    let out = wegwijs(&dir)
        .args(["profile", "show", "--format", "json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["bsn"], "******653");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("999993653"));
    let add_daan = |bsn: &str| {
        wegwijs(&dir)
            .args([
                "people",
                "add",
                "--name",
                "Daan",
                "--birth-date",
                "2009-03-02",
            ])
            .args(["--relation", "child", "--bsn", bsn])
            .assert()
    };
    add_daan("12345678").code(2);
    add_daan("111222333").success();
    // One number, one person: not a second Daan with it, nor the owner.
    add_daan("111 222 333").code(2);
    wegwijs(&dir)
        .args(["--lang", "en", "profile", "set", "--bsn", "111222333"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "Someone else in your household has this BSN",
        ));
    let out = wegwijs(&dir)
        .args(["people", "list", "--format", "json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v.as_array().unwrap().len(),
        2,
        "the refused one was not added"
    );
    assert_eq!(v[1]["bsn"], "******333");
    // An empty one takes it away.
    wegwijs(&dir)
        .args(["profile", "set", "--bsn", ""])
        .assert()
        .success();
    let out = wegwijs(&dir)
        .args(["profile", "show", "--format", "json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["bsn"], Value::Null);
}

#[test]
fn profile_show_output_is_a_valid_profile_file_for_plan() {
    let dir = tempfile::tempdir().unwrap();
    wegwijs(&dir)
        .args([
            "profile",
            "set",
            "--name",
            "Fatma",
            "--birth-date",
            "1981-02-01",
            "--country",
            "NL",
            "--municipality",
            "Tilburg",
        ])
        .args(["--employment", "self-employed"])
        .assert()
        .success();
    let out = wegwijs(&dir)
        .args(["profile", "show", "--format", "json"])
        .output()
        .unwrap();
    let file = dir.path().join("me.json");
    std::fs::write(&file, &out.stdout).unwrap();
    wegwijs(&dir)
        .args([
            "plan",
            "--event",
            "starting-business",
            "--date",
            "2026-12-01",
            "--format",
            "json",
            "--profile",
        ])
        .arg(&file)
        .assert()
        .success();
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

#[test]
fn events_lists_the_catalogue_with_localised_titles() {
    let dir = tempfile::tempdir().unwrap();
    let out = wegwijs(&dir)
        .args(["events", "--format", "json", "--lang", "en"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let events = v.as_array().unwrap();
    assert!(events.len() >= 14, "{events:?}");
    for e in events {
        assert!(e["id"].as_str().is_some_and(|s| !s.is_empty()));
        let title = e["title"].as_str().unwrap();
        assert!(
            !title.is_empty() && !title.starts_with("event-"),
            "untranslated title {title}"
        );
    }
    assert!(events.iter().any(|e| e["id"] == "birth"));
}

fn write_profile(dir: &tempfile::TempDir, json: &str) -> std::path::PathBuf {
    let path = dir.path().join("profile.json");
    std::fs::write(&path, json).unwrap();
    path
}

#[test]
fn plan_for_a_birth_on_a_friday_is_due_on_tuesday() {
    let dir = tempfile::tempdir().unwrap();
    let profile = write_profile(
        &dir,
        r#"{"birth_date": "1995-03-14", "residence_country": "NL", "partner": true, "employment": "employed"}"#,
    );
    let out = wegwijs(&dir)
        .args([
            "plan",
            "--event",
            "birth",
            "--date",
            "2026-11-27",
            "--format",
            "json",
            "--profile",
        ])
        .arg(&profile)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["event"], "birth");
    assert_eq!(v["date"], "2026-11-27");
    let tasks = v["tasks"].as_array().unwrap();
    assert!(!tasks.is_empty());
    for t in tasks {
        for key in ["id", "title", "provider", "why"] {
            assert!(
                t[key].as_str().is_some_and(|s| !s.is_empty()),
                "{key} in {t}"
            );
        }
        assert!(t["sources"].as_array().is_some_and(|s| {
            !s.is_empty()
                && s.iter()
                    .all(|u| u.as_str().unwrap().starts_with("https://"))
        }));
        for key in ["earliest", "due"] {
            assert!(
                t[key].is_null() || t[key].as_str().is_some_and(|d| d.len() == 10),
                "{key} in {t}"
            );
        }
    }
    // Born on Friday 27 November: the 3-day term holds Saturday, Sunday and
    // Monday, so the Atw makes it Tuesday 1 December.
    let register = tasks
        .iter()
        .find(|t| t["provider"] == "gemeente" && t["due"].is_string())
        .unwrap();
    assert_eq!(register["due"], "2026-12-01", "{register}");
}

#[test]
fn plan_leaves_out_dutch_tasks_for_someone_abroad() {
    let dir = tempfile::tempdir().unwrap();
    let nl = write_profile(
        &dir,
        r#"{"birth_date": "2008-03-02", "residence_country": "NL"}"#,
    );
    let count = |profile: &std::path::Path| {
        let out = wegwijs(&dir)
            .args([
                "plan",
                "--event",
                "turning-18",
                "--date",
                "2026-03-02",
                "--format",
                "json",
                "--profile",
            ])
            .arg(profile)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        v["tasks"].as_array().unwrap().len()
    };
    let in_nl = count(&nl);
    let abroad = write_profile(
        &dir,
        r#"{"birth_date": "2008-03-02", "residence_country": "ES"}"#,
    );
    assert!(
        count(&abroad) < in_nl,
        "zorgtoeslag and Dutch health insurance do not apply abroad"
    );
}

#[test]
fn plan_errors_exit_2_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let bad_json = write_profile(&dir, "{not json");
    wegwijs(&dir)
        .args([
            "--lang",
            "en",
            "plan",
            "--event",
            "birth",
            "--date",
            "2026-11-27",
            "--profile",
        ])
        .arg(&bad_json)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "The file with your details is not right",
        ));
    wegwijs(&dir)
        .args([
            "--lang",
            "en",
            "plan",
            "--event",
            "birth",
            "--date",
            "2026-02-30",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("2026-02-30 is not a real date"));
    wegwijs(&dir)
        .args([
            "--lang",
            "en",
            "plan",
            "--event",
            "no-such-event",
            "--date",
            "2026-02-03",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "We do not know the event no-such-event",
        ));
    wegwijs(&dir)
        .args([
            "--lang",
            "en",
            "plan",
            "--event",
            "birth",
            "--date",
            "2026-02-03",
            "--profile",
            "/nonexistent/p.json",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "cannot read the file /nonexistent/p.json",
        ));
    // No --profile and no stored profile.
    wegwijs(&dir)
        .args([
            "--lang",
            "en",
            "plan",
            "--event",
            "birth",
            "--date",
            "2026-02-03",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("Fill in your details first"));
}

#[test]
fn signals_warn_a_household_ahead_of_time() {
    let dir = tempfile::tempdir().unwrap();
    let profile = write_profile(
        &dir,
        r#"{"birth_date": "1959-06-01", "residence_country": "NL", "children": [{"birth_date": "2009-03-02"}, {"birth_date": "2015-01-01"}]}"#,
    );
    let out = wegwijs(&dir)
        .args([
            "signals",
            "--today",
            "2026-01-02",
            "--horizon-days",
            "365",
            "--format",
            "json",
            "--lang",
            "en",
            "--profile",
        ])
        .arg(&profile)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v,
        json!([
            {"event": "retirement", "date": "2026-06-01", "subject": null, "title": "Your AOW state pension starts"},
        ])
    );
    let out = wegwijs(&dir)
        .args([
            "signals",
            "--today",
            "2026-06-02",
            "--horizon-days",
            "365",
            "--format",
            "json",
            "--lang",
            "en",
            "--profile",
        ])
        .arg(&profile)
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v,
        json!([{"event": "turning-18", "date": "2027-03-02", "subject": null, "title": "Your child turns 18"}])
    );
}

#[test]
fn signals_refuse_a_bad_date_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    wegwijs(&dir)
        .args(["--lang", "en", "signals", "--today", "tomorrow"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("tomorrow is not a real date"));
}

#[test]
fn plan_writes_an_icalendar_file() {
    let dir = tempfile::tempdir().unwrap();
    let profile = write_profile(
        &dir,
        r#"{"birth_date": "1990-01-01", "residence_country": "NL"}"#,
    );
    let ics = dir.path().join("plan.ics");
    wegwijs(&dir)
        .args([
            "plan",
            "--event",
            "moving",
            "--date",
            "2026-04-21",
            "--format",
            "json",
            "--profile",
        ])
        .arg(&profile)
        .arg("--ics")
        .arg(&ics)
        .assert()
        .success();
    let text = std::fs::read_to_string(&ics).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR"));
    assert!(text.matches("BEGIN:VEVENT").count() >= 1);
    wegwijs(&dir)
        .args([
            "--lang",
            "en",
            "plan",
            "--event",
            "moving",
            "--date",
            "2026-04-21",
            "--ics",
            "/nonexistent/dir/p.ics",
            "--profile",
        ])
        .arg(&profile)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "cannot write the file /nonexistent/dir/p.ics",
        ));
}

#[test]
fn household_facts_are_stored_and_feed_signals() {
    let dir = tempfile::tempdir().unwrap();
    wegwijs(&dir)
        .args([
            "profile",
            "set",
            "--name",
            "Ingrid",
            "--birth-date",
            "1972-04-01",
            "--country",
            "NL",
        ])
        .args([
            "--municipality",
            "Arnhem",
            "--partner",
            "no",
            "--employment",
            "employed",
        ])
        .assert()
        .success();
    let out = wegwijs(&dir)
        .args(["profile", "show", "--format", "json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["partner"], false);
    assert_eq!(v["employment"], "employed");
    assert_eq!(
        v.get("children"),
        None,
        "children are people of the household"
    );

    // Her children, added out of order, as people of the household.
    let mut ids = Vec::new();
    for (name, born) in [("Sanne", "2012-05-01"), ("Daan", "2009-03-02")] {
        let out = wegwijs(&dir)
            .args(["people", "add", "--name", name, "--birth-date", born])
            .args(["--relation", "child", "--format", "json"])
            .output()
            .unwrap();
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        ids.push(v["id"].clone());
    }
    let out = wegwijs(&dir)
        .args([
            "signals",
            "--today",
            "2027-01-15",
            "--horizon-days",
            "90",
            "--format",
            "json",
            "--lang",
            "en",
        ])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["event"], "turning-18");
    assert_eq!(v[0]["subject"], ids[1], "Daan, by his id");
    assert_eq!(v[0]["title"], "Your child Daan turns 18");
    assert_eq!(v[0]["date"], "2027-03-02");

    wegwijs(&dir)
        .args(["--lang", "en", "people", "add", "--name", "Later"])
        .args(["--birth-date", "2030-01-01", "--relation", "child"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot be after today"));
    // A name given later.
    let sanne = ids[0].to_string();
    wegwijs(&dir)
        .args([
            "--lang",
            "en",
            "people",
            "rename",
            &sanne,
            "--name",
            "Sanne de Wit",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("The name is now Sanne de Wit."));
}

#[test]
fn plan_writes_a_readable_a4_checklist() {
    let dir = tempfile::tempdir().unwrap();
    wegwijs(&dir)
        .args([
            "profile",
            "set",
            "--name",
            "Wim de Boer",
            "--birth-date",
            "1955-02-03",
            "--country",
            "NL",
            "--municipality",
            "Utrecht",
        ])
        .assert()
        .success();
    let pdf = dir.path().join("moving.pdf");
    wegwijs(&dir)
        .args([
            "--lang",
            "nl",
            "plan",
            "--event",
            "moving",
            "--date",
            "2026-04-21",
            "--pdf",
        ])
        .arg(&pdf)
        .assert()
        .success();
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let out = std::process::Command::new("pdftotext")
        .args(["-layout"])
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed by `cargo xtask setup`");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Wegwijs: Verhuizen"), "{text}");
    assert!(text.contains("Gemaakt voor Wim de Boer"), "{text}");
    // The 5-day term after Tuesday 21 April 2026 ends on Sunday 26 April.
    assert!(
        text.contains("26 april 2026") || text.contains("28 april 2026"),
        "{text}"
    );
    assert!(text.contains("Informatiepunt Digitale Overheid"), "{text}");
    assert!(text.contains("https://"), "sources are printed: {text}");
    // The pack for the library's help desk: questions to ask, and how to
    // reach each organisation in the plan.
    assert!(text.contains("Vragen die je kunt stellen"), "{text}");
    assert!(
        text.contains("Kunt u mij helpen met inloggen met DigiD?"),
        "{text}"
    );
    assert!(text.contains("Zo bereik je de organisaties"), "{text}");
    // Phone numbers are kept on one line (no-break spaces; pdftotext
    // gives them back as spaces).
    assert!(text.contains("14 020"), "the municipal number: {text}");
    assert!(
        text.contains("Bellen: 0800 0543"),
        "the BelastingTelefoon for allowances: {text}"
    );
    let info = std::process::Command::new("pdfinfo")
        .arg(&pdf)
        .output()
        .unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(info.contains("595 x 842 pts (A4)"), "{info}");
}

/// The checklist in Arabic, Ukrainian and Turkish: shaped, in reading order,
/// fonts embedded. `pdftotext` gives the task titles back in plan order.
#[test]
fn plan_pdf_reads_right_in_arabic_ukrainian_and_turkish() {
    for tag in ["ar", "uk", "tr"] {
        let dir = tempfile::tempdir().unwrap();
        wegwijs(&dir)
            .args([
                "profile",
                "set",
                "--name",
                "Samira El Amrani",
                "--birth-date",
                "1990-03-14",
            ])
            .args(["--country", "NL", "--municipality", "Rotterdam"])
            .assert()
            .success();
        let out = wegwijs(&dir)
            .args([
                "--lang",
                tag,
                "plan",
                "--event",
                "birth",
                "--date",
                "2027-03-02",
            ])
            .args(["--format", "json"])
            .output()
            .unwrap();
        let plan: Value = serde_json::from_slice(&out.stdout).unwrap();
        let titles: Vec<String> = plan["tasks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["title"].as_str().unwrap().to_string())
            .collect();
        assert!(titles.len() >= 3);
        let pdf = dir.path().join("birth.pdf");
        wegwijs(&dir)
            .args([
                "--lang",
                tag,
                "plan",
                "--event",
                "birth",
                "--date",
                "2027-03-02",
                "--pdf",
            ])
            .arg(&pdf)
            .assert()
            .success();
        let text = std::process::Command::new("pdftotext")
            .arg(&pdf)
            .arg("-")
            .output()
            .expect("pdftotext (poppler-utils) is installed by `cargo xtask setup`");
        // pdftotext marks direction changes with embedding controls, splits
        // Arabic vowel marks off their letters and mirrors brackets, so text
        // is compared without those, and without spaces.
        let words = |s: &str| {
            s.chars()
                .filter(|c| {
                    !c.is_whitespace()
                        && !matches!(*c as u32, 0x202A..=0x202E | 0x2066..=0x2069 | 0x200E | 0x200F | 0x064B..=0x065F | 0x0670)
                        && !matches!(c, '(' | ')')
                })
                .collect::<String>()
        };
        let text = words(&String::from_utf8_lossy(&text.stdout));
        let mut from = 0;
        for title in &titles {
            let title = words(title);
            let Some(at) = text[from..].find(&title) else {
                panic!(
                    "{tag}: task title {title:?} not found in order after byte {from} of:\n{text}"
                );
            };
            from += at + title.len();
        }
        let fonts = std::process::Command::new("pdffonts")
            .arg(&pdf)
            .output()
            .unwrap();
        let fonts = String::from_utf8_lossy(&fonts.stdout);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty(), "{tag}: no fonts listed:\n{fonts}");
        for row in &rows {
            // name type encoding emb sub uni object ID
            let cols: Vec<&str> = row.split_whitespace().collect();
            assert!(
                cols.len() >= 7 && cols[cols.len() - 5] == "yes",
                "{tag}: font not embedded: {row}"
            );
        }
        if tag == "ar" {
            assert!(
                fonts.contains("NotoNaskhArabic"),
                "{tag}: the Arabic font is not used:\n{fonts}"
            );
        }
    }
}
