//! Deadlines as the law computes them.
//!
//! A [`Rule`] says where a deadline lies relative to an event date ("3 days
//! after", "4 weeks before", "6 working-days after", "end of quarter",
//! "09-01 next year"). [`Rule::resolve`] turns it into a date, applying the
//! Algemene termijnenwet when asked:
//!
//! - art. 1: a term that ends on a Saturday, Sunday or recognised holiday is
//!   extended to the next day that is none of these;
//! - art. 2: a term of at least three days is extended so that it contains at
//!   least two such working days;
//! - art. 1(2): neither applies to a term counted backwards from a date;
//! - art. 4: nor to a term of more than 90 days, 12 weeks or three months
//!   (or of a year or more).
//!
//! The Act covers only terms set by a formal law or an AMvB; whether a
//! task's term is one is for its content file to say (`atw`).

use std::fmt;
use std::str::FromStr;

use jiff::Span;
use jiff::civil::Date;

use crate::calendar::Calendar;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Days,
    /// Days that are not a Saturday, Sunday or recognised holiday (e.g. the
    /// Wet op de lijkbezorging's "sixth working day after the day of death").
    WorkingDays,
    Weeks,
    Months,
    Years,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    After,
    Before,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    OnTheDay,
    Offset {
        n: u16,
        unit: Unit,
        direction: Direction,
    },
    /// The last day of the quarter the event falls in.
    EndOfQuarter,
    /// The last day of the last quarter that began before the event: a
    /// quarterly benefit paid for quarters that begin while a condition
    /// still holds (child benefit: under 18 on the quarter's first day).
    EndOfQuarterBegunBefore,
    /// A fixed day of the year after the event.
    NextYear {
        month: i8,
        day: i8,
    },
}

/// A rule that could not be read; the message says what is expected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{input}` is not a deadline rule: {reason}")]
pub struct RuleError {
    pub input: String,
    pub reason: &'static str,
}

/// A resolved deadline: the date that counts, and the date before any
/// extension, so the person can be told why it moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved {
    pub date: Date,
    pub naive: Date,
}

impl Resolved {
    pub fn was_extended(&self) -> bool {
        self.date != self.naive
    }
}

impl FromStr for Rule {
    type Err = RuleError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = |reason| RuleError {
            input: s.to_string(),
            reason,
        };
        let words: Vec<&str> = s.split_whitespace().collect();
        match words.as_slice() {
            ["on", "the", "day"] => Ok(Rule::OnTheDay),
            ["end", "of", "quarter"] => Ok(Rule::EndOfQuarter),
            ["end", "of", "quarter", "begun", "before"] => Ok(Rule::EndOfQuarterBegunBefore),
            [md, "next", "year"] => {
                let (m, d) = md.split_once('-').ok_or(err("expected MM-DD next year"))?;
                let month: i8 = m.parse().map_err(|_| err("expected MM-DD next year"))?;
                let day: i8 = d.parse().map_err(|_| err("expected MM-DD next year"))?;
                // 2000 is a leap year, so 02-29 is accepted here and clamped later.
                Date::new(2000, month, day).map_err(|_| err("no such day of the year"))?;
                Ok(Rule::NextYear { month, day })
            }
            [n, unit, direction] => {
                let n: u16 = n
                    .parse()
                    .map_err(|_| err("the number must be a whole number from 0"))?;
                let unit = match *unit {
                    "day" | "days" => Unit::Days,
                    "working-day" | "working-days" => Unit::WorkingDays,
                    "week" | "weeks" => Unit::Weeks,
                    "month" | "months" => Unit::Months,
                    "year" | "years" => Unit::Years,
                    _ => {
                        return Err(err(
                            "the unit must be days, working-days, weeks, months or years",
                        ));
                    }
                };
                let direction = match *direction {
                    "after" => Direction::After,
                    "before" => Direction::Before,
                    _ => return Err(err("the direction must be `after` or `before`")),
                };
                if n > 3660 {
                    return Err(err("the number is implausibly large"));
                }
                Ok(Rule::Offset { n, unit, direction })
            }
            _ => Err(err(
                "expected `on the day`, `N days|working-days|weeks|months|years after|before`, `end of quarter`, `end of quarter begun before` or `MM-DD next year`",
            )),
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rule::OnTheDay => f.write_str("on the day"),
            Rule::EndOfQuarter => f.write_str("end of quarter"),
            Rule::EndOfQuarterBegunBefore => f.write_str("end of quarter begun before"),
            Rule::NextYear { month, day } => write!(f, "{month:02}-{day:02} next year"),
            Rule::Offset { n, unit, direction } => {
                let unit = match unit {
                    Unit::Days => "days",
                    Unit::WorkingDays => "working-days",
                    Unit::Weeks => "weeks",
                    Unit::Months => "months",
                    Unit::Years => "years",
                };
                let dir = match direction {
                    Direction::After => "after",
                    Direction::Before => "before",
                };
                write!(f, "{n} {unit} {dir}")
            }
        }
    }
}

