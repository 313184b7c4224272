//! Reference KENPOS backend: a real HTTP server (axum) with SQLite, used embedded by the
//! kiosk app (demo mode), standalone for help-desk training, and by every test.
//!
//! * [`start`] binds and spawns the server on the current tokio runtime.
//! * [`RunningServer::issue_device_token`] issues a device token (stored hashed).
//! * [`cli`] holds the `serve` and `outbox` subcommands the app mounts.
//! * [`seed::SEED`] lists the demo members.

pub mod argon;
mod canon;
pub mod cli;
pub mod clock;
mod consents;
mod db;
mod error;
mod idempotency;
mod mail;
pub mod outbox;
mod pages;
mod password;
pub mod purge;
mod routes;
pub mod seed;
pub mod smtp;
mod state;
mod throttle;
mod tokens;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

pub use clock::{Clock, ManualClock, SystemClock};
pub use kenpos_contract::OutboxMessage;
pub use password::HashCost;
pub use routes::served_operations;
pub use smtp::{SmtpSettings, SmtpTls};

use state::AppState;

/// Argon2 runs at once (19 MiB each): at most this many passwords are hashed or
/// checked in parallel; further requests wait their turn.
pub const ARGON2_AT_ONCE: usize = 4;

/// Where the data lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Database {
    /// In memory, gone when the server stops.
    Memory,
    /// A SQLite file (created if missing).
    File(PathBuf),
}

/// Options of [`start`].
#[derive(Clone)]
pub struct ReferenceOptions {
    /// Address to bind (port 0: ephemeral).
    pub listen: SocketAddr,
    /// Database.
    pub database: Database,
    /// Clock (inject a [`ManualClock`] in tests).
    pub clock: Arc<dyn Clock>,
    /// Serve `/api/v1/dev/outbox` (embedded/demo mode and tests only).
    pub dev_endpoints: bool,
    /// Base of links in emails; default `http://{bound addr}`.
    pub public_base_url: Option<String>,
    /// Login-ID prefix of the society (default `7132`).
    pub login_id_prefix: String,
    /// Insert [`seed::SEED`] when the database is new.
    pub seed_demo: bool,
    /// Argon2id cost ([`HashCost::Minimal`] for tests).
    pub hash_cost: HashCost,
    /// Also deliver outbox emails over SMTP (the outbox always keeps them).
    pub smtp: Option<SmtpSettings>,
    /// Device tokens accepted from the start: the embedded backend's own, made with
    /// [`new_device_token`] before the server is up (only their hashes are stored).
    pub device_tokens: Vec<kenpos_contract::Secret>,
}

impl Default for ReferenceOptions {
    fn default() -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            database: Database::Memory,
            clock: Arc::new(SystemClock),
            dev_endpoints: false,
            public_base_url: None,
            login_id_prefix: "7132".to_owned(),
            seed_demo: true,
            hash_cost: HashCost::Standard,
            smtp: None,
            device_tokens: Vec::new(),
        }
    }
}

impl ReferenceOptions {
    /// The app's embedded demo: loopback, ephemeral port, in memory, seeded, dev endpoints on.
    pub fn embedded_demo() -> Self {
        Self {
            dev_endpoints: true,
            ..Self::default()
        }
    }

    /// For tests: like [`ReferenceOptions::embedded_demo`] with the given clock and
    /// [`HashCost::Minimal`] (fast, weak hashing; never for real members).
    pub fn for_tests(clock: Arc<dyn Clock>) -> Self {
        Self {
            clock,
            hash_cost: HashCost::Minimal,
            ..Self::embedded_demo()
        }
    }
}

impl std::fmt::Debug for ReferenceOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReferenceOptions")
            .field("listen", &self.listen)
            .field("database", &self.database)
            .field("dev_endpoints", &self.dev_endpoints)
            .field("public_base_url", &self.public_base_url)
            .field("login_id_prefix", &self.login_id_prefix)
            .field("seed_demo", &self.seed_demo)
            .field("hash_cost", &self.hash_cost)
            .field("smtp", &self.smtp)
            .finish_non_exhaustive()
    }
}

/// Errors of the reference backend's Rust API.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ReferenceError {
    /// Could not bind the listen address.
    #[error("could not bind the listen address")]
    Bind,
    /// The database could not be opened or used.
    #[error("database error")]
    Database,
    /// Password hashing failed.
    #[error("password hashing failed")]
    Hashing,
    /// A running server could not be reached or answered unexpectedly.
    #[error("could not read from the server: {0}")]
    Remote(String),
    /// Bad command-line arguments.
    #[error("invalid arguments: {0}")]
    Args(String),
}

/// A started server. Dropping it without [`RunningServer::shutdown`] leaves it running
/// until the runtime ends.
pub struct RunningServer {
    addr: SocketAddr,
    base_url: String,
    state: Arc<AppState>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<()>,
}

