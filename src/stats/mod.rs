//! The anonymous step funnel (issue 18): where members get stuck.
//!
//! Per path and step, how many members opened it and how they left it; which error
//! messages (Fluent ids) were shown on it; time on it in buckets; and per session the
//! language, display settings and on-screen keyboards used. A session's events are
//! counted in memory ([`Tally`]) and folded into hourly counters ([`Store`]) when the
//! session ends. No typed text, no IDs, no times finer than the hour, no per-session rows.
//! `[stats] enabled = false` counts nothing and makes no file.

pub mod export;
pub mod model;
pub mod report;
pub mod store;
pub mod tally;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::time::{Duration, Instant, SystemTime};

pub use model::{Counter, Exit, Keyboard, Route, Setting, Stage};
pub use store::{StatsError, Store};
pub use tally::Tally;

/// The app's funnel: the session's tally and, when enabled, the store it is folded into.
#[derive(Debug)]
pub struct Funnel {
    enabled: bool,
    file: PathBuf,
    retention: Duration,
    store: Option<Store>,
    tally: Tally,
    /// Why the store could not be opened (not tried again at every session end).
    failed: Option<StatsError>,
    /// The error messages on display after the last message (an error is counted when
    /// it appears, not at every redraw or keystroke while it stays).
    shown: BTreeSet<&'static str>,
}

impl Funnel {
    /// A funnel as configured. The store is opened when the first session ends.
    pub fn new(config: &crate::config::Stats) -> Funnel {
        Funnel {
            enabled: config.enabled,
            file: config.file.clone(),
            retention: Duration::from_secs(u64::from(config.retention_days) * 24 * 3600),
            store: None,
            tally: Tally::new(),
            failed: None,
            shown: BTreeSet::new(),
        }
    }

    /// The error messages (Fluent ids) on display now: each one that was not on display
    /// before is counted on the current step.
    pub fn errors_on_display(&mut self, ids: &[&'static str]) {
        let now: BTreeSet<&'static str> = ids.iter().copied().collect();
        for id in now.difference(&self.shown) {
            self.tally.error(id);
        }
        self.shown = now;
    }

    /// The session's tally (steps, errors, settings are counted into it).
    pub fn tally(&mut self) -> &mut Tally {
        &mut self.tally
    }

    /// The step on display now: a new one is entered, the one before is left as
    /// completed (a later step of the same path), back (an earlier one, or the welcome
    /// screen) or to another path.
    pub fn observe(&mut self, now_on: Option<(Route, Stage)>, now: Instant) {
        let before = self.tally.current();
        if before == now_on {
            return;
        }
        self.shown.clear();
        let how = match (before, now_on) {
            (Some((r0, s0)), Some((r1, s1))) if r0 == r1 => {
                let index = |s| r0.steps().iter().position(|x| *x == s);
                if index(s1) > index(s0) {
                    Exit::Completed
                } else {
                    Exit::Back
                }
            }
            (Some(_), Some(_)) => Exit::OtherPath,
            _ => Exit::Back,
        };
        match now_on {
            Some((route, stage)) => self.tally.enter(route, stage, how, now),
            None => self.tally.leave(how, now),
        }
    }

    /// The session ended (`how`): its counts are added to this hour's counters.
    pub fn end_session(&mut self, how: Exit, now: Instant) {
        self.shown.clear();
        let counts = self.tally.finish(how, now);
        if !self.enabled || counts.is_empty() {
            return;
        }
        let hour = store::hour_of(SystemTime::now());
        if let Some(store) = self.store_mut()
            && let Err(error) = store.fold(hour, &counts)
        {
            tracing::warn!(%error, "the funnel counts of a session were not kept");
        }
    }

    /// The funnel of the last `days` days up to `now`, for the staff panel; `None` when
    /// the funnel is off.
    pub fn report(
        &mut self,
        days: u32,
        now: SystemTime,
    ) -> Option<Result<report::Report, StatsError>> {
        if !self.enabled {
            return None;
        }
        let to = store::hour_of(now);
        let from = to - i64::from(days) * 24 + 1;
        Some(match self.store_mut() {
            Some(store) => store
                .totals(from, to)
                .map(|totals| report::Report::from_totals(&totals)),
            None => Err(self
                .failed
                .clone()
                .unwrap_or_else(|| StatsError::Sqlite("the funnel store is not open".to_owned()))),
        })
    }

    /// The store, opened (and old hours purged) on first use; `None` when disabled or
    /// when it cannot be opened (said once in the log).
    pub fn store_mut(&mut self) -> Option<&mut Store> {
        if !self.enabled || self.failed.is_some() {
            return None;
        }
        if self.store.is_none() {
            match Store::open(&self.file) {
                Ok(mut store) => {
                    let oldest = store::hour_of(SystemTime::now() - self.retention);
                    if let Err(error) = store.purge(oldest) {
                        tracing::warn!(%error, "old funnel counts were not purged");
                    }
                    self.store = Some(store);
                }
                Err(error) => {
                    tracing::warn!(%error, "the funnel is not counted");
                    self.failed = Some(error);
                }
            }
        }
        self.store.as_mut()
    }
}
