//! `wegwijs cases`: the JSON contract, the deadlines, and mistakes.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use serde_json::Value;
use support::Env;

fn keys(v: &Value) -> Vec<String> {
    let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
    k.sort();
    k
}

#[test]
fn a_request_by_hand_from_adding_to_the_objection_deadline() {
    let env = Env::new();
    env.set_today("2026-11-20");
    let env = env.with_profile("1979-05-01");
    let added = env.json(&[
        "cases",
        "add",
        "--provider",
        "Gemeente Utrecht",
        "--title",
        "Omgevingsvergunning dakkapel",
        "--submitted",
        "2026-10-30",
        "--reference",
        "Z-2026-118",
    ]);
    assert_eq!(
        keys(&added),
        [
            "closed",
            "decision_due",
            "id",
            "letter",
            "objection_due",
            "reference",
            "result",
            "source",
            "status",
            "status_date",
            "steps",
            "title"
        ]
    );
    assert_eq!(added["source"], Value::Null);
    // Eight weeks: Christmas Day, so Monday 28 December.
    assert_eq!(added["decision_due"], "2026-12-28");
    let id = added["id"].to_string();

    let updated = env.json(&[
        "cases",
        "update",
        &id,
        "--status",
        "Aanvullende gegevens gevraagd",
        "--date",
        "2026-11-19",
    ]);
    assert_eq!(updated["status"], "Aanvullende gegevens gevraagd");
    assert_eq!(updated["steps"][0]["date"], "2026-11-19");
    assert_eq!(updated["steps"][0]["done"], true);

    let decided = env.json(&["cases", "decision", &id, "--date", "2026-11-13"]);
    assert_eq!(decided["closed"], true);
    assert_eq!(decided["decision_due"], Value::Null);
    assert_eq!(decided["objection_due"], "2026-12-28");

    let list = env.json(&["cases", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    let out = env
        .cmd()
        .args(["--lang", "en", "cases", "list"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Gemeente Utrecht · Omgevingsvergunning dakkapel (Z-2026-118)"),
        "{text}"
    );
    assert!(
        text.contains("Last day to object: 28 December 2026."),
        "{text}"
    );

    // A date that does not exist, a decision before the request: exit 2,
    // nothing changed.
    env.cmd()
        .args([
            "--lang",
            "en",
            "cases",
            "decision",
            &id,
            "--date",
            "2026-02-30",
        ])
        .assert()
        .code(2);
    env.cmd()
        .args([
            "--lang",
            "en",
            "cases",
            "decision",
            &id,
            "--date",
            "2026-10-01",
        ])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "before the day the request was received",
        ));
    assert_eq!(
        env.json(&["cases", "list"])[0]["objection_due"],
        "2026-12-28"
    );

    // The decision letter, from the vault: linked, named in the list,
    // unlinked again; an unknown document is refused.
    let files = tempfile::tempdir().unwrap();
    let letter = files.path().join("Besluit dakkapel.txt");
    std::fs::write(&letter, "Vergunning verleend").unwrap();
    let doc = env.json(&["vault", "add", letter.to_str().unwrap()]);
    let doc = doc[0]["id"].as_str().unwrap().to_string();
    let linked = env.json(&["cases", "letter", &id, &doc]);
    assert_eq!(linked["letter"], doc.as_str());
    let out = env
        .cmd()
        .args(["--lang", "en", "cases", "list"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(&format!(
            "Decision letter: Besluit dakkapel (document {doc})."
        )),
        "{text}"
    );
    env.cmd()
        .args(["cases", "letter", &id, "no-such-document"])
        .assert()
        .code(2);
    assert_eq!(env.json(&["cases", "list"])[0]["letter"], doc.as_str());
    assert_eq!(env.json(&["cases", "letter", &id])["letter"], Value::Null);

    env.cmd().args(["cases", "remove", &id]).assert().success();
    assert_eq!(env.json(&["cases", "list"]), Value::Array(Vec::new()));
    env.cmd().args(["cases", "remove", &id]).assert().code(2);
}

#[test]
fn without_a_keyring_a_provider_is_not_connected_and_sync_has_nothing_to_do() {
    let env = Env::new();
    let env = env.with_profile("1979-05-01");
    // No keyring here (no D-Bus session): the secret has nowhere safe to
    // go, so nothing is kept.
    let out = env
        .cmd()
        .args([
            "--format",
            "json",
            "cases",
            "source",
            "add",
            "--name",
            "Gemeente Zwolle",
            "--zaken-url",
            "https://zaken.zwolle.example/zaken/api/v1",
            "--client-id",
            "wegwijs",
        ])
        .env("WEGWIJS_ZGW_SECRET", "s3cret-from-the-provider")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let e: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(e["messageId"], "error-no-keyring");
    assert_eq!(
        env.json(&["cases", "source", "list"]),
        Value::Array(Vec::new())
    );

    // An address that is not https: refused at the field.
    let out = env
        .cmd()
        .args([
            "--format",
            "json",
            "cases",
            "source",
            "add",
            "--name",
            "Gemeente Zwolle",
            "--zaken-url",
            "http://zaken.zwolle.example/zaken/api/v1",
            "--auth",
            "login",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let e: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(e["fields"][0]["field"], "zaken_url");

    let synced = env.json(&["cases", "sync"]);
    assert_eq!(synced, serde_json::json!({"sources": [], "changed": []}));
}
