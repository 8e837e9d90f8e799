//! Cases from a provider's ZGW APIs: connecting it (the secret to the
//! keyring), syncing with the person's BSN, what is kept offline, what a
//! failed sync leaves, and acting for someone through the door. Against
//! the fake provider in `wegwijs-fake-zgw`, on 127.0.0.1.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;
use std::time::Duration;

use jiff::civil::date;
use wegwijs_app::{
    CaseDto, CaseSourceInput, ErrorCode, FixedClock, MemoryKeyring, PersonId, ProfilePatch,
    SecretStore, SourceAuth, Wegwijs,
};
use wegwijs_fake_zgw::{BSN, Fault, Provider, SECRET};

mod support;

const HENK_BSN: &str = "111222333";

fn on(app: &Wegwijs, y: i16, m: i8, d: i8) -> Wegwijs {
    app.clone()
        .with_clock(Arc::new(FixedClock::on(date(y, m, d))))
}

fn source(name: &str, url: &str) -> CaseSourceInput {
    CaseSourceInput {
        name: name.into(),
        zaken_url: url.into(),
        catalogi_url: None,
        auth: Some(SourceAuth::Jwt),
        client_id: Some("wegwijs-test".into()),
    }
}

/// Ingrid with her BSN and the fake provider connected as "Gemeente
/// Arnhem"; the data directory lives as long as the first value kept.
async fn connected() -> (Provider, tempfile::TempDir, Wegwijs) {
    let fake = Provider::start().await;
    let dir = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    let (app, _) = support::ingrid(dir.path(), &ring).await;
    app.update_profile(ProfilePatch {
        bsn: Some(BSN.into()),
        ..Default::default()
    })
    .await
    .unwrap();
    app.act_for(None)
        .await
        .unwrap()
        .add_case_source(&source("Gemeente Arnhem", &fake.zaken_url()), Some(SECRET))
        .await
        .unwrap();
    (fake, dir, app)
}

fn refs(cases: &[CaseDto]) -> Vec<&str> {
    cases
        .iter()
        .filter_map(|c| c.reference.as_deref())
        .collect()
}

