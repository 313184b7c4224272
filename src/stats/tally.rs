//! One session's counts, kept in memory until the session ends.
//!
//! A session's events are never written as they happen: they are added up here and
//! folded into the hourly counters when the session ends (see `store`), so the store
//! holds no row that could be tied to one member at the desk. The tally keeps counts and
//! the instant the current step was opened, nothing else.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Instant;

use super::model::{Counter, Exit, Keyboard, Route, Setting, Stage, seconds_bucket};

/// One session's counts.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    counts: BTreeMap<Counter, u64>,
    /// The step on display and when it opened.
    current: Option<(Route, Stage, Instant)>,
    /// Counted once per session.
    once: BTreeSet<Counter>,
}

impl Tally {
    /// An empty tally.
    pub fn new() -> Tally {
        Tally::default()
    }

    /// The step on display, if any.
    pub fn current(&self) -> Option<(Route, Stage)> {
        self.current.map(|(route, stage, _)| (route, stage))
    }

    /// A step opened. If another step was on display it is left as `how`.
    pub fn enter(&mut self, route: Route, stage: Stage, how: Exit, now: Instant) {
        if self.current() == Some((route, stage)) {
            return;
        }
        self.leave(how, now);
        self.add(Counter::Entered(route, stage));
        self.current = Some((route, stage, now));
    }

    /// The step on display was left (to no step: the welcome screen or a wiped session).
    pub fn leave(&mut self, how: Exit, now: Instant) {
        if let Some((route, stage, since)) = self.current.take() {
            self.add(Counter::Left(route, stage, how));
            let secs = now.saturating_duration_since(since).as_secs();
            self.add(Counter::Seconds(route, stage, seconds_bucket(secs)));
        }
    }

    /// An error message (a Fluent id, never what was typed) was shown on the current step.
    pub fn error(&mut self, message_id: &'static str) {
        if let Some((route, stage, _)) = self.current {
            self.add(Counter::Error(route, stage, message_id));
        }
    }

    /// The session used this language (counted once per session).
    pub fn language(&mut self, code: &'static str) {
        self.add_once(Counter::Language(code));
    }

    /// The session switched this setting on (counted once per session).
    pub fn setting(&mut self, setting: Setting) {
        self.add_once(Counter::Setting(setting));
    }

    /// The session used this on-screen keyboard (counted once per session).
    pub fn keyboard(&mut self, keyboard: Keyboard) {
        self.add_once(Counter::Keyboard(keyboard));
    }

    /// Whether nothing was counted.
    pub fn is_empty(&self) -> bool {
        self.counts.is_empty() && self.current.is_none()
    }

    /// Ends the session: the step on display (if any) is left as `how`, and the counts
    /// are handed over; the tally is empty afterwards.
    pub fn finish(&mut self, how: Exit, now: Instant) -> BTreeMap<Counter, u64> {
        self.leave(how, now);
        self.once.clear();
        std::mem::take(&mut self.counts)
    }

    fn add(&mut self, counter: Counter) {
        *self.counts.entry(counter).or_default() += 1;
    }

    fn add_once(&mut self, counter: Counter) {
        if self.once.insert(counter) {
            self.add(counter);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn a_walk_counts_entries_exits_and_times() {
        let t0 = Instant::now();
        let mut tally = Tally::new();
        tally.enter(Route::Insured, Stage::LoginId, Exit::Completed, t0);
        tally.error("login-id-error-digits");
        tally.error("login-id-error-digits");
        tally.enter(
            Route::Insured,
            Stage::Password,
            Exit::Completed,
            t0 + Duration::from_secs(45),
        );
        // The same step again (a re-render) counts nothing.
        tally.enter(
            Route::Insured,
            Stage::Password,
            Exit::Completed,
            t0 + Duration::from_secs(46),
        );
        tally.language("ja");
        tally.language("ja");
        let counts = tally.finish(Exit::Idle, t0 + Duration::from_secs(1000));
        let get = |c| counts.get(&c).copied().unwrap_or(0);
        assert_eq!(get(Counter::Entered(Route::Insured, Stage::LoginId)), 1);
        assert_eq!(
            get(Counter::Left(
                Route::Insured,
                Stage::LoginId,
                Exit::Completed
            )),
            1
        );
        assert_eq!(
            get(Counter::Error(
                Route::Insured,
                Stage::LoginId,
                "login-id-error-digits"
            )),
            2
        );
        assert_eq!(
            get(Counter::Seconds(Route::Insured, Stage::LoginId, "60")),
            1
        );
        assert_eq!(get(Counter::Entered(Route::Insured, Stage::Password)), 1);
        assert_eq!(
            get(Counter::Left(Route::Insured, Stage::Password, Exit::Idle)),
            1
        );
        assert_eq!(
            get(Counter::Seconds(Route::Insured, Stage::Password, "+Inf")),
            1
        );
        assert_eq!(get(Counter::Language("ja")), 1);
        assert!(tally.is_empty());
    }

    #[test]
    fn an_error_with_no_step_on_display_is_not_counted() {
        let mut tally = Tally::new();
        tally.error("backend-offline");
        assert!(tally.finish(Exit::StartOver, Instant::now()).is_empty());
    }
}
