//! Wrong-PIN throttling and the discreet tap gesture. Times come in as arguments
//! (`Instant`s carried in messages), so tests advance a clock instead of sleeping.

use std::time::{Duration, Instant};

/// Wrong PINs allowed before a lock-out (and again after each lock-out ends).
pub const TRIES: u32 = 3;
/// The first lock-out; each further one doubles.
pub const FIRST_LOCKOUT: Duration = Duration::from_secs(30);
/// The longest lock-out.
pub const MAX_LOCKOUT: Duration = Duration::from_secs(15 * 60);

/// Wrong PINs and lock-outs. Lives in the root, so closing and reopening the pad does
/// not reset it; a correct PIN does.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Throttle {
    failures: u32,
    lockouts: u32,
    locked_until: Option<Instant>,
}

impl Throttle {
    /// Time left in the lock-out at `now` (`None`: not locked).
    pub fn locked_for(&self, now: Instant) -> Option<Duration> {
        self.locked_until
            .and_then(|until| until.checked_duration_since(now))
            .filter(|left| !left.is_zero())
    }

    /// Whole seconds left in the lock-out, rounded up (for the countdown).
    pub fn seconds_left(&self, now: Instant) -> Option<u64> {
        self.locked_for(now)
            .map(|left| left.as_secs() + u64::from(left.subsec_nanos() > 0))
    }

    /// A wrong PIN at `now`. Returns the lock-out it starts, if any: after [`TRIES`]
    /// wrong PINs, [`FIRST_LOCKOUT`], doubling with each further lock-out up to
    /// [`MAX_LOCKOUT`].
    pub fn fail(&mut self, now: Instant) -> Option<Duration> {
        if self.locked_for(now).is_some() {
            return None;
        }
        self.failures += 1;
        if self.failures < TRIES {
            return None;
        }
        let factor = 1u32.checked_shl(self.lockouts).unwrap_or(u32::MAX);
        let lockout = FIRST_LOCKOUT
            .checked_mul(factor)
            .map_or(MAX_LOCKOUT, |d| d.min(MAX_LOCKOUT));
        self.failures = 0;
        self.lockouts = self.lockouts.saturating_add(1);
        self.locked_until = Some(now + lockout);
        Some(lockout)
    }

    /// The right PIN: everything is forgotten.
    pub fn succeed(&mut self) {
        *self = Throttle::default();
    }

    /// Wrong PINs since the last lock-out (or success).
    pub fn failures(&self) -> u32 {
        self.failures
    }

    /// Lock-outs since the last success (the next one doubles).
    pub fn lockouts(&self) -> u32 {
        self.lockouts
    }

    /// A throttle read back from the lock-out file.
    pub fn restored(failures: u32, lockouts: u32, locked_until: Option<Instant>) -> Throttle {
        Throttle {
            failures: failures.min(TRIES.saturating_sub(1)),
            lockouts,
            locked_until,
        }
    }
}

/// Taps needed on the society name.
pub const GESTURE_TAPS: usize = 5;
/// Within this time.
pub const GESTURE_WINDOW: Duration = Duration::from_secs(3);

/// Five taps within three seconds on the society's name in the header.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TapGesture {
    taps: Vec<Instant>,
}

impl TapGesture {
    /// A tap at `now`; `true` when it completes the gesture (which then starts afresh).
    pub fn tap(&mut self, now: Instant) -> bool {
        self.taps.retain(|&t| {
            now.checked_duration_since(t)
                .is_some_and(|d| d < GESTURE_WINDOW)
        });
        self.taps.push(now);
        if self.taps.len() >= GESTURE_TAPS {
            self.taps.clear();
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: Duration = Duration::from_secs(1);

    #[test]
    fn three_wrong_pins_lock_for_30_s_then_60_then_120_capped() {
        let t0 = Instant::now();
        let mut th = Throttle::default();
        assert_eq!(th.fail(t0), None);
        assert_eq!(th.fail(t0), None);
        assert_eq!(th.locked_for(t0), None);
        assert_eq!(th.fail(t0), Some(30 * S));
        assert_eq!(th.seconds_left(t0), Some(30));
        assert_eq!(th.seconds_left(t0 + Duration::from_millis(500)), Some(30));
        assert_eq!(th.seconds_left(t0 + 29 * S), Some(1));
        // Tries while locked do not count.
        assert_eq!(th.fail(t0 + 10 * S), None);
        assert_eq!(th.failures(), 0);
        let t1 = t0 + 30 * S;
        assert_eq!(th.locked_for(t1), None);
        assert_eq!(th.fail(t1), None);
        assert_eq!(th.fail(t1), None);
        assert_eq!(th.fail(t1), Some(60 * S));
        let t2 = t1 + 60 * S;
        for _ in 0..2 {
            th.fail(t2);
        }
        assert_eq!(th.fail(t2), Some(120 * S));
        let mut t = t2 + 120 * S;
        let mut last = Duration::ZERO;
        for _ in 0..40 {
            th.fail(t);
            th.fail(t);
            last = th.fail(t).unwrap();
            t += last;
        }
        assert_eq!(last, MAX_LOCKOUT);
    }

    #[test]
    fn the_right_pin_resets_the_throttle() {
        let t0 = Instant::now();
        let mut th = Throttle::default();
        th.fail(t0);
        th.fail(t0);
        th.succeed();
        assert_eq!(th.fail(t0), None);
        assert_eq!(th.fail(t0), None);
        assert_eq!(th.fail(t0), Some(FIRST_LOCKOUT));
    }

    #[test]
    fn five_taps_within_three_seconds() {
        let t0 = Instant::now();
        let mut g = TapGesture::default();
        for i in 0..4 {
            assert!(!g.tap(t0 + i * Duration::from_millis(500)));
        }
        assert!(g.tap(t0 + Duration::from_millis(2900)));
        // It starts afresh.
        assert!(!g.tap(t0 + Duration::from_millis(3000)));

        // Too slow: one tap a second never makes five within 3 s.
        let mut slow = TapGesture::default();
        for i in 0..10 {
            assert!(!slow.tap(t0 + i * S), "tap {i}");
        }
    }
}
