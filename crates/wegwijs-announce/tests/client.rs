//! The client against the fake services on 127.0.0.1: paging, duplicates,
//! back-off, and what a failed page leaves.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use jiff::civil::date;
use wegwijs_announce::client::{Client, FetchError};
use wegwijs_announce::pdok::AddressQuery;
use wegwijs_core::announcements::{Point, Radius, near};
use wegwijs_fake_announce::{Fake, Mode};
use wegwijs_net::{NetError, Policy};

fn client(fake: &Fake) -> Client {
    Client::new(&fake.pdok_url(), &fake.sru_url(), Policy::default())
        .unwrap()
        .with_backoff(Duration::from_millis(10))
}

fn home() -> Point {
    Point::new(52.09069, 5.12138).unwrap()
}

#[tokio::test]
async fn an_address_is_found_only_exactly() {
    let fake = Fake::start().await;
    let c = client(&fake);
    let found = c
        .lookup(&AddressQuery::new("3512 jc", 1, None).unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(found.display, "Domplein 1, 3512JC Utrecht");
    assert_eq!(found.point, home());
    let a = c
        .lookup(&AddressQuery::new("3512JC", 1, Some("a")).unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(a.display, "Domplein 1A, 3512JC Utrecht");
    // The fuzzy search answers with a neighbour: not the address asked.
    let none = c
        .lookup(&AddressQuery::new("3512JC", 7, None).unwrap())
        .await
        .unwrap();
    assert_eq!(none, None);
    let asked = fake.asked();
    assert!(
        asked[0].contains("fq=type:adres")
            && asked[0].contains("fq=postcode:3512JC")
            && asked[0].contains("fq=huisnummer:1"),
        "{asked:?}"
    );
}

#[tokio::test]
async fn every_page_is_fetched_and_what_is_near_is_kept_once() {
    let fake = Fake::start().await;
    let fetched = client(&fake)
        .announcements(home(), Radius::DEFAULT, date(2026, 10, 26))
        .await;
    assert!(fetched.error.is_none(), "{:?}", fetched.error);
    assert_eq!(fetched.total, 8);
    assert_eq!(fetched.records.len(), 8);
    let asked = fake.asked();
    assert_eq!(asked.len(), 3, "{asked:?}");
    assert!(asked[0].contains("startRecord=1") && asked[1].contains("startRecord=4"));
    assert!(asked[0].contains(
        "query=c.product-area==officielepublicaties AND dt.modified>=2026-10-26 AND w.locatiepunt within/etrs89 \"52.090690 5.121380 0.5\""
    ));
    let kept = near(home(), Radius::DEFAULT, &fetched.records);
    let ids: Vec<&str> = kept.iter().map(|n| n.announcement.id.as_str()).collect();
    // The 1.5 km one is left out; the one on pages 1 and 3 is there once;
    // newest first.
    assert_eq!(
        ids,
        [
            "gmb-2026-500008",
            "gmb-2026-500001",
            "gmb-2026-500002",
            "gmb-2026-500003",
            "prb-2026-7001",
            "gmb-2026-500006"
        ]
    );
    let area = &kept[2];
    assert!((area.nearest.unwrap().distance_m - 178.0).abs() < 3.0);
    // Several markers: the nearest counts.
    assert!((kept[3].nearest.unwrap().distance_m - 300.0).abs() < 2.0);
    assert_eq!(
        kept[1].announcement.respond_by,
        Some(date(2026, 12, 17)),
        "ten days after today"
    );
}

#[tokio::test]
async fn a_429_is_waited_out_and_a_failing_page_keeps_the_ones_before() {
    let fake = Fake::start().await;
    fake.set_mode(Mode::BusyOnPage2(2));
    let fetched = client(&fake)
        .announcements(home(), Radius::DEFAULT, date(2026, 10, 26))
        .await;
    assert!(fetched.error.is_none(), "{:?}", fetched.error);
    assert_eq!(fetched.records.len(), 8);
    assert_eq!(fake.asked().len(), 5);

    fake.set_mode(Mode::BusyOnPage2(3));
    let fetched = client(&fake)
        .announcements(home(), Radius::DEFAULT, date(2026, 10, 26))
        .await;
    assert!(matches!(fetched.error, Some(FetchError::Busy)));
    assert_eq!(fetched.records.len(), 3, "the first page is kept");

    fake.set_mode(Mode::FailOnPage2);
    let fetched = client(&fake)
        .announcements(home(), Radius::DEFAULT, date(2026, 10, 26))
        .await;
    assert!(matches!(
        fetched.error,
        Some(FetchError::Net(NetError::Status(500)))
    ));
    assert_eq!(fetched.records.len(), 3);
}

#[tokio::test]
async fn a_refused_query_and_nonsense_are_errors_not_nothing_new() {
    let fake = Fake::start().await;
    let c = client(&fake);
    fake.set_mode(Mode::Diagnostic);
    let f = c
        .announcements(home(), Radius::DEFAULT, date(2026, 10, 26))
        .await;
    assert!(
        matches!(&f.error, Some(FetchError::Refused { uri, .. }) if uri == "info:srw/diagnostic/1/10"),
        "{:?}",
        f.error
    );
    fake.set_mode(Mode::Malformed);
    let f = c
        .announcements(home(), Radius::DEFAULT, date(2026, 10, 26))
        .await;
    assert!(matches!(f.error, Some(FetchError::Malformed(_))));
    fake.set_mode(Mode::Single);
    let f = c
        .announcements(home(), Radius::DEFAULT, date(2026, 10, 26))
        .await;
    assert!(f.error.is_none());
    assert_eq!(f.records.len(), 1);
}

#[tokio::test]
async fn only_the_configured_services_are_asked() {
    assert!(
        Client::new(
            "http://example.nl/",
            "https://repository.overheid.nl/sru",
            Policy::default()
        )
        .is_err()
    );
    assert!(
        Client::new(
            "https://api.pdok.nl/x",
            "http://localhost/sru",
            Policy::default()
        )
        .is_err()
    );
}
