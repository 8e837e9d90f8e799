//! Proactive signals: what is coming for a person and their household within
//! a horizon, before they ask (a child turning 18, the AOW date).

use jiff::Span;
use jiff::civil::Date;

use crate::guidance::Situation;

/// One row of the AOW-age table: people born strictly between the two dates
/// reach AOW age at `years` and `months`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AowRow {
    pub born_after: Date,
    pub born_before: Date,
    pub years: u8,
    pub months: u8,
}

/// The AOW-age table (content/aow-age.toml).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AowTable {
    pub rows: Vec<AowRow>,
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AowDate {
    Known(Date),
    /// Born after the last fixed row: the age is not fixed yet.
    NotYetFixed,
    /// Born before the table starts: the AOW date has long passed.
    Past,
}

impl AowTable {
    pub fn aow_date(&self, birth: Date) -> AowDate {
        if let Some(r) = self
            .rows
            .iter()
            .find(|r| r.born_after < birth && birth < r.born_before)
        {
            let span = Span::new()
                .years(i64::from(r.years))
                .months(i64::from(r.months));
            return birth
                .checked_add(span)
                .map_or(AowDate::NotYetFixed, AowDate::Known);
        }
        match self.rows.iter().map(|r| r.born_after).min() {
            Some(first) if birth <= first => AowDate::Past,
            _ => AowDate::NotYetFixed,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Subject {
    Me,
    /// The n-th child (0-based) in the situation's list.
    Child(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Signal {
    /// The life event this signal leads to (a content event id).
    pub event: &'static str,
    pub date: Date,
    pub subject: Subject,
}

/// The day someone turns `years` old. Someone born on 29 February has their
/// birthday on 1 March in common years.
pub fn birthday(birth: Date, years: i16) -> Option<Date> {
    let year = birth.year().checked_add(years)?;
    Date::new(year, birth.month(), birth.day())
        .or_else(|_| Date::new(year, 3, 1))
        .ok()
}

/// Everything coming up from `today` up to and including `today + horizon_days`,
/// by date.
///
/// `extra` is the hook for signals that other parts of the product compute
/// from their own data (a document expiring, from the vault; a mandate
/// ending, from representation): they are merged in and held to the same
/// horizon, so the home screen and notifications treat every signal alike.
pub fn signals(
    who: &Situation,
    today: Date,
    horizon_days: u32,
    aow: &AowTable,
    extra: &[Signal],
) -> Vec<Signal> {
    let Ok(until) = today.checked_add(Span::new().days(i64::from(horizon_days))) else {
        return Vec::new();
    };
    let within = |d: Date| today <= d && d <= until;
    let mut out = Vec::new();
    let mut adult = |birth: Date, subject| {
        if let Some(d) = birthday(birth, 18).filter(|d| within(*d)) {
            out.push(Signal {
                event: "turning-18",
                date: d,
                subject,
            });
        }
    };
    adult(who.birth_date, Subject::Me);
    for (i, child) in who.children.iter().flatten().enumerate() {
        adult(*child, Subject::Child(i));
    }
    if let AowDate::Known(d) = aow.aow_date(who.birth_date)
        && within(d)
    {
        out.push(Signal {
            event: "retirement",
            date: d,
            subject: Subject::Me,
        });
    }
    out.extend(extra.iter().filter(|s| within(s.date)).copied());
    out.sort_by_key(|s| (s.date, s.subject));
    out
}

/// The hour of the day, on the device's clock, at which reminders come:
/// morning, wherever the person lives.
pub const REMINDER_HOUR: i8 = 9;

/// The next moment after `now` at which the clock in `tz` shows
/// [`REMINDER_HOUR`]:00: today's if it is still ahead, else tomorrow's. On a
/// day when the clocks jump over that hour, the first moment after the jump.
pub fn next_reminder(now: jiff::Timestamp, tz: &jiff::tz::TimeZone) -> Option<jiff::Timestamp> {
    let local = now.to_zoned_datetime(tz.clone());
    let at = |day: Date| -> Option<jiff::Timestamp> {
        Some(
            day.at(REMINDER_HOUR, 0, 0, 0)
                .to_zoned_datetime(tz.clone())
                .ok()?
                .timestamp(),
        )
    };
    let today = at(local.date())?;
    if today > now {
        Some(today)
    } else {
        at(local.date().tomorrow().ok()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;
    use proptest::prelude::*;

    fn table() -> AowTable {
        AowTable {
            rows: vec![
                AowRow {
                    born_after: date(1957, 2, 28),
                    born_before: date(1961, 1, 1),
                    years: 67,
                    months: 0,
                },
                AowRow {
                    born_after: date(1960, 12, 31),
                    born_before: date(1961, 10, 1),
                    years: 67,
                    months: 3,
                },
                AowRow {
                    born_after: date(1961, 9, 30),
                    born_before: date(1962, 10, 1),
                    years: 67,
                    months: 3,
                },
            ],
            source: String::new(),
        }
    }

    #[test]
    fn aow_dates_from_the_table() {
        let t = table();
        assert_eq!(
            t.aow_date(date(1959, 6, 1)),
            AowDate::Known(date(2026, 6, 1))
        );
        assert_eq!(
            t.aow_date(date(1961, 5, 10)),
            AowDate::Known(date(2028, 8, 10))
        );
        // 30 November + 3 months: there is no 30 February.
        assert_eq!(
            t.aow_date(date(1961, 11, 30)),
            AowDate::Known(date(2029, 2, 28))
        );
        assert_eq!(t.aow_date(date(1970, 1, 1)), AowDate::NotYetFixed);
        assert_eq!(t.aow_date(date(1950, 1, 1)), AowDate::Past);
    }

    #[test]
    fn daan_gets_a_signal_two_months_before_turning_18() {
        let daan = Situation::new(date(2009, 3, 2));
        let s = signals(&daan, date(2027, 1, 2), 60, &table(), &[]);
        assert_eq!(
            s,
            vec![Signal {
                event: "turning-18",
                date: date(2027, 3, 2),
                subject: Subject::Me
            }]
        );
        assert!(
            signals(&daan, date(2026, 12, 31), 60, &table(), &[]).is_empty(),
            "61 days ahead is outside the horizon"
        );
    }

    #[test]
    fn a_household_signals_by_date() {
        let mut ingrid = Situation::new(date(1959, 6, 1));
        ingrid.children = Some(vec![date(2008, 9, 1), date(2012, 1, 1), date(2008, 7, 15)]);
        // What the vault would add: a passport expiring, one inside the
        // horizon and one beyond it.
        let expiring = |d| Signal {
            event: "document-expiry",
            date: d,
            subject: Subject::Me,
        };
        let extra = [expiring(date(2026, 8, 1)), expiring(date(2027, 8, 1))];
        let s = signals(&ingrid, date(2026, 5, 1), 365, &table(), &extra);
        let got: Vec<_> = s.iter().map(|s| (s.event, s.date, s.subject)).collect();
        assert_eq!(
            got,
            vec![
                ("retirement", date(2026, 6, 1), Subject::Me),
                ("turning-18", date(2026, 7, 15), Subject::Child(2)),
                ("document-expiry", date(2026, 8, 1), Subject::Me),
                ("turning-18", date(2026, 9, 1), Subject::Child(0)),
            ]
        );
    }

    #[test]
    fn leap_day_birthdays() {
        assert_eq!(birthday(date(2008, 2, 29), 18), Some(date(2026, 3, 1)));
        assert_eq!(birthday(date(2008, 2, 29), 16), Some(date(2024, 2, 29)));
    }

    proptest! {
        #[test]
        fn signals_lie_within_the_horizon_and_are_sorted(
            birth in 0i32..(90 * 366),
            today in 0i32..(40 * 366),
            horizon in 0u32..800,
        ) {
            let who = Situation::new(date(1940, 1, 1).checked_add(Span::new().days(birth)).unwrap());
            let today = date(2000, 1, 1).checked_add(Span::new().days(today)).unwrap();
            let s = signals(&who, today, horizon, &table(), &[]);
            for sig in &s {
                prop_assert!(sig.date >= today);
                prop_assert!((sig.date - today).get_days() <= horizon as i32);
            }
            prop_assert!(s.windows(2).all(|w| w[0].date <= w[1].date));
        }
    }
    fn zone(name: &str) -> jiff::tz::TimeZone {
        jiff::tz::db().get(name).unwrap()
    }

    #[test]
    fn reminders_come_at_nine_on_the_local_clock() {
        let madrid = zone("Europe/Madrid");
        let at = |s: &str| s.parse::<jiff::ZonedDateTime>().unwrap().timestamp();
        // Jan in Málaga, 08:59 and 09:00 in winter (UTC+1).
        assert_eq!(
            next_reminder(at("2026-12-01T08:59:00+01:00[Europe/Madrid]"), &madrid),
            Some(at("2026-12-01T09:00:00+01:00[Europe/Madrid]"))
        );
        assert_eq!(
            next_reminder(at("2026-12-01T09:00:00+01:00[Europe/Madrid]"), &madrid),
            Some(at("2026-12-02T09:00:00+01:00[Europe/Madrid]"))
        );
        // The night the clocks go forward: 23 hours later, still 09:00.
        assert_eq!(
            next_reminder(at("2027-03-27T10:00:00+01:00[Europe/Madrid]"), &madrid),
            Some(at("2027-03-28T09:00:00+02:00[Europe/Madrid]"))
        );
        // Curaçao (no summer time), evening.
        let curacao = zone("America/Curacao");
        assert_eq!(
            next_reminder(at("2026-12-01T21:30:00-04:00[America/Curacao]"), &curacao),
            Some(at("2026-12-02T09:00:00-04:00[America/Curacao]"))
        );
    }

    proptest! {
        #[test]
        fn the_next_reminder_is_within_a_day_and_at_nine(
            secs in 0i64..4_000_000_000,
            z in prop::sample::select(vec![
                "Europe/Amsterdam", "Europe/Madrid", "America/Curacao",
                "America/Paramaribo", "Pacific/Auckland", "Australia/Lord_Howe",
                "America/New_York", "Asia/Tokyo", "UTC",
            ]),
        ) {
            let tz = zone(z);
            let now = jiff::Timestamp::from_second(secs).unwrap();
            let next = next_reminder(now, &tz).unwrap();
            prop_assert!(next > now);
            // At most a day and the hour a clock change adds.
            prop_assert!(next.duration_since(now) <= jiff::SignedDuration::from_hours(25));
            let local = next.to_zoned_datetime(tz.clone());
            prop_assert_eq!((local.hour(), local.minute()), (REMINDER_HOUR, 0));
        }
    }
}
