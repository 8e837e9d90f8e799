//! Requests entered by hand: what happened, the last day for the provider
//! to decide, the last day to object, and whose they are.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use jiff::civil::date;
use wegwijs_app::{
    CaseStepInput, ErrorCode, FixedClock, MemoryKeyring, NewCaseInput, PersonId, Wegwijs,
};

mod support;

fn on(app: &Wegwijs, y: i16, m: i8, d: i8) -> Wegwijs {
    app.clone()
        .with_clock(Arc::new(FixedClock::on(date(y, m, d))))
}

#[tokio::test]
async fn a_request_by_hand_gets_its_decision_term_and_then_its_objection_deadline() {
    let dir = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    let (app, _) = support::ingrid(dir.path(), &ring).await;
    let app = on(&app, 2026, 11, 2);
    let own = app.act_for(None).await.unwrap();

    // Received on Friday 30 October 2026: eight weeks later is Christmas
    // Day, so the provider has until Monday 28 December.
    let case = own
        .add_case(&NewCaseInput {
            provider: "  Gemeente Arnhem ".into(),
            title: "Omgevingsvergunning dakkapel".into(),
            submitted: "2026-10-30".into(),
            reference: Some("Z-2026-118".into()),
            decision_weeks: None,
        })
        .await
        .unwrap();
    assert_eq!(case.provider, "Gemeente Arnhem");
    assert_eq!(case.decision_due.as_deref(), Some("2026-12-28"));
    assert!(case.decision_due_extended);
    assert_eq!(case.status, None);
    assert!(!case.closed);

    let app = on(&app, 2026, 11, 20);
    let own = app.act_for(None).await.unwrap();
    let case = own
        .add_case_step(
            case.id,
            &CaseStepInput {
                status: "Aanvullende gegevens gevraagd".into(),
                date: Some("2026-11-19".into()),
                note: Some("Tekening van de achtergevel opsturen".into()),
            },
        )
        .await
        .unwrap();
    assert_eq!(
        case.status.as_deref(),
        Some("Aanvullende gegevens gevraagd")
    );
    assert_eq!(case.status_date.as_deref(), Some("2026-11-19"));
    assert_eq!(case.steps[0].note, "Tekening van de achtergevel opsturen");

    // The decision, sent on Friday 13 November... recorded the 20th: six
    // weeks from then is Christmas Day, so the last day to object is
    // Monday 28 December.
    let case = own.decide_case(case.id, "2026-11-13").await.unwrap();
    assert!(case.closed);
    assert_eq!(case.decision_due, None);
    assert_eq!(case.objection_due.as_deref(), Some("2026-12-28"));
    assert!(case.objection_due_extended);

    // Mistakes are refused at the field, and change nothing.
    let bad = [
        (
            NewCaseInput {
                provider: " ".into(),
                title: "x".into(),
                submitted: "2026-11-01".into(),
                ..Default::default()
            },
            "provider",
            "error-field-missing",
        ),
        (
            NewCaseInput {
                provider: "SVB".into(),
                title: "AOW".into(),
                submitted: "2026-11-21".into(),
                ..Default::default()
            },
            "submitted",
            "error-date-in-future",
        ),
        (
            NewCaseInput {
                provider: "SVB".into(),
                title: "AOW".into(),
                submitted: "2026-02-30".into(),
                ..Default::default()
            },
            "submitted",
            "error-date-not-real",
        ),
        (
            NewCaseInput {
                provider: "SVB".into(),
                title: "AOW".into(),
                submitted: "2026-11-01".into(),
                decision_weeks: Some(0),
                ..Default::default()
            },
            "decision_weeks",
            "error-decision-weeks",
        ),
    ];
    for (input, field, id) in bad {
        let e = own.add_case(&input).await.unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidInput, "{field}");
        assert_eq!(e.fields[0].field, field);
        assert_eq!(e.fields[0].message_id, id);
    }
    let e = own.decide_case(case.id, "2026-10-01").await.unwrap_err();
    assert_eq!(e.fields[0].message_id, "error-case-before-submitted");
    assert_eq!(own.cases().await.unwrap().len(), 1);

    own.remove_case(case.id).await.unwrap();
    assert!(own.cases().await.unwrap().is_empty());
    let e = own.remove_case(case.id).await.unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
    app.close().await;
}

