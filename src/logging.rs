//! Logging with `tracing`: to stderr and to a daily-rotated file in the data dir.
//!
//! Events describe the flow (screen changes, request outcomes, durations). Never put a
//! value the member typed into an event.

use std::path::PathBuf;

use tracing_appender::non_blocking::WorkerGuard;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{EnvFilter, fmt};

/// How many daily log files are kept.
pub const KEEP_LOG_FILES: usize = 7;

/// The log directory: `<data dir>/logs`.
pub fn log_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("jp", "KENPOS", "kenpos-kiosk")
        .map(|d| d.data_local_dir().join("logs"))
}

/// Starts logging. Keep the guard alive until exit so the file is flushed. Without a
/// usable log dir, logs go to stderr only (and say so).
pub fn init(dir: Option<PathBuf>) -> Option<WorkerGuard> {
    let filter = EnvFilter::try_from_env("KENPOS_LOG").unwrap_or_else(|_| {
        EnvFilter::new("info,wgpu=warn,naga=warn,iced_wgpu=warn,cosmic_text=warn")
    });
    let stderr = fmt::layer().with_writer(std::io::stderr).with_target(false);
    let appender = dir.as_ref().and_then(|dir| {
        std::fs::create_dir_all(dir).ok()?;
        tracing_appender::rolling::Builder::new()
            .rotation(tracing_appender::rolling::Rotation::DAILY)
            .filename_prefix("kenpos-kiosk")
            .filename_suffix("log")
            .max_log_files(KEEP_LOG_FILES)
            .build(dir)
            .ok()
    });
    match appender {
        Some(appender) => {
            let (writer, guard) = tracing_appender::non_blocking(appender);
            let file = fmt::layer().with_writer(writer).with_ansi(false);
            let _ = tracing_subscriber::registry()
                .with(filter)
                .with(stderr)
                .with(file)
                .try_init();
            Some(guard)
        }
        None => {
            let _ = tracing_subscriber::registry()
                .with(filter)
                .with(stderr)
                .try_init();
            tracing::warn!("no usable log directory; logging to stderr only");
            None
        }
    }
}
