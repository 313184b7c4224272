//! Command-line entry points the app's binary mounts as subcommands
//! (`kenpos-kiosk serve-reference`, `kenpos-kiosk outbox`).
#![allow(clippy::print_stdout)]

use std::net::SocketAddr;
use std::path::PathBuf;

use kenpos_contract::Secret;

use crate::{Database, ReferenceError, ReferenceOptions, SmtpSettings, SmtpTls, outbox, start};

/// `serve-reference`: run the reference backend until Ctrl-C.
#[derive(Debug, Clone, clap::Args)]
pub struct ServeArgs {
    /// Address to listen on (loopback recommended).
    #[arg(long, default_value = "127.0.0.1:8787")]
    pub listen: SocketAddr,
    /// SQLite data file (created and seeded if new); in memory when absent.
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// Serve the dev-only outbox endpoint.
    #[arg(long)]
    pub dev_endpoints: bool,
    /// Print one new device token to stdout at start (it is shown only once).
    #[arg(long)]
    pub issue_device_token: bool,
    /// Base URL for links in emails (default: http://{listen}).
    #[arg(long)]
    pub public_base_url: Option<String>,
    /// Login-ID prefix of the society.
    #[arg(long, default_value = "7132")]
    pub login_id_prefix: String,
    /// Do not insert the demo seed into a new database.
    #[arg(long)]
    pub no_seed: bool,
    /// Use tiny argon2id parameters (tests and CI only: much faster, much weaker).
    #[arg(long)]
    pub insecure_fast_hashing: bool,
    /// Also deliver emails over SMTP via this host (the outbox keeps them either way).
    #[arg(long, requires = "smtp_from")]
    pub smtp_host: Option<String>,
    /// SMTP port.
    #[arg(long, default_value_t = 587)]
    pub smtp_port: u16,
    /// SMTP connection security.
    #[arg(long, value_enum, default_value_t = SmtpTls::Starttls)]
    pub smtp_tls: SmtpTls,
    /// SMTP sender, e.g. "KENPOS <no-reply@example.jp>".
    #[arg(long)]
    pub smtp_from: Option<String>,
    /// SMTP login name.
    #[arg(long)]
    pub smtp_username: Option<String>,
    /// Name of the environment variable holding the SMTP password (never on the command line).
    #[arg(long, default_value = "KENPOS_SMTP_PASSWORD")]
    pub smtp_password_env: String,
}

impl ServeArgs {
    fn smtp(&self) -> Option<SmtpSettings> {
        let host = self.smtp_host.clone()?;
        Some(SmtpSettings {
            host,
            port: self.smtp_port,
            tls: self.smtp_tls,
            username: self.smtp_username.clone(),
            password: std::env::var(&self.smtp_password_env).ok().map(Secret::new),
            from: self.smtp_from.clone().unwrap_or_default(),
        })
    }
}

/// Runs the server until Ctrl-C.
pub async fn run_serve(args: ServeArgs) -> Result<(), ReferenceError> {
    let smtp = args.smtp();
    let opts = ReferenceOptions {
        smtp,
        listen: args.listen,
        database: args.data.map_or(Database::Memory, Database::File),
        dev_endpoints: args.dev_endpoints,
        public_base_url: args.public_base_url,
        login_id_prefix: args.login_id_prefix,
        seed_demo: !args.no_seed,
        hash_cost: if args.insecure_fast_hashing {
            crate::HashCost::Minimal
        } else {
            crate::HashCost::Standard
        },
        ..ReferenceOptions::default()
    };
    let server = start(opts).await?;
    if args.issue_device_token {
        println!("{}", server.issue_device_token()?);
    }
    tracing::info!(target: "kenpos_reference", addr = %server.addr(), "serving until Ctrl-C");
    let _ = tokio::signal::ctrl_c().await;
    server.shutdown().await;
    Ok(())
}

/// `outbox`: list the emails of a data file, or of a running server.
#[derive(Debug, Clone, clap::Args)]
pub struct OutboxArgs {
    /// SQLite data file of a reference backend.
    #[arg(long, conflicts_with = "url")]
    pub data: Option<PathBuf>,
    /// Base URL of a running reference backend with dev endpoints on.
    #[arg(long, requires = "device_token")]
    pub url: Option<String>,
    /// Device token for `--url`.
    #[arg(long)]
    pub device_token: Option<String>,
}

/// Prints the outbox as text.
pub async fn run_outbox(args: OutboxArgs) -> Result<(), ReferenceError> {
    let messages = match (args.data, args.url) {
        (Some(path), None) => outbox::read_file(&path)?,
        (None, Some(url)) => {
            let token = args.device_token.unwrap_or_default();
            crate::install_crypto_provider();
            let resp = reqwest::Client::new()
                .get(format!(
                    "{}{}",
                    url.trim_end_matches('/'),
                    kenpos_contract::paths::DEV_OUTBOX
                ))
                .bearer_auth(token)
                .send()
                .await
                .map_err(|e| {
                    ReferenceError::Remote(if e.is_connect() {
                        "connection failed".into()
                    } else {
                        "request failed".into()
                    })
                })?;
            if !resp.status().is_success() {
                return Err(ReferenceError::Remote(format!(
                    "status {}",
                    resp.status().as_u16()
                )));
            }
            resp.json::<kenpos_contract::OutboxResponse>()
                .await
                .map_err(|_| ReferenceError::Remote("unexpected reply".into()))?
                .messages
        }
        _ => return Err(ReferenceError::Args("give --data FILE or --url URL".into())),
    };
    print!("{}", outbox::render(&messages));
    Ok(())
}