#[tokio::test]
async fn acting_for_henk_his_requests_only_and_each_one_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    let (app, me) = support::ingrid(dir.path(), &ring).await;
    let app = on(&app, 2026, 11, 2);
    let henk = app
        .add_person("Henk", "1944-02-02", Some("parent"))
        .await
        .unwrap()
        .id;
    app.grant(support::grant(me, henk, "machtiging", Some("documents")))
        .await
        .unwrap();
    let wmo = NewCaseInput {
        provider: "Gemeente Arnhem".into(),
        title: "Wmo: traplift".into(),
        submitted: "2026-11-02".into(),
        decision_weeks: Some(8),
        ..Default::default()
    };
    let his = app.act_for(Some(PersonId(henk))).await.unwrap();
    let before = app.audit_list(None).await.unwrap().len();
    let theirs = his.add_case(&wmo).await.unwrap();
    assert_eq!(app.audit_list(None).await.unwrap().len(), before + 1);
    let own = app.act_for(None).await.unwrap();
    let mine = own
        .add_case(&NewCaseInput {
            title: "Parkeervergunning".into(),
            ..wmo.clone()
        })
        .await
        .unwrap();

    let titles = |cases: Vec<wegwijs_app::CaseDto>| -> Vec<String> {
        cases.into_iter().map(|c| c.title).collect()
    };
    assert_eq!(titles(his.cases().await.unwrap()), ["Wmo: traplift"]);
    assert_eq!(titles(own.cases().await.unwrap()), ["Parkeervergunning"]);
    // Neither reaches the other's request by its number.
    assert_eq!(
        his.decide_case(mine.id, "2026-11-02")
            .await
            .unwrap_err()
            .code,
        ErrorCode::NotFound
    );
    assert_eq!(
        own.remove_case(theirs.id).await.unwrap_err().code,
        ErrorCode::NotFound
    );
    assert_eq!(his.cases().await.unwrap().len(), 1);
    app.close().await;
}

