//! Logging with `tracing`: to stderr and to a daily-rotated file in the data dir.
//!
//! Events describe the flow (screen changes, request outcomes, durations). Never put a
//! value the member typed into an event. The project's own crates log at INFO, every
//! dependency at WARN (one of them logs the window attributes, the icon's pixels
//! included, at INFO: 262,000 lines a start); `KENPOS_LOG` overrides both.

use std::path::{Path, PathBuf};

use tracing_appender::non_blocking::WorkerGuard;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{EnvFilter, fmt};

/// How many daily log files are kept: older ones are deleted (a week of logs).
pub const KEEP_LOG_FILES: usize = 7;

/// What is logged unless `KENPOS_LOG` says otherwise.
pub const DEFAULT_FILTER: &str =
    "warn,kenpos_kiosk=info,kenpos_reference=info,kenpos_client=info,kenpos_rules=info";

/// The log directory: `<data dir>/logs`.
pub fn log_dir() -> Option<PathBuf> {
    crate::project_dirs().map(|d| d.data_local_dir().join("logs"))
}

/// The filter: `KENPOS_LOG` when set and valid, else [`DEFAULT_FILTER`].
pub fn filter() -> EnvFilter {
    EnvFilter::try_from_env("KENPOS_LOG").unwrap_or_else(|_| EnvFilter::new(DEFAULT_FILTER))
}

/// Creates the log directory readable by this user only (0700) and makes the log files
/// already in it 0600 (a new day's file is created with the umask, inside the 0700
/// directory, and made 0600 at the next start).
///
/// # Errors
/// When the directory cannot be created.
pub fn prepare_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
        for entry in std::fs::read_dir(dir)?.flatten() {
            if entry.file_type().is_ok_and(|t| t.is_file()) {
                // Best effort: a file of another user stays as it is.
                let _ =
                    std::fs::set_permissions(entry.path(), std::fs::Permissions::from_mode(0o600));
            }
        }
    }
    Ok(())
}

/// Starts logging. Keep the guard alive until exit so the file is flushed. Without a
/// usable log dir, logs go to stderr only (and say so).
pub fn init(dir: Option<PathBuf>) -> Option<WorkerGuard> {
    let stderr = fmt::layer().with_writer(std::io::stderr).with_target(false);
    let appender = dir.as_ref().and_then(|dir| {
        prepare_dir(dir).ok()?;
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
                .with(filter())
                .with(stderr)
                .with(file)
                .try_init();
            Some(guard)
        }
        None => {
            let _ = tracing_subscriber::registry()
                .with(filter())
                .with(stderr)
                .try_init();
            tracing::warn!("no usable log directory; logging to stderr only");
            None
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use std::sync::{Arc, Mutex};

    use super::*;

    #[derive(Clone, Default)]
    struct Buffer(Arc<Mutex<Vec<u8>>>);

    impl std::io::Write for Buffer {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn dependencies_log_warnings_only_and_the_app_its_flow() {
        let buffer = Buffer::default();
        let writer = buffer.clone();
        let subscriber = tracing_subscriber::registry()
            .with(EnvFilter::new(DEFAULT_FILTER))
            .with(
                fmt::layer()
                    .with_writer(move || writer.clone())
                    .with_ansi(false),
            );
        tracing::subscriber::with_default(subscriber, || {
            tracing::info!(target: "iced_winit::window", "window attributes [0, 0, 0, 255]");
            tracing::info!(target: "wgpu_hal::vulkan", "adapter");
            tracing::warn!(target: "winit::x11", "dependency warning");
            tracing::info!(target: "kenpos_kiosk::app", "screen opened");
            tracing::info!(target: "kenpos_reference", "login");
        });
        let text = String::from_utf8(buffer.0.lock().unwrap().clone()).unwrap();
        assert!(!text.contains("window attributes"), "{text}");
        assert!(!text.contains("adapter"), "{text}");
        for kept in ["dependency warning", "screen opened", "login"] {
            assert!(text.contains(kept), "{kept}: {text}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn the_log_directory_and_its_files_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("logs");
        std::fs::create_dir_all(&dir).unwrap();
        let old = dir.join("kenpos-kiosk.2026-12-01.log");
        std::fs::write(&old, "x\n").unwrap();
        std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o644)).unwrap();
        prepare_dir(&dir).unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&dir), 0o700);
        assert_eq!(mode(&old), 0o600);
    }
}
