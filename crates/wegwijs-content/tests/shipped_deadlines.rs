//! The shipped content's deadlines and conditions, case by case: each row
//! a task of `content/events/`, an event date and what the law gives (the
//! Algemene termijnenwet where the term's legal basis lets it apply, a term
//! the law changed read by the event date, the AOW age from the table).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use jiff::civil::{Date, date};
use wegwijs_content::Catalogue;
use wegwijs_core::guidance::{Plan, PlannedTask, Situation, Verdict, plan};

/// The plan for `who`, with their AOW date looked up as the app does.
fn with_plan<T>(event: &str, who: &Situation, on: Date, f: impl FnOnce(&Plan<'_>) -> T) -> T {
    let cat = Catalogue::embedded();
    let mut who = who.clone();
    who.aow = Some(cat.aow.aow_date(who.birth_date));
    f(&plan(cat.event(event).unwrap(), on, &who, &cat.calendar))
}

fn find<'p, 'c>(p: &'p Plan<'c>, task: &str) -> &'p PlannedTask<'c> {
    p.tasks
        .iter()
        .chain(&p.left_out)
        .find(|t| t.task.id == task)
        .unwrap_or_else(|| panic!("{}/{task} is not in the plan", p.event.id))
}

fn due(event: &str, task: &str, on: Date) -> Option<Date> {
    with_plan(event, &Situation::new(date(1980, 1, 1)), on, |p| {
        find(p, task).due
    })
}

fn verdict(event: &str, task: &str, who: &Situation, on: Date) -> Vec<Verdict> {
    with_plan(event, who, on, |p| {
        find(p, task).reasons.iter().map(|(_, v)| *v).collect()
    })
}

/// The ids of the tasks in the plan, and of those left out.
fn plan_ids(event: &str, who: &Situation, on: Date) -> (Vec<String>, Vec<String>) {
    let ids = |ts: &[PlannedTask<'_>]| ts.iter().map(|t| t.task.id.clone()).collect::<Vec<_>>();
    with_plan(event, who, on, |p| (ids(&p.tasks), ids(&p.left_out)))
}

#[test]
fn deadlines_are_the_laws() {
    let cases = [
        // Wet BRP art. 2.39, 5 days: Sunday 26 April, King's Day on Monday.
        (
            "moving",
            "report-move",
            date(2026, 4, 21),
            date(2026, 4, 28),
        ),
        // Easter: Good Friday and Easter Monday, so two working days by Wednesday.
        ("moving", "report-move", date(2026, 4, 2), date(2026, 4, 8)),
        // WW art. 26: Ascension Day and the Friday after it.
        ("job-loss", "apply-ww", date(2026, 5, 7), date(2026, 5, 18)),
        // Handelsregisterwet 2007 art. 20: King's Day on the last day.
        (
            "starting-business",
            "register-kvk",
            date(2026, 4, 20),
            date(2026, 4, 28),
        ),
        // Birth on a Friday: register by Tuesday.
        (
            "birth",
            "register-birth",
            date(2026, 11, 27),
            date(2026, 12, 1),
        ),
        // Inheritance tax: 8 months for deaths up to 2025, 20 from 2026,
        // never extended (art. 4): 31 August 2026 and 1 September 2027.
        (
            "death-of-relative",
            "inheritance-tax",
            date(2025, 12, 31),
            date(2026, 8, 31),
        ),
        (
            "death-of-relative",
            "inheritance-tax",
            date(2026, 1, 1),
            date(2027, 9, 1),
        ),
        // A backwards term is never moved (art. 1(2)): Saturday stays.
        (
            "marriage",
            "give-notice",
            date(2026, 6, 20),
            date(2026, 6, 6),
        ),
    ];
    for (event, task, on, want) in cases {
        assert_eq!(due(event, task, on), Some(want), "{event}/{task} from {on}");
    }
}

#[test]
fn every_atw_flag_is_one_the_act_allows() {
    let cat = Catalogue::embedded();
    for ev in &cat.events {
        for t in ev.tasks.iter().filter(|t| t.atw) {
            for r in t.due.iter().chain(t.due_until.iter().map(|(_, r)| r)) {
                assert_eq!(r.atw_excluded(), None, "{}/{}", ev.id, t.id);
            }
        }
    }
}

#[test]
fn the_survivors_benefit_ends_at_ones_own_aow_age() {
    // Born 1 March 1961: AOW at 67 years and 3 months, 1 June 2028.
    let who = Situation::new(date(1961, 3, 1));
    let anw = |on| verdict("death-of-relative", "survivor-benefit", &who, on);
    assert_eq!(
        anw(date(2028, 5, 31)),
        [Verdict::Holds],
        "67 and 2 months: still below"
    );
    assert_eq!(anw(date(2028, 6, 1)), [Verdict::Fails]);
    // Born in 1990: the age is not fixed yet, but far off.
    let young = Situation::new(date(1990, 5, 5));
    assert_eq!(
        verdict(
            "death-of-relative",
            "survivor-benefit",
            &young,
            date(2026, 12, 1)
        ),
        [Verdict::Holds]
    );
    // Born 1 October 1963, just after the last fixed row, at 67: not known.
    let later = Situation::new(date(1963, 10, 1));
    assert_eq!(
        verdict(
            "death-of-relative",
            "survivor-benefit",
            &later,
            date(2030, 11, 1)
        ),
        [Verdict::Unknown]
    );
}

#[test]
fn the_aow_age_of_2030_is_in_the_table() {
    let cat = Catalogue::embedded();
    assert_eq!(
        cat.aow.aow_date(date(1963, 1, 15)),
        wegwijs_core::signals::AowDate::Known(date(2030, 4, 15))
    );
}

#[test]
fn tasks_for_someone_else_ask_who_it_is_for() {
    let mut who = Situation::new(date(1990, 1, 1));
    who.partner = Some(true);
    who.employment = Some(wegwijs_core::guidance::Employment::Employed);
    // Partner leave is not for the one who gave birth: asked, not assumed.
    assert!(verdict("birth", "partner-leave", &who, date(2026, 12, 1)).contains(&Verdict::Unknown));
    who.gave_birth = Some(true);
    assert!(verdict("birth", "partner-leave", &who, date(2026, 12, 1)).contains(&Verdict::Fails));
    // Voting from abroad is for Dutch nationals.
    let mut voter = Situation::new(date(1990, 1, 1));
    voter.dutch = Some(false);
    assert!(
        verdict("emigration", "register-to-vote", &voter, date(2026, 12, 1))
            .contains(&Verdict::Fails)
    );
}

// The plans of people abroad (docs/people.md): what is in and what is
// left out with its reason.

fn abroad(birth: Date, country: &str) -> Situation {
    let mut s = Situation::new(birth);
    s.residence_country = Some(country.parse().unwrap());
    s
}

#[test]
fn jan_in_spain_retires_from_abroad() {
    // Jan, born 2 May 1959 (AOW at 67 on 2 May 2026), lives in Málaga.
    let jan = abroad(date(1959, 5, 2), "ES");
    let (tasks, left_out) = plan_ids("retirement", &jan, date(2026, 5, 2));
    for t in ["apply-aow-abroad", "digid-via-svb", "proof-of-life"] {
        assert!(tasks.contains(&t.to_string()), "{t} in {tasks:?}");
    }
    for t in ["apply-aow", "report-income"] {
        assert!(
            left_out.contains(&t.to_string()),
            "{t} left out: {left_out:?}"
        );
    }
    assert_eq!(
        due("retirement", "apply-aow-abroad", date(2026, 5, 2)),
        Some(date(2025, 11, 2))
    );
}

#[test]
fn a_family_in_curacao_has_a_child() {
    // Curaçao is in the Kingdom, not in the Netherlands: child benefit is
    // reported to the SVB by the parents themselves.
    let mut family = abroad(date(1992, 8, 8), "CW");
    family.partner = Some(true);
    family.employment = Some(wegwijs_core::guidance::Employment::Employed);
    let (tasks, left_out) = plan_ids("birth", &family, date(2026, 12, 1));
    assert!(
        tasks.contains(&"child-benefit-abroad".to_string()),
        "{tasks:?}"
    );
    assert!(left_out.contains(&"child-benefit".to_string()));
    assert!(
        left_out.contains(&"health-insurance".to_string()),
        "Dutch basic insurance is for residents"
    );
}

#[test]
fn someone_in_new_york_comes_back() {
    let mut ny = abroad(date(1988, 3, 3), "US");
    ny.children = Some(vec![date(2019, 6, 1)]);
    let (tasks, _) = plan_ids("return-to-netherlands", &ny, date(2027, 1, 15));
    for t in ["register-gemeente", "health-insurance", "child-benefit"] {
        assert!(tasks.contains(&t.to_string()), "{t} in {tasks:?}");
    }
    // Wet BRP, 5 days from Friday 15 January 2027: Wednesday 20 January.
    assert_eq!(
        due(
            "return-to-netherlands",
            "register-gemeente",
            date(2027, 1, 15)
        ),
        Some(date(2027, 1, 20))
    );
}

#[test]
fn jans_year_abroad_holds_what_recurs() {
    let mut jan = abroad(date(1959, 5, 2), "ES");
    jan.employment = Some(wegwijs_core::guidance::Employment::Retired);
    let (tasks, left_out) = plan_ids("living-abroad", &jan, date(2027, 1, 1));
    assert_eq!(
        tasks,
        [
            "proof-of-life",
            "passport",
            "voting",
            "digid",
            "tax-return",
            "cak"
        ]
    );
    assert!(left_out.is_empty());
    // Someone working abroad is insured there, not through the CAK.
    let mut worker = abroad(date(1990, 5, 2), "ES");
    worker.employment = Some(wegwijs_core::guidance::Employment::Employed);
    let (_, left_out) = plan_ids("living-abroad", &worker, date(2027, 1, 1));
    assert_eq!(left_out, ["cak"]);
    // Voting from abroad asks whether he is Dutch; at home none of it applies.
    assert!(verdict("living-abroad", "voting", &jan, date(2027, 1, 1)).contains(&Verdict::Unknown));
    let home = abroad(date(1959, 5, 2), "NL");
    let (tasks, _) = plan_ids("living-abroad", &home, date(2027, 1, 1));
    assert!(tasks.is_empty(), "{tasks:?}");
}
