//! The client against a fake provider on 127.0.0.1 that serves the Zaken
//! and Catalogi endpoints it uses, with awkward data: statuses out of
//! order, an empty `statustekst`, an intern case type, a closed case with
//! a result, a case on page 2; it checks the JWT as a provider would.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::json;
use wegwijs_core::cases::{Bsn, standing};
use wegwijs_fake_zgw::{BSN, Provider, SECRET};
use wegwijs_net::{Policy, Service};
use wegwijs_zgw::{Auth, Client, Source, ZgwError};

fn page(next: Option<String>, results: Vec<serde_json::Value>) -> serde_json::Value {
    json!({"count": results.len(), "next": next, "previous": null, "results": results})
}

fn client(origin: &str, secret: &str) -> Client {
    Client::new(
        Source {
            zaken: Service::parse(&format!("{origin}/zaken/api/v1")).unwrap(),
            catalogi: None,
            auth: Auth::Jwt {
                client_id: "wegwijs-test".into(),
                secret: secret.into(),
            },
        },
        Policy::default(),
    )
    .unwrap()
}

#[tokio::test]
async fn a_persons_cases_come_with_their_steps_and_result_and_internal_ones_stay_out() {
    let fake = Provider::start().await;
    let origin = fake.origin.clone();
    let bsn = Bsn::parse(BSN).unwrap();
    let cases = client(&origin, SECRET)
        .cases_of(&bsn, "device-owner", "")
        .await
        .unwrap();

    let refs: Vec<&str> = cases.iter().map(|c| c.reference.as_str()).collect();
    assert_eq!(
        refs,
        ["ZAAK-2026-0042", "ZAAK-2026-0007"],
        "the intern case is left out; page 2 is read"
    );
    let permit = &cases[0];
    assert_eq!(permit.title, "Dakkapel aan de achterkant");
    assert_eq!(permit.term_weeks, Some(8));
    assert_eq!(permit.due, Some(jiff::civil::date(2026, 12, 28)));
    assert_eq!(permit.ended, None);
    let s = standing(&permit.statuses, &permit.status_types);
    assert_eq!(s.status.as_deref(), Some("In behandeling"));
    let steps: Vec<(&str, bool)> = s.steps.iter().map(|s| (s.text.as_str(), s.done)).collect();
    assert_eq!(
        steps,
        [
            ("We hebben je aanvraag ontvangen", true),
            ("In behandeling", true),
            ("Er is een besluit", false)
        ]
    );

    let wmo = &cases[1];
    assert_eq!(
        wmo.title, "Aanvraag Wmo-voorziening",
        "no description: the type's"
    );
    assert_eq!(wmo.ended, Some(jiff::civil::date(2026, 10, 15)));
    assert_eq!(wmo.result.as_deref(), Some("Toegekend"));
    assert_eq!(wmo.term_weeks, Some(8), "P56D");
    let s = standing(&wmo.statuses, &wmo.status_types);
    assert_eq!(s.status.as_deref(), Some("Klaar"));
    assert_eq!(s.steps[0].date, Some(jiff::civil::date(2026, 9, 1)));

    let claims = fake.claims();
    assert!(!claims.is_empty());
    for c in claims.iter() {
        assert_eq!(c["iss"], "wegwijs-test");
        assert_eq!(c["client_id"], "wegwijs-test");
        assert_eq!(c["user_id"], "device-owner");
        assert!(c["iat"].as_i64().is_some());
    }
}

#[tokio::test]
async fn a_wrong_secret_and_a_next_link_elsewhere_are_errors_not_empty_lists() {
    let fake = Provider::start().await;
    let origin = fake.origin.clone();
    let bsn = Bsn::parse(BSN).unwrap();
    let e = client(&origin, "wrong secret")
        .cases_of(&bsn, "device-owner", "")
        .await
        .unwrap_err();
    assert!(
        matches!(e, ZgwError::Net(wegwijs_net::NetError::Unauthorized)),
        "{e:?}"
    );

    let first = Provider::cases_query(BSN);
    fake.set(
        &first,
        page(
            Some("https://elders.example.nl/zaken?page=2".into()),
            vec![],
        ),
    );
    let e = client(&origin, SECRET)
        .cases_of(&bsn, "device-owner", "")
        .await
        .unwrap_err();
    assert!(
        matches!(e, ZgwError::Net(wegwijs_net::NetError::OtherOrigin)),
        "{e:?}"
    );

    // A next link that comes round again: a loop, stopped.
    fake.set(&first, page(Some(format!("{origin}{first}")), vec![]));
    let e = client(&origin, SECRET)
        .cases_of(&bsn, "device-owner", "")
        .await
        .unwrap_err();
    assert!(matches!(e, ZgwError::TooManyPages), "{e:?}");

    // A list that is JSON but not ZGW.
    fake.set(&first, json!({"zaken": []}));
    let e = client(&origin, SECRET)
        .cases_of(&bsn, "device-owner", "")
        .await
        .unwrap_err();
    assert!(matches!(e, ZgwError::NotZgw(_)), "{e:?}");
}