impl std::fmt::Debug for RunningServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RunningServer")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl RunningServer {
    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://{addr}` (no trailing slash).
    pub fn base_url(&self) -> String {
        self.base_url.clone()
    }

    /// Issues a new device token (shown once; only its hash is stored).
    pub fn issue_device_token(&self) -> Result<String, ReferenceError> {
        self.state.issue_device_token()
    }

    /// How many passwords the server has checked at login (argon2 runs) since it
    /// started: a bound on what an attacker can make it do.
    pub fn password_checks(&self) -> u64 {
        self.state
            .password_checks
            .load(std::sync::atomic::Ordering::Relaxed)
    }

    /// The most argon2 runs (password hashes and checks) the server has had going at
    /// once since it started: never more than [`ARGON2_AT_ONCE`].
    pub fn argon2_peak(&self) -> usize {
        self.state
            .argon2_load
            .peak
            .load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Every email "sent", oldest first.
    pub fn outbox(&self) -> Result<Vec<OutboxMessage>, ReferenceError> {
        let conn = self.state.conn();
        outbox::list(&conn).map_err(|_| ReferenceError::Database)
    }

    /// Deletes what has expired now (the server also does this every minute).
    pub fn purge_expired(&self) -> Result<purge::Purged, ReferenceError> {
        let now = self.state.now();
        purge::expired(&self.state.conn(), now).map_err(|_| ReferenceError::Database)
    }

    /// Stops accepting connections and waits for the server task.
    pub async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let _ = (&mut self.task).await;
    }
}

/// A new device token for [`ReferenceOptions::device_tokens`].
pub fn new_device_token() -> kenpos_contract::Secret {
    kenpos_contract::Secret::new(tokens::new_token())
}

/// Installs rustls' ring provider as the process default unless one is installed already.
///
/// reqwest is built without a provider of its own (aws-lc, its default, added about 2 MB
/// and a C build); [`start`], [`start_on`] and the `outbox` command call this, so clients
/// built in the same process (the outbox reader, tests) find one.
pub fn install_crypto_provider() {
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        // Err means another thread installed one first: any installed provider will do.
        let _already = rustls::crypto::ring::default_provider().install_default();
    }
}

/// Opens the database (seeding it if new), binds and spawns the server.
pub async fn start(opts: ReferenceOptions) -> Result<RunningServer, ReferenceError> {
    install_crypto_provider();
    let conn = open_and_seed(&opts).await?;
    let listener = tokio::net::TcpListener::bind(opts.listen)
        .await
        .map_err(|_| ReferenceError::Bind)?;
    serve(opts, conn, listener).await
}

/// Like [`start`], on a listener bound beforehand (`opts.listen` is not used): the
/// address is known, and connections wait in the listener's backlog, before the
/// database is seeded. The embedded backend starts this way beside the window.
pub async fn start_on(
    listener: std::net::TcpListener,
    opts: ReferenceOptions,
) -> Result<RunningServer, ReferenceError> {
    install_crypto_provider();
    let conn = open_and_seed(&opts).await?;
    listener
        .set_nonblocking(true)
        .map_err(|_| ReferenceError::Bind)?;
    let listener = tokio::net::TcpListener::from_std(listener).map_err(|_| ReferenceError::Bind)?;
    serve(opts, conn, listener).await
}

async fn open_and_seed(opts: &ReferenceOptions) -> Result<rusqlite::Connection, ReferenceError> {
    let (conn, is_new) = db::open(&opts.database)?;
    if is_new && opts.seed_demo {
        let prefix = opts.login_id_prefix.clone();
        let cost = opts.hash_cost;
        return tokio::task::spawn_blocking(move || {
            seed::insert(&conn, cost, &prefix).map(|()| conn)
        })
        .await
        .map_err(|_| ReferenceError::Database)?;
    }
    Ok(conn)
}

async fn serve(
    opts: ReferenceOptions,
    conn: rusqlite::Connection,
    listener: tokio::net::TcpListener,
) -> Result<RunningServer, ReferenceError> {
    let addr = listener.local_addr().map_err(|_| ReferenceError::Bind)?;
    let base_url = format!("http://{addr}");
    let public = opts
        .public_base_url
        .clone()
        .unwrap_or_else(|| base_url.clone())
        .trim_end_matches('/')
        .to_owned();
    let dummy_hash = password::hash(opts.hash_cost, "dummy password for timing")
        .ok_or(ReferenceError::Hashing)?;
    let request_hash_key = db::request_hash_key(&conn)?;
    let state = Arc::new(AppState {
        request_hash_key,
        db: Mutex::new(conn),
        clock: opts.clock.clone(),
        dev_endpoints: opts.dev_endpoints,
        public_base_url: public,
        prefix: opts.login_id_prefix.clone(),
        hash_cost: opts.hash_cost,
        dummy_hash,
        idempotency_lock: tokio::sync::Mutex::new(()),
        mailer: opts.smtp.as_ref().map(smtp::Mailer::start).transpose()?,
        password_checks: std::sync::atomic::AtomicU64::new(0),
        argon2: std::sync::Arc::new(tokio::sync::Semaphore::new(ARGON2_AT_ONCE)),
        argon2_load: std::sync::Arc::default(),
    });
    for token in &opts.device_tokens {
        state.accept_device_token(token.expose())?;
    }
    purge::spawn(&state);
    let app = routes::router(state.clone());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        let _ = axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await;
    });
    tracing::info!(target: "kenpos_reference", %addr, "reference backend listening");
    Ok(RunningServer {
        addr,
        base_url,
        state,
        stop: Some(stop),
        task,
    })
}
