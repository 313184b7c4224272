//! The command line.

use std::path::PathBuf;
use std::sync::LazyLock;

use clap::{Parser, ValueEnum};

use crate::config::BackendUrl;
use crate::i18n::Language;

/// The version line: package version, the git commit and the date it was built from
/// (set by `build.rs`).
pub fn version() -> &'static str {
    static VERSION: LazyLock<String> = LazyLock::new(|| {
        format!(
            "{} ({} {})",
            env!("CARGO_PKG_VERSION"),
            env!("KENPOS_GIT_HASH"),
            env!("KENPOS_BUILD_DATE")
        )
    });
    &VERSION
}

/// KENPOS help-desk kiosk: first login and signup for members of a health insurance
/// society, in Japanese or English.
#[derive(Debug, Parser)]
#[command(name = "kenpos-kiosk", version = version())]
pub struct Cli {
    /// Config file (default: the platform config dir; or $KENPOS_KIOSK_CONFIG).
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Backend: `embedded` (the reference backend, in-process) or an https URL.
    #[arg(long, value_name = "URL", value_parser = parse_backend)]
    pub backend: Option<BackendUrl>,

    /// Language a session starts in.
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,

    /// Run in a normal window (staff desk).
    #[arg(long, conflicts_with = "kiosk")]
    pub windowed: bool,

    /// Run fullscreen as a kiosk.
    #[arg(long)]
    pub kiosk: bool,

    /// A subcommand instead of the app.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Run the reference backend standalone (demo, training, tests).
    ServeReference(kenpos_reference::cli::ServeArgs),
    /// List the emails the reference backend has "sent".
    Outbox(kenpos_reference::cli::OutboxArgs),
    /// Provision the device token (read from stdin) in the OS credential store or the
    /// file named in `[device_token]`.
    Token(crate::token_cli::TokenArgs),
    /// Make the argon2id hash of the staff exit PIN (read from stdin) for
    /// `kiosk.exit_pin_hash`.
    Pin(crate::pin_cli::PinArgs),
    /// Print the anonymous step funnel's counters (CSV, JSON or OpenMetrics), or purge
    /// old ones.
    Stats(crate::stats_cli::StatsArgs),
}

/// `--lang` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// 日本語
    Ja,
    /// English
    En,
}

impl From<LangArg> for Language {
    fn from(value: LangArg) -> Self {
        match value {
            LangArg::Ja => Language::Ja,
            LangArg::En => Language::En,
        }
    }
}

impl Cli {
    /// Parses the process's command line, exiting with clap's message on a mistake. A
    /// mistake in `token …` or `pin …`, where secrets come from stdin, is reported
    /// without echoing what was typed: a token or PIN put on the command line by
    /// mistake is not printed back to the screen.
    pub fn parse_args() -> Cli {
        let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
        match Cli::try_parse_from(&args) {
            Ok(cli) => cli,
            Err(error) => redact(error, &args).exit(),
        }
    }
}

/// `error`, or when `args` name the `token` or `pin` subcommand, a plain error that
/// repeats none of the arguments (help and version output are kept as they are).
pub fn redact(error: clap::Error, args: &[std::ffi::OsString]) -> clap::Error {
    use clap::error::ErrorKind;
    if matches!(
        error.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        return error;
    }
    let secret_reading = args.iter().skip(1).find_map(|a| match a.to_str() {
        Some(name @ ("token" | "pin")) => Some(name),
        _ => None,
    });
    let Some(name) = secret_reading else {
        return error;
    };
    let what = if name == "token" {
        "the device token"
    } else {
        "the PIN"
    };
    clap::Error::raw(
        error.kind(),
        format!(
            "unexpected arguments to `kenpos-kiosk {name}` (not repeated here): {what} is \
             read from stdin, never from the command line; see `kenpos-kiosk {name} --help`\n"
        ),
    )
}

fn parse_backend(value: &str) -> Result<BackendUrl, String> {
    BackendUrl::parse(value, false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_consistent() {
        Cli::command().debug_assert();
    }

    /// What clap says about `argv`, and what the app shows after [`redact`].
    fn errors(argv: &[&str]) -> (String, String) {
        let args: Vec<std::ffi::OsString> = argv.iter().map(Into::into).collect();
        let error = Cli::try_parse_from(&args).unwrap_err();
        let clap = error.render().to_string();
        (clap, redact(error, &args).render().to_string())
    }

    #[test]
    fn a_secret_put_on_the_command_line_is_not_printed_back() {
        let mut echoed = 0;
        for argv in [
            &["kenpos-kiosk", "token", "set", "s3cret-Token-x"][..],
            &["kenpos-kiosk", "token", "set", "--token=s3cret-Token-x"],
            &[
                "kenpos-kiosk",
                "--config",
                "/c.toml",
                "token",
                "s3cret-Token-x",
            ],
            &["kenpos-kiosk", "pin", "hash", "s3cret-Token-x"],
            &["kenpos-kiosk", "pin", "s3cret-Token-x"],
        ] {
            let (clap, shown) = errors(argv);
            echoed += usize::from(clap.contains("s3cret-Token-x"));
            assert!(!shown.contains("s3cret-Token-x"), "{argv:?}: {shown}");
            assert!(shown.contains("stdin"), "{shown}");
        }
        assert!(
            echoed >= 3,
            "clap itself echoes the secret: the redaction is needed"
        );
        // Other mistakes keep clap's own message; help stays help.
        assert!(errors(&["kenpos-kiosk", "--lang", "fr"]).1.contains("fr"));
        assert!(
            errors(&["kenpos-kiosk", "token", "--help"])
                .1
                .contains("Usage")
        );
    }

    #[test]
    fn parses_flags() {
        let cli = Cli::try_parse_from([
            "kenpos-kiosk",
            "--lang",
            "en",
            "--windowed",
            "--backend",
            "https://k.example",
        ])
        .unwrap();
        assert_eq!(cli.lang, Some(LangArg::En));
        assert!(cli.windowed && !cli.kiosk);
        assert!(matches!(cli.backend, Some(BackendUrl::Remote(_))));
        assert!(Cli::try_parse_from(["kenpos-kiosk", "--windowed", "--kiosk"]).is_err());
        assert!(Cli::try_parse_from(["kenpos-kiosk", "--lang", "fr"]).is_err());
        assert!(Cli::try_parse_from(["kenpos-kiosk", "--backend", "http://10.1.2.3"]).is_err());
    }
}
