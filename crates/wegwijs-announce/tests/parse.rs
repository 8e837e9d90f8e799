//! The services' answers as the person's list needs them, from fixtures
//! in the services' shape, and hostile answers that must fail cleanly.

use jiff::civil::date;
use wegwijs_announce::pdok::{AddressError, AddressQuery, parse_lookup};
use wegwijs_announce::sru::{SruError, parse_page};
use wegwijs_core::announcements::{Place, Point};

const PAGE: &str = include_str!("fixtures/page-1.xml");

#[test]
fn a_page_gives_each_record_with_its_place_date_and_last_day_to_respond() {
    let page = parse_page(PAGE).unwrap();
    assert_eq!(page.total, 4);
    assert_eq!(page.next, Some(4));
    assert_eq!(page.skipped, 1, "the record without an identifier");
    let [permit, trees] = &page.records[..] else {
        panic!("{:?}", page.records)
    };
    assert_eq!(permit.id, "gmb-2026-500001");
    // The abstract, with its whitespace made plain, over the title.
    assert_eq!(
        permit.title,
        "Aanvraag omgevingsvergunning voor het verbouwen van een winkel tot woningen, Oudegracht 12"
    );
    assert_eq!(permit.kind.as_deref(), Some("bouwen"));
    assert_eq!(permit.creator.as_deref(), Some("Utrecht"));
    assert_eq!(permit.available, Some(date(2026, 11, 20)));
    assert_eq!(permit.respond_by, Some(date(2026, 12, 31)));
    assert_eq!(
        permit.url.as_deref(),
        Some("https://zoek.officielebekendmakingen.nl/gmb-2026-500001.html")
    );
    assert_eq!(
        permit.places,
        [Place::Point(Point::new(52.0920, 5.1200).unwrap())]
    );

    assert_eq!(trees.title, "Kapvergunning bomen Park Lepelenburg");
    assert_eq!(trees.kind.as_deref(), Some("ander besluit"));
    assert_eq!(trees.available, Some(date(2026, 11, 25)));
    assert_eq!(trees.url, None, "a javascript: link is no link");
    assert_eq!(trees.places.len(), 2);
    assert_eq!(trees.places[0], Place::Unknown);
    let home = Point::new(52.0907, 5.1214).unwrap();
    let d = trees.distance_from(home).unwrap();
    assert!((d - 178.0).abs() < 2.0, "{d}");
}

#[test]
fn a_refused_query_is_an_error_not_nothing_new() {
    let e = parse_page(include_str!("fixtures/diagnostic.xml")).unwrap_err();
    assert_eq!(
        e,
        SruError::Diagnostic {
            uri: "info:srw/diagnostic/1/10".into(),
            message: "Query syntax error".into()
        }
    );
}

#[test]
fn what_is_not_an_sru_answer_is_refused() {
    for bad in [
        "",
        "<html><body>Service Unavailable</body></html>",
        "{\"searchRetrieveResponse\":{}}",
        "<searchRetrieveResponse><numberOfRecords>1</numberOfRecords></searchRetrieveResponse>",
        "<s:searchRetrieveResponse xmlns:s=\"http://docs.oasis-open.org/ns/search-ws/sruResponse\"/>",
    ] {
        assert!(
            matches!(parse_page(bad), Err(SruError::NotSru(_))),
            "{bad:?}"
        );
    }
}

#[test]
fn an_entity_bomb_is_refused_before_it_expands() {
    let bomb = r#"<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<searchRetrieveResponse xmlns="http://docs.oasis-open.org/ns/search-ws/sruResponse"><numberOfRecords>&lol2;</numberOfRecords></searchRetrieveResponse>"#;
    assert!(matches!(parse_page(bomb), Err(SruError::NotSru(_))));
    let deep = format!(
        "<searchRetrieveResponse xmlns=\"http://docs.oasis-open.org/ns/search-ws/sruResponse\">{}{}</searchRetrieveResponse>",
        "<a>".repeat(100_000),
        "</a>".repeat(100_000)
    );
    assert!(parse_page(&deep).is_err(), "deep nesting fails cleanly");
}

#[test]
fn the_address_found_is_exactly_the_one_asked_for() {
    let json = include_str!("fixtures/pdok.json");
    let q = AddressQuery::new("3512 jc", 1, None).unwrap();
    assert_eq!(q.postcode, "3512JC");
    assert_eq!(
        q.filters(),
        ["type:adres", "postcode:3512JC", "huisnummer:1"]
    );
    let found = parse_lookup(json, &q).unwrap().unwrap();
    assert_eq!(found.display, "Domplein 1, 3512JC Utrecht");
    // WKT is longitude first.
    assert_eq!(found.point, Point::new(52.09069, 5.12138).unwrap());
    let with_letter = AddressQuery::new("3512JC", 1, Some("a")).unwrap();
    assert_eq!(
        parse_lookup(json, &with_letter).unwrap().unwrap().display,
        "Domplein 1A, 3512JC Utrecht"
    );
    // Number 3 does not exist: the neighbours the fuzzy search offers are
    // not it.
    let missing = AddressQuery::new("3512JC", 3, None).unwrap();
    assert_eq!(parse_lookup(json, &missing).unwrap(), None);
    assert!(parse_lookup("<html>", &q).is_err());
}

#[test]
fn an_address_is_checked_before_it_is_asked_for() {
    assert_eq!(
        AddressQuery::new("0123AB", 1, None),
        Err(AddressError::Postcode)
    );
    assert_eq!(
        AddressQuery::new("3511A", 1, None),
        Err(AddressError::Postcode)
    );
    assert_eq!(
        AddressQuery::new("3511AB", 0, None),
        Err(AddressError::Number)
    );
    assert_eq!(
        AddressQuery::new("3511AB", 1, Some("A&fq=x")),
        Err(AddressError::Addition)
    );
    assert!(
        AddressQuery::new("3511AB", 1, Some(" "))
            .unwrap()
            .addition
            .is_none()
    );
}

#[test]
fn the_last_day_to_respond_is_read_under_either_name_and_only_as_a_date() {
    let page = |inner: &str| {
        format!(
            r#"<sru:searchRetrieveResponse xmlns:sru="http://docs.oasis-open.org/ns/search-ws/sruResponse" xmlns:gzd="http://standaarden.overheid.nl/sru" xmlns:o="http://standaarden.overheid.nl/wetgeving/" xmlns:dcterms="http://purl.org/dc/terms/"><sru:numberOfRecords>1</sru:numberOfRecords><sru:records><sru:record><sru:recordData><gzd:gzd><gzd:originalData><o:meta><o:owmskern><dcterms:identifier>gmb-1</dcterms:identifier><dcterms:title>T</dcterms:title></o:owmskern><o:tpmeta>{inner}</o:tpmeta></o:meta></gzd:originalData></gzd:gzd></sru:recordData></sru:record></sru:records></sru:searchRetrieveResponse>"#
        )
    };
    let by = |inner: &str| {
        wegwijs_announce::sru::parse_page(&page(inner))
            .unwrap()
            .records[0]
            .respond_by
    };
    assert_eq!(
        by("<o:datumEindeReactietermijn>2027-01-15</o:datumEindeReactietermijn>"),
        Some(date(2027, 1, 15))
    );
    assert_eq!(
        by("<o:datumEindeReactie>2027-01-15T23:59:59</o:datumEindeReactie>"),
        Some(date(2027, 1, 15))
    );
    assert_eq!(
        by("<o:datumEindeReactietermijn>15-01-2027</o:datumEindeReactietermijn>"),
        None
    );
    assert_eq!(by(""), None);
}