impl Rule {
    /// Whether the term runs back from the event (Atw art. 1(2): the Act
    /// does not apply). The end of the last quarter begun before the event can
    /// lie before it too, and is the end of a payment, not a term to act
    /// within: it is never extended either.
    pub fn is_backwards(&self) -> bool {
        matches!(
            self,
            Rule::Offset {
                direction: Direction::Before,
                ..
            } | Rule::EndOfQuarterBegunBefore
        )
    }

    /// Why the Algemene termijnenwet can never apply to this term, if so:
    /// a term counted backwards (art. 1(2)), or one longer than 90 days,
    /// 12 weeks or three months (art. 4), which a year or a fixed day next
    /// year always is.
    pub fn atw_excluded(&self) -> Option<&'static str> {
        if self.is_backwards() {
            return Some("Atw art. 1(2): a term counted backwards is never extended");
        }
        let long = match *self {
            Rule::Offset { n, unit, .. } => match unit {
                Unit::Days | Unit::WorkingDays => n > 90,
                Unit::Weeks => n > 12,
                Unit::Months => n > 3,
                Unit::Years => n >= 1,
            },
            Rule::NextYear { .. } => true,
            Rule::OnTheDay | Rule::EndOfQuarter | Rule::EndOfQuarterBegunBefore => false,
        };
        long.then_some(
            "Atw art. 4: a term of more than 90 days, 12 weeks or three months is not extended",
        )
    }

    /// The date this rule gives for an event on `event`. `atw` says whether
    /// the Algemene termijnenwet applies to this term. `None` only when the
    /// date falls outside the supported calendar (years -9999..=9999).
    pub fn resolve(&self, event: Date, atw: bool, cal: &Calendar) -> Option<Resolved> {
        let naive = self.naive(event, cal)?;
        if !atw || self.atw_excluded().is_some() {
            return Some(Resolved { date: naive, naive });
        }
        let mut date = naive;
        // Art. 2: only for forward terms of at least three days.
        if event.until(naive).is_ok_and(|s| s.get_days() >= 3) {
            while working_days_between(event, date, cal) < 2 {
                date = date.tomorrow().ok()?;
            }
        }
        // Art. 1.
        while !cal.is_working_day(date) {
            date = date.tomorrow().ok()?;
        }
        Some(Resolved { date, naive })
    }

    fn naive(&self, event: Date, cal: &Calendar) -> Option<Date> {
        match *self {
            Rule::OnTheDay => Some(event),
            Rule::EndOfQuarter => end_of_quarter(event),
            Rule::EndOfQuarterBegunBefore => end_of_quarter(event.yesterday().ok()?),
            Rule::NextYear { month, day } => {
                let year = event.year().checked_add(1)?;
                let first = Date::new(year, month, 1).ok()?;
                // 02-29 in a year without one becomes 28 February.
                Some(Date::new(year, month, day).unwrap_or_else(|_| first.last_of_month()))
            }
            Rule::Offset { n, unit, direction } => {
                let n = i64::from(n);
                let signed = match direction {
                    Direction::After => n,
                    Direction::Before => -n,
                };
                match unit {
                    Unit::Days => event.checked_add(Span::new().try_days(signed).ok()?).ok(),
                    Unit::Weeks => event.checked_add(Span::new().try_weeks(signed).ok()?).ok(),
                    Unit::Months => event.checked_add(Span::new().try_months(signed).ok()?).ok(),
                    Unit::Years => event.checked_add(Span::new().try_years(signed).ok()?).ok(),
                    Unit::WorkingDays => {
                        let mut d = event;
                        let mut left = n;
                        while left > 0 {
                            d = match direction {
                                Direction::After => d.tomorrow().ok()?,
                                Direction::Before => d.yesterday().ok()?,
                            };
                            if cal.is_working_day(d) {
                                left -= 1;
                            }
                        }
                        Some(d)
                    }
                }
            }
        }
    }
}

/// Working days in the term `(start, end]`: the day of the event does not count.
fn working_days_between(start: Date, end: Date, cal: &Calendar) -> usize {
    start
        .series(Span::new().days(1))
        .skip(1)
        .take_while(|d| *d <= end)
        .filter(|d| cal.is_working_day(*d))
        .count()
}

