//! The one door, tried as an attacker would: every verb that reaches a
//! person's data, for someone with no representation, a revoked one, an
//! expired one, a view-only one and one out of scope, is refused (or the
//! document is unknown) and changes nothing; an allowed one leaves exactly
//! one audit entry. And acting for X, nothing of Y appears.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;
use std::sync::Arc;

use jiff::civil::{Date, date};
use wegwijs_app::{
    AppError, CaseStepInput, DocumentInput, ErrorCode, FixedClock, MemoryKeyring, NewCaseInput,
    PersonId, Scoped, Wegwijs,
};

mod support;
use support::grant;

fn on(app: &Wegwijs, d: Date) -> Wegwijs {
    app.clone().with_clock(Arc::new(FixedClock::on(d)))
}

fn new_case() -> NewCaseInput {
    NewCaseInput {
        provider: "Gemeente Arnhem".into(),
        title: "Wmo: hulp in huis".into(),
        submitted: "2026-11-01".into(),
        ..Default::default()
    }
}

/// The verbs on a person's data, each run once: `Ok` or the error.
const VERBS: &[&str] = &[
    "documents",
    "search",
    "document",
    "add",
    "update",
    "patch",
    "export",
    "link_case_letter",
    "remove",
    "plan",
    "signals",
    "cases",
    "add_case",
    "case_step",
    "decide_case",
    "remove_case",
    "sync_cases",
    "cases_ics",
];

async fn run(
    s: &Scoped<'_>,
    verb: &str,
    doc: &str,
    case: u32,
    file: &PathBuf,
    out: &std::path::Path,
) -> Result<(), AppError> {
    let input = DocumentInput {
        title: Some("Veranderd".into()),
        ..Default::default()
    };
    match verb {
        "documents" => s.documents().await.map(|_| ()),
        "search" => s.search("brief").await.map(|_| ()),
        "document" => s.document(doc).await.map(|_| ()),
        "add" => s
            .add(std::slice::from_ref(file), &DocumentInput::default())
            .await
            .and_then(|r| match r.failed.first() {
                Some(f) => Err(f.error.clone()),
                None => Ok(()),
            }),
        "update" => s.update(doc, &input).await.map(|_| ()),
        "patch" => s.patch(doc, input).await.map(|_| ()),
        "export" => s
            .export(doc, false, |_| Some(out.to_path_buf()))
            .await
            .map(|_| ()),
        "link_case_letter" => s.link_case_letter(case, Some(doc)).await.map(|_| ()),
        "remove" => s.remove(doc).await,
        "plan" => s.plan("moving", "2027-01-15").await.map(|_| ()),
        "signals" => s.signals(None, 183).await.map(|_| ()),
        "cases" => s.cases().await.map(|_| ()),
        "add_case" => s.add_case(&new_case()).await.map(|_| ()),
        "case_step" => s
            .add_case_step(
                case,
                &CaseStepInput {
                    status: "Gebeld".into(),
                    ..Default::default()
                },
            )
            .await
            .map(|_| ()),
        "decide_case" => s.decide_case(case, "2026-11-20").await.map(|_| ()),
        "remove_case" => s.remove_case(case).await,
        "sync_cases" => s.sync_cases().await.map(|_| ()),
        "cases_ics" => s.cases_ics().await.map(|_| ()),
        other => panic!("no verb {other}"),
    }
}

