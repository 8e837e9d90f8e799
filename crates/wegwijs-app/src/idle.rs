//! When an open app locks itself: after the chosen minutes without use, by
//! the wall clock.
//!
//! The webview's own timer is not enough: a suspended laptop, a throttled
//! background tab or a frozen page never fires it. So the shell asks
//! [`IdleLock`] before every command, and now and then in the background;
//! both compare wall-clock times, which count the hours a laptop spends
//! suspended. A clock that goes back (set by hand, or a wrong clock put
//! right) locks too: time since the last use cannot be told then.

use std::sync::Mutex;
use std::time::{Duration, SystemTime};

#[derive(Debug)]
pub struct IdleLock {
    state: Mutex<State>,
}

#[derive(Debug, Clone, Copy)]
struct State {
    last_use: SystemTime,
    /// 0: never.
    minutes: u32,
}

/// Whether `minutes` without use have passed between `last_use` and `now`.
pub fn idle_expired(last_use: SystemTime, now: SystemTime, minutes: u32) -> bool {
    if minutes == 0 {
        return false;
    }
    match now.duration_since(last_use) {
        Ok(idle) => idle >= Duration::from_secs(u64::from(minutes) * 60),
        // Commands run at once read the clock in one order and record their
        // use in another, so a use a moment "after" now is an ordinary race,
        // not a clock set back (which locked the app in the middle of a page
        // that asks two things at once). A clock that went back further does
        // lock.
        Err(back) => back.duration() > CLOCK_RACE,
    }
}

/// How far apart the readings of concurrent commands can be.
const CLOCK_RACE: Duration = Duration::from_secs(5);

impl IdleLock {
    pub fn new(minutes: u32, now: SystemTime) -> Self {
        IdleLock {
            state: Mutex::new(State {
                last_use: now,
                minutes,
            }),
        }
    }

    fn with<T>(&self, f: impl FnOnce(&mut State) -> T) -> Option<T> {
        self.state.lock().ok().map(|mut s| f(&mut s))
    }

    /// A use of the app at `now`: `false` (and nothing recorded) when the
    /// idle time had passed already, so the caller locks instead.
    pub fn touch(&self, now: SystemTime) -> bool {
        self.with(|s| {
            if idle_expired(s.last_use, now, s.minutes) {
                false
            } else {
                s.last_use = s.last_use.max(now);
                true
            }
        })
        .unwrap_or(false)
    }

    /// Whether the idle time has passed, without counting as a use.
    pub fn expired(&self, now: SystemTime) -> bool {
        self.with(|s| idle_expired(s.last_use, now, s.minutes))
            .unwrap_or(true)
    }

    /// The chosen minutes (0: never), counting from `now`: opening or
    /// changing the setting is a use.
    pub fn reset(&self, minutes: u32, now: SystemTime) {
        self.with(|s| {
            s.minutes = minutes;
            s.last_use = now;
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(secs: u64) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(1_800_000_000 + secs)
    }

    #[test]
    fn use_keeps_it_open_and_idle_time_locks_it() {
        let lock = IdleLock::new(10, at(0));
        assert!(lock.touch(at(9 * 60)));
        assert!(!lock.expired(at(18 * 60)));
        assert!(lock.expired(at(19 * 60)), "ten minutes after the last use");
        assert!(
            !lock.touch(at(19 * 60)),
            "a use after that does not reopen it"
        );
    }

    #[test]
    fn a_suspended_laptop_locks_on_waking_and_a_clock_set_back_locks() {
        let lock = IdleLock::new(10, at(0));
        // Suspended for the night: the first command in the morning.
        assert!(!lock.touch(at(8 * 3600)));
        let lock = IdleLock::new(10, at(3600));
        assert!(lock.expired(at(60)), "the clock went back");
    }

    #[test]
    fn commands_that_race_for_the_clock_do_not_lock() {
        let lock = IdleLock::new(10, at(0));
        // Two commands at once: the one that read the clock first records
        // its use last.
        assert!(lock.touch(at(100)));
        assert!(lock.touch(at(99)), "a reading a second older is a race");
        assert!(!lock.expired(at(99)));
        // The later reading stands: idle time counts from the last use.
        assert!(lock.expired(at(100 + 10 * 60)));
        assert!(!lock.touch(at(90)), "ten seconds back is a clock set back");
    }

    #[test]
    fn never_means_never_and_a_new_setting_counts_from_now() {
        let lock = IdleLock::new(0, at(0));
        assert!(lock.touch(at(30 * 24 * 3600)));
        lock.reset(2, at(100));
        assert!(!lock.expired(at(100 + 119)));
        assert!(lock.expired(at(100 + 120)));
    }
}