#[tokio::test]
async fn a_connected_provider_brings_the_persons_cases_and_keeps_them_offline() {
    let fake = Provider::start().await;
    let dir = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    let (app, _) = support::ingrid(dir.path(), &ring).await;
    let app = on(&app, 2026, 11, 25);
    let own = app.act_for(None).await.unwrap();

    let added = own
        .add_case_source(&source("Gemeente Arnhem", &fake.zaken_url()), Some(SECRET))
        .await
        .unwrap();
    assert_eq!(added.name, "Gemeente Arnhem");
    assert_eq!(added.synced_at, None);
    // The secret is in the keyring, under this installation's account.
    let account = wegwijs_app::keystore::secret_account(dir.path(), &format!("zgw-{}", added.id))
        .unwrap()
        .unwrap();
    assert_eq!(
        ring.get(&account).unwrap().unwrap().as_slice(),
        SECRET.as_bytes()
    );

    // Without a BSN there is nothing to look up by.
    let e = own.sync_cases().await.unwrap_err();
    assert_eq!(e.message_id, "error-bsn-needed");
    assert!(fake.asked().is_empty(), "nothing was asked");

    app.update_profile(ProfilePatch {
        bsn: Some(BSN.into()),
        ..Default::default()
    })
    .await
    .unwrap();
    let report = own.sync_cases().await.unwrap();
    assert_eq!(report.sources.len(), 1);
    assert!(report.sources[0].ok, "{:?}", report.sources[0].error);
    assert_eq!(report.changed.len(), 2, "both cases are new");
    for c in fake.claims() {
        assert_eq!(c["client_id"], "wegwijs-test");
        assert_eq!(c["user_id"], BSN);
        assert_eq!(c["user_representation"], "");
    }

    let cases = own.cases().await.unwrap();
    assert_eq!(
        refs(&cases),
        ["ZAAK-2026-0042", "ZAAK-2026-0007"],
        "the internal case stays out; newest first"
    );
    let permit = &cases[0];
    assert_eq!(permit.source.as_deref(), Some("Gemeente Arnhem"));
    assert_eq!(permit.provider, "Gemeente Arnhem");
    assert_eq!(permit.status.as_deref(), Some("In behandeling"));
    assert_eq!(permit.status_date.as_deref(), Some("2026-11-20"));
    assert_eq!(permit.decision_due.as_deref(), Some("2026-12-28"));
    let steps: Vec<(&str, Option<&str>, bool)> = permit
        .steps
        .iter()
        .map(|s| (s.status.as_str(), s.date.as_deref(), s.done))
        .collect();
    assert_eq!(
        steps,
        [
            ("We hebben je aanvraag ontvangen", Some("2026-11-02"), true),
            ("In behandeling", Some("2026-11-20"), true),
            ("Er is een besluit", None, false),
        ]
    );
    let wmo = &cases[1];
    assert!(wmo.closed);
    assert_eq!(wmo.result.as_deref(), Some("Toegekend"));
    assert_eq!(wmo.decided_on.as_deref(), Some("2026-10-15"));
    // Six weeks after Thursday 15 October 2026.
    assert_eq!(wmo.objection_due.as_deref(), Some("2026-11-26"));
    assert_eq!(wmo.decision_due, None);

    // A provider's case is the provider's: not changed by hand here.
    let e = own.remove_case(permit.id).await.unwrap_err();
    assert_eq!(e.message_id, "error-case-synced");

    // Nothing new: nothing changed, the same numbers.
    let again = own.sync_cases().await.unwrap();
    assert!(again.changed.is_empty(), "{:?}", again.changed);
    assert_eq!(
        own.cases()
            .await
            .unwrap()
            .iter()
            .map(|c| c.id)
            .collect::<Vec<_>>(),
        cases.iter().map(|c| c.id).collect::<Vec<_>>()
    );

    // The permit is decided at the provider: one case moved on.
    fake.permit_decided(BSN, "2026-11-24T15:00:00+01:00");
    let moved = own.sync_cases().await.unwrap();
    assert_eq!(moved.changed, [permit.id]);
    let permit = own.cases().await.unwrap().remove(0);
    assert_eq!(permit.status.as_deref(), Some("Er is een besluit"));
    // The last step of its type closes it: from then on the objection term.
    assert!(permit.closed);
    assert_eq!(permit.decided_on.as_deref(), Some("2026-11-24"));
    assert_eq!(permit.objection_due.as_deref(), Some("2027-01-05"));
    assert_eq!(permit.decision_due, None);
    // The provider tells citizens about that step: a signal on the home
    // screen, and one notification, once.
    let news: Vec<_> = own
        .signals(None, 30)
        .await
        .unwrap()
        .into_iter()
        .filter(|s| s.event == "case-status")
        .collect();
    assert_eq!(news.len(), 1, "{news:?}");
    assert_eq!(news[0].date, "2026-11-24");
    let case = news[0].case.as_ref().unwrap();
    assert_eq!(case.id, permit.id);
    assert_eq!(case.status.as_deref(), Some("Er is een besluit"));
    let told: Vec<String> = own
        .take_notifications()
        .await
        .unwrap()
        .into_iter()
        .map(|n| n.title)
        .collect();
    assert!(
        told.contains(&"Nieuw bij \"Dakkapel aan de achterkant\": Er is een besluit".to_string()),
        "{told:?}"
    );
    let again = own.take_notifications().await.unwrap();
    assert!(
        again.iter().all(|n| !n.title.starts_with("Nieuw bij")),
        "once"
    );
    // Two weeks on, it is no longer news.
    let later_app = on(&app, 2026, 12, 9);
    let later = later_app.act_for(None).await.unwrap();
    assert!(
        later
            .signals(None, 30)
            .await
            .unwrap()
            .iter()
            .all(|s| s.event != "case-status")
    );

    let listed = own.case_sources().await.unwrap();
    assert!(listed[0].synced_at.is_some());
    assert_eq!(listed[0].error, None);

    // Offline: a reopened installation has them, without the network.
    app.close().await;
    drop(fake);
    let reopened = Wegwijs::open(dir.path(), &ring, None).await.unwrap().app;
    let own = reopened.act_for(None).await.unwrap();
    assert_eq!(own.cases().await.unwrap().len(), 2);

    // Disconnecting removes its cases and its secret.
    own.remove_case_source(added.id).await.unwrap();
    assert!(own.cases().await.unwrap().is_empty());
    assert_eq!(ring.get(&account).unwrap(), None);
}