#[tokio::test]
async fn every_verb_is_refused_without_a_representation_that_covers_it() {
    let dir = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    let start = Wegwijs::open(dir.path(), &ring, None).await.unwrap().app;
    let (app, me) = support::set_up_ingrid(&on(&start, date(2026, 11, 1))).await;
    let mut people = Vec::new();
    for name in [
        "none",
        "revoked",
        "expired",
        "view-only",
        "out-of-scope",
        "allowed",
    ] {
        people.push(
            app.add_person(name, "1950-01-01", Some("parent"))
                .await
                .unwrap()
                .id,
        );
    }
    let [none, revoked, expired, view, out_of_scope, allowed] = people[..] else {
        unreachable!()
    };
    let file = files.path().join("brief.txt");
    std::fs::write(&file, b"een brief").unwrap();

    // Each (but "none") gets a document while a full mandate holds.
    let mut docs = std::collections::HashMap::new();
    let mut full = std::collections::HashMap::new();
    let mut cases = std::collections::HashMap::new();
    for &p in &people[1..] {
        let mut g = grant(me, p, "machtiging", Some("documents,guidance"));
        if p == expired {
            g.until = Some("2026-11-28".into());
        }
        full.insert(p, app.grant(g).await.unwrap().id);
        let s = app.act_for(Some(PersonId(p))).await.unwrap();
        let input = DocumentInput::default();
        let added = s.add(std::slice::from_ref(&file), &input).await.unwrap();
        docs.insert(p, added.added[0].id.clone());
        cases.insert(p, s.add_case(&new_case()).await.unwrap().id);
    }
    docs.insert(none, docs[&allowed].clone());
    cases.insert(none, cases[&allowed]);

    // Four weeks later: revoked, expired, view only, out of scope.
    let app = on(&start, date(2026, 11, 29));
    for p in [revoked, view, out_of_scope] {
        app.revoke(full[&p]).await.unwrap();
    }
    let mut v = grant(me, view, "machtiging", Some("documents"));
    v.view_only = true;
    app.grant(v).await.unwrap();
    app.grant(grant(
        me,
        out_of_scope,
        "beschermingsbewind",
        Some("finance"),
    ))
    .await
    .unwrap();

    let out = files.path().join("copy.txt");
    for (who, p) in [
        ("none", none),
        ("revoked", revoked),
        ("expired", expired),
        ("view-only", view),
        ("out-of-scope", out_of_scope),
        ("allowed", allowed),
    ] {
        for verb in VERBS {
            let before = app.audit_list(None).await.unwrap().len();
            let s = app.act_for(Some(PersonId(p))).await.unwrap();
            let result = run(&s, verb, &docs[&p], cases[&p], &file, &out).await;
            let after = app.audit_list(None).await.unwrap().len();
            let viewing = matches!(
                *verb,
                "documents" | "search" | "document" | "cases" | "sync_cases" | "cases_ics"
            );
            if who == "allowed" || (who == "view-only" && viewing) {
                assert!(result.is_ok(), "{who} {verb}: {result:?}");
                assert_eq!(after, before + 1, "{who} {verb}: one audit entry");
            } else {
                let e = result.expect_err(&format!("{who} {verb} must be refused"));
                assert!(
                    matches!(e.code, ErrorCode::Forbidden | ErrorCode::NotFound),
                    "{who} {verb}: {e:?}"
                );
                assert_eq!(after, before, "{who} {verb}: nothing recorded");
                assert!(!out.exists(), "{who} {verb}: nothing written");
            }
            let _ = std::fs::remove_file(&out);
        }
    }

    // Nothing of theirs changed: seen again through a new mandate.
    let later = on(&start, date(2026, 11, 30));
    for &p in &people[1..5] {
        later
            .grant(grant(me, p, "machtiging", Some("documents")))
            .await
            .unwrap();
        let s = later.act_for(Some(PersonId(p))).await.unwrap();
        let theirs = s.documents().await.unwrap();
        assert_eq!(theirs.len(), 1, "person {p}");
        assert_eq!(theirs[0].title, "brief");
        let requests = s.cases().await.unwrap();
        assert_eq!(requests.len(), 1, "person {p}");
        assert!(
            requests[0].steps.is_empty() && !requests[0].closed && requests[0].letter.is_none(),
            "person {p}"
        );
    }
    later.close().await;
}

