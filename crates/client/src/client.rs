//! The HTTP client.

use std::time::Duration;

use kenpos_contract::paths::{self, IDEMPOTENCY_HEADER, SESSION_HEADER};
use kenpos_contract::*;
use reqwest::{Method, RequestBuilder, StatusCode};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::ClientError;

/// Connection settings.
#[derive(Clone)]
pub struct ClientConfig {
    /// Backend base URL, e.g. `http://127.0.0.1:8787` (no `/api/v1`).
    pub base_url: String,
    /// The kiosk's device token (bearer).
    pub device_token: Secret,
    /// Time allowed to connect.
    pub connect_timeout: Duration,
    /// Time allowed for a whole request, reply included.
    pub request_timeout: Duration,
    /// User-Agent, e.g. `kenpos-kiosk/0.1.0`.
    pub user_agent: String,
    /// CA certificates (PEM) trusted in addition to the system's roots (a society's
    /// own CA for its backend).
    pub extra_roots_pem: Option<Vec<u8>>,
}

impl ClientConfig {
    /// Defaults: 5 s to connect, 20 s per request, `kenpos-kiosk/<version>`.
    pub fn new(base_url: impl Into<String>, device_token: Secret) -> Self {
        Self {
            base_url: base_url.into(),
            device_token,
            connect_timeout: Duration::from_secs(5),
            request_timeout: Duration::from_secs(20),
            user_agent: format!("kenpos-kiosk/{}", env!("CARGO_PKG_VERSION")),
            extra_roots_pem: None,
        }
    }
}

impl std::fmt::Debug for ClientConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientConfig")
            .field("base_url", &self.base_url)
            .field("device_token", &self.device_token)
            .field("connect_timeout", &self.connect_timeout)
            .field("request_timeout", &self.request_timeout)
            .field("user_agent", &self.user_agent)
            .field(
                "extra_roots_pem",
                &self.extra_roots_pem.as_ref().map(Vec::len),
            )
            .finish()
    }
}

/// The HTTP client could not be built (TLS backend or configuration).
#[derive(Debug, Clone, thiserror::Error)]
#[error("could not build the HTTP client")]
pub struct ClientBuildError;

/// Why a CA file (PEM) cannot be trusted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CaPemError {
    /// No `-----BEGIN CERTIFICATE-----` block.
    #[error("no PEM certificate")]
    NoCertificate,
    /// A block is not valid base64, or not a certificate TLS can use as a root.
    #[error("malformed certificate: {0}")]
    Malformed(String),
}

fn parse_ca_pem(pem: &[u8]) -> Result<Vec<reqwest::Certificate>, CaPemError> {
    let certs = reqwest::Certificate::from_pem_bundle(pem)
        .map_err(|e| CaPemError::Malformed(e.to_string()))?;
    if certs.is_empty() {
        return Err(CaPemError::NoCertificate);
    }
    Ok(certs)
}

/// Checks CA certificates (PEM) the way [`Client::new`] will use them: parsed, and
/// accepted as roots by the TLS verifier. Returns how many there are.
pub fn check_ca_pem(pem: &[u8]) -> Result<usize, CaPemError> {
    let certs = parse_ca_pem(pem)?;
    let count = certs.len();
    crate::tls::install_crypto_provider();
    reqwest::Client::builder()
        .tls_certs_merge(certs)
        .build()
        .map_err(|e| {
            let mut reason = e.to_string();
            let mut source = std::error::Error::source(&e);
            while let Some(inner) = source {
                reason = format!("{reason}: {inner}");
                source = inner.source();
            }
            CaPemError::Malformed(reason)
        })?;
    Ok(count)
}

/// A key naming one logical submission; reuse it when retrying the same submission.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct IdempotencyKey(String);

impl IdempotencyKey {
    /// A new random key (UUID-like, 128 bits from the OS CSPRNG).
    pub fn new() -> Self {
        let mut b = [0u8; 16];
        rand::Rng::fill(&mut rand::rng(), &mut b);
        let h: String = b.iter().map(|x| format!("{x:02x}")).collect();
        Self(format!(
            "{}-{}-{}-{}-{}",
            &h[..8],
            &h[8..12],
            &h[12..16],
            &h[16..20],
            &h[20..]
        ))
    }

