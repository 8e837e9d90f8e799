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
        // The clock went back.
        Err(_) => true,
    }
}

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
                s.last_use = now;
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
    fn never_means_never_and_a_new_setting_counts_from_now() {
        let lock = IdleLock::new(0, at(0));
        assert!(lock.touch(at(30 * 24 * 3600)));
        lock.reset(2, at(100));
        assert!(!lock.expired(at(100 + 119)));
        assert!(lock.expired(at(100 + 120)));
    }
}
