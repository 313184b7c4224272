//! Extractors: JSON bodies as problems, Idempotency-Key, device token, member session.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use kenpos_contract::ErrorCode;
use kenpos_contract::paths::{IDEMPOTENCY_HEADER, SESSION_HEADER};
use rusqlite::{OptionalExtension, params};
use serde::de::DeserializeOwned;

use crate::error::ApiError;
use crate::state::AppState;
use crate::tokens;

/// The hash of the calling device's token.
#[derive(Debug, Clone)]
pub struct DeviceId(pub String);

/// Middleware: requires `Authorization: Bearer <device token>` known to the server.
pub async fn device_auth(
    State(st): State<Arc<AppState>>,
    mut req: Request,
    next: Next,
) -> Response {
    let token = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let Some(token) = token else {
        return unauthorized().into_response();
    };
    let hash = tokens::hash(token);
    let known: Result<Option<i64>, _> = st
        .conn()
        .query_row(
            "SELECT 1 FROM device_tokens WHERE hash = ?1",
            params![hash],
            |r| r.get(0),
        )
        .optional();
    match known {
        Ok(Some(_)) => {
            req.extensions_mut().insert(DeviceId(hash));
            next.run(req).await
        }
        Ok(None) => unauthorized().into_response(),
        Err(e) => ApiError::from(e).into_response(),
    }
}

fn unauthorized() -> ApiError {
    ApiError::new(
        401,
        ErrorCode::DeviceUnauthorized,
        "This device is not authorized to use the backend.",
    )
}

/// A JSON body; rejections become problems.
pub struct ApiJson<T>(pub T);

fn parse_json<T: DeserializeOwned>(headers: &HeaderMap, body: &[u8]) -> Result<T, ApiError> {
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|m| {
            let m = m.trim().to_ascii_lowercase();
            m == "application/json" || (m.starts_with("application/") && m.ends_with("+json"))
        });
    if !is_json {
        return Err(ApiError::new(
            415,
            ErrorCode::UnsupportedMediaType,
            "Send the body as application/json.",
        ));
    }
    serde_json::from_slice(body)
        .map_err(|_| ApiError::bad_request("The JSON body is malformed or has the wrong shape."))
}

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let headers = req.headers().clone();
        let body = Bytes::from_request(req, state)
            .await
            .map_err(|_| ApiError::bad_request("The body could not be read."))?;
        parse_json(&headers, &body).map(ApiJson)
    }
}

/// The Idempotency-Key header (required).
pub struct IdemKey(pub String);

fn idem_key(headers: &HeaderMap) -> Result<String, ApiError> {
    headers
        .get(IDEMPOTENCY_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|k| !k.is_empty() && k.len() <= 200)
        .map(str::to_owned)
        .ok_or_else(|| {
            ApiError::new(
                400,
                ErrorCode::IdempotencyKeyRequired,
                "Send an Idempotency-Key header (1–200 characters).",
            )
        })
}

impl<S: Send + Sync> FromRequestParts<S> for IdemKey {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        idem_key(&parts.headers).map(IdemKey)
    }
}

/// A JSON body with its Idempotency-Key and the body's hash.
pub struct IdemJson<T> {
    pub key: String,
    pub hash: String,
    pub body: T,
}

impl<T: DeserializeOwned> FromRequest<Arc<AppState>> for IdemJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &Arc<AppState>) -> Result<Self, Self::Rejection> {
        let headers = req.headers().clone();
        let key = idem_key(&headers)?;
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(|_| ApiError::bad_request("The body could not be read."))?;
        let body = parse_json(&headers, &bytes)?;
        // Keyed: the stored hash of a body with an email or login ID in it cannot be
        // checked against guesses without the server's secret.
        let hash = tokens::keyed_hash(&state.request_hash_key, &String::from_utf8_lossy(&bytes));
        Ok(Self { key, hash, body })
    }
}

/// The member's session (header `x-kenpos-session`).
pub struct Session {
    pub hash: String,
    pub person_id: i64,
}

impl FromRequestParts<Arc<AppState>> for Session {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        st: &Arc<AppState>,
    ) -> Result<Self, Self::Rejection> {
        let expired = || {
            ApiError::new(
                401,
                ErrorCode::SessionExpired,
                "The session has ended. Please log in again.",
            )
        };
        let token = parts
            .headers
            .get(SESSION_HEADER)
            .and_then(|v| v.to_str().ok())
            .ok_or_else(expired)?;
        let hash = tokens::hash(token.trim());
        let now = st.now();
        let person_id: Option<i64> = st
            .conn()
            .query_row(
                "SELECT person_id FROM sessions WHERE hash = ?1 AND expires_at > ?2",
                params![hash, now],
                |r| r.get(0),
            )
            .optional()?;
        person_id
            .map(|person_id| Session { hash, person_id })
            .ok_or_else(expired)
    }
}
