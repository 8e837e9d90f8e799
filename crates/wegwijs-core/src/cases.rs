//! Requests to a provider (a permit, an allowance, a Wmo request: a *zaak*)
//! as the person who made them sees them: where each stands, by when the
//! provider must decide, and, once it has, the last day to object.
//!
//! Pure: the ZGW client turns the Zaken and Catalogi APIs' JSON into the
//! plain values here, and cases entered by hand use the same rules.

use std::fmt;

use jiff::civil::Date;

use crate::calendar::Calendar;
use crate::deadline::{Direction, Resolved, Rule, Unit};

/// A burgerservicenummer: nine digits that pass the elfproef. Its `Debug`
/// shows no digit, so that one never reaches a log by way of `{:?}`.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Bsn([u8; 9]);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BsnError {
    #[error("a BSN has nine digits")]
    Length,
    #[error("a BSN has only digits")]
    NotDigits,
    #[error("this number fails the BSN check (elfproef)")]
    Checksum,
}

impl Bsn {
    /// Reads a BSN as people type it: spaces, dots and dashes between the
    /// digits are allowed; eight digits get the leading zero that paper
    /// often leaves off.
    pub fn parse(input: &str) -> Result<Bsn, BsnError> {
        let mut digits = Vec::with_capacity(9);
        for c in input.chars() {
            match c {
                '0'..='9' => digits.push(c as u8 - b'0'),
                ' ' | '.' | '-' => {}
                _ => return Err(BsnError::NotDigits),
            }
            if digits.len() > 9 {
                return Err(BsnError::Length);
            }
        }
        if digits.len() == 8 {
            digits.insert(0, 0);
        }
        let d: [u8; 9] = digits.try_into().map_err(|_| BsnError::Length)?;
        // Weights 9..2 for the first eight digits, -1 for the last; the sum
        // is a multiple of 11. All zeros passes the sum but is no number.
        let sum: i32 = d[..8]
            .iter()
            .zip((2..=9).rev())
            .map(|(x, w)| i32::from(*x) * w)
            .sum::<i32>()
            - i32::from(d[8]);
        if sum % 11 != 0 || d.iter().all(|x| *x == 0) {
            return Err(BsnError::Checksum);
        }
        Ok(Bsn(d))
    }

    /// The nine digits, for the one place that needs them: the query that
    /// asks a provider for this person's cases.
    pub fn digits(&self) -> String {
        self.0.iter().map(|x| char::from(b'0' + x)).collect()
    }

    /// As shown on screen: only the last three digits (`******653`).
    pub fn masked(&self) -> String {
        let last: String = self.0[6..].iter().map(|x| char::from(b'0' + x)).collect();
        format!("******{last}")
    }
}

impl fmt::Debug for Bsn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Bsn(…)")
    }
}

/// The Awb's term for a decision when no other law sets one: "a reasonable
/// term", at most eight weeks after the request was received (art. 4:13).
pub const DEFAULT_DECISION_WEEKS: u16 = 8;

/// The term to object to a decision: six weeks (Awb art. 6:7).
pub const OBJECTION_WEEKS: u16 = 6;

/// The last day for the provider to decide on a request received on
/// `submitted`, with a term of `weeks`. A term set by law, so the
/// Algemene termijnenwet extends it past a weekend or holiday.
pub fn decision_due(submitted: Date, weeks: u16, cal: &Calendar) -> Option<Resolved> {
    Rule::Offset {
        n: weeks,
        unit: Unit::Weeks,
        direction: Direction::After,
    }
    .resolve(submitted, true, cal)
}

/// The last day to object to a decision sent (or made known) on
/// `decided`. The six weeks start the day after (Awb art. 6:8), so they
/// end on the same weekday six weeks later; the Atw extends that past a
/// weekend or holiday.
pub fn objection_due(decided: Date, cal: &Calendar) -> Option<Resolved> {
    Rule::Offset {
        n: OBJECTION_WEEKS,
        unit: Unit::Weeks,
        direction: Direction::After,
    }
    .resolve(decided, true, cal)
}

