//! What a Dutch legal date means for someone in another time zone.
//!
//! A deadline is a date in the Netherlands: "by 1 December" ends at
//! midnight in Amsterdam. Someone in New York has until 17:59 their time
//! (18:59 in the weeks when only one side has summer time); someone in
//! Tokyo until 07:59 on 2 December.

use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;

use crate::authz::LEGAL_TIME_ZONE;

/// The last minute of the Dutch day `day` on the clock of `zone`: what
/// "by `day`" means there. `None` only outside the supported calendar.
pub fn last_minute_in(day: Date, zone: &TimeZone) -> Option<DateTime> {
    let legal = jiff::tz::db()
        .get(LEGAL_TIME_ZONE)
        .unwrap_or_else(|_| TimeZone::fixed(jiff::tz::offset(1)));
    let end = day.at(23, 59, 0, 0).to_zoned_datetime(legal).ok()?;
    Some(end.timestamp().to_zoned_datetime(zone.clone()).datetime())
}

/// A place name for a zone, for a sentence ("America/New_York": "New
/// York", "America/Argentina/Buenos_Aires": "Buenos Aires").
pub fn place_of(iana: &str) -> String {
    iana.rsplit('/').next().unwrap_or(iana).replace('_', " ")
}

/// Whether a zone keeps Dutch time all year, so a deadline needs no
/// second clock: Amsterdam itself, or a name for the same rules.
pub fn is_dutch_time(iana: &str) -> bool {
    matches!(
        iana,
        "Europe/Amsterdam" | "CET" | "Europe/Brussels" | "Europe/Luxembourg"
    )
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use jiff::civil::date;

    fn at(day: Date, zone: &str) -> String {
        let z = jiff::tz::db().get(zone).unwrap();
        last_minute_in(day, &z).unwrap().to_string()
    }

    #[test]
    fn a_dutch_date_on_other_clocks() {
        let cases = [
            // Jan in Málaga: the same clock as Amsterdam, winter and summer.
            (date(2026, 12, 1), "Europe/Madrid", "2026-12-01T23:59:00"),
            (date(2026, 7, 1), "Europe/Madrid", "2026-07-01T23:59:00"),
            // Behind: New York is 6 hours behind, in winter and in summer.
            (date(2026, 12, 1), "America/New_York", "2026-12-01T17:59:00"),
            (date(2026, 7, 1), "America/New_York", "2026-07-01T17:59:00"),
            // 20 March 2026: New York already on summer time (8 March),
            // Amsterdam not yet (29 March): 5 hours.
            (date(2026, 3, 20), "America/New_York", "2026-03-20T18:59:00"),
            // 30 October 2026: Amsterdam back on winter time (25 October),
            // New York not yet (1 November): 5 hours again.
            (
                date(2026, 10, 30),
                "America/New_York",
                "2026-10-30T18:59:00",
            ),
            // Curaçao keeps UTC-4 all year: 5 hours behind in winter, 6 in summer.
            (date(2026, 12, 1), "America/Curacao", "2026-12-01T18:59:00"),
            (date(2026, 7, 1), "America/Curacao", "2026-07-01T17:59:00"),
            // Ahead: in Tokyo the Dutch day ends the next morning.
            (date(2026, 12, 1), "Asia/Tokyo", "2026-12-02T07:59:00"),
            (date(2026, 7, 1), "Asia/Tokyo", "2026-07-02T06:59:00"),
            // Sydney has summer time in the Dutch winter: 10 hours ahead.
            (date(2026, 12, 1), "Australia/Sydney", "2026-12-02T09:59:00"),
            // The day the Dutch clocks go forward (29 March 2026).
            (date(2026, 3, 29), "UTC", "2026-03-29T21:59:00"),
        ];
        for (day, zone, want) in cases {
            assert_eq!(at(day, zone), want, "{day} in {zone}");
        }
    }

    #[test]
    fn places_read_as_names() {
        assert_eq!(place_of("America/New_York"), "New York");
        assert_eq!(place_of("America/Argentina/Buenos_Aires"), "Buenos Aires");
        assert_eq!(place_of("UTC"), "UTC");
        assert!(is_dutch_time("Europe/Amsterdam"));
        assert!(!is_dutch_time("Europe/Madrid"));
    }
}
