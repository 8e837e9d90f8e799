//! Every CLI command, with `--on-behalf-of`, for someone with no
//! representation, a revoked one, an expired one, a view-only one and one
//! out of scope: refused (exit 3, or 2 for a document that is not theirs)
//! and nothing recorded; with one that allows it: done, and exactly one
//! entry in the log. The table is checked against the binary's own
//! `--help`, so a command added later fails here until it is in it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use support::Env;

/// What `--on-behalf-of` does to a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Acting {
    /// Decided by the door: viewing someone's data.
    View,
    /// Decided by the door: changing, exporting or deleting it.
    Act,
    /// The owner's own, never for someone else: refused outright.
    Refused,
    /// No one's data (the catalogue).
    Nobody,
}

const TOP: &[(&str, Acting)] = &[
    ("profile", Acting::Refused),
    ("events", Acting::Nobody),
    ("plan", Acting::View),
    ("signals", Acting::View),
    ("vault", Acting::View),
    ("cases", Acting::View),
    // Where the owner lives: never looked up or checked for someone else.
    ("announcements", Acting::Refused),
    ("people", Acting::Refused),
    ("representations", Acting::Refused),
    ("audit", Acting::Refused),
    ("login", Acting::Refused),
    ("logout", Acting::Refused),
];

const VAULT: &[(&str, Acting)] = &[
    ("add", Acting::Act),
    ("list", Acting::View),
    ("search", Acting::View),
    ("get", Acting::Act),
    ("edit", Acting::Act),
    ("remove", Acting::Act),
    ("verify", Acting::Refused),
    ("backup", Acting::Refused),
    ("restore", Acting::Refused),
    ("recover", Acting::Refused),
];

const CASES: &[(&str, Acting)] = &[
    ("list", Acting::View),
    ("add", Acting::Act),
    ("update", Acting::Act),
    ("decision", Acting::Act),
    ("letter", Acting::Act),
    ("remove", Acting::Act),
    ("sync", Acting::View),
    ("calendar", Acting::View),
    // `source add` and `source remove`; `source list` is no one's data.
    ("source", Acting::Refused),
];

/// The subcommands `--help` lists.
fn listed(env: &Env, args: &[&str]) -> Vec<String> {
    let out = env
        .cmd()
        .args(["--lang", "en"])
        .args(args)
        .arg("--help")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next().map(String::from))
        .filter(|c| c != "help")
        .collect()
}

#[test]
fn the_table_holds_every_command() {
    let env = Env::new();
    let mut top: Vec<String> = TOP.iter().map(|(c, _)| c.to_string()).collect();
    let mut vault: Vec<String> = VAULT.iter().map(|(c, _)| c.to_string()).collect();
    let mut cases: Vec<String> = CASES.iter().map(|(c, _)| c.to_string()).collect();
    let (mut got_top, mut got_vault) = (listed(&env, &[]), listed(&env, &["vault"]));
    let mut got_cases = listed(&env, &["cases"]);
    for v in [
        &mut top,
        &mut vault,
        &mut cases,
        &mut got_top,
        &mut got_vault,
        &mut got_cases,
    ] {
        v.sort();
    }
    assert_eq!(
        got_cases, cases,
        "say in CASES what --on-behalf-of does to it"
    );
    assert_eq!(got_top, top, "say in TOP what --on-behalf-of does to it");
    assert_eq!(
        got_vault, vault,
        "say in VAULT what --on-behalf-of does to it"
    );
}

