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
