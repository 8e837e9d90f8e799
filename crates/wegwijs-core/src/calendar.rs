//! Which days count as working days in Dutch law.
//!
//! The Algemene termijnenwet (Atw) art. 3 names the recognised holidays
//! (New Year's Day, Easter Monday, Ascension Day, Whit Monday, King's Day,
//! 5 May, Christmas Day and Boxing Day; Good Friday is equated by art. 3(2)).
//! Those follow from the calendar and are computed here. Art. 3(3) lets a
//! royal decree equate more days, three years at a time; those are data
//! (`content/atw-decree-days.toml`), passed in as [`DecreeDays`].

use std::collections::BTreeSet;

use jiff::civil::{Date, Weekday, date};

/// Why a day is not a working day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayOff {
    Saturday,
    Sunday,
    NewYearsDay,
    GoodFriday,
    EasterMonday,
    KingsDay,
    LiberationDay,
    AscensionDay,
    WhitMonday,
    ChristmasDay,
    BoxingDay,
    /// Equated with a recognised holiday by royal decree (Atw art. 3(3)).
    Decree,
}

/// Days equated with recognised holidays by royal decree.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DecreeDays(BTreeSet<Date>);

impl DecreeDays {
    pub fn new(days: impl IntoIterator<Item = Date>) -> Self {
        DecreeDays(days.into_iter().collect())
    }

    pub fn contains(&self, d: Date) -> bool {
        self.0.contains(&d)
    }

    /// The years the decrees cover; outside them the calendar may miss days.
    pub fn years(&self) -> Option<(i16, i16)> {
        Some((self.0.first()?.year(), self.0.last()?.year()))
    }
}

/// The Dutch legal calendar: weekends, recognised holidays and decree days.
#[derive(Debug, Clone, Default)]
pub struct Calendar {
    decree: DecreeDays,
}

impl Calendar {
    pub fn new(decree: DecreeDays) -> Self {
        Calendar { decree }
    }

    /// Why `d` is not a working day, or `None` when it is one.
    pub fn day_off(&self, d: Date) -> Option<DayOff> {
        match d.weekday() {
            Weekday::Saturday => return Some(DayOff::Saturday),
            Weekday::Sunday => return Some(DayOff::Sunday),
            _ => {}
        }
        if let Some(h) = recognised_holiday(d) {
            return Some(h);
        }
        self.decree.contains(d).then_some(DayOff::Decree)
    }

    pub fn is_working_day(&self, d: Date) -> bool {
        self.day_off(d).is_none()
    }
}

/// Atw art. 3(1) and 3(2), for any year.
pub fn recognised_holiday(d: Date) -> Option<DayOff> {
    let (m, day) = (d.month(), d.day());
    match (m, day) {
        (1, 1) => return Some(DayOff::NewYearsDay),
        (5, 5) => return Some(DayOff::LiberationDay),
        (12, 25) => return Some(DayOff::ChristmasDay),
        (12, 26) => return Some(DayOff::BoxingDay),
        _ => {}
    }
    if d == kings_day(d.year()) {
        return Some(DayOff::KingsDay);
    }
    let easter = easter_sunday(d.year());
    let offset = (d - easter).get_days();
    match offset {
        -2 => Some(DayOff::GoodFriday),
        1 => Some(DayOff::EasterMonday),
        39 => Some(DayOff::AscensionDay),
        50 => Some(DayOff::WhitMonday),
        _ => None,
    }
}

/// King's Day: 27 April, or 26 April when the 27th is a Sunday
/// (Besluit vaststelling Koningsdag).
pub fn kings_day(year: i16) -> Date {
    let d = date(year, 4, 27);
    if d.weekday() == Weekday::Sunday {
        date(year, 4, 26)
    } else {
        d
    }
}

/// Easter Sunday in the Gregorian calendar (the anonymous algorithm of
/// Meeus/Jones/Butcher). Twelve lines of arithmetic; a dependency for it
/// would be larger than the function.
pub fn easter_sunday(year: i16) -> Date {
    let y = i32::from(year);
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    // month is 3 or 4 and day 1..=31 by construction.
    date(year, month as i8, day as i8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn easter_on_known_dates() {
        for (y, m, d) in [
            (1818, 3, 22),
            (1943, 4, 25),
            (2000, 4, 23),
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2027, 3, 28),
            (2028, 4, 16),
            (2038, 4, 25),
        ] {
            assert_eq!(easter_sunday(y), date(y, m, d), "{y}");
        }
    }

    #[test]
    fn kings_day_moves_to_saturday_when_the_27th_is_a_sunday() {
        assert_eq!(kings_day(2025), date(2025, 4, 26));
        assert_eq!(kings_day(2026), date(2026, 4, 27));
        assert_eq!(kings_day(2031), date(2031, 4, 26));
    }

    #[test]
    fn the_holidays_of_2026() {
        let cal = Calendar::default();
        let off: Vec<(Date, DayOff)> = date(2026, 1, 1)
            .series(jiff::Span::new().days(1))
            .take_while(|d| d.year() == 2026)
            .filter_map(|d| recognised_holiday(d).map(|h| (d, h)))
            .collect();
        use DayOff::*;
        assert_eq!(
            off,
            vec![
                (date(2026, 1, 1), NewYearsDay),
                (date(2026, 4, 3), GoodFriday),
                (date(2026, 4, 6), EasterMonday),
                (date(2026, 4, 27), KingsDay),
                (date(2026, 5, 5), LiberationDay),
                (date(2026, 5, 14), AscensionDay),
                (date(2026, 5, 25), WhitMonday),
                (date(2026, 12, 25), ChristmasDay),
                (date(2026, 12, 26), BoxingDay),
            ]
        );
        assert!(cal.is_working_day(date(2026, 5, 15)), "without decree data");
        let cal = Calendar::new(DecreeDays::new([date(2026, 5, 15)]));
        assert_eq!(cal.day_off(date(2026, 5, 15)), Some(Decree));
        assert_eq!(cal.day_off(date(2026, 11, 28)), Some(Saturday));
        assert_eq!(cal.day_off(date(2026, 11, 30)), None);
    }
}