#[tokio::test]
async fn a_failed_sync_says_why_and_keeps_the_last_good_cases() {
    let (fake, _dir, app) = connected().await;
    let own = app.act_for(None).await.unwrap();
    own.add_case_source(
        &source("Verkeerd geheim", &fake.zaken_url()),
        Some("not the secret"),
    )
    .await
    .unwrap();
    own.add_case_source(
        &source("Onbereikbaar", "http://127.0.0.1:9/zaken/api/v1"),
        Some(SECRET),
    )
    .await
    .unwrap();
    let report = own.sync_cases().await.unwrap();
    let outcome: Vec<(&str, bool, Option<&str>)> = report
        .sources
        .iter()
        .map(|s| {
            (
                s.name.as_str(),
                s.ok,
                s.error.as_ref().map(|e| e.message_id.as_str()),
            )
        })
        .collect();
    assert_eq!(
        outcome,
        [
            ("Gemeente Arnhem", true, None),
            ("Verkeerd geheim", false, Some("error-source-refused")),
            ("Onbereikbaar", false, Some("error-source-unreachable")),
        ]
    );
    assert_eq!(own.cases().await.unwrap().len(), 2);

    // The provider answers with something that is not ZGW: the error is
    // kept with the source, the cases of the last good sync stay.
    fake.set(
        &Provider::cases_query(BSN),
        serde_json::json!({"zaken": []}),
    );
    let report = own.sync_cases().await.unwrap();
    assert!(!report.sources[0].ok);
    assert_eq!(
        own.cases().await.unwrap().len(),
        2,
        "the last good cases stay"
    );
    let sources = own.case_sources().await.unwrap();
    assert_eq!(
        sources[0].error.as_ref().map(|e| e.message_id.as_str()),
        Some("error-source-answer")
    );
    assert!(sources[0].synced_at.is_some(), "the last good sync's time");
    let e = sources[0].error.as_ref().unwrap();
    assert_eq!(e.code, ErrorCode::Unavailable);
}

#[tokio::test]
async fn acting_for_henk_his_cases_with_his_bsn_through_the_door() {
    let fake = Provider::start().await;
    fake.seed(HENK_BSN);
    let dir = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    let (app, me) = support::ingrid(dir.path(), &ring).await;
    app.update_profile(ProfilePatch {
        bsn: Some(BSN.into()),
        ..Default::default()
    })
    .await
    .unwrap();
    let henk = app
        .add_person_with_bsn("Henk", "1944-02-02", Some("parent"), HENK_BSN)
        .await
        .unwrap()
        .id;
    let own = app.act_for(None).await.unwrap();
    own.add_case_source(&source("Gemeente Arnhem", &fake.zaken_url()), Some(SECRET))
        .await
        .unwrap();

    // No representation: refused, and nothing asked of the provider.
    let his = app.act_for(Some(PersonId(henk))).await;
    let refused = match his {
        Err(e) => e,
        Ok(his) => his.sync_cases().await.unwrap_err(),
    };
    assert_eq!(refused.code, ErrorCode::Forbidden);
    assert!(fake.asked().is_empty());

    // A view-only mandate for his documents is enough to see them.
    let mut grant = support::grant(me, henk, "machtiging", Some("documents"));
    grant.view_only = true;
    app.grant(grant).await.unwrap();
    let his = app.act_for(Some(PersonId(henk))).await.unwrap();
    let before = app.audit_list(None).await.unwrap().len();
    let report = his.sync_cases().await.unwrap();
    assert!(report.sources[0].ok);
    assert_eq!(
        app.audit_list(None).await.unwrap().len(),
        before + 1,
        "recorded"
    );
    for c in fake.claims() {
        assert_eq!(c["user_id"], BSN, "Ingrid acts");
        assert_eq!(c["user_representation"], HENK_BSN, "for Henk");
    }
    assert!(
        fake.asked()
            .iter()
            .filter(|a| a.contains("inpBsn"))
            .all(|a| a.contains(HENK_BSN)),
        "only his BSN was looked up"
    );
    assert_eq!(his.cases().await.unwrap().len(), 2);
    assert!(
        own.cases().await.unwrap().is_empty(),
        "his cases are not hers"
    );
    // Only the owner connects or disconnects providers.
    let e = his
        .add_case_source(&source("Andere", &fake.zaken_url()), Some(SECRET))
        .await
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Forbidden);
}