#[tokio::test]
async fn a_document_never_moves_out_of_its_owners_set() {
    let dir = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    let (app, me) = support::ingrid(dir.path(), &ring).await;
    let henk = app
        .add_person("Henk", "1944-02-02", Some("parent"))
        .await
        .unwrap()
        .id;
    let zus = app
        .add_person("Zus", "1975-05-05", Some("other"))
        .await
        .unwrap()
        .id;
    app.grant(grant(me, henk, "machtiging", Some("documents,guidance")))
        .await
        .unwrap();
    let file = files.path().join("paspoort.txt");
    std::fs::write(&file, b"paspoort").unwrap();
    let expiring = DocumentInput {
        kind: Some("passport".into()),
        expires: Some(
            app.today()
                .checked_add(jiff::Span::new().days(60))
                .unwrap()
                .to_string(),
        ),
        ..Default::default()
    };
    let his = app.act_for(Some(PersonId(henk))).await.unwrap();
    let own = app.act_for(None).await.unwrap();
    let doc = his
        .add(std::slice::from_ref(&file), &expiring)
        .await
        .unwrap()
        .added[0]
        .id
        .clone();
    own.add(std::slice::from_ref(&file), &expiring)
        .await
        .unwrap();

    // Acting for Henk, his document cannot be given to the owner (or Zus):
    // a document's details have no owner to change, and one sent over IPC
    // anyway is not read.
    for owner in [
        serde_json::json!("me"),
        serde_json::json!(zus),
        serde_json::Value::Null,
    ] {
        let mut sent = serde_json::to_value(&expiring).unwrap();
        sent["owner"] = owner;
        let to: DocumentInput = serde_json::from_value(sent).unwrap();
        his.update(&doc, &to).await.unwrap();
        his.patch(&doc, to).await.unwrap();
    }
    assert_eq!(
        his.document(&doc).await.unwrap().owner,
        Some(PersonId(henk))
    );
    // The owner's own requests do not reach Henk's document, nor put one
    // in Zus's set without a representation.
    assert_eq!(
        own.document(&doc).await.unwrap_err().code,
        ErrorCode::NotFound
    );
    let out = files.path().join("copy");
    assert!(
        own.export(&doc, false, |_| Some(out.clone()))
            .await
            .is_err()
    );
    assert!(!out.exists());
    assert!(own.remove(&doc).await.is_err());

    // Acting for Henk, nothing of the owner's appears, and the other way.
    let plan = his.plan("emigration", "2027-02-01").await.unwrap();
    let held: Vec<_> = plan
        .tasks
        .iter()
        .chain(&plan.left_out)
        .flat_map(|t| &t.in_vault)
        .collect();
    assert!(!held.is_empty());
    assert!(held.iter().all(|d| d.owner == Some(PersonId(henk))));
    let signals = his.signals(None, 183).await.unwrap();
    assert!(signals.iter().all(|s| s.subject == Some(PersonId(henk))));
    assert_eq!(signals.iter().filter(|s| s.document.is_some()).count(), 1);
    assert!(
        his.search("paspoort")
            .await
            .unwrap()
            .iter()
            .all(|d| d.id == doc)
    );

    let plan = own.plan("emigration", "2027-02-01").await.unwrap();
    assert!(
        plan.tasks
            .iter()
            .chain(&plan.left_out)
            .flat_map(|t| &t.in_vault)
            .all(|d| d.owner.is_none())
    );
    let mine = own.signals(None, 183).await.unwrap();
    assert_eq!(mine.iter().filter(|s| s.document.is_some()).count(), 1);
    assert!(mine.iter().all(|s| s.subject.is_none()));
    let notes = own.take_notifications().await.unwrap();
    assert_eq!(notes.len(), 1, "the owner's passport only");
    assert!(
        own.search("paspoort")
            .await
            .unwrap()
            .iter()
            .all(|d| d.id != doc)
    );

    // Owner-only verbs refuse someone else.
    for e in [
        his.verify().await.unwrap_err(),
        his.kept_plans().await.unwrap_err(),
        his.take_notifications().await.unwrap_err(),
        his.backup(&files.path().join("b.age"), "a long passphrase")
            .await
            .unwrap_err(),
    ] {
        assert_eq!(e.code, ErrorCode::Forbidden);
    }
    app.close().await;
}
