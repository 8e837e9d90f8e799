//! `wegwijs login` against a real OpenID Provider (oidc-provider on
//! 127.0.0.1): the CLI prints the address to open, the test's browser logs
//! in there as someone acting for a parent, and the CLI records that as a
//! verified representation once told who the parent is.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::Stdio;

use serde_json::Value;
use wegwijs_login::testing::{TestProvider, browse, free_port};

mod support;

use support::Env;

/// `wegwijs login --no-browser`, with the test's browser logging in as
/// `user` at the address the CLI prints.
async fn log_in(env: &Env, issuer: &str, user: &'static str) -> (bool, Value, String) {
    let mut cmd = env.std_cmd();
    let mut child = cmd
        .args(["login", "--no-browser", "--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    err.read_line(&mut line).unwrap();
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http"))
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();
    browse(issuer, &url, Some(user)).await;
    let out = tokio::task::spawn_blocking(move || child.wait_with_output())
        .await
        .unwrap()
        .unwrap();
    let json = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (out.status.success(), json, url)
}

fn e2e_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/e2e")
}

#[tokio::test]
async fn login_acting_for_a_parent_link_use_and_log_out() {
    let Some(server) = TestProvider::start(&e2e_dir()) else {
        return;
    };
    let env = Env::with_owner("1970-05-01");
    let bad = env
        .cmd()
        .args(["--lang", "en", "login", "configure"])
        .args(["--issuer", "http://login.example.nl"])
        .args(["--client-id", "wegwijs"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("https://"));

    let configured = env.json(&[
        "login",
        "configure",
        "--issuer",
        &server.issuer,
        "--client-id",
        "wegwijs",
    ]);
    assert_eq!(configured["signed_in"], false);

    let (ok, status, url) = log_in(&env, &server.issuer, "ingrid").await;
    assert!(ok);
    assert!(url.contains("code_challenge_method=S256"));
    assert!(url.contains("redirect_uri=http%3A%2F%2F127.0.0.1%3A"));
    assert_eq!(status["signed_in"], true);
    assert_eq!(status["name"], "Ingrid Jansen");
    assert_eq!(status["acting_unlinked"], true);

    let jan = env.json(&[
        "people",
        "add",
        "--name",
        "Jan",
        "--birth-date",
        "1940-02-03",
        "--relation",
        "parent",
    ])["id"]
        .as_u64()
        .unwrap()
        .to_string();
    // Before the link Ingrid may not act for Jan.
    let refused = env
        .cmd()
        .args(["--on-behalf-of", &jan, "vault", "list"])
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(3));

    // The matters are named, as for any mandate.
    let unnamed = env.cmd().args(["login", "link", &jan]).output().unwrap();
    assert_eq!(unnamed.status.code(), Some(2));
    let linked = env.json(&["login", "link", &jan, "--scope", "documents"]);
    assert_eq!(linked["acting_for"].to_string(), jan);
    let reps = env.json(&["representations", "list"]);
    let rep = &reps.as_array().unwrap()[0];
    assert_eq!(rep["verified"], true);
    assert_eq!(rep["basis"], "machtiging");
    assert_eq!(rep["scopes"], serde_json::json!(["documents"]));
    let text = env
        .cmd()
        .args(["--lang", "en", "representations", "list"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&text.stdout).contains("(verified)"));
    env.cmd()
        .args(["--on-behalf-of", &jan, "vault", "list"])
        .assert()
        .success();

    // Without a keyring (none in this test) the tokens were not kept.
    let status = env.json(&["login", "status"]);
    assert_eq!(status["tokens_kept"], false);
    let out = env.json(&["logout"]);
    assert_eq!(out["at_provider"], false);
    assert_eq!(env.json(&["login", "status"])["signed_in"], false);
    // The verified representation stays until revoked.
    assert_eq!(env.json(&["representations", "list"])[0]["active"], true);
}

#[test]
fn an_unreachable_login_service_is_a_clear_message_and_the_rest_works() {
    let env = Env::with_owner("1970-05-01");
    let nowhere = format!("http://127.0.0.1:{}", free_port());
    env.json(&[
        "login",
        "configure",
        "--issuer",
        &nowhere,
        "--client-id",
        "wegwijs",
    ]);
    let out = env
        .cmd()
        .args(["--lang", "en", "login", "--no-browser"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cannot be reached"), "{err}");
    assert!(err.contains("still works"), "{err}");
    env.cmd().args(["people", "list"]).assert().success();
    let nl = env
        .cmd()
        .args(["--lang", "nl", "login", "--no-browser"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&nl.stderr).contains("niet bereikbaar"));
}
