//! The router, built from one table so the served routes and the OpenAPI document can be
//! compared (see `served_operations`).

mod eligibility;
pub mod extract;
mod login;
mod meta;
mod onboarding;
mod recovery;
pub use recovery::reset as recovery_reset;
mod signup;
pub mod verify;

use std::sync::Arc;
use std::time::Instant;

use axum::Router;
use axum::extract::{DefaultBodyLimit, MatchedPath, Request};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, get, post};
use kenpos_contract::{ErrorCode, paths as p};

use crate::error::ApiError;
use crate::pages;
use crate::state::AppState;

type Route = (
    &'static str,
    &'static str,
    bool,
    MethodRouter<Arc<AppState>>,
);

/// (method, path, needs device token, handler).
fn table() -> Vec<Route> {
    vec![
        ("GET", p::HEALTH, false, get(meta::health)),
        ("GET", p::OPENAPI, false, get(meta::openapi)),
        ("POST", p::LOGIN_START, true, post(login::start)),
        ("POST", p::LOGIN_FINISH, true, post(login::finish)),
        ("POST", p::LOGOUT, true, post(login::logout)),
        ("GET", p::CONSENTS, true, get(meta::consents)),
        (
            "POST",
            p::ONBOARDING_CONSENT,
            true,
            post(onboarding::consent),
        ),
        ("POST", p::ONBOARDING_SETUP, true, post(onboarding::setup)),
        (
            "POST",
            p::ONBOARDING_SEND_EMAIL,
            true,
            post(onboarding::send_email),
        ),
        ("POST", p::ELIGIBILITY, true, post(eligibility::check)),
        ("POST", p::SIGNUP, true, post(signup::signup)),
        ("POST", p::RESEND_EMAIL, true, post(signup::resend)),
        ("POST", p::VERIFY, true, post(verify::verify_json)),
        (
            "POST",
            p::FORGOT_LOGIN_ID,
            true,
            post(recovery::forgot_login_id),
        ),
        (
            "POST",
            p::FORGOT_PASSWORD,
            true,
            post(recovery::forgot_password),
        ),
        (
            "POST",
            p::PASSWORD_RESET,
            true,
            post(recovery::password_reset),
        ),
        ("GET", p::DEV_OUTBOX, true, get(meta::dev_outbox)),
        ("GET", p::VERIFY_PAGE, false, get(pages::verify_get)),
        ("POST", p::VERIFY_PAGE, false, post(pages::verify_post)),
        ("GET", p::RESET_PAGE, false, get(pages::reset_get)),
        ("POST", p::RESET_PAGE, false, post(pages::reset_post)),
    ]
}

/// Every `(METHOD, path)` the router serves (with dev endpoints on), sorted.
pub fn served_operations() -> Vec<(String, String)> {
    let mut ops: Vec<(String, String)> = table()
        .into_iter()
        .map(|(m, path, _, _)| (m.to_owned(), path.to_owned()))
        .collect();
    ops.sort();
    ops
}

pub fn router(st: Arc<AppState>) -> Router {
    let mut public = Router::new();
    let mut protected = Router::new();
    for (_, path, auth, handler) in table() {
        if path == p::DEV_OUTBOX && !st.dev_endpoints {
            continue;
        }
        if auth {
            protected = protected.route(path, handler);
        } else {
            public = public.route(path, handler);
        }
    }
    let protected = protected.route_layer(middleware::from_fn_with_state(
        st.clone(),
        extract::device_auth,
    ));
    public
        .merge(protected)
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(middleware::from_fn(deadline))
        .layer(middleware::from_fn(log_request))
        .with_state(st)
}

/// The largest request body accepted (every request of the contract is far smaller).
pub const BODY_LIMIT: usize = 16 * 1024;
/// The longest a request may take before it is answered 503.
pub const REQUEST_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// Answers 503 when a request takes longer than [`REQUEST_TIMEOUT`].
async fn deadline(req: Request, next: Next) -> Response {
    match tokio::time::timeout(REQUEST_TIMEOUT, next.run(req)).await {
        Ok(response) => response,
        Err(_) => ApiError::new(
            503,
            ErrorCode::Internal,
            "The request took too long. Please try again.",
        )
        .into_response(),
    }
}

async fn not_found() -> Response {
    ApiError::new(404, ErrorCode::NotFound, "No such resource.").into_response()
}

async fn method_not_allowed() -> Response {
    ApiError::new(
        405,
        ErrorCode::MethodNotAllowed,
        "This method is not allowed here.",
    )
    .into_response()
}

/// Logs route, method, status and duration only (no bodies, no queries, no member data).
async fn log_request(req: Request, next: Next) -> Response {
    // Paths are static (no member data in them); queries are never logged.
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| req.uri().path().to_owned(), |m| m.as_str().to_owned());
    let method = req.method().clone();
    let started = Instant::now();
    let resp = next.run(req).await;
    tracing::info!(
        target: "kenpos_reference",
        %method,
        route,
        status = resp.status().as_u16(),
        duration_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
        "request"
    );
    resp
}
