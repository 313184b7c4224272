//! `kenpos-kiosk pin hash`: makes the argon2id hash of the staff exit PIN for
//! `kiosk.exit_pin_hash`. The PIN is read from stdin (never from the command line),
//! held in zeroizing memory and never printed; only the hash is.

use std::io::{BufRead, IsTerminal, Write};

use clap::{Args, Subcommand};
use zeroize::Zeroizing;

use crate::kiosk::{PinError, hash_pin};

/// `kenpos-kiosk pin …`.
#[derive(Debug, Clone, PartialEq, Eq, Args)]
pub struct PinArgs {
    /// What to do.
    #[command(subcommand)]
    pub command: PinCommand,
}

/// Staff exit PIN subcommands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Subcommand)]
pub enum PinCommand {
    /// Read the PIN (at least 6 digits) as one line from stdin and print its argon2id
    /// hash, to paste into the config as `kiosk.exit_pin_hash`.
    Hash,
}

/// Why `pin hash` failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PinCliError {
    /// The PIN was refused (too short, not digits) or could not be hashed.
    #[error(transparent)]
    Pin(#[from] PinError),
    /// The two PINs typed at the terminal differ.
    #[error("the two PINs differ")]
    Mismatch,
    /// Reading stdin or writing stdout failed.
    #[error("could not {action}: {reason}")]
    Console {
        /// What was being done.
        action: &'static str,
        /// The system's words.
        reason: String,
    },
}

/// Runs `command` with the process's stdin and stdout. At a terminal the PIN is typed
/// twice without echo (prompts on stderr).
///
/// # Errors
/// As [`run`], and [`PinCliError::Mismatch`].
pub fn run_stdio(command: PinCommand) -> Result<(), PinCliError> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        let first = prompt("staff exit PIN (6 or more digits): ")?;
        let second = prompt("the same PIN again: ")?;
        if first != second {
            return Err(PinCliError::Mismatch);
        }
        return print_hash(command, &first, std::io::stdout().lock());
    }
    run(command, stdin.lock(), std::io::stdout().lock())
}

fn prompt(text: &str) -> Result<Zeroizing<String>, PinCliError> {
    #[allow(
        clippy::print_stderr,
        reason = "the prompt of a staff provisioning tool"
    )]
    {
        eprint!("{text}");
    }
    rpassword::read_password()
        .map(Zeroizing::new)
        .map_err(|e| console("read the PIN from the terminal", &e))
}

/// Reads one line (the PIN) from `stdin` and writes its hash to `out`.
///
/// # Errors
/// The PIN is refused ([`PinError`]) or the console fails.
pub fn run(
    command: PinCommand,
    mut stdin: impl BufRead,
    out: impl Write,
) -> Result<(), PinCliError> {
    let mut line = Zeroizing::new(String::with_capacity(64));
    stdin
        .read_line(&mut line)
        .map_err(|e| console("read the PIN from stdin", &e))?;
    print_hash(command, &line, out)
}

fn print_hash(command: PinCommand, pin: &str, mut out: impl Write) -> Result<(), PinCliError> {
    match command {
        PinCommand::Hash => {
            let pin = pin.trim_end_matches(['\n', '\r']);
            let hash = hash_pin(pin)?;
            writeln!(out, "{hash}").map_err(|e| console("write the hash", &e))
        }
    }
}

fn console(action: &'static str, error: &std::io::Error) -> PinCliError {
    PinCliError::Console {
        action,
        reason: error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kiosk::PinHash;
    use clap::{CommandFactory, Parser};

    #[derive(Debug, Parser)]
    struct Probe {
        #[command(subcommand)]
        top: Top,
    }

    #[derive(Debug, Subcommand)]
    enum Top {
        Pin(PinArgs),
    }

    #[test]
    fn the_pin_is_never_taken_from_argv() {
        Probe::command().debug_assert();
        assert!(Probe::try_parse_from(["kenpos-kiosk", "pin", "hash"]).is_ok());
        for argv in [
            &["kenpos-kiosk", "pin", "hash", "123456"][..],
            &["kenpos-kiosk", "pin", "hash", "--pin", "123456"],
            &["kenpos-kiosk", "pin"],
        ] {
            assert!(Probe::try_parse_from(argv).is_err(), "{argv:?}");
        }
    }

    #[test]
    fn hash_prints_a_phc_string_that_verifies_and_never_the_pin() {
        let mut out = Vec::new();
        run(PinCommand::Hash, &b"90210375\n"[..], &mut out).unwrap();
        let printed = String::from_utf8(out).unwrap();
        assert!(!printed.contains("90210375"));
        let hash = PinHash::parse(printed.trim()).unwrap();
        assert!(hash.verify("90210375"));
        assert!(!hash.verify("90210376"));
    }

    #[test]
    fn short_or_non_digit_pins_are_refused() {
        for pin in [&b"12345\n"[..], b"\n", b"", b"abcdef\n", b"123 456\n"] {
            let mut out = Vec::new();
            let err = run(PinCommand::Hash, pin, &mut out).unwrap_err();
            assert!(matches!(err, PinCliError::Pin(_)), "{err:?}");
            assert!(out.is_empty());
        }
    }
}
