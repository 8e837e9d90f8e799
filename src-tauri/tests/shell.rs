//! The contract between the shell and the UI: generated bindings are fresh,
//! and the main window is granted exactly the app's commands.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

const BINDINGS: &str = "../ui/src/lib/bindings.ts";

#[test]
fn typescript_bindings_are_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let committed_path = root.join(BINDINGS);
    let tmp = tempfile::tempdir().unwrap();
    let fresh_path = tmp.path().join("bindings.ts");
    wegwijs_desktop::export_bindings(&fresh_path).unwrap();
    let fresh = std::fs::read_to_string(&fresh_path).unwrap();
    if std::env::var_os("WEGWIJS_UPDATE_BINDINGS").is_some() {
        std::fs::write(&committed_path, &fresh).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&committed_path).unwrap_or_default();
    assert!(
        committed == fresh,
        "{BINDINGS} is stale: the Rust commands or DTOs changed. Run `cargo xtask bindings` and commit the result."
    );
    for name in wegwijs_desktop::COMMAND_NAMES {
        assert!(
            fresh.contains(&format!("\"{name}\"")),
            "command `{name}` is not in the bindings"
        );
    }
}

#[test]
fn main_window_gets_exactly_the_apps_commands() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cap: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("capabilities/main.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(cap["windows"], serde_json::json!(["main"]));
    let permissions = cap["permissions"].as_array().unwrap();
    let mut granted: Vec<String> = permissions
        .iter()
        .filter_map(|p| p.as_str().map(str::to_string))
        .collect();
    // Besides the app's commands, only the opener, scoped to https URLs.
    let scoped: Vec<&serde_json::Value> = permissions.iter().filter(|p| p.is_object()).collect();
    assert_eq!(
        scoped,
        [
            &serde_json::json!({"identifier": "opener:allow-open-url", "allow": [{"url": "https://*"}]})
        ],
        "the only plugin permission is opening https links"
    );
    // And listening to the shell's events (the names of dropped files).
    let mut expected: Vec<String> = wegwijs_desktop::COMMAND_NAMES
        .iter()
        .map(|c| format!("allow-{}", c.replace('_', "-")))
        .chain([
            "core:event:allow-listen".into(),
            "core:event:allow-unlisten".into(),
        ])
        .collect();
    granted.sort();
    expected.sort();
    assert_eq!(
        granted, expected,
        "capabilities/main.json must grant the app's commands and nothing more"
    );
}

#[test]
fn csp_forbids_inline_scripts_and_remote_origins() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let conf: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("tauri.conf.json")).unwrap())
            .unwrap();
    let csp = conf["app"]["security"]["csp"].as_object().unwrap();
    for (directive, value) in csp {
        let v = value.as_str().unwrap();
        assert!(
            !v.contains("unsafe-inline") && !v.contains("unsafe-eval"),
            "{directive}: {v}"
        );
        assert!(
            !v.contains("https:") && !v.contains('*'),
            "{directive} allows remote origins: {v}"
        );
        for source in v.split_whitespace() {
            assert!(
                source.starts_with('\'')
                    || ["ipc:", "http://ipc.localhost", "data:"].contains(&source),
                "{directive} allows an unexpected source: {source}"
            );
        }
    }
    assert_eq!(csp["script-src"], "'self'");
    assert_eq!(conf["app"]["withGlobalTauri"], false);
}
