//! `kenpos-kiosk stats …`: prints the funnel's counters for a period, or purges old ones.

use std::io::Write;
use std::time::{Duration, SystemTime};

use clap::{Args, Subcommand};

use crate::stats::export::{self, Format, Period};
use crate::stats::store::{self, StatsError, Store};

/// `kenpos-kiosk stats [--format F] [--days N]` or `kenpos-kiosk stats purge`.
#[derive(Debug, Clone, PartialEq, Eq, Args)]
pub struct StatsArgs {
    /// `purge`, or nothing to print the counters.
    #[command(subcommand)]
    pub command: Option<StatsCommand>,
    /// How to print them.
    #[arg(long, value_enum, default_value = "csv")]
    pub format: Format,
    /// The last N days (24-hour periods up to now); without it, every hour kept, which
    /// is what Prometheus expects of counters (they only fall when old hours are purged).
    #[arg(long, value_name = "N")]
    pub days: Option<u32>,
}

/// Stats subcommands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Subcommand)]
pub enum StatsCommand {
    /// Delete the hours older than `[stats] retention_days` (or `--older-than-days`).
    Purge {
        /// Delete the hours older than this many days instead.
        #[arg(long, value_name = "N")]
        older_than_days: Option<u32>,
    },
}

/// Why `stats` failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StatsCliError {
    /// `[stats] enabled = false`.
    #[error("the funnel is off in this config ([stats] enabled = false)")]
    Disabled,
    /// The store could not be used.
    #[error(transparent)]
    Store(#[from] StatsError),
    /// Writing stdout failed.
    #[error("could not write the output: {0}")]
    Output(String),
}

fn days(n: u32) -> Duration {
    Duration::from_secs(u64::from(n) * 24 * 3600)
}

/// Runs `args` against the store in `config`, writing to `out`; `now` is the wall clock.
///
/// # Errors
/// [`StatsCliError`] when the funnel is off, the store cannot be opened or read, or
/// `out` cannot be written.
pub fn run(
    args: &StatsArgs,
    config: &crate::config::Stats,
    now: SystemTime,
    mut out: impl Write,
) -> Result<(), StatsCliError> {
    if !config.enabled {
        return Err(StatsCliError::Disabled);
    }
    let mut store = Store::open(&config.file)?;
    let this_hour = store::hour_of(now);
    let written = match args.command {
        Some(StatsCommand::Purge { older_than_days }) => {
            let keep = days(older_than_days.unwrap_or(config.retention_days));
            let before = store::hour_of(now.checked_sub(keep).unwrap_or(SystemTime::UNIX_EPOCH));
            let n = store.purge(before)?;
            store.compact()?;
            writeln!(
                out,
                "purged {n} hourly counters older than {} days",
                keep.as_secs() / 86_400
            )
        }
        None => {
            let from = args.days.map_or(0, |n| this_hour - i64::from(n) * 24 + 1);
            let period = Period {
                from,
                to: this_hour,
            };
            let totals = store.totals(period.from, period.to)?;
            out.write_all(export::render(args.format, period, &totals).as_bytes())
        }
    };
    written.map_err(|e| StatsCliError::Output(e.to_string()))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::stats::{Counter, Route, Stage};

    fn config(dir: &std::path::Path) -> crate::config::Stats {
        crate::config::Stats {
            enabled: true,
            retention_days: 400,
            file: dir.join("funnel.sqlite"),
        }
    }

    #[test]
    fn purge_deletes_the_hours_older_than_asked_and_keeps_the_rest() -> Result<(), StatsCliError> {
        let dir = tempfile::tempdir().map_err(|e| StatsCliError::Output(e.to_string()))?;
        let config = config(dir.path());
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000 * 24 * 3600);
        let counts: BTreeMap<Counter, u64> =
            [(Counter::Entered(Route::Recovery, Stage::Recovery), 1)].into();
        {
            let mut store = Store::open(&config.file)?;
            for days_ago in [1_u64, 10, 500] {
                let then = now - Duration::from_secs(days_ago * 24 * 3600);
                store.fold(store::hour_of(then), &counts)?;
            }
        }
        let print = StatsArgs {
            command: None,
            format: Format::Csv,
            days: None,
        };
        let rows = |config: &crate::config::Stats| -> Result<String, StatsCliError> {
            let mut out = Vec::new();
            run(&print, config, now, &mut out)?;
            Ok(String::from_utf8_lossy(&out).into_owned())
        };
        assert!(rows(&config)?.contains("entered,recovery,recovery,,3\n"));

        // The configured retention (400 days) drops the hour 500 days ago.
        let purge = |older_than_days| StatsArgs {
            command: Some(StatsCommand::Purge { older_than_days }),
            format: Format::Csv,
            days: None,
        };
        let mut said = Vec::new();
        run(&purge(None), &config, now, &mut said)?;
        assert_eq!(
            String::from_utf8_lossy(&said),
            "purged 1 hourly counters older than 400 days\n"
        );
        assert!(rows(&config)?.contains("entered,recovery,recovery,,2\n"));
        run(&purge(Some(5)), &config, now, &mut Vec::new())?;
        assert!(rows(&config)?.contains("entered,recovery,recovery,,1\n"));
        // --days counts back from now: the one left is a day old, before the last 24 hours.
        let mut out = Vec::new();
        let last_day = StatsArgs {
            days: Some(1),
            ..print.clone()
        };
        run(&last_day, &config, now, &mut out)?;
        assert!(!String::from_utf8_lossy(&out).contains("entered"));
        Ok(())
    }

    #[test]
    fn a_disabled_funnel_is_said_and_makes_no_file() -> Result<(), std::io::Error> {
        let dir = tempfile::tempdir()?;
        let mut config = config(dir.path());
        config.enabled = false;
        let args = StatsArgs {
            command: None,
            format: Format::Json,
            days: None,
        };
        assert_eq!(
            run(&args, &config, SystemTime::now(), Vec::new()),
            Err(StatsCliError::Disabled)
        );
        assert!(!config.file.exists());
        Ok(())
    }
}