#[test]
fn on_behalf_of_is_refused_without_a_representation_that_covers_it() {
    let env = Env::new();
    env.set_today("2026-11-01");
    let env = env.with_profile("1972-04-04");
    let me = env.json(&["people", "list"])[0]["id"].to_string();
    let mut people = Vec::new();
    for name in ["none", "revoked", "expired", "view", "scope", "allowed"] {
        people.push(env.id(&[
            "people",
            "add",
            "--name",
            name,
            "--birth-date",
            "1950-01-01",
        ]));
    }
    let file = env.file("brief.txt", b"een brief");
    let mut docs = Vec::new();
    let mut requests = Vec::new();
    let mut full = Vec::new();
    for (i, p) in people.iter().enumerate() {
        if i == 0 {
            continue;
        }
        let mut grant = vec![
            "representations",
            "grant",
            "--representative",
            &me,
            "--subject",
            p,
            "--basis",
            "machtiging",
            "--scope",
            "documents,guidance",
        ];
        if i == 2 {
            grant.extend(["--until", "2026-11-28"]);
        }
        full.push(env.id(&grant));
        let added = env.json(&["--on-behalf-of", p, "vault", "add", file.to_str().unwrap()]);
        docs.push(added[0]["id"].as_str().unwrap().to_string());
        let case = env.json(&[
            "--on-behalf-of",
            p,
            "cases",
            "add",
            "--provider",
            "Gemeente Arnhem",
            "--title",
            "Wmo",
            "--submitted",
            "2026-11-01",
        ]);
        requests.push(case["id"].to_string());
    }
    // "none" is asked about the allowed person's document and request.
    docs.insert(0, docs[4].clone());
    requests.insert(0, requests[4].clone());

    env.set_today("2026-11-29");
    for i in [1, 3, 4] {
        env.json(&["representations", "revoke", &full[i - 1]]);
    }
    let view = [
        "representations",
        "grant",
        "--representative",
        &me,
        "--subject",
        &people[3],
        "--basis",
        "machtiging",
        "--scope",
        "documents",
        "--view-only",
    ];
    env.id(&view);
    env.id(&[
        "representations",
        "grant",
        "--representative",
        &me,
        "--subject",
        &people[4],
        "--basis",
        "beschermingsbewind",
    ]);

    let entries = || env.json(&["audit", "list"]).as_array().unwrap().len();
    let mut before = entries();
    let out = env.files.path().join("copy.txt");
    let out_s = out.to_str().unwrap().to_string();
    let backup = env.files.path().join("b.age");
    let backup_s = backup.to_str().unwrap().to_string();
    let file_s = file.to_str().unwrap().to_string();
    for (case, (p, (doc, request))) in [
        "none",
        "revoked",
        "expired",
        "view-only",
        "out-of-scope",
        "allowed",
    ]
    .iter()
    .zip(people.iter().zip(docs.iter().zip(&requests)))
    {
        let commands: Vec<(Vec<&str>, Acting)> = vec![
            (vec!["vault", "list"], Acting::View),
            (vec!["vault", "search", "brief"], Acting::View),
            (vec!["signals"], Acting::View),
            (
                vec!["plan", "--event", "moving", "--date", "2027-01-15"],
                Acting::View,
            ),
            (vec!["vault", "add", &file_s], Acting::Act),
            (vec!["vault", "get", doc, "--out", &out_s], Acting::Act),
            (vec!["vault", "edit", doc, "--title", "Anders"], Acting::Act),
            (vec!["vault", "remove", doc], Acting::Act),
            (vec!["cases", "list"], Acting::View),
            (
                vec![
                    "cases",
                    "add",
                    "--provider",
                    "SVB",
                    "--title",
                    "AOW",
                    "--submitted",
                    "2026-11-20",
                ],
                Acting::Act,
            ),
            (
                vec!["cases", "update", request, "--status", "Gebeld"],
                Acting::Act,
            ),
            (
                vec!["cases", "decision", request, "--date", "2026-11-25"],
                Acting::Act,
            ),
            (vec!["cases", "letter", request], Acting::Act),
            (vec!["cases", "remove", request], Acting::Act),
            (vec!["vault", "verify"], Acting::Refused),
            (vec!["vault", "backup", &backup_s], Acting::Refused),
            (vec!["vault", "restore", &backup_s], Acting::Refused),
            (vec!["profile", "show"], Acting::Refused),
            (vec!["people", "list"], Acting::Refused),
            (vec!["representations", "list"], Acting::Refused),
            (vec!["audit", "list"], Acting::Refused),
            (vec!["login", "status"], Acting::Refused),
            (vec!["logout"], Acting::Refused),
            (vec!["announcements", "list"], Acting::Refused),
            (vec!["announcements", "check"], Acting::Refused),
            (
                vec![
                    "announcements",
                    "enable",
                    "--postcode",
                    "3512JC",
                    "--number",
                    "1",
                ],
                Acting::Refused,
            ),
        ];
        for (args, kind) in commands {
            let code = env
                .cmd()
                .args(["--on-behalf-of", p])
                .args(&args)
                .output()
                .unwrap()
                .status
                .code();
            let after = entries();
            let guidance = args[0] == "signals" || args[0] == "plan";
            let allowed = kind != Acting::Refused
                && (*case == "allowed"
                    || (*case == "view-only" && kind == Acting::View && !guidance));
            if allowed {
                assert_eq!(code, Some(0), "{case} {args:?}");
                assert_eq!(after, before + 1, "{case} {args:?}: one log entry");
            } else {
                assert!(matches!(code, Some(2 | 3)), "{case} {args:?}: {code:?}");
                assert_eq!(after, before, "{case} {args:?}: nothing recorded");
                assert!(!out.exists(), "{case} {args:?}: nothing written");
                assert!(!backup.exists(), "{case} {args:?}: no backup");
            }
            let _ = std::fs::remove_file(&out);
            before = after;
        }
    }
}