    /// The key text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for IdempotencyKey {
    fn default() -> Self {
        Self::new()
    }
}

/// A member session (after login). The token zeroizes on drop and never prints.
#[derive(Debug, Clone)]
pub struct Session {
    token: Secret,
}

impl Session {
    /// Wraps a session token.
    pub fn new(token: Secret) -> Self {
        Self { token }
    }
}

/// Login step 2 succeeded.
#[derive(Debug, Clone)]
pub struct LoginOutcome {
    /// The member session.
    pub session: Session,
    /// Normalised login ID.
    pub login_id: String,
    /// Consent and basic setup still owed.
    pub first_login: bool,
    /// Password is still the birth-date one.
    pub initial_password: bool,
}

/// The backend client. Cheap to clone (one shared connection pool).
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    base: String,
    device_token: Secret,
}

/// Whether a TLS error (from rustls) is somewhere in the error's sources. rustls errors
/// arrive wrapped in `io::Error`s (sometimes nested), whose `source()` skips the
/// wrapped error itself, so those are opened with `get_ref`.
fn is_tls(e: &reqwest::Error) -> bool {
    fn wraps_tls(error: &(dyn std::error::Error + 'static)) -> bool {
        if error.is::<rustls::Error>() {
            return true;
        }
        match error
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
        {
            Some(inner) => wraps_tls(inner),
            None => false,
        }
    }
    let mut source: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(e);
    while let Some(inner) = source {
        if wraps_tls(inner) {
            return true;
        }
        source = inner.source();
    }
    false
}

fn classify(e: &reqwest::Error) -> ClientError {
    if is_tls(e) {
        ClientError::Certificate
    } else if e.is_timeout() {
        ClientError::Timeout
    } else if e.is_connect() {
        ClientError::Offline
    } else if e.is_decode() || e.is_body() {
        ClientError::InvalidResponse
    } else if e.is_request() {
        ClientError::Offline
    } else {
        ClientError::InvalidResponse
    }
}

impl Client {
    /// Builds the client.
    pub fn new(config: ClientConfig) -> Result<Self, ClientBuildError> {
        crate::tls::install_crypto_provider();
        let mut builder = reqwest::Client::builder();
        if let Some(pem) = &config.extra_roots_pem {
            builder = builder.tls_certs_merge(parse_ca_pem(pem).map_err(|_| ClientBuildError)?);
        }
        let http = builder
            .connect_timeout(config.connect_timeout)
            .timeout(config.request_timeout)
            .user_agent(config.user_agent)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|_| ClientBuildError)?;
        Ok(Self {
            http,
            base: config.base_url.trim_end_matches('/').to_owned(),
            device_token: config.device_token,
        })
    }

    fn request(&self, method: Method, path: &str) -> RequestBuilder {
        self.http
            .request(method, format!("{}{path}", self.base))
            .bearer_auth(self.device_token.expose())
    }

    async fn send(
        &self,
        route: &'static str,
        rb: RequestBuilder,
    ) -> Result<reqwest::Response, ClientError> {
        let started = std::time::Instant::now();
        let result = rb.send().await;
        let ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
        match result {
            Ok(resp) => {
                tracing::debug!(target: "kenpos_client", route, status = resp.status().as_u16(), duration_ms = ms, "response");
                if resp.status().is_success() {
                    Ok(resp)
                } else {
                    Err(error_of(resp).await)
                }
            }
            Err(e) => {
                let err = classify(&e);
                tracing::debug!(target: "kenpos_client", route, outcome = ?err, duration_ms = ms, "request failed");
                Err(err)
            }
        }
    }

    async fn json<T: DeserializeOwned>(
        &self,
        route: &'static str,
        rb: RequestBuilder,
    ) -> Result<T, ClientError> {
        let resp = self.send(route, rb).await?;
        let bytes = resp.bytes().await.map_err(|e| classify(&e))?;
        serde_json::from_slice(&bytes).map_err(|_| ClientError::InvalidResponse)
    }

    async fn post<B: Serialize + ?Sized, T: DeserializeOwned>(
        &self,
        path: &'static str,
        body: &B,
        key: Option<&IdempotencyKey>,
        session: Option<&Session>,
    ) -> Result<T, ClientError> {
        self.json(path, self.post_builder(path, body, key, session))
            .await
    }

    fn post_builder<B: Serialize + ?Sized>(
        &self,
        path: &'static str,
        body: &B,
        key: Option<&IdempotencyKey>,
        session: Option<&Session>,
    ) -> RequestBuilder {
        let mut rb = self.request(Method::POST, path).json(body);
        if let Some(k) = key {
            rb = rb.header(IDEMPOTENCY_HEADER, k.as_str());
        }
        if let Some(s) = session {
            rb = rb.header(SESSION_HEADER, s.token.expose());
        }
        rb
    }

    async fn post_empty<B: Serialize + ?Sized>(
        &self,
        path: &'static str,
        body: &B,
        key: Option<&IdempotencyKey>,
        session: Option<&Session>,
    ) -> Result<(), ClientError> {
        self.send(path, self.post_builder(path, body, key, session))
            .await
            .map(|_| ())
    }

    /// GET, retried once on a connect error (GETs are safe to repeat).
    async fn get<T: DeserializeOwned>(
        &self,
        path: &'static str,
        query: &[(&str, &str)],
    ) -> Result<T, ClientError> {
        match self
            .json(path, self.request(Method::GET, path).query(query))
            .await
        {
            Err(ClientError::Offline) => {
                self.json(path, self.request(Method::GET, path).query(query))
                    .await
            }
            other => other,
        }
    }

    /// Health and version (no device token needed, but it is sent).
    pub async fn health(&self) -> Result<HealthResponse, ClientError> {
        self.get(paths::HEALTH, &[]).await
    }

    /// Login step 1: always answers with a flow token (no enumeration).
    pub async fn login_start(&self, login_id: &str) -> Result<LoginStartResponse, ClientError> {
        let body = LoginStartRequest {
            login_id: login_id.to_owned(),
        };
        self.post(paths::LOGIN_START, &body, None, None).await
    }

    /// Login step 2. Unknown ID and wrong password both give `Rejected { login_failed }`.
    pub async fn login_finish(
        &self,
        flow_token: &Secret,
        password: &Secret,
    ) -> Result<LoginOutcome, ClientError> {
        let body = LoginFinishRequest {
            flow_token: flow_token.clone(),
            password: password.clone(),
        };
        let r: LoginFinishResponse = self.post(paths::LOGIN_FINISH, &body, None, None).await?;
        Ok(LoginOutcome {
            session: Session::new(r.session_token),
            login_id: r.login_id,
            first_login: r.first_login,
            initial_password: r.initial_password,
        })
    }

    /// Ends the session on the backend.
    pub async fn logout(&self, session: &Session) -> Result<(), ClientError> {
        self.post_empty(paths::LOGOUT, &serde_json::json!({}), None, Some(session))
            .await
    }

    /// The consent documents in the given language.
    pub async fn consents(&self, lang: Lang) -> Result<ConsentsResponse, ClientError> {
        let lang = match lang {
            Lang::Ja => "ja",
            Lang::En => "en",
        };
        self.get(paths::CONSENTS, &[(field::LANG, lang)]).await
    }

    /// Records the insured member's consent (versions from [`Client::consents`]).
    pub async fn record_consent(
        &self,
        session: &Session,
        versions: &ConsentVersions,
    ) -> Result<(), ClientError> {
        self.post_empty(paths::ONBOARDING_CONSENT, versions, None, Some(session))
            .await
    }

    /// Basic setup; returns the summary to confirm.
    pub async fn onboarding_setup(
        &self,
        session: &Session,
        setup: &OnboardingSetupRequest,
    ) -> Result<OnboardingSummary, ClientError> {
        self.post(paths::ONBOARDING_SETUP, setup, None, Some(session))
            .await
    }

    /// Sends the onboarding signup email.
    pub async fn send_onboarding_email(
        &self,
        session: &Session,
        key: &IdempotencyKey,
    ) -> Result<EmailSentResponse, ClientError> {
        self.post(
            paths::ONBOARDING_SEND_EMAIL,
            &serde_json::json!({}),
            Some(key),
            Some(session),
        )
        .await
    }

    /// Eligibility check (資格照会).
    pub async fn check_eligibility(
        &self,
        req: &EligibilityRequest,
    ) -> Result<EligibilityResponse, ClientError> {
        self.post(paths::ELIGIBILITY, req, None, None).await
    }

    /// Family / voluntary signup; sends the signup email.
    pub async fn signup(
        &self,
        req: &SignupRequest,
        key: &IdempotencyKey,
    ) -> Result<EmailSentResponse, ClientError> {
        self.post(paths::SIGNUP, req, Some(key), None).await
    }

    /// Resends the signup email (earlier links stop working; cooldown 60 s).
    pub async fn resend_email(
        &self,
        resend_token: &Secret,
        key: &IdempotencyKey,
    ) -> Result<EmailSentResponse, ClientError> {
        let body = ResendRequest {
            resend_token: resend_token.clone(),
        };
        self.post(paths::RESEND_EMAIL, &body, Some(key), None).await
    }

    /// Confirms an email link token (the JSON form of the link page).
    pub async fn verify(&self, token: &Secret) -> Result<VerifyResponse, ClientError> {
        let body = VerifyRequest {
            token: token.clone(),
        };
        self.post(paths::VERIFY, &body, None, None).await
    }

    /// Forgot login ID: neutral (Ok whether or not an account exists).
    pub async fn forgot_login_id(
        &self,
        email: &str,
        key: &IdempotencyKey,
    ) -> Result<(), ClientError> {
        let body = ForgotLoginIdRequest {
            email: email.to_owned(),
        };
        let _: AcceptedResponse = self
            .post(paths::FORGOT_LOGIN_ID, &body, Some(key), None)
            .await?;
        Ok(())
    }

    /// Forgot password (login ID or email): neutral.
    pub async fn forgot_password(
        &self,
        login_id: &str,
        key: &IdempotencyKey,
    ) -> Result<(), ClientError> {
        let body = ForgotPasswordRequest {
            login_id: login_id.to_owned(),
        };
        let _: AcceptedResponse = self
            .post(paths::FORGOT_PASSWORD, &body, Some(key), None)
            .await?;
        Ok(())
    }

    /// Sets a new password with a reset-link token.
    pub async fn reset_password(
        &self,
        token: &Secret,
        new_password: &Secret,
    ) -> Result<(), ClientError> {
        let body = PasswordResetRequest {
            token: token.clone(),
            new_password: new_password.clone(),
        };
        self.post_empty(paths::PASSWORD_RESET, &body, None, None)
            .await
    }

    /// The outbox (reference backend with dev endpoints only).
    pub async fn dev_outbox(&self) -> Result<Vec<OutboxMessage>, ClientError> {
        let r: OutboxResponse = self.get(paths::DEV_OUTBOX, &[]).await?;
        Ok(r.messages)
    }
}

async fn error_of(resp: reqwest::Response) -> ClientError {
    let status = resp.status();
    let header_retry = resp
        .headers()
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let bytes = resp.bytes().await.unwrap_or_default();
    match serde_json::from_slice::<Problem>(&bytes) {
        Ok(mut p) => {
            if p.retry_after.is_none() {
                p.retry_after = header_retry;
            }
            ClientError::from_problem(&p)
        }
        Err(_) if status.is_server_error() => ClientError::Server {
            status: status.as_u16(),
        },
        Err(_) if status == StatusCode::UNAUTHORIZED => ClientError::Unauthorized,
        Err(_) => ClientError::InvalidResponse,
    }
}
