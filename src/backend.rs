//! The app's link to the KENPOS backend: the HTTP client, and in embedded mode the
//! reference backend running in-process on loopback. No iced here.

use std::sync::Arc;
use std::time::Duration;

use kenpos_client::{Client, ClientConfig};
use kenpos_contract::Secret;
use kenpos_reference::{Database, ReferenceOptions, RunningServer};

use crate::config::{BackendUrl, Config};

/// What the screens use to reach the backend.
#[derive(Debug, Clone)]
pub struct Backend {
    client: Client,
    demo: bool,
}

/// Why the backend link could not be set up.
#[derive(Debug, Clone, thiserror::Error)]
pub enum BackendError {
    /// The embedded reference backend did not start.
    #[error("the embedded reference backend did not start: {0}")]
    Embedded(String),
    /// The HTTP client could not be built.
    #[error("the HTTP client could not be built")]
    Client,
}

impl Backend {
    /// A backend at `base_url` with this device token.
    pub fn new(
        base_url: &str,
        device_token: Secret,
        config: &Config,
        demo: bool,
    ) -> Result<Backend, BackendError> {
        let mut client_config = ClientConfig::new(base_url, device_token);
        client_config.connect_timeout = Duration::from_secs(config.backend.connect_timeout_secs);
        client_config.request_timeout = Duration::from_secs(config.backend.request_timeout_secs);
        client_config.extra_roots_pem = config.backend.ca_pem.clone();
        let client = Client::new(client_config).map_err(|_| BackendError::Client)?;
        Ok(Backend { client, demo })
    }

    /// The client.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Whether this is the embedded demo backend (every screen shows DEMO).
    pub fn is_demo(&self) -> bool {
        self.demo
    }
}

/// The reference backend running inside the app, on its own runtime thread.
pub struct Embedded {
    server: Option<tokio::task::JoinHandle<Option<RunningServer>>>,
    runtime: tokio::runtime::Runtime,
    addr: std::net::SocketAddr,
}

impl std::fmt::Debug for Embedded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Embedded")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl Embedded {
    /// Starts the reference backend on `127.0.0.1` with an ephemeral port, an in-memory
    /// database seeded with the demo members, and the dev endpoints (outbox) on.
    ///
    /// Returns at once: the port is bound here and the device token made here, and the
    /// server seeds its members (slow argon2 hashes) on its own thread while the window
    /// opens; requests made meanwhile wait in the port's backlog. If it cannot start, the
    /// error is logged and the app shows what it shows for an unreachable backend.
    pub fn start(config: &Config) -> Result<(Embedded, Backend), BackendError> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("kenpos-reference")
            .enable_all()
            .build()
            .map_err(|e| BackendError::Embedded(e.to_string()))?;
        let listener = std::net::TcpListener::bind(("127.0.0.1", 0))
            .map_err(|e| BackendError::Embedded(e.to_string()))?;
        let addr = listener
            .local_addr()
            .map_err(|e| BackendError::Embedded(e.to_string()))?;
        let token = kenpos_reference::new_device_token();
        let options = ReferenceOptions {
            database: Database::Memory,
            dev_endpoints: true,
            login_id_prefix: config.society.login_id_prefix.as_str().to_owned(),
            seed_demo: true,
            device_tokens: vec![token.clone()],
            ..ReferenceOptions::default()
        };
        let began = std::time::Instant::now();
        let server = runtime.spawn(async move {
            match kenpos_reference::start_on(listener, options).await {
                Ok(server) => {
                    tracing::info!(
                        addr = %server.addr(),
                        ready_ms = began.elapsed().as_millis(),
                        "embedded reference backend ready"
                    );
                    Some(server)
                }
                Err(error) => {
                    tracing::error!(%error, "the embedded reference backend did not start");
                    None
                }
            }
        });
        let backend = Backend::new(&format!("http://{addr}"), token, config, true)?;
        Ok((
            Embedded {
                server: Some(server),
                runtime,
                addr,
            },
            backend,
        ))
    }

    /// Stops the server (waiting for it to finish starting, if it has not yet).
    pub fn stop(mut self) {
        if let Some(server) = self.server.take() {
            self.runtime.block_on(async {
                if let Ok(Some(server)) = server.await {
                    server.shutdown().await;
                }
            });
        }
    }
}

/// Sets up the backend the config names. For a remote backend the device token comes
/// from `device_token` (the device-token store).
pub fn connect(
    config: &Config,
    device_token: Option<Secret>,
) -> Result<(Option<Embedded>, Backend), BackendError> {
    match &config.backend.url {
        BackendUrl::Embedded => Embedded::start(config).map(|(e, b)| (Some(e), b)),
        BackendUrl::Remote(url) => {
            let token = device_token.unwrap_or_else(|| Secret::new(String::new()));
            let base = url.as_str().trim_end_matches('/');
            Backend::new(base, token, config, false).map(|b| (None, b))
        }
    }
}

/// A shared, cheaply clonable handle for messages.
pub type SharedBackend = Arc<Backend>;

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// The embedded backend returns before it has seeded its members; a login sent at
    /// once waits for it and succeeds (the guide's first example member, first
    /// password = birth date), and the embedded device token is accepted.
    #[test]
    fn a_login_sent_while_the_embedded_backend_starts_waits_and_succeeds() {
        let (embedded, backend) = Embedded::start(&Config::default()).unwrap();
        let client = backend.client().clone();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let reply = runtime.block_on(async {
            let flow = client.login_start("7132-091200001").await.unwrap();
            client
                .login_finish(&flow.flow_token, &Secret::new("20000121".to_owned()))
                .await
        });
        let reply = reply.unwrap();
        assert_eq!(reply.login_id, "7132-091200001");
        assert!(reply.first_login);
        embedded.stop();
    }
}
