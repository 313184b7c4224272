//! The `kenpos-kiosk` binary: parses the command line, starts logging, loads the config
//! and runs the app (or the config error screen).

use std::process::ExitCode;

use clap::Parser;
use kenpos_kiosk::app::{self, Boot};
use kenpos_kiosk::cli::Cli;
use kenpos_kiosk::config::{self, Mode};
use kenpos_kiosk::logging;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let _log_guard = logging::init(logging::log_dir());
    tracing::info!(version = kenpos_kiosk::cli::version(), "starting");

    let boot = match config::load(config::resolve_path(cli.config.as_deref())) {
        Ok(loaded) => {
            for key in &loaded.unknown_keys {
                tracing::warn!(key = key.as_str(), "unknown config key ignored");
            }
            let mut config = loaded.config;
            if let Some(lang) = cli.lang {
                config.default_language = lang.into();
            }
            if let Some(backend) = cli.backend {
                config.backend.url = backend;
            }
            if cli.windowed {
                config.mode = Mode::Windowed;
            } else if cli.kiosk {
                config.mode = Mode::Kiosk;
            }
            Boot::Ready(Box::new(config))
        }
        Err(error) => {
            tracing::error!(%error, "config unusable");
            Boot::ConfigError(error)
        }
    };

    match app::run(boot) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!(%error, "the window could not be run");
            ExitCode::FAILURE
        }
    }
}
