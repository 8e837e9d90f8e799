//! `wegwijs people`, `representations`, `audit` and `--on-behalf-of`, as
//! scripts use them: the contract, exit code 3 for a refusal, the end of
//! parental authority at 18, and a broken audit chain detected.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use support::Env;

#[test]
fn a_parent_acts_for_a_child_until_18_within_the_scope_and_it_is_all_audited() {
    let env = Env::new();
    env.set_today("2026-11-29");
    let env = env.with_profile("1980-05-05");
    let people = env.json(&["people", "list"]);
    let me = people[0]["id"].as_u64().unwrap().to_string();
    assert_eq!(people[0]["is_me"], true);
    let daan = env.id(&[
        "people",
        "add",
        "--name",
        "Daan",
        "--birth-date",
        "2009-03-02",
        "--relation",
        "child",
    ]);
    let opa = env.id(&[
        "people",
        "add",
        "--name",
        "Opa Henk",
        "--birth-date",
        "1944-02-29",
        "--relation",
        "parent",
    ]);
    assert_eq!(env.json(&["people", "list"]).as_array().unwrap().len(), 3);

    // Parental authority, documents and guidance only.
    let gezag = env.id(&[
        "representations",
        "grant",
        "--representative",
        &me,
        "--subject",
        &daan,
        "--basis",
        "ouderlijk-gezag",
        "--scope",
        "documents,guidance",
        "--from",
        "2009-03-02",
    ]);
    let reps = env.json(&["representations", "list", "--today", "2026-11-29"]);
    assert_eq!(reps[0]["id"].as_u64().unwrap().to_string(), gezag);
    assert_eq!(
        reps[0]["ends_on"], "2027-03-02",
        "ends on the 18th birthday"
    );
    assert_eq!(reps[0]["active"], true);

    // The parent is told ahead of the 18th birthday.
    let signals = env.json(&["--lang", "en", "signals", "--today", "2026-11-29"]);
    let ends = signals
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["subject"].as_u64() == daan.parse().ok())
        .expect("a signal for Daan");
    assert_eq!(
        (ends["event"].as_str(), ends["date"].as_str()),
        (Some("turning-18"), Some("2027-03-02"))
    );
    assert!(
        ends["title"]
            .as_str()
            .unwrap()
            .contains("parental authority for Daan")
    );
    // With the offer of a mandate from Daan for afterwards (95 days ahead).
    assert_eq!(
        ends["mandate_offer"]["person"]
            .as_u64()
            .unwrap()
            .to_string(),
        daan
    );
    assert_eq!(ends["mandate_offer"]["from"], "2027-03-02");
    assert_eq!(reps[0]["mandate_from"], "2027-03-02");

    // Acting for Daan: his documents only.
    let scan = env.files.path().join("id.txt");
    std::fs::write(&scan, b"ID-kaart Daan").unwrap();
    let mine = env.files.path().join("mine.txt");
    std::fs::write(&mine, b"Ingrid's own").unwrap();
    env.json(&["vault", "add", mine.to_str().unwrap()]);
    let added = env.json(&[
        "--on-behalf-of",
        &daan,
        "vault",
        "add",
        scan.to_str().unwrap(),
        "--kind",
        "id-card",
    ]);
    let doc = added[0]["id"].as_str().unwrap().to_string();
    let theirs = env.json(&["--on-behalf-of", &daan, "vault", "list"]);
    assert_eq!(theirs.as_array().unwrap().len(), 1);
    assert_eq!(theirs[0]["owner"].as_u64(), daan.parse().ok());
    let own = env.json(&["vault", "list"]);
    assert_eq!(
        own.as_array().unwrap().len(),
        1,
        "Daan's document is not in Ingrid's own list"
    );
    env.json(&[
        "--on-behalf-of",
        &daan,
        "plan",
        "--event",
        "turning-18",
        "--date",
        "2027-03-02",
    ]);

    // Outside the scope: finance. And for someone else: Opa.
    env.cmd()
        .args(["--lang", "en", "--on-behalf-of", &opa, "vault", "list"])
        .assert()
        .code(3)
        .stderr(predicates::str::contains("no representation"));
    let bewind = env.id(&[
        "representations",
        "grant",
        "--representative",
        &me,
        "--subject",
        &opa,
        "--basis",
        "beschermingsbewind",
    ]);
    env.cmd()
        .args(["--lang", "en", "--on-behalf-of", &opa, "vault", "list"])
        .assert()
        .code(3)
        .stderr(predicates::str::contains("does not cover this"));
    env.cmd()
        .args([
            "representations",
            "grant",
            "--representative",
            &me,
            "--subject",
            &opa,
        ])
        .args(["--basis", "mentorschap", "--scope", "finance"])
        .assert()
        .code(2);

    // The day before the 18th birthday: still allowed.
    let out = env.files.path().join("copy.txt");
    env.set_today("2027-03-01");
    env.json(&[
        "--on-behalf-of",
        &daan,
        "vault",
        "get",
        &doc,
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(std::fs::read(&out).unwrap(), b"ID-kaart Daan");
    std::fs::remove_file(&out).unwrap();

    // The 18th birthday itself: refused, with the reason; nothing done.
    // `--today` moves what is shown, never the date a decision is taken on.
    env.set_today("2027-03-02");
    for today in [None, Some("2027-03-01")] {
        env.cmd()
            .args(["--lang", "en", "--on-behalf-of", &daan])
            .args(today.map(|t| ["--today", t]).into_iter().flatten())
            .args(["vault", "get", &doc])
            .args(["--out", out.to_str().unwrap()])
            .assert()
            .code(3)
            .stderr(predicates::str::contains("turned 18"));
        assert!(!out.exists());
    }

    // Revoked: refused from then on.
    env.json(&["representations", "revoke", &bewind]);

    let audit = env.json(&["audit", "list", "--subject", &daan]);
    let actions: Vec<&str> = audit
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "representation.grant",
            "documents.change",
            "documents.view",
            "guidance.view",
            "documents.export"
        ]
    );
    assert_eq!(audit[1]["basis"], "ouderlijk-gezag");
    let v = env.json(&["audit", "verify"]);
    assert_eq!(
        (v["entries"].as_u64(), v["ok"].as_bool()),
        (Some(7), Some(true))
    );
}

