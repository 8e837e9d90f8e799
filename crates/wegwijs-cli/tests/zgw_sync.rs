//! `wegwijs cases source` and `cases sync` against the fake ZGW provider,
//! with a real Secret Service for the provider's secret (gnome-keyring in
//! a private D-Bus session). `cargo xtask test` runs it that way; a plain
//! `cargo test` without `WEGWIJS_TEST_OS_KEYRING=1` skips it, because a
//! developer's own keyring should not receive test entries.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use serde_json::Value;
use support::Env;
use wegwijs_fake_zgw::{BSN, Provider, SECRET};

fn run(env: &Env, args: &[&str]) -> (Option<i32>, Value, String) {
    let mut cmd = env.std_cmd();
    if let Some(bus) = std::env::var_os("DBUS_SESSION_BUS_ADDRESS") {
        cmd.env("DBUS_SESSION_BUS_ADDRESS", bus);
    }
    let out = cmd
        .args(["--format", "json"])
        .args(args)
        .env("WEGWIJS_ZGW_SECRET", SECRET)
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
fn connect_a_provider_sync_and_see_the_timeline_then_disconnect() {
    if std::env::var_os("WEGWIJS_TEST_OS_KEYRING").is_none() {
        eprintln!("skipped: set WEGWIJS_TEST_OS_KEYRING=1 inside a test D-Bus session");
        return;
    }
    let fake = Provider::start_in_thread();
    let env = Env::new();
    env.set_today("2026-11-25");
    let env = env.with_profile("1979-05-01");
    let (code, _, err) = run(&env, &["profile", "set", "--bsn", BSN]);
    assert_eq!(code, Some(0), "{err}");

    let (code, added, err) = run(
        &env,
        &[
            "cases",
            "source",
            "add",
            "--name",
            "Gemeente Zwolle",
            "--zaken-url",
            &fake.zaken_url(),
            "--client-id",
            "wegwijs-test",
        ],
    );
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(added["name"], "Gemeente Zwolle");
    assert!(
        !added.to_string().contains(SECRET),
        "the secret is not shown"
    );

    let (code, synced, err) = run(&env, &["cases", "sync"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        synced["sources"],
        serde_json::json!([{"name": "Gemeente Zwolle", "ok": true, "error": null}])
    );
    assert_eq!(synced["changed"].as_array().unwrap().len(), 2);

    let (_, list, _) = run(&env, &["cases", "list"]);
    let permit = &list[0];
    assert_eq!(permit["source"], "Gemeente Zwolle");
    assert_eq!(permit["reference"], "ZAAK-2026-0042");
    assert_eq!(permit["status"], "In behandeling");
    assert_eq!(permit["closed"], false);
    assert_eq!(permit["steps"][2]["done"], false);
    let wmo = &list[1];
    assert_eq!(wmo["closed"], true);
    assert_eq!(wmo["result"], "Toegekend");
    assert_eq!(wmo["objection_due"], "2026-11-26");

    // A second provider whose address answers nothing: exit 1, the first
    // one's cases stay, and the list says why.
    let (code, _, err) = run(
        &env,
        &[
            "cases",
            "source",
            "add",
            "--name",
            "Elders",
            "--zaken-url",
            "http://127.0.0.1:9/zaken/api/v1",
            "--client-id",
            "wegwijs-test",
        ],
    );
    assert_eq!(code, Some(0), "{err}");
    let (code, synced, _) = run(&env, &["cases", "sync"]);
    assert_eq!(code, Some(1));
    assert_eq!(synced["sources"][0]["ok"], true);
    assert_eq!(synced["sources"][1]["ok"], false);
    assert_eq!(
        synced["sources"][1]["error"]["messageId"],
        "error-source-unreachable"
    );
    assert_eq!(synced["changed"], serde_json::json!([]));
    let (_, sources, _) = run(&env, &["cases", "source", "list"]);
    assert_eq!(sources[1]["error"]["messageId"], "error-source-unreachable");
    assert!(sources[0]["synced_at"].is_string());

    // By name (the case does not matter), or by number.
    let (code, _, err) = run(&env, &["cases", "source", "remove", "gemeente zwolle"]);
    assert_eq!(code, Some(0), "{err}");
    let (code, _, _) = run(&env, &["cases", "source", "remove", "Gemeente Zwolle"]);
    assert_eq!(code, Some(2), "gone");
    let id = sources[1]["id"].to_string();
    let (code, _, err) = run(&env, &["cases", "source", "remove", &id]);
    assert_eq!(code, Some(0), "{err}");
    let (_, list, _) = run(&env, &["cases", "list"]);
    assert_eq!(list, Value::Array(Vec::new()));
}