/// A step a case of some type goes through (a ZGW *statustype*).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusType {
    pub url: String,
    /// The order of the steps.
    pub volgnummer: i64,
    /// The provider's own name for the step.
    pub omschrijving: String,
    /// The text meant for the citizen, when the provider wrote one.
    pub statustekst: Option<String>,
    /// Whether the provider tells the citizen when a case reaches it.
    pub informeren: bool,
}

impl StatusType {
    /// What a citizen reads: `statustekst`, else `omschrijving`.
    pub fn text(&self) -> &str {
        match self.statustekst.as_deref().map(str::trim) {
            Some(t) if !t.is_empty() => t,
            _ => self.omschrijving.trim(),
        }
    }
}

/// A step a case reached (a ZGW *status*), on a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusSet {
    pub statustype: String,
    /// When it was set (`datumStatusGezet`), in the provider's order; ties
    /// are broken by the step's `volgnummer`.
    pub set_at: jiff::Timestamp,
}

/// One step of a case's timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub text: String,
    /// The day it was reached; `None` for a step still to come.
    pub date: Option<Date>,
    pub done: bool,
}

/// Where a case stands, as a citizen sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    /// The latest step reached, in words; `None` before any.
    pub status: Option<String>,
    pub status_date: Option<Date>,
    /// Every step of the case's type in order, the ones reached with their
    /// date. A status whose type the catalogue does not list is left out.
    pub steps: Vec<Step>,
}

/// The standing of a case from its statuses and its type's steps. The
/// statuses may come in any order; the date shown is the legal date (in
/// the Netherlands) of the moment a step was set.
pub fn standing(statuses: &[StatusSet], types: &[StatusType]) -> Standing {
    let mut types: Vec<&StatusType> = types.iter().collect();
    types.sort_by_key(|t| t.volgnummer);
    let order = |url: &str| types.iter().position(|t| t.url == url);
    let mut known: Vec<(&StatusSet, usize)> = statuses
        .iter()
        .filter_map(|s| order(&s.statustype).map(|i| (s, i)))
        .collect();
    known.sort_by_key(|(s, i)| (s.set_at, *i));
    let latest = known.last();
    let steps = types
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let reached = known
                .iter()
                .filter(|(_, j)| *j == i)
                .map(|(s, _)| crate::authz::legal_date(s.set_at))
                .min();
            Step {
                text: t.text().to_string(),
                date: reached,
                done: reached.is_some(),
            }
        })
        .collect();
    Standing {
        status: latest.map(|(_, i)| types[*i].text().to_string()),
        status_date: latest.map(|(s, _)| crate::authz::legal_date(s.set_at)),
        steps,
    }
}

/// The day a case was closed by its statuses: when the latest one reached
/// is the last step of its type (the highest `volgnummer`), as the ZGW
/// standard closes a case. `None` while it is open.
pub fn closed_on(statuses: &[StatusSet], types: &[StatusType]) -> Option<Date> {
    let last = types.iter().max_by_key(|t| t.volgnummer)?;
    let order = |url: &str| types.iter().find(|t| t.url == url).map(|t| t.volgnummer);
    let latest = statuses
        .iter()
        .filter_map(|s| order(&s.statustype).map(|n| (s, n)))
        .max_by_key(|(s, n)| (s.set_at, *n))?;
    (latest.0.statustype == last.url).then(|| crate::authz::legal_date(latest.0.set_at))
}

