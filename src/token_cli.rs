//! `kenpos-kiosk token set|status|clear`: provisioning the device token (for staff).
//!
//! The token is read from stdin, never from the command line, and never printed.

use std::io::{BufRead, IsTerminal, Write};

use clap::{Args, Subcommand};
use zeroize::Zeroizing;

use crate::device_token::{
    DeviceTokenConfig, DeviceTokenStore, TokenError, install_platform_store,
};

/// `kenpos-kiosk token …`.
#[derive(Debug, Clone, PartialEq, Eq, Args)]
pub struct TokenArgs {
    /// What to do.
    #[command(subcommand)]
    pub command: TokenCommand,
}

/// Device token subcommands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Subcommand)]
pub enum TokenCommand {
    /// Store the device token, read as one line from stdin (never from the command line).
    Set,
    /// Show where the token is kept and whether it is present (never the token).
    Status,
    /// Remove the stored token.
    Clear,
}

/// The prompt shown on stderr when the token is typed or pasted at a terminal.
pub const PROMPT: &str = "paste the device token, then Enter: ";

/// Runs `command` against the store `config` selects, with the process's stdin and
/// stdout. At a terminal, `set` prompts on stderr and reads without echo. Starts the
/// platform credential store first when the config uses it.
///
/// # Errors
/// As [`run`].
pub fn run_stdio(command: &TokenCommand, config: &DeviceTokenConfig) -> Result<(), TokenError> {
    let stdin = std::io::stdin();
    if *command == TokenCommand::Set && stdin.is_terminal() {
        #[allow(
            clippy::print_stderr,
            reason = "the prompt of a staff provisioning tool"
        )]
        {
            eprint!("{PROMPT}");
        }
        let line = rpassword::read_password()
            .map(Zeroizing::new)
            .map_err(|e| console("read the token from the terminal", &e))?;
        let store = store_for(config)?;
        store.set(&line)?;
        return report_set(&store, std::io::stdout().lock());
    }
    run(command, config, stdin.lock(), std::io::stdout().lock())
}

/// Runs `command` against the store `config` selects; `set` reads one line from
/// `stdin`. Reports go to `out` and never contain the token. Starts the platform
/// credential store first when the config uses it (a no-op when a store, e.g. a test's
/// mock store, is already installed).
///
/// # Errors
/// The store's errors ([`TokenError`]); the caller turns them into an exit code.
pub fn run(
    command: &TokenCommand,
    config: &DeviceTokenConfig,
    mut stdin: impl BufRead,
    mut out: impl Write,
) -> Result<(), TokenError> {
    let store = store_for(config);
    match command {
        TokenCommand::Set => {
            let store = store?;
            let mut line = Zeroizing::new(String::with_capacity(1024));
            stdin
                .read_line(&mut line)
                .map_err(|e| console("read the token from stdin", &e))?;
            store.set(&line)?;
            report_set(&store, out)
        }
        TokenCommand::Status => {
            let described = DeviceTokenStore::from_config(config).describe();
            let (present, error) = match store.and_then(|store| store.get()) {
                Ok(token) => (Some(token.is_some()), None),
                Err(error) => (None, Some(error)),
            };
            let state = match present {
                Some(true) => "present",
                Some(false) => "absent",
                None => "unavailable (see the error below)",
            };
            writeln!(out, "store: {described}\ntoken: {state}")
                .map_err(|e| console("write the report", &e))?;
            error.map_or(Ok(()), Err)
        }
        TokenCommand::Clear => {
            let store = store?;
            let was_there = store.clear()?;
            let what = if was_there {
                "device token removed from"
            } else {
                "no device token was stored in"
            };
            writeln!(out, "{what} {}", store.describe())
                .map_err(|e| console("write the report", &e))
        }
    }
}

/// The configured store, with the platform credential store started when needed.
fn store_for(config: &DeviceTokenConfig) -> Result<DeviceTokenStore, TokenError> {
    let store = DeviceTokenStore::from_config(config);
    if matches!(store, DeviceTokenStore::Keyring { .. })
        && keyring_core::get_default_store().is_none()
    {
        install_platform_store()?;
    }
    Ok(store)
}

fn report_set(store: &DeviceTokenStore, mut out: impl Write) -> Result<(), TokenError> {
    writeln!(out, "device token stored in {}", store.describe())
        .map_err(|e| console("write the report", &e))
}

fn console(action: &'static str, error: &std::io::Error) -> TokenError {
    TokenError::Console {
        action,
        reason: error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{CommandFactory, Parser};

    #[derive(Debug, Parser)]
    struct Probe {
        #[command(subcommand)]
        top: Top,
    }

    #[derive(Debug, Subcommand)]
    enum Top {
        Token(TokenArgs),
    }

    #[test]
    fn the_token_is_never_taken_from_argv() {
        Probe::command().debug_assert();
        let parsed = Probe::try_parse_from(["kenpos-kiosk", "token", "set"]).unwrap();
        let Top::Token(args) = parsed.top;
        assert_eq!(args.command, TokenCommand::Set);
        for argv in [
            &["kenpos-kiosk", "token", "set", "s3cret"][..],
            &["kenpos-kiosk", "token", "set", "--token", "s3cret"],
            &["kenpos-kiosk", "token"],
        ] {
            assert!(Probe::try_parse_from(argv).is_err(), "{argv:?}");
        }
    }
}