/// The last day of the quarter `d` falls in.
fn end_of_quarter(d: Date) -> Option<Date> {
    let last_month = ((d.month() - 1) / 3 + 1) * 3;
    Some(Date::new(d.year(), last_month, 1).ok()?.last_of_month())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::DecreeDays;
    use jiff::civil::date;
    use proptest::prelude::*;

    fn cal() -> Calendar {
        // The decree for 2026–2028 (see content/atw-decree-days.toml).
        Calendar::new(DecreeDays::new([
            date(2026, 1, 2),
            date(2026, 5, 15),
            date(2027, 5, 7),
            date(2028, 4, 28),
            date(2028, 5, 26),
        ]))
    }

    fn resolve(rule: &str, event: Date, atw: bool) -> Date {
        rule.parse::<Rule>()
            .unwrap()
            .resolve(event, atw, &cal())
            .unwrap()
            .date
    }

    #[test]
    fn parses_and_prints_every_form() {
        for s in [
            "on the day",
            "3 days after",
            "5 days before",
            "6 working-days after",
            "4 weeks before",
            "4 months after",
            "1 years before",
            "end of quarter",
            "end of quarter begun before",
            "09-01 next year",
        ] {
            assert_eq!(s.parse::<Rule>().unwrap().to_string(), s);
        }
        assert_eq!(
            "1 day after".parse::<Rule>().unwrap().to_string(),
            "1 days after"
        );
    }

    #[test]
    fn rejects_malformed_rules_with_a_reason() {
        for s in [
            "",
            "3 days",
            "three days after",
            "3 fortnights after",
            "3 days later",
            "13-01 next year",
            "02-30 next year",
            "-3 days after",
        ] {
            let e = s.parse::<Rule>().unwrap_err();
            assert!(!e.reason.is_empty(), "{s}");
        }
    }

    /// Known dates, checked by hand against a calendar.
    #[test]
    fn data_driven_deadlines() {
        let cases = [
            // Birth on a Friday: 3 days ends Monday, but the term must hold
            // two working days, so Tuesday (the Atw's own example).
            ("3 days after", date(2026, 11, 27), true, date(2026, 12, 1)),
            // Birth on Wednesday: Saturday → Monday by art. 1 (Thu, Fri, Mon).
            ("3 days after", date(2026, 11, 25), true, date(2026, 11, 30)),
            // Christmas Eve: Christmas, Boxing Day and Sunday hold no working
            // day; Monday 28 and Tuesday 29 give two.
            ("3 days after", date(2026, 12, 24), true, date(2026, 12, 29)),
            // Easter: Good Friday and Easter Monday are holidays.
            ("3 days after", date(2026, 4, 1), true, date(2026, 4, 7)),
            // Without the Atw the naive date stands.
            (
                "3 days after",
                date(2026, 11, 27),
                false,
                date(2026, 11, 30),
            ),
            // Backwards terms are never extended (art. 1(2)), even onto a Sunday.
            ("5 days before", date(2026, 12, 4), true, date(2026, 11, 29)),
            // Death on the Friday before Ascension: Thursday 14 May is
            // Ascension Day and Friday 15 May is equated by decree, so the
            // sixth working day is Wednesday 20 May.
            (
                "6 working-days after",
                date(2026, 5, 8),
                true,
                date(2026, 5, 20),
            ),
            // Moving: 5 days after a move on Tuesday 21 April 2026 is Sunday
            // 26 April; Monday 27 April is King's Day, so Tuesday 28 April.
            ("5 days after", date(2026, 4, 21), true, date(2026, 4, 28)),
            ("4 weeks before", date(2026, 4, 21), true, date(2026, 3, 24)),
            (
                "4 months after",
                date(2026, 10, 31),
                false,
                date(2027, 2, 28),
            ),
            (
                "end of quarter",
                date(2026, 11, 29),
                false,
                date(2026, 12, 31),
            ),
            (
                "end of quarter",
                date(2026, 2, 14),
                false,
                date(2026, 3, 31),
            ),
            // Child benefit: 18 on 12 April, still under 18 when the second
            // quarter began, so paid to 30 June; 18 on 1 April, already 18
            // when it began, so the first quarter was the last (SVB).
            (
                "end of quarter begun before",
                date(2027, 4, 12),
                false,
                date(2027, 6, 30),
            ),
            (
                "end of quarter begun before",
                date(2027, 4, 1),
                false,
                date(2027, 3, 31),
            ),
            (
                "end of quarter begun before",
                date(2027, 1, 1),
                false,
                date(2026, 12, 31),
            ),
            // Saturday 30 September 2028 stays, Atw or not.
            (
                "end of quarter begun before",
                date(2028, 10, 1),
                true,
                date(2028, 9, 30),
            ),
            ("09-01 next year", date(2026, 3, 2), false, date(2027, 9, 1)),
            // 1 September 2029 is a Saturday, but a term of over three
            // months is not extended (art. 4).
            ("09-01 next year", date(2028, 3, 2), true, date(2029, 9, 1)),
            ("4 months after", date(2026, 1, 3), true, date(2026, 5, 3)),
            ("13 weeks after", date(2026, 1, 3), true, date(2026, 4, 4)),
            // Three months is still within art. 4: 3 May 2026 is a Sunday.
            ("3 months after", date(2026, 2, 3), true, date(2026, 5, 4)),
            // The report of a move (Wet BRP, 5 days): from a Tuesday the
            // Sunday moves to Tuesday 28 April (27 April is King's Day).
            ("5 days after", date(2026, 4, 21), true, date(2026, 4, 28)),
            // From a Thursday before Easter: Good Friday and Easter Monday
            // leave Tuesday 7 as the first working day.
            ("5 days after", date(2026, 4, 2), true, date(2026, 4, 8)),
            // WW, 1 week from Thursday 7 May 2026: Thursday 14 is Ascension
            // Day and Friday 15 is equated by decree, so Monday 18 May.
            ("1 weeks after", date(2026, 5, 7), true, date(2026, 5, 18)),
            // KVK, 1 week from Monday 20 April: Monday 27 is King's Day.
            ("1 weeks after", date(2026, 4, 20), true, date(2026, 4, 28)),
            ("on the day", date(2026, 11, 29), false, date(2026, 11, 29)),
        ];
        for (rule, event, atw, expected) in cases {
            assert_eq!(
                resolve(rule, event, atw),
                expected,
                "{rule} from {event} (atw: {atw})"
            );
        }
    }

    fn any_date() -> impl Strategy<Value = Date> {
        (0i32..(40 * 366)).prop_map(|n| date(2000, 1, 1).checked_add(Span::new().days(n)).unwrap())
    }

    fn forward_rule() -> impl Strategy<Value = Rule> {
        (
            0u16..400,
            prop_oneof![
                Just(Unit::Days),
                Just(Unit::WorkingDays),
                Just(Unit::Weeks),
                Just(Unit::Months),
                Just(Unit::Years)
            ],
        )
            .prop_map(|(n, unit)| {
                let n = match unit {
                    Unit::Years => n % 5,
                    Unit::Weeks => n % 20,
                    Unit::Months => n % 6,
                    Unit::Days | Unit::WorkingDays => n,
                };
                Rule::Offset {
                    n,
                    unit,
                    direction: Direction::After,
                }
            })
    }

    proptest! {
        /// With the Atw, a forward deadline is a working day and never
        /// earlier than the naive date.
        #[test]
        fn atw_deadline_is_a_working_day_not_before_the_naive_date(event in any_date(), rule in forward_rule()) {
            prop_assume!(rule.atw_excluded().is_none());
            let cal = cal();
            let r = rule.resolve(event, true, &cal).unwrap();
            prop_assert!(cal.is_working_day(r.date), "{rule} from {event} gave {}", r.date);
            prop_assert!(r.date >= r.naive);
            // Extensions are short: at most past a long weekend plus holidays.
            prop_assert!((r.date - r.naive).get_days() <= 9, "{rule} from {event}: {} → {}", r.naive, r.date);
        }

        /// Art. 2: a term of three days or more holds at least two working days.
        #[test]
        fn atw_terms_of_three_days_hold_two_working_days(event in any_date(), n in 3u16..60) {
            let cal = cal();
            let rule = Rule::Offset { n, unit: Unit::Days, direction: Direction::After };
            let r = rule.resolve(event, true, &cal).unwrap();
            prop_assert!(working_days_between(event, r.date, &cal) >= 2);
        }

        /// Art. 4: a term of more than three months is never moved.
        #[test]
        fn long_terms_are_never_moved(event in any_date(), rule in forward_rule()) {
            prop_assume!(rule.atw_excluded().is_some());
            let r = rule.resolve(event, true, &cal()).unwrap();
            prop_assert_eq!(r.date, r.naive);
        }

        /// Art. 1(2): backwards terms are exactly naive.
        #[test]
        fn backwards_terms_are_never_moved(event in any_date(), n in 0u16..400) {
            let rule = Rule::Offset { n, unit: Unit::Days, direction: Direction::Before };
            let r = rule.resolve(event, true, &cal()).unwrap();
            prop_assert_eq!(r.date, r.naive);
            prop_assert_eq!((event - r.date).get_days(), i32::from(n));
        }

        #[test]
        fn any_rule_text_parses_or_errs_without_panicking(s in "\\PC{0,30}") {
            let _ = s.parse::<Rule>();
        }
    }
}
