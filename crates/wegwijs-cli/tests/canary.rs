//! The log canary: every flow of the CLI run with tracing at trace level
//! (our crates, sqlx, the keyring, everything), and not one log line holds
//! a name, a title, a tag, a document's text, a passphrase, the
//! recovery key or the database key (sqlx logged `PRAGMA key` with it at
//! debug level until statement logging was turned off). Messages meant for the person (the recovery key shown
//! once, an error naming a file) are not log lines and are not checked.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use support::{Env, PASS};

const NAME: &str = "Kanariepietje Vogelzang";
const CHILD: &str = "Zwaluwtje Vogelzang";
const TITLE: &str = "Geheimtitel Merelnest";
const TAG: &str = "zwaluwstaart";
const TEXT: &str = "Kanarietekst van het huurcontract";
const BACKUP_PASS: &str = "backup passphrase";
/// Test BSNs (they pass the elfproef).
const BSN: &str = "999993653";
const CHILD_BSN: &str = "111222333";

/// A tracing line: a timestamp first, once colour codes are taken out.
fn log_lines(stderr: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(stderr);
    let mut out = Vec::new();
    for line in text.lines() {
        let mut plain = String::new();
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            if c == '\u{1b}' {
                for c in chars.by_ref() {
                    if c.is_ascii_alphabetic() {
                        break;
                    }
                }
            } else {
                plain.push(c);
            }
        }
        let starts_dated = plain.len() > 20
            && plain.as_bytes()[4] == b'-'
            && plain.as_bytes()[10] == b'T'
            && plain[..4].bytes().all(|b| b.is_ascii_digit());
        if starts_dated {
            out.push(plain);
        }
    }
    out
}

#[test]
fn nothing_personal_or_secret_reaches_the_logs() {
    let env = Env::new();
    let mut logs: Vec<(String, String)> = Vec::new();
    let mut recovery = None;
    let mut run = |args: &[&str]| -> String {
        let out = env
            .cmd()
            .env("WEGWIJS_LOG", "trace")
            .args(args)
            .args(["--format", "json"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        if recovery.is_none() {
            // Shown once, on the first start: the key itself is the
            // longest word of that message.
            recovery = stderr
                .lines()
                .filter(|l| !l.is_empty() && log_lines(l.as_bytes()).is_empty())
                .flat_map(|l| l.split_whitespace())
                .filter(|w| w.contains('-') && w.len() > 30)
                .map(String::from)
                .next();
        }
        for l in log_lines(&out.stderr) {
            logs.push((args.join(" "), l));
        }
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
                .lines()
                .rev()
                .take(5)
                .collect::<Vec<_>>()
                .join("\n")
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let id_of = |json: &str| -> String {
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        v.get("id")
            .or_else(|| v.get(0).and_then(|d| d.get("id")))
            .map(|id| id.to_string().trim_matches('"').to_string())
            .unwrap()
    };

    run(&[
        "profile",
        "set",
        "--name",
        NAME,
        "--birth-date",
        "1980-05-05",
        "--country",
        "NL",
        "--municipality",
        "Zwolle",
        "--bsn",
        BSN,
    ]);
    let me = {
        let people: serde_json::Value = serde_json::from_str(&run(&["people", "list"])).unwrap();
        people[0]["id"].to_string()
    };
    let child = id_of(&run(&[
        "people",
        "add",
        "--name",
        CHILD,
        "--birth-date",
        "2015-03-02",
        "--relation",
        "child",
        "--bsn",
        CHILD_BSN,
    ]));
    run(&[
        "representations",
        "grant",
        "--representative",
        &me,
        "--subject",
        &child,
        "--basis",
        "ouderlijk-gezag",
    ]);
    let file = env.file("huur.txt", TEXT.as_bytes());
    let doc = id_of(&run(&[
        "vault",
        "add",
        file.to_str().unwrap(),
        "--title",
        TITLE,
        "--tag",
        TAG,
        "--kind",
        "rental-contract",
    ]));
    run(&["vault", "search", TAG]);
    run(&["vault", "search", "kanarietekst"]);
    run(&["vault", "list"]);
    run(&["vault", "edit", &doc, "--title", &format!("{TITLE} twee")]);
    let copy = env.files.path().join("copy.txt");
    run(&["vault", "get", &doc, "--out", copy.to_str().unwrap()]);
    let theirs = env.file("id.txt", TEXT.as_bytes());
    run(&[
        "--on-behalf-of",
        &child,
        "vault",
        "add",
        theirs.to_str().unwrap(),
        "--title",
        TITLE,
    ]);
    run(&["--on-behalf-of", &child, "vault", "search", TAG]);
    run(&["--on-behalf-of", &child, "signals"]);
    let backup = env.files.path().join("b.age");
    run(&["vault", "backup", backup.to_str().unwrap()]);
    run(&["vault", "restore", backup.to_str().unwrap()]);
    run(&["vault", "verify"]);
    let pdf = env.files.path().join("plan.pdf");
    run(&[
        "plan",
        "--event",
        "moving",
        "--date",
        "2027-04-01",
        "--pdf",
        pdf.to_str().unwrap(),
    ]);
    run(&["signals"]);
    run(&["audit", "list"]);
    run(&["audit", "verify"]);

    let recovery = recovery.expect("the recovery key was shown at the first start");
    assert!(!logs.is_empty(), "tracing at trace level wrote nothing");
    let bare = recovery.replace('-', "");
    // The database key, derived from the master key: in no log either.
    let master =
        wegwijs_app::keystore::unlock(env.data.path(), &wegwijs_app::NoKeyring, Some(PASS))
            .unwrap()
            .unwrap();
    let db_key = master.database_key_hex().to_string();
    let secrets = [
        NAME,
        "Kanariepietje",
        CHILD,
        "Zwaluwtje",
        TITLE,
        "Merelnest",
        TAG,
        TEXT,
        "Kanarietekst",
        PASS,
        BACKUP_PASS,
        recovery.as_str(),
        bare.as_str(),
        db_key.as_str(),
        "PRAGMA key",
        BSN,
        CHILD_BSN,
        "993653",
    ];
    for (command, line) in &logs {
        for s in secrets {
            assert!(
                !line.to_lowercase().contains(&s.to_lowercase()),
                "`wegwijs {command}` logged {s:?}: {line}"
            );
        }
    }
}
