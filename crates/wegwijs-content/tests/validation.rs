//! Content validation: each mistake an author can make is reported with the
//! file, the line and the entry; a bad file is skipped, the rest loads.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use wegwijs_content::{Catalogue, parse_contacts, parse_event};

const GOOD: &str = r#"
id = "birth"
reviewed = 2026-12-07

[[task]]
id = "register"
provider = "gemeente"
due = "3 days after"
atw = true
when = { residence = "nl" }
bring = ["id-card"]
channels = ["desk"]
sources = ["https://www.rijksoverheid.nl/onderwerpen/aangifte-geboorte"]
"#;

fn problems(src: &str) -> Vec<String> {
    match parse_event("content/events/birth.toml", src) {
        Ok(_) => vec![],
        Err(ps) => ps.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn a_good_file_loads() {
    let e = parse_event("content/events/birth.toml", GOOD).unwrap();
    assert_eq!(e.tasks.len(), 1);
    assert_eq!(e.tasks[0].due.unwrap().to_string(), "3 days after");
}

#[test]
fn each_mistake_names_file_line_and_entry() {
    let cases = [
        (
            GOOD.replace("atw = true", "atw = true\ncolour = \"red\""),
            "content/events/birth.toml:10: unknown field `colour`",
        ),
        (
            GOOD.replace(
                "sources = [\"https://www.rijksoverheid.nl/onderwerpen/aangifte-geboorte\"]",
                "",
            ),
            "content/events/birth.toml:5: task `register`: a task needs at least one source URL",
        ),
        (
            GOOD.replace("residence = \"nl\"", "pets = true"),
            "content/events/birth.toml:10: task `register`: a condition on an unknown fact `pets`",
        ),
        (
            GOOD.replace("\"gemeente\"", "\"gemeentee\""),
            "content/events/birth.toml:7: task `register`: unknown provider `gemeentee`",
        ),
        (
            GOOD.replace("3 days after", "3 dayz after"),
            "content/events/birth.toml:8: task `register`: due: `3 dayz after` is not a deadline rule",
        ),
        (
            GOOD.replace("\"id-card\"", "\"idcard\""),
            "content/events/birth.toml:11: task `register`: unknown document kind `idcard`",
        ),
        (
            GOOD.replace("https://www.", "http://www."),
            "content/events/birth.toml:13: task `register`: source `http://",
        ),
        (
            GOOD.replace("id = \"birth\"", "id = \"births\""),
            "content/events/birth.toml:2: event id `births` must match the file name `birth`",
        ),
        (
            GOOD.replace("[[task]]", "[[task]"),
            "content/events/birth.toml:5: ",
        ),
        // The Atw never extends a term counted backwards (art. 1(2)) ...
        (
            GOOD.replace("3 days after", "3 days before"),
            "content/events/birth.toml:8: task `register`: `atw = true` cannot hold: Atw art. 1(2)",
        ),
        // ... nor one of more than three months (art. 4).
        (
            GOOD.replace("3 days after", "4 months after"),
            "content/events/birth.toml:8: task `register`: `atw = true` cannot hold: Atw art. 4",
        ),
        (
            GOOD.replace(
                "atw = true",
                "atw = true\ndue-until = { 2025-12-31 = \"1 years after\" }",
            ),
            "content/events/birth.toml:10: task `register`: `atw = true` cannot hold: Atw art. 4",
        ),
        (
            GOOD.replace(
                "atw = true",
                "atw = true\ndue-until = { 2025-13-31 = \"2 days after\" }",
            ),
            "content/events/birth.toml:10: task `register`: due-until: `2025-13-31` is not a date",
        ),
        (
            GOOD.replace(
                "due = \"3 days after\"\natw = true",
                "due-until = { 2025-12-31 = \"2 days after\" }",
            ),
            "content/events/birth.toml:8: task `register`: `due-until` gives earlier rules for a `due`",
        ),
        (
            GOOD.replace("reviewed = 2026-12-07\n", ""),
            "content/events/birth.toml:2: an event file needs `reviewed = YYYY-MM-DD`",
        ),
        (
            GOOD.replace("reviewed = 2026-12-07", "reviewed = 2026-12-07T10:00:00"),
            "content/events/birth.toml:3: `reviewed` must be a date",
        ),
        (
            GOOD.replace("atw = true", "atw = true\nnon-government = \" \""),
            "content/events/birth.toml:10: task `register`: `non-government` says why",
        ),
        (
            GOOD.replace("residence = \"nl\"", "dutch = \"yes\""),
            "content/events/birth.toml:10: task `register`: `dutch` must be true or false",
        ),
    ];
    for (src, expected) in cases {
        let got = problems(&src);
        assert!(
            got.iter().any(|p| p.starts_with(expected)),
            "expected `{expected}…`, got {got:#?}"
        );
    }
}

#[test]
fn a_term_the_law_changed_is_read_by_event_date() {
    let src = GOOD.replace(
        "due = \"3 days after\"\natw = true",
        "due = \"20 months after\"\ndue-until = { 2025-12-31 = \"8 months after\", 2019-12-31 = \"6 months after\" }",
    );
    let e = parse_event("content/events/birth.toml", &src).unwrap();
    let t = &e.tasks[0];
    let rule = |y, m, d| t.due_for(jiff::civil::date(y, m, d)).unwrap().to_string();
    assert_eq!(rule(2019, 6, 1), "6 months after");
    assert_eq!(rule(2025, 12, 31), "8 months after");
    assert_eq!(rule(2026, 1, 1), "20 months after");
}

#[test]
fn a_bad_file_is_skipped_and_reported_the_rest_loads() {
    let bad = GOOD
        .replace("\"gemeente\"", "\"nobody\"")
        .replace("birth", "moving");
    let decree = (
        "content/atw-decree-days.toml",
        include_str!("../../../content/atw-decree-days.toml"),
    );
    let cat = Catalogue::from_sources(
        &[
            ("content/events/birth.toml", GOOD),
            ("content/events/moving.toml", &bad),
        ],
        decree,
    );
    assert_eq!(cat.events.len(), 1);
    assert_eq!(cat.events[0].id, "birth");
    assert_eq!(cat.problems.len(), 1);
    assert!(
        cat.problems[0]
            .to_string()
            .starts_with("content/events/moving.toml:7: task `register`: unknown provider")
    );
}

#[test]
fn the_shipped_catalogue_is_clean() {
    let cat = Catalogue::embedded();
    let problems: Vec<String> = cat.problems.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
    assert!(cat.calendar_known_until().is_some_and(|y| y >= 2028));
}

/// A phone number printed for someone to call must come from a page that
/// states it; each mistake names the file, the line and the provider.
#[test]
fn a_provider_contact_needs_a_source_for_its_number() {
    let file = "content/providers.toml";
    let good = "[[provider]]\nid = \"cak\"\nsite = \"www.hetcak.nl\"\nphone = \"0800 1925\"\nsource = \"https://example.nl/cak\"\n";
    let c = parse_contacts(file, good).unwrap();
    assert_eq!(c[0].phone.as_deref(), Some("0800 1925"));
    let cases = [
        (
            good.replace("source = \"https://example.nl/cak\"\n", ""),
            "needs the `source` page",
        ),
        (
            good.replace("0800 1925", "call us"),
            "is not a phone number",
        ),
        (
            good.replace("www.hetcak.nl", "https://www.hetcak.nl"),
            "host name",
        ),
        (good.replace("\"cak\"", "\"acme\""), "unknown provider"),
        (
            format!("{good}abroad = \"0031 70 123 4567\"\n"),
            "starts with +",
        ),
        (format!("{good}{good}"), "listed twice"),
    ];
    for (src, want) in cases {
        let problems: Vec<String> = parse_contacts(file, &src)
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with("content/providers.toml:")
                    && (p.contains("cak") || p.contains("acme"))
                    && p.contains(want)),
            "{want}: {problems:?}"
        );
    }
    assert!(!Catalogue::embedded().contacts.is_empty());
}
