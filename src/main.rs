//! The `kenpos-kiosk` binary: parses the command line, starts logging, loads the config,
//! sets up the backend and runs the app (or the config error screen). Subcommands run
//! the reference backend standalone and list its outbox.

use std::process::ExitCode;

use clap::Parser;
use kenpos_kiosk::app::{self, Boot};
use kenpos_kiosk::backend;
use kenpos_kiosk::cli::{Cli, Command};
use kenpos_kiosk::config::{self, Mode};
use kenpos_kiosk::logging;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let _log_guard = logging::init(logging::log_dir());
    match cli.command {
        Some(Command::ServeReference(args)) => {
            return run_async(kenpos_reference::cli::run_serve(args));
        }
        Some(Command::Outbox(args)) => return run_async(kenpos_reference::cli::run_outbox(args)),
        None => {}
    }
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
            match backend::connect(&config, None) {
                Ok((embedded, backend)) => {
                    let result = app::run(Boot::Ready(Box::new(config), backend));
                    if let Some(embedded) = embedded {
                        embedded.stop();
                    }
                    return exit(result);
                }
                Err(error) => {
                    tracing::error!(%error, "backend link could not be set up");
                    return ExitCode::FAILURE;
                }
            }
        }
        Err(error) => {
            tracing::error!(%error, "config unusable");
            Boot::ConfigError(error)
        }
    };
    exit(app::run(boot))
}

fn exit(result: iced::Result) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!(%error, "the window could not be run");
            ExitCode::FAILURE
        }
    }
}

fn run_async<E: std::fmt::Display>(future: impl Future<Output = Result<(), E>>) -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            tracing::error!(%error, "could not start the async runtime");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(future) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!(%error, "failed");
            ExitCode::FAILURE
        }
    }
}
