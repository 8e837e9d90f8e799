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
    // And listening to the shell's events (the names of dropped files), and
    // zooming the page (what Ctrl + and Ctrl − do; harmless to grant).
    let mut expected: Vec<String> = wegwijs_desktop::COMMAND_NAMES
        .iter()
        .map(|c| format!("allow-{}", c.replace('_', "-")))
        .chain([
            "core:event:allow-listen".into(),
            "core:event:allow-unlisten".into(),
            "core:webview:allow-set-webview-zoom".into(),
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

/// Whose data each command reaches, and through which door.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reach {
    /// A person's data, the owner's or (`acting`) someone else's: the
    /// command passes `acting` to `act_for`, which decides and audits.
    Door,
    /// The owner's own data only: through `act_for(None)`.
    Owner,
    /// No person's documents, plans or signals: the owner's settings,
    /// household, representations, log and login, or locking.
    Admin,
}

const COMMANDS: &[(&str, Reach)] = &[
    ("start_state", Reach::Admin),
    ("save_profile", Reach::Admin),
    ("set_language", Reach::Admin),
    ("life_events", Reach::Admin),
    ("plan", Reach::Door),
    ("signals", Reach::Door),
    ("export_plan_ics", Reach::Owner),
    ("export_plan_pdf", Reach::Owner),
    ("keep_plan", Reach::Owner),
    ("kept_plans", Reach::Owner),
    ("kept_plan", Reach::Owner),
    ("set_task_done", Reach::Owner),
    ("set_task_note", Reach::Owner),
    ("move_plan", Reach::Owner),
    ("delete_plan", Reach::Owner),
    ("set_notifications", Reach::Admin),
    ("unlock", Reach::Admin),
    ("lock", Reach::Admin),
    ("set_auto_lock", Reach::Admin),
    ("set_text_size", Reach::Admin),
    ("time_zone", Reach::Admin),
    ("set_time_zone", Reach::Admin),
    ("speech_available", Reach::Admin),
    ("read_aloud", Reach::Admin),
    ("stop_reading", Reach::Admin),
    ("still_here", Reach::Admin),
    ("recover", Reach::Admin),
    ("take_recovery_key", Reach::Admin),
    ("vault_list", Reach::Door),
    ("vault_search", Reach::Door),
    ("vault_document", Reach::Door),
    ("vault_update", Reach::Door),
    ("vault_remove", Reach::Door),
    ("vault_verify", Reach::Owner),
    ("vault_add_picked", Reach::Door),
    ("vault_add_dropped", Reach::Door),
    ("vault_export", Reach::Door),
    ("cases_list", Reach::Door),
    ("case_add", Reach::Door),
    ("case_step", Reach::Door),
    ("case_decide", Reach::Door),
    ("case_letter", Reach::Door),
    ("case_remove", Reach::Door),
    ("case_sources", Reach::Owner),
    ("case_source_add", Reach::Owner),
    ("case_source_remove", Reach::Owner),
    ("cases_sync", Reach::Door),
    ("set_bsn", Reach::Admin),
    ("export_cases_ics", Reach::Door),
    ("lookup_address", Reach::Owner),
    ("watch_address", Reach::Owner),
    ("set_announce_radius", Reach::Owner),
    ("disable_announcements", Reach::Owner),
    ("check_announcements", Reach::Owner),
    ("announcements", Reach::Owner),
    ("mark_announcement_read", Reach::Owner),
    ("export_announcements_ics", Reach::Owner),
    ("people", Reach::Admin),
    ("add_person", Reach::Admin),
    ("rename_person", Reach::Admin),
    ("grant", Reach::Admin),
    ("representations", Reach::Admin),
    ("revoke", Reach::Admin),
    ("audit_list", Reach::Admin),
    ("audit_verify", Reach::Admin),
    ("login_status", Reach::Admin),
    ("set_login_settings", Reach::Admin),
    ("login", Reach::Admin),
    ("login_cancel", Reach::Admin),
    ("link_login_person", Reach::Admin),
    ("refresh_login", Reach::Admin),
    ("logout", Reach::Admin),
];

fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut up = false;
    for c in name.chars() {
        if c == '_' {
            up = true;
        } else if up {
            out.extend(c.to_uppercase());
            up = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// Every command is in the table above (a new one fails here until
/// someone says whose data it reaches), and each goes the way it says:
/// `acting` typed as a person id and handed to `act_for`, or `act_for(None)`
/// for the owner's own data, or no person data at all. What `act_for`
/// then allows is tested in crates/wegwijs-app/tests/door.rs.
#[test]
fn every_command_reaches_a_persons_data_only_through_the_door() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(root.join("src/commands.rs")).unwrap();
    let bindings = std::fs::read_to_string(root.join(BINDINGS)).unwrap();
    let mut listed: Vec<&str> = COMMANDS.iter().map(|(n, _)| *n).collect();
    let mut names: Vec<&str> = wegwijs_desktop::COMMAND_NAMES.to_vec();
    listed.sort_unstable();
    names.sort_unstable();
    assert_eq!(
        listed, names,
        "a command is missing from (or gone but still in) the table of whose data it reaches"
    );
    for (name, reach) in COMMANDS {
        let start = source
            .find(&format!("pub async fn {name}("))
            .unwrap_or_else(|| panic!("`{name}` is not in commands.rs"));
        let body = &source[start..];
        let body = &body[..body.find("\n}\n").unwrap()];
        let signature = bindings
            .lines()
            .find(|l| l.starts_with(&format!("async {}(", camel(name))))
            .unwrap_or_else(|| panic!("`{name}` is not in the bindings"));
        let takes_acting = signature.contains("acting: PersonId | null");
        match reach {
            Reach::Door => {
                assert!(takes_acting, "`{name}` takes `acting` as a person id");
                assert!(
                    body.contains(".act_for(acting)"),
                    "`{name}` goes through the door"
                );
            }
            Reach::Owner => {
                assert!(!takes_acting, "`{name}` is the owner's own");
                assert!(
                    body.contains(".act_for(None)"),
                    "`{name}` goes through the door"
                );
            }
            Reach::Admin => {
                assert!(!takes_acting && !body.contains("act_for"), "`{name}`");
            }
        }
    }
}