#[tokio::test]
async fn a_source_is_checked_before_anything_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let ring = MemoryKeyring::default();
    let (app, _) = support::ingrid(dir.path(), &ring).await;
    let own = app.act_for(None).await.unwrap();
    let fields = |e: wegwijs_app::AppError| -> Vec<(String, String)> {
        e.fields
            .into_iter()
            .map(|f| (f.field, f.message_id))
            .collect()
    };
    for url in [
        "http://zaken.example.nl/zaken/api/v1",
        "https://user:pw@zaken.example.nl/zaken/api/v1",
        "zaken.example.nl",
        "",
    ] {
        let e = own
            .add_case_source(&source("Gemeente", url), Some(SECRET))
            .await
            .unwrap_err();
        assert_eq!(
            fields(e),
            [("zaken_url".into(), "error-source-url".into())],
            "{url}"
        );
    }
    let e = own
        .add_case_source(
            &CaseSourceInput {
                client_id: None,
                ..source("", "https://zaken.example.nl/zaken/api/v1")
            },
            None,
        )
        .await
        .unwrap_err();
    assert_eq!(
        fields(e),
        [
            ("name".into(), "error-field-missing".into()),
            ("client_id".into(), "error-field-missing".into()),
            ("secret".into(), "error-field-missing".into()),
        ]
    );
    own.add_case_source(
        &source(
            "Gemeente Arnhem",
            "https://zaken.arnhem.example/zaken/api/v1",
        ),
        Some(SECRET),
    )
    .await
    .unwrap();
    let e = own
        .add_case_source(
            &source(
                "gemeente arnhem",
                "https://zaken.arnhem.example/zaken/api/v1",
            ),
            Some(SECRET),
        )
        .await
        .unwrap_err();
    assert_eq!(
        fields(e),
        [("name".into(), "error-source-name-taken".into())]
    );
    // A login as the way in needs no secret of its own.
    own.add_case_source(
        &CaseSourceInput {
            auth: Some(SourceAuth::Login),
            client_id: None,
            ..source("SVB", "https://zaken.svb.example/api/v1")
        },
        None,
    )
    .await
    .unwrap();
    assert_eq!(own.case_sources().await.unwrap().len(), 2);
}

#[tokio::test]
async fn a_providers_text_cannot_steer_a_terminal_or_fill_the_disk() {
    let (fake, _dir, app) = connected().await;
    let own = app.act_for(None).await.unwrap();
    let z = fake.zaken_url();
    let long = "lang ".repeat(10_000);
    fake.set(
        &Provider::cases_query(BSN),
        serde_json::json!({"count": 1, "next": null, "previous": null, "results": [
            {"url": format!("{z}/zaken/00000001-0000-4000-8000-000999993653"),
             "identificatie": "Z-1\u{1b}]0;pwned\u{7}",
             "omschrijving": format!("\u{1b}[2J\u{1b}[31mDakkapel\n{long}"),
             "zaaktype": format!("{}/catalogi/api/v1/zaaktypen/{}", fake.origin, wegwijs_fake_zgw::PERMIT_TYPE),
             "registratiedatum": "2026-11-02", "einddatum": null,
             "uiterlijkeEinddatumAfdoening": null, "resultaat": null}]}),
    );
    assert!(own.sync_cases().await.unwrap().sources[0].ok);
    let c = own.cases().await.unwrap().remove(0);
    assert!(!c.title.chars().any(char::is_control));
    assert!(
        c.title.starts_with("[2J [31mDakkapel lang"),
        "{}",
        &c.title[..30]
    );
    assert!(c.title.chars().count() <= 200);
    assert_eq!(c.reference.as_deref(), Some("Z-1 ]0;pwned"));
}

#[tokio::test]
async fn a_provider_that_fails_in_any_way_says_so_and_keeps_its_last_cases() {
    let (fake, _dir, app) = connected().await;
    // A short timeout and a small cap, so a slow or huge answer is
    // tried without waiting 30 seconds or sending 8 MiB.
    let app = app.with_net_policy(wegwijs_net::Policy {
        connect_timeout: Duration::from_secs(1),
        timeout: Duration::from_secs(1),
        max_body: 64 << 10,
    });
    let own = app.act_for(None).await.unwrap();
    assert!(own.sync_cases().await.unwrap().sources[0].ok);
    let before = refs(&own.cases().await.unwrap())
        .into_iter()
        .map(String::from)
        .collect::<Vec<_>>();
    assert_eq!(before.len(), 2);
    let page = Provider::cases_query(BSN);
    for (fault, why) in [
        (Fault::Status(500), "error-source-server"),
        (Fault::Status(503), "error-source-server"),
        (Fault::Huge(1 << 20), "error-source-answer"),
        (Fault::Malformed, "error-source-answer"),
        (Fault::Slow(Duration::from_secs(3)), "error-source-timeout"),
    ] {
        fake.fault(&page, fault);
        let report = own.sync_cases().await.unwrap();
        let s = &report.sources[0];
        assert!(!s.ok, "{fault:?}");
        assert_eq!(
            s.error.as_ref().map(|e| e.message_id.as_str()),
            Some(why),
            "{fault:?}"
        );
        assert_eq!(refs(&own.cases().await.unwrap()), before, "{fault:?}");
        let listed = own.case_sources().await.unwrap();
        assert_eq!(
            listed[0].error.as_ref().map(|e| e.message_id.as_str()),
            Some(why),
            "{fault:?}: the page says why"
        );
        assert!(listed[0].synced_at.is_some(), "{fault:?}: and since when");
        fake.heal(&page);
    }
    // Well again: the next sync clears the error.
    assert!(own.sync_cases().await.unwrap().sources[0].ok);
    assert_eq!(own.case_sources().await.unwrap()[0].error, None);
}
