//! The idle timer and the per-session hard cap, as a pure state machine.
//!
//! No iced here: the root feeds it every key, mouse and touch event
//! ([`Tracker::on_activity`]) and a one-second tick ([`Tracker::tick`]), always with the
//! `now` of the event, so tests drive it with synthetic [`Instant`]s.
//!
//! Rules:
//! - A session starts on the first screen after the welcome screen ([`Tracker::start`])
//!   and stops when the welcome screen is back ([`Tracker::stop`]). The welcome screen
//!   holds nothing the member typed, so it has no timer.
//! - Idle time is `input_timeout_secs` while a screen with password or email entry is
//!   on display ([`Tracker::set_sensitive`]), otherwise `timeout_secs`.
//! - When it runs out, a warning with a countdown of `countdown_secs` starts. Only
//!   "continue" ([`Tracker::extend`]) dismisses it, any number of times (WCAG 2.2.1);
//!   other input while it shows does not (a passer-by's touch must not keep a
//!   session alive). At zero, [`IdleEvent::EndSession`].
//! - Hard cap: `session_cap_secs` after the session started, the same warning starts
//!   (or an idle warning already showing turns into it, keeping its deadline). At the
//!   cap, "continue" extends nothing: the member gets that one full countdown to
//!   notice, then the session ends. The overlay does not offer "continue" then.

use std::time::{Duration, Instant};

use crate::config;

/// The durations, from `[idle]` in the config.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    /// Idle time on ordinary screens.
    pub idle: Duration,
    /// Idle time on screens with password or email entry.
    pub input_idle: Duration,
    /// Length of the warning countdown.
    pub countdown: Duration,
    /// Hard cap on one session.
    pub session_cap: Duration,
}

impl Timeouts {
    /// From the config's `[idle]` section.
    pub fn from_config(idle: &config::Idle) -> Timeouts {
        Timeouts {
            idle: Duration::from_secs(idle.timeout_secs.secs()),
            input_idle: Duration::from_secs(idle.input_timeout_secs.secs()),
            countdown: Duration::from_secs(idle.countdown_secs.secs()),
            session_cap: Duration::from_secs(idle.session_cap_secs.secs()),
        }
    }
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts::from_config(&config::Idle::default())
    }
}

/// Why the warning shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// No input for the idle time.
    Idle,
    /// The session reached its hard cap.
    SessionCap,
}

/// The warning on display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Warning {
    /// Why.
    pub reason: Reason,
    /// When the session ends unless the member continues (idle only).
    pub ends_at: Instant,
}

impl Warning {
    /// Whole seconds left at `now`, rounded up (what the countdown shows).
    pub fn seconds_left(&self, now: Instant) -> u64 {
        let left = self.ends_at.saturating_duration_since(now);
        left.as_secs() + u64::from(left.subsec_nanos() > 0)
    }

    /// Whether "continue" is offered (not at the hard cap).
    pub fn can_continue(&self) -> bool {
        self.reason == Reason::Idle
    }
}

/// What a tick decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdleEvent {
    /// Nothing changed.
    None,
    /// A warning just started (show the overlay).
    Warn(Reason),
    /// The countdown reached zero: end the session.
    EndSession,
}

/// The idle tracker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tracker {
    timeouts: Timeouts,
    session_started: Option<Instant>,
    last_activity: Option<Instant>,
    sensitive: bool,
    warning: Option<Warning>,
    now: Option<Instant>,
}

impl Tracker {
    /// A tracker with no session.
    pub fn new(timeouts: Timeouts) -> Tracker {
        Tracker {
            timeouts,
            session_started: None,
            last_activity: None,
            sensitive: false,
            warning: None,
            now: None,
        }
    }

    /// The durations in use.
    pub fn timeouts(&self) -> Timeouts {
        self.timeouts
    }

    /// Whether a session is running (a screen after the welcome screen).
    pub fn is_active(&self) -> bool {
        self.session_started.is_some()
    }

    /// Starts the session clock unless it runs already.
    pub fn start(&mut self, now: Instant) {
        if self.session_started.is_none() {
            self.session_started = Some(now);
            self.last_activity = Some(now);
            self.warning = None;
            self.now = Some(now);
        }
    }

    /// No session any more: no timer, no warning.
    pub fn stop(&mut self) {
        self.session_started = None;
        self.last_activity = None;
        self.warning = None;
        self.now = None;
    }

