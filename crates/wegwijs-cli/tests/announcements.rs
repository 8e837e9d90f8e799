//! `wegwijs announcements …` against fake PDOK and SRU services on
//! 127.0.0.1: the CLI contract of the announcements issue.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use serde_json::Value;
use support::Env;
use wegwijs_fake_announce::{Fake, Mode};

fn run(env: &Env, fake: &Fake, args: &[&str]) -> (Option<i32>, Value, String) {
    let out = env
        .std_cmd()
        .args(["--format", "json"])
        .args(args)
        .env("WEGWIJS_PDOK_URL", fake.pdok_url())
        .env("WEGWIJS_SRU_URL", fake.sru_url())
        .output()
        .unwrap();
    let json = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (
        out.status.code(),
        json,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn enable_check_list_read_and_disable() {
    let fake = Fake::start_in_thread();
    let env = Env::new();
    env.set_today("2026-12-07");
    let env = env.with_profile("1979-05-01");

    // Off: nothing is asked, and saying so is an error, not an empty list.
    let (code, _, err) = run(&env, &fake, &["announcements", "check"]);
    assert_ne!(code, Some(0));
    assert!(
        err.contains("error-announce-off") || err.contains("off"),
        "{err}"
    );
    let (code, list, _) = run(&env, &fake, &["announcements", "list"]);
    assert_eq!((code, list), (Some(0), serde_json::json!([])));
    assert!(fake.asked().is_empty(), "{:?}", fake.asked());

    let (code, on, err) = run(
        &env,
        &fake,
        &[
            "announcements",
            "enable",
            "--postcode",
            "3512 jc",
            "--number",
            "1",
        ],
    );
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(on["address"], "Domplein 1, 3512JC Utrecht");
    assert_eq!(on["radius_m"], 500);
    assert!((on["lat"].as_f64().unwrap() - 52.09069).abs() < 1e-9);
    assert!((on["lon"].as_f64().unwrap() - 5.12138).abs() < 1e-9);

    let (code, checked, err) = run(&env, &fake, &["announcements", "check"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(checked, serde_json::json!({"new": 6, "total": 6}));
    // Six weeks back from the test's today.
    assert!(
        fake.asked()
            .iter()
            .any(|q| q.contains("dt.modified>=2026-10-26"))
    );

    let (_, list, _) = run(&env, &fake, &["announcements", "list"]);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 6);
    let first = &list[0];
    let keys: Vec<&str> = first
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for k in [
        "id",
        "title",
        "kind",
        "organisation",
        "published",
        "distance_m",
        "url",
        "respond_by",
        "read",
    ] {
        assert!(keys.contains(&k), "{k} in {keys:?}");
    }
    let permit = list.iter().find(|a| a["id"] == "gmb-2026-500001").unwrap();
    assert_eq!(permit["kind"], "bouwen");
    assert_eq!(permit["organisation"], "Utrecht");
    assert_eq!(permit["distance_m"], 120);
    assert_eq!(permit["respond_by"], "2026-12-17");
    assert_eq!(permit["read"], false);
    assert_eq!(
        permit["url"],
        "https://zoek.officielebekendmakingen.nl/gmb-2026-500001.html"
    );

    let (code, _, err) = run(&env, &fake, &["announcements", "read", "gmb-2026-500001"]);
    assert_eq!(code, Some(0), "{err}");
    let (_, unread, _) = run(&env, &fake, &["announcements", "list", "--unread"]);
    assert_eq!(unread.as_array().unwrap().len(), 5);

    // One signal for all the unread ones; the last day to respond as its own.
    let (_, signals, _) = run(&env, &fake, &["signals"]);
    let signals = signals.as_array().unwrap();
    let new: Vec<&Value> = signals
        .iter()
        .filter(|s| s["event"] == "announcements-new")
        .collect();
    assert_eq!(new.len(), 1, "{signals:?}");
    assert!(new[0]["title"].as_str().unwrap().contains('5'), "{new:?}");
    assert!(
        signals
            .iter()
            .any(|s| s["event"] == "announcement-respond" && s["date"] == "2026-12-17")
    );

    let ics = env.files.path().join("near.ics");
    let (code, _, err) = run(
        &env,
        &fake,
        &["announcements", "calendar", "--out", ics.to_str().unwrap()],
    );
    assert_eq!(code, Some(0), "{err}");
    let ics = std::fs::read_to_string(ics).unwrap();
    assert!(ics.contains("DTSTART;VALUE=DATE:20261217"), "{ics}");
    assert!(
        ics.contains("UID:announcement-gmb-2026-500001@wegwijs"),
        "{ics}"
    );

    // A second check: nothing new, read stays read.
    let (_, checked, _) = run(&env, &fake, &["announcements", "check"]);
    assert_eq!(checked, serde_json::json!({"new": 0, "total": 6}));
    assert!(
        fake.asked()
            .iter()
            .any(|q| q.contains("dt.modified>=2026-12-06"))
    );
    let (_, unread, _) = run(&env, &fake, &["announcements", "list", "--unread"]);
    assert_eq!(unread.as_array().unwrap().len(), 5);

    let (code, _, _) = run(&env, &fake, &["announcements", "disable"]);
    assert_eq!(code, Some(0));
    let (_, list, _) = run(&env, &fake, &["announcements", "list"]);
    assert_eq!(list, serde_json::json!([]));
}

#[test]
fn a_failing_service_is_an_error_and_keeps_what_was_found() {
    let fake = Fake::start_in_thread();
    let env = Env::new();
    env.set_today("2026-12-07");
    let (code, _, err) = run(
        &env,
        &fake,
        &[
            "announcements",
            "enable",
            "--postcode",
            "3512JC",
            "--number",
            "1",
            "--radius-m",
            "2000",
        ],
    );
    assert_eq!(code, Some(0), "{err}");
    fake.set_mode(Mode::FailOnPage2);
    let (code, _, err) = run(&env, &fake, &["announcements", "check"]);
    assert_eq!(code, Some(1), "{err}");
    let e: Value = serde_json::from_str(err.trim()).unwrap();
    assert_eq!(e["messageId"], "error-announce-server", "{err}");
    let (_, list, _) = run(&env, &fake, &["announcements", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 3, "the first page is kept");

    for (mode, id) in [
        (Mode::Diagnostic, "error-announce-refused"),
        (Mode::Malformed, "error-announce-answer"),
    ] {
        fake.set_mode(mode);
        let (code, _, err) = run(&env, &fake, &["announcements", "check"]);
        assert_eq!(code, Some(1), "{err}");
        assert!(err.contains(id), "{err}");
    }
    let (_, list, _) = run(&env, &fake, &["announcements", "list"]);
    assert_eq!(
        list.as_array().unwrap().len(),
        3,
        "a failed check loses nothing"
    );

    fake.set_mode(Mode::Normal);
    let (code, checked, err) = run(&env, &fake, &["announcements", "check"]);
    assert_eq!(code, Some(0), "{err}");
    // With 2 km the one 1.5 km away is in.
    assert_eq!(checked, serde_json::json!({"new": 4, "total": 7}));
}

#[test]
fn a_wrong_address_or_radius_gets_a_clear_error_and_asks_nothing_needless() {
    let fake = Fake::start_in_thread();
    let env = Env::new();
    for (args, field, id) in [
        (
            vec!["--postcode", "351", "--number", "1"],
            "postcode",
            "error-address-postcode",
        ),
        (
            vec!["--postcode", "3512JC", "--number", "12a"],
            "number",
            "error-address-number",
        ),
        (
            vec![
                "--postcode",
                "3512JC",
                "--number",
                "1",
                "--radius-m",
                "5000",
            ],
            "radius_m",
            "error-radius",
        ),
        (
            vec!["--postcode", "3512JC", "--number", "7"],
            "number",
            "error-address-not-found",
        ),
    ] {
        let mut all = vec!["announcements", "enable"];
        all.extend(args);
        let (code, _, err) = run(&env, &fake, &all);
        assert_eq!(code, Some(2), "{err}");
        assert!(err.contains(field) && err.contains(id), "{err}");
    }
    // Only the address that passed every check was looked up.
    assert_eq!(fake.asked().len(), 1, "{:?}", fake.asked());
}

#[test]
fn help_is_there_in_dutch() {
    let env = Env::new();
    let out = env
        .std_cmd()
        .args(["--lang", "nl", "announcements", "enable", "--help"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Zoek berichten rond een adres"), "{text}");
    assert!(text.contains("De postcode, zoals 3511AB"), "{text}");
}