/// The statuses that are new since the last sync and that the provider
/// tells citizens about (`informeren`), as Open Inwoner does: each becomes
/// a signal and a notification.
pub fn to_announce<'a>(
    before: &[StatusSet],
    now: &'a [StatusSet],
    types: &[StatusType],
) -> Vec<&'a StatusSet> {
    now.iter()
        .filter(|s| !before.contains(s))
        .filter(|s| types.iter().any(|t| t.url == s.statustype && t.informeren))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::{Calendar, DecreeDays};
    use jiff::civil::date;

    fn cal() -> Calendar {
        Calendar::new(DecreeDays::new([date(2026, 5, 15), date(2027, 5, 7)]))
    }

    #[test]
    fn the_elfproef_accepts_real_test_numbers_and_refuses_the_rest() {
        // Test BSNs the government publishes for test environments.
        for ok in [
            "999993653",
            "111222333",
            "9999 93 653",
            "999.99.3653",
            "12345672",
        ] {
            assert!(Bsn::parse(ok).is_ok(), "{ok}");
        }
        assert_eq!(Bsn::parse("12345672").unwrap().digits(), "012345672");
        for (bad, why) in [
            ("999993654", BsnError::Checksum),
            ("000000000", BsnError::Checksum),
            ("99999366", BsnError::Checksum),
            ("9999936531", BsnError::Length),
            ("1234567", BsnError::Length),
            ("", BsnError::Length),
            ("99999365a", BsnError::NotDigits),
            ("٩٩٩٩٩٣٦٥٣", BsnError::NotDigits),
        ] {
            assert_eq!(Bsn::parse(bad), Err(why), "{bad}");
        }
    }

    #[test]
    fn a_case_is_closed_when_its_latest_status_is_the_last_step() {
        let t = |url: &str, n: i64| StatusType {
            url: url.into(),
            volgnummer: n,
            omschrijving: url.into(),
            statustekst: None,
            informeren: false,
        };
        let types = [t("besluit", 3), t("ontvangen", 1), t("behandeling", 2)];
        let at = |url: &str, ts: &str| StatusSet {
            statustype: url.into(),
            set_at: ts.parse().unwrap(),
        };
        let open = [
            at("ontvangen", "2026-11-02T09:00:00Z"),
            at("behandeling", "2026-11-20T10:00:00Z"),
        ];
        assert_eq!(closed_on(&open, &types), None);
        // Late in the evening of 1 December in the Netherlands: that day.
        let closed = [
            open[0].clone(),
            open[1].clone(),
            at("besluit", "2026-12-01T22:30:00Z"),
        ];
        assert_eq!(closed_on(&closed, &types), Some(date(2026, 12, 1)));
        // Reopened: a later status that is not the last step.
        let reopened = [closed[2].clone(), at("behandeling", "2026-12-03T08:00:00Z")];
        assert_eq!(closed_on(&reopened, &types), None);
        assert_eq!(closed_on(&[], &types), None);
        assert_eq!(closed_on(&closed, &[]), None);
    }

    #[test]
    fn a_bsn_is_never_shown_whole_by_accident() {
        let b = Bsn::parse("999993653").unwrap();
        assert_eq!(b.masked(), "******653");
        assert_eq!(format!("{b:?}"), "Bsn(…)");
        assert!(!format!("{:?}", Some(&b)).contains("9999"));
    }

    #[test]
    fn decision_and_objection_terms_as_the_law_counts_them() {
        let c = cal();
        let cases = [
            // Eight weeks after a Monday: a Monday.
            (decision_due(date(2026, 12, 7), 8, &c), date(2027, 2, 1)),
            // Eight weeks after 30 October 2026 is Christmas Day, then
            // Boxing Day, then the weekend: Monday 28 December.
            (decision_due(date(2026, 10, 30), 8, &c), date(2026, 12, 28)),
            // Six weeks after a decision on Friday 26 February 2027 is
            // Friday 9 April: no holiday.
            (objection_due(date(2027, 2, 26), &c), date(2027, 4, 9)),
            // Six weeks after Friday 12 February 2027 is Good Friday 26
            // March, then the weekend and Easter Monday: Tuesday 30 March.
            (objection_due(date(2027, 2, 12), &c), date(2027, 3, 30)),
            // Six weeks after Friday 13 November 2026 is Christmas Day,
            // then Boxing Day and Sunday: Monday 28 December.
            (objection_due(date(2026, 11, 13), &c), date(2026, 12, 28)),
            // Six weeks after a Saturday decision: a Saturday, so Monday.
            (objection_due(date(2026, 11, 28), &c), date(2027, 1, 11)),
        ];
        for (got, want) in cases {
            assert_eq!(got.map(|r| r.date), Some(want));
        }
        let r = objection_due(date(2027, 2, 12), &c).unwrap();
        assert!(r.was_extended());
        assert_eq!(r.naive, date(2027, 3, 26));
    }

    fn step(
        url: &str,
        n: i64,
        omschrijving: &str,
        tekst: Option<&str>,
        informeren: bool,
    ) -> StatusType {
        StatusType {
            url: url.into(),
            volgnummer: n,
            omschrijving: omschrijving.into(),
            statustekst: tekst.map(String::from),
            informeren,
        }
    }

    fn set(url: &str, at: &str) -> StatusSet {
        StatusSet {
            statustype: url.into(),
            set_at: at.parse().unwrap(),
        }
    }

    #[test]
    fn the_standing_follows_the_steps_in_their_order_whatever_order_they_arrive_in() {
        let types = [
            step("t/3", 3, "Besluit genomen", Some("Er is een besluit"), true),
            step(
                "t/1",
                1,
                "Ontvangen",
                Some("We hebben je aanvraag ontvangen"),
                true,
            ),
            step("t/2", 2, "In behandeling", Some("  "), false),
        ];
        // Out of order, and one of a type the catalogue does not list. The
        // date is the one in the Netherlands: 22:30 UTC on 20 November is
        // 23:30 there, still the 20th.
        let statuses = [
            set("t/2", "2026-11-20T22:30:00Z"),
            set("t/9", "2026-11-25T09:00:00Z"),
            set("t/1", "2026-11-02T09:00:00Z"),
        ];
        let s = standing(&statuses, &types);
        assert_eq!(
            s.status.as_deref(),
            Some("In behandeling"),
            "empty statustekst: omschrijving"
        );
        assert_eq!(s.status_date, Some(date(2026, 11, 20)));
        assert_eq!(
            s.steps,
            [
                Step {
                    text: "We hebben je aanvraag ontvangen".into(),
                    date: Some(date(2026, 11, 2)),
                    done: true
                },
                Step {
                    text: "In behandeling".into(),
                    date: Some(date(2026, 11, 20)),
                    done: true
                },
                Step {
                    text: "Er is een besluit".into(),
                    date: None,
                    done: false
                },
            ]
        );
        assert_eq!(standing(&[], &types).status, None);
    }

    #[test]
    fn only_new_steps_the_provider_tells_citizens_about_are_announced() {
        let types = [
            step("t/1", 1, "Ontvangen", None, true),
            step("t/2", 2, "Intern overleg", None, false),
            step("t/3", 3, "Besluit", None, true),
        ];
        let before = [set("t/1", "2026-11-02T09:00:00Z")];
        let now = [
            set("t/1", "2026-11-02T09:00:00Z"),
            set("t/2", "2026-11-10T09:00:00Z"),
            set("t/3", "2026-11-12T09:00:00Z"),
        ];
        let new = to_announce(&before, &now, &types);
        assert_eq!(new, [&now[2]]);
    }

    proptest::proptest! {
        /// Whatever the decision date: the last day to object is a working
        /// day, on or after six weeks, and never more than five days later
        /// (the longest run of days off: Christmas on a Thursday, Boxing
        /// Day, the weekend).
        #[test]
        fn the_objection_deadline_is_a_working_day_shortly_after_six_weeks(days in 0i64..3650) {
            let c = cal();
            let decided = date(2024, 1, 1).checked_add(jiff::Span::new().days(days)).unwrap();
            let r = objection_due(decided, &c).unwrap();
            proptest::prop_assert!(c.is_working_day(r.date));
            proptest::prop_assert_eq!(r.naive, decided.checked_add(jiff::Span::new().weeks(6)).unwrap());
            let late = r.naive.until(r.date).unwrap().get_days();
            proptest::prop_assert!((0..=5).contains(&late), "{} days", late);
        }
    }
}