#[test]
fn a_mandate_can_be_view_only_and_dated() {
    let env = Env::new();
    env.set_today("2026-11-30");
    let env = env.with_profile("1980-05-05");
    let me = env.json(&["people", "list"])[0]["id"]
        .as_u64()
        .unwrap()
        .to_string();
    let zus = env.id(&[
        "people",
        "add",
        "--name",
        "Zus",
        "--birth-date",
        "1975-01-01",
    ]);
    env.id(&[
        "representations",
        "grant",
        "--representative",
        &me,
        "--subject",
        &zus,
        "--basis",
        "machtiging",
        "--scope",
        "documents",
        "--from",
        "2026-12-01",
        "--until",
        "2026-12-31",
        "--view-only",
    ]);
    let at = |day: &str, args: &[&str]| {
        env.set_today(day);
        env.cmd()
            .args(["--on-behalf-of", &zus])
            .args(args)
            .output()
            .unwrap()
            .status
            .code()
    };
    assert_eq!(
        at("2026-11-30", &["vault", "list"]),
        Some(3),
        "not yet valid"
    );
    assert_eq!(at("2026-12-01", &["vault", "list"]), Some(0));
    assert_eq!(
        at(
            "2026-12-15",
            &["vault", "remove", "00000000000000000000000000000000"]
        ),
        Some(3),
        "view only"
    );
    assert_eq!(
        at("2026-12-15", &["vault", "backup", "/tmp/never.age"]),
        Some(3),
        "own data only"
    );
    assert_eq!(
        at("2026-12-15", &["signals"]),
        Some(3),
        "guidance not granted"
    );
    assert_eq!(at("2026-12-31", &["vault", "list"]), Some(0));
    assert_eq!(at("2027-01-01", &["vault", "list"]), Some(3), "expired");
    // A clock set back before the last entry of the log is not believed.
    assert_eq!(
        at("2026-12-20", &["vault", "list"]),
        Some(3),
        "the clock went back"
    );
}