    /// Whether the screen on display has password or email entry (longer timeout).
    pub fn set_sensitive(&mut self, sensitive: bool) {
        self.sensitive = sensitive;
    }

    /// The idle time that applies now.
    pub fn idle_timeout(&self) -> Duration {
        if self.sensitive {
            self.timeouts.input_idle
        } else {
            self.timeouts.idle
        }
    }

    /// A key, click or touch. Ignored while a warning shows (only "continue" ends it).
    pub fn on_activity(&mut self, now: Instant) {
        if self.session_started.is_some() && self.warning.is_none() {
            self.last_activity = Some(self.last_activity.map_or(now, |last| last.max(now)));
            self.now = Some(now);
        }
    }

    /// "Continue": dismisses an idle warning and restarts the idle time. Returns whether
    /// it did; at the hard cap it does nothing.
    pub fn extend(&mut self, now: Instant) -> bool {
        match self.warning {
            Some(warning) if warning.can_continue() => {
                self.warning = None;
                self.last_activity = Some(now);
                self.now = Some(now);
                true
            }
            _ => false,
        }
    }

    /// The warning on display, if any.
    pub fn warning(&self) -> Option<Warning> {
        self.warning
    }

    /// The last `now` the tracker saw (for drawing the countdown).
    pub fn now(&self) -> Option<Instant> {
        self.now
    }

    /// Whole seconds left on the countdown, if a warning shows.
    pub fn seconds_left(&self) -> Option<u64> {
        let warning = self.warning?;
        Some(warning.seconds_left(self.now.unwrap_or(warning.ends_at)))
    }

    /// The clock moved on to `now`.
    pub fn tick(&mut self, now: Instant) -> IdleEvent {
        let (Some(started), Some(last)) = (self.session_started, self.last_activity) else {
            return IdleEvent::None;
        };
        self.now = Some(self.now.map_or(now, |n| n.max(now)));
        let cap_at = started + self.timeouts.session_cap;
        match self.warning {
            Some(warning) => {
                if now >= warning.ends_at {
                    self.stop();
                    return IdleEvent::EndSession;
                }
                if warning.reason == Reason::Idle && now >= cap_at {
                    // The cap arrives during an idle warning: no more "continue", same
                    // deadline (the member already has a full countdown running).
                    self.warning = Some(Warning {
                        reason: Reason::SessionCap,
                        ends_at: warning.ends_at,
                    });
                    return IdleEvent::Warn(Reason::SessionCap);
                }
                IdleEvent::None
            }
            None => {
                let reason = if now >= cap_at {
                    Reason::SessionCap
                } else if now >= last + self.idle_timeout() {
                    Reason::Idle
                } else {
                    return IdleEvent::None;
                };
                self.warning = Some(Warning {
                    reason,
                    ends_at: now + self.timeouts.countdown,
                });
                IdleEvent::Warn(reason)
            }
        }
    }
}

impl Default for Tracker {
    fn default() -> Self {
        Tracker::new(Timeouts::default())
    }
}

/// How often continuous motion (cursor moves, finger drags) counts as activity.
pub const MOTION_EVERY: Duration = Duration::from_secs(1);

/// Lets continuous motion through as activity at most once per [`MOTION_EVERY`].
///
/// A mouse reports its position many times a second, and each activity message makes
/// the app rebuild its view; for a timer counted in seconds one a second is enough.
/// Presses, keys and the wheel always count (the caller does not pass them here).
#[derive(Debug, Default)]
pub struct MotionGate {
    /// Milliseconds since `epoch` of the last motion let through, plus one (0: none yet).
    last: std::sync::atomic::AtomicU64,
}

impl MotionGate {
    /// A gate that has let nothing through yet.
    pub const fn new() -> MotionGate {
        MotionGate {
            last: std::sync::atomic::AtomicU64::new(0),
        }
    }

    /// Whether motion at `now` counts, measured from `epoch` (any fixed instant).
    pub fn admit(&self, epoch: Instant, now: Instant) -> bool {
        use std::sync::atomic::Ordering;
        let at = u64::try_from(now.saturating_duration_since(epoch).as_millis())
            .unwrap_or(u64::MAX - 1)
            + 1;
        let every = u64::try_from(MOTION_EVERY.as_millis()).unwrap_or(u64::MAX);
        let last = self.last.load(Ordering::Relaxed);
        if last != 0 && at.saturating_sub(last) < every {
            return false;
        }
        self.last.store(at, Ordering::Relaxed);
        true
    }
}
