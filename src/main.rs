//! The `kenpos-kiosk` binary: parses the command line, starts logging, loads the config,
//! sets up the backend and runs the app (or the config error screen). Subcommands run
//! the reference backend standalone and list its outbox.

use std::process::ExitCode;

use kenpos_kiosk::app::{self, Boot};
use kenpos_kiosk::backend;
use kenpos_kiosk::cli::{Cli, Command};
use kenpos_kiosk::config::{self, Mode};
use kenpos_kiosk::logging;

fn main() -> ExitCode {
    let cli = Cli::parse_args();
    if let Some(Command::Token(args)) = &cli.command {
        return token_command(&args.command, &cli);
    }
    if let Some(Command::Pin(args)) = &cli.command {
        return pin_command(args.command);
    }
    if let Some(Command::Stats(args)) = &cli.command {
        return stats_command(args, &cli);
    }
    let _log_guard = logging::init(logging::log_dir());
    kenpos_kiosk::panic_hook::install();
    match cli.command {
        Some(Command::ServeReference(args)) => {
            return run_async(kenpos_reference::cli::run_serve(args));
        }
        Some(Command::Outbox(args)) => return run_async(kenpos_reference::cli::run_outbox(args)),
        Some(Command::Token(_) | Command::Pin(_) | Command::Stats(_)) | None => {}
    }
    tracing::info!(version = kenpos_kiosk::cli::version(), "starting");

    let boot = match config::load(config::resolve_path(cli.config.as_deref())) {
        Ok(loaded) => {
            for key in &loaded.unknown_keys {
                tracing::warn!(key = key.as_str(), "unknown config key ignored");
            }
            if loaded.pin_hash_exposed {
                tracing::warn!(
                    "the config file holds the staff exit PIN hash and other users can read it: make it readable by the kiosk user only (chmod 600)"
                );
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
            match backend::connect(&config, remote_device_token(&config)) {
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

/// The device token for a remote backend, from the configured store (none for the
/// embedded backend, which issues its own).
fn remote_device_token(config: &config::Config) -> Option<kenpos_contract::Secret> {
    use kenpos_kiosk::device_token::{DeviceTokenStore, StoreKind, install_platform_store};
    if config.backend.url == config::BackendUrl::Embedded {
        return None;
    }
    if config.device_token.store == StoreKind::Keyring
        && let Err(error) = install_platform_store()
    {
        tracing::warn!(%error, "no credential store for the device token");
        return None;
    }
    match DeviceTokenStore::from_config(&config.device_token).get() {
        Ok(Some(token)) => Some(kenpos_contract::Secret::new(token.as_str())),
        Ok(None) => {
            tracing::warn!("no device token provisioned: run `kenpos-kiosk token set`");
            None
        }
        Err(error) => {
            tracing::warn!(%error, "device token unreadable");
            None
        }
    }
}

/// `kenpos-kiosk token set|status|clear`: runs without the window; exit 0 on success,
/// 1 on any error (printed on stderr, never containing the token).
fn token_command(command: &kenpos_kiosk::token_cli::TokenCommand, cli: &Cli) -> ExitCode {
    with_config(cli, |config| {
        kenpos_kiosk::token_cli::run_stdio(command, &config.device_token)
    })
}

/// `kenpos-kiosk stats …`: the counters on stdout (exit 0), or 1 and the reason on stderr.
fn stats_command(args: &kenpos_kiosk::stats_cli::StatsArgs, cli: &Cli) -> ExitCode {
    with_config(cli, |config| {
        let now = std::time::SystemTime::now();
        kenpos_kiosk::stats_cli::run(args, &config.stats, now, std::io::stdout().lock())
    })
}

/// A staff command that needs the config: loads it and runs `command`; exit 0, or 1 with
/// the reason (the config's or the command's) on stderr.
#[allow(
    clippy::print_stderr,
    reason = "a staff command line tool reports on stderr"
)]
fn with_config<E: std::fmt::Display>(
    cli: &Cli,
    command: impl FnOnce(config::Config) -> Result<(), E>,
) -> ExitCode {
    let result = match config::load(config::resolve_path(cli.config.as_deref())) {
        Ok(loaded) => command(loaded.config).map_err(|e| e.to_string()),
        Err(error) => Err(error.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(reason) => {
            eprintln!("error: {reason}");
            ExitCode::FAILURE
        }
    }
}

/// `kenpos-kiosk pin hash`: exit 0 and the hash on stdout, or 1 and the reason on stderr
/// (never the PIN).
#[allow(
    clippy::print_stderr,
    reason = "a staff command line tool reports on stderr"
)]
fn pin_command(command: kenpos_kiosk::pin_cli::PinCommand) -> ExitCode {
    match kenpos_kiosk::pin_cli::run_stdio(command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}
