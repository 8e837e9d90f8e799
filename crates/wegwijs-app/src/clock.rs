//! Where Wegwijs gets the time from.
//!
//! One `Clock` per open installation, used for everything dated: the legal
//! date authorization decides on, the audit log's timestamps, deadlines
//! marked overdue, the default start of a representation. Tests and the
//! debug builds' time travel (`--today=` in the end-to-end tests) give a
//! fixed clock; a release build always runs on the system clock, so no
//! option of a shell can move the date a decision about someone else's
//! data is made on.

use jiff::Timestamp;
use jiff::civil::Date;

pub trait Clock: Send + Sync + std::fmt::Debug {
    fn now(&self) -> Timestamp;

    /// Today's legal date: the date in the Netherlands, which Dutch law
    /// counts in wherever the device is (`wegwijs_core::authz::legal_date`).
    fn today(&self) -> Date {
        wegwijs_core::authz::legal_date(self.now())
    }
}

/// The operating system's clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        Timestamp::now()
    }
}

/// A clock that stands still: for tests, and for the debug builds' time
/// travel.
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub Timestamp);

impl FixedClock {
    /// Noon in the Netherlands on `date`, so that its legal date is `date`.
    pub fn on(date: Date) -> Self {
        let ts = date
            .at(12, 0, 0, 0)
            .in_tz("Europe/Amsterdam")
            .map(|z| z.timestamp())
            .unwrap_or(Timestamp::UNIX_EPOCH);
        FixedClock(ts)
    }
}

impl Clock for FixedClock {
    fn now(&self) -> Timestamp {
        self.0
    }
}

/// The variable that sets a fixed date in debug builds of the shells (the
/// CLI's and the app's tests of birthdays and expiry). Release builds
/// ignore it.
pub const TEST_TODAY_ENV: &str = "WEGWIJS_TEST_TODAY";

/// The clock a shell should use: the system's, or in a debug build the
/// date in [`TEST_TODAY_ENV`] (or `given`, the desktop's `--today=`).
pub fn shell_clock(given: Option<&str>) -> std::sync::Arc<dyn Clock> {
    #[cfg(debug_assertions)]
    {
        let from_env = std::env::var(TEST_TODAY_ENV).ok();
        if let Some(d) = given
            .map(str::to_string)
            .or(from_env)
            .and_then(|v| wegwijs_core::parse_iso_date(v.trim()))
        {
            return std::sync::Arc::new(FixedClock::on(d));
        }
    }
    #[cfg(not(debug_assertions))]
    let _ = given;
    std::sync::Arc::new(SystemClock)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_clock_is_on_its_date_in_the_netherlands() {
        for d in ["2026-01-01", "2026-03-29", "2026-10-25", "2026-12-31"] {
            let date: Date = d.parse().unwrap();
            assert_eq!(FixedClock::on(date).today(), date);
        }
    }
}