#[tokio::test]
async fn the_last_day_to_object_is_a_signal_and_a_notification_until_it_has_passed() {
    let dir = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    let (app, _) = support::ingrid(dir.path(), &ring).await;
    app.set_language(wegwijs_app::Lang::from(wegwijs_core::Language::EN))
        .await
        .unwrap();
    let app = on(&app, 2026, 11, 20);
    let own = app.act_for(None).await.unwrap();
    let case = own
        .add_case(&NewCaseInput {
            provider: "Gemeente Arnhem".into(),
            title: "Bijzondere bijstand".into(),
            submitted: "2026-10-01".into(),
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(
        own.signals(None, 183)
            .await
            .unwrap()
            .iter()
            .all(|s| s.event != "objection"),
        "no decision yet"
    );
    own.decide_case(case.id, "2026-11-13").await.unwrap();
    let signals = own.signals(None, 183).await.unwrap();
    let objection = signals.iter().find(|s| s.event == "objection").unwrap();
    assert_eq!(objection.date, "2026-12-28");
    assert_eq!(objection.subject, None);
    assert_eq!(
        objection.case.as_ref().unwrap().title,
        "Bijzondere bijstand"
    );
    let notes = own.take_notifications().await.unwrap();
    assert!(
        notes
            .iter()
            .any(|n| n.title == "Last day to object to the decision on \"Bijzondere bijstand\""),
        "{notes:?}"
    );
    assert!(own.take_notifications().await.unwrap().is_empty(), "once");

    let later = on(&app, 2026, 12, 29);
    let own = later.act_for(None).await.unwrap();
    assert!(
        own.signals(None, 183)
            .await
            .unwrap()
            .iter()
            .all(|s| s.event != "objection"),
        "passed"
    );
    later.close().await;
}

#[tokio::test]
async fn the_last_days_go_to_the_calendar_and_a_late_decision_is_marked() {
    let dir = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    let (app, _) = support::ingrid(dir.path(), &ring).await;
    let app = on(&app, 2026, 12, 30);
    let own = app.act_for(None).await.unwrap();
    let waiting = own
        .add_case(&NewCaseInput {
            provider: "Gemeente Arnhem".into(),
            title: "Omgevingsvergunning dakkapel".into(),
            submitted: "2026-10-30".into(),
            reference: Some("Z-2026-118".into()),
            decision_weeks: None,
        })
        .await
        .unwrap();
    // Monday 28 December has passed without a decision.
    assert_eq!(waiting.decision_due.as_deref(), Some("2026-12-28"));
    assert!(waiting.decision_overdue);
    let decided = own
        .add_case(&NewCaseInput {
            provider: "SVB".into(),
            title: "Kinderbijslag".into(),
            submitted: "2026-10-01".into(),
            ..Default::default()
        })
        .await
        .unwrap();
    let decided = own.decide_case(decided.id, "2026-11-13").await.unwrap();
    assert!(!decided.decision_overdue);

    use icalendar::Component;
    let ics = own.cases_ics().await.unwrap();
    let parsed: icalendar::Calendar = ics.parse().unwrap();
    let mut events: Vec<(String, String)> = parsed
        .components
        .iter()
        .filter_map(|c| c.as_event())
        .map(|e| {
            let day = match e.get_start() {
                Some(icalendar::DatePerhapsTime::Date(d)) => d.to_string(),
                other => format!("{other:?}"),
            };
            // Without Fluent's bidi marks and the quotes around the title.
            let summary = e
                .get_summary()
                .unwrap_or_default()
                .replace(['\u{2068}', '\u{2069}', '"'], "");
            (day, summary)
        })
        .collect();
    events.sort();
    assert_eq!(
        events,
        [
            (
                "2026-12-28".to_string(),
                "Laatste dag voor bezwaar tegen het besluit over Kinderbijslag".to_string()
            ),
            (
                "2026-12-28".to_string(),
                "Uiterlijke dag voor het besluit over Omgevingsvergunning dakkapel".to_string()
            ),
        ]
    );
    assert!(ics.contains(&format!("UID:case-{}-decision@wegwijs", waiting.id)));
    assert!(ics.contains(&format!("UID:case-{}-objection@wegwijs", decided.id)));
}

#[tokio::test]
async fn the_decision_letter_is_linked_from_the_vault_and_only_a_letter_of_the_same_person() {
    let dir = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    let (app, me) = support::ingrid(dir.path(), &ring).await;
    let app = on(&app, 2026, 11, 20);
    let henk = app
        .add_person("Henk", "1944-02-02", Some("parent"))
        .await
        .unwrap()
        .id;
    app.grant(support::grant(me, henk, "machtiging", Some("documents")))
        .await
        .unwrap();
    let letter = files.path().join("besluit-dakkapel.txt");
    std::fs::write(&letter, b"Besluit: vergunning verleend").unwrap();
    let kind = wegwijs_app::DocumentInput {
        kind: Some("decision-letter".into()),
        ..Default::default()
    };
    let own = app.act_for(None).await.unwrap();
    let his = app.act_for(Some(PersonId(henk))).await.unwrap();
    let mine = own.add(std::slice::from_ref(&letter), &kind).await.unwrap();
    let mine = mine.added[0].id.clone();
    let theirs = his.add(std::slice::from_ref(&letter), &kind).await.unwrap();
    let theirs = theirs.added[0].id.clone();
    let case = own
        .add_case(&NewCaseInput {
            provider: "Gemeente Arnhem".into(),
            title: "Omgevingsvergunning dakkapel".into(),
            submitted: "2026-10-30".into(),
            ..Default::default()
        })
        .await
        .unwrap();
    own.decide_case(case.id, "2026-11-13").await.unwrap();

    // Henk's letter is not one of mine: unknown, and nothing linked.
    let e = own
        .link_case_letter(case.id, Some(&theirs))
        .await
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
    assert_eq!(own.cases().await.unwrap()[0].letter, None);
    // Nor does Henk's door reach my request.
    let e = his
        .link_case_letter(case.id, Some(&theirs))
        .await
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);

    let linked = own.link_case_letter(case.id, Some(&mine)).await.unwrap();
    let l = linked.letter.expect("linked");
    assert_eq!(
        (l.id.as_str(), l.title.as_str()),
        (mine.as_str(), "besluit-dakkapel")
    );
    assert_eq!(linked.objection_due.as_deref(), Some("2026-12-28"));

    // Unlinked by None; linked again, and gone with the document.
    assert_eq!(
        own.link_case_letter(case.id, None).await.unwrap().letter,
        None
    );
    own.link_case_letter(case.id, Some(&mine)).await.unwrap();
    own.remove(&mine).await.unwrap();
    let after = own.cases().await.unwrap();
    assert_eq!(after[0].letter, None);
    assert!(after[0].closed, "the decision stays");
    app.close().await;
}
