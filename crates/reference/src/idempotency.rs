//! Idempotency-Key: the first successful response of (key, route) is stored and replayed.
//!
//! Idempotent operations run one at a time, so concurrent duplicates replay too.
//! Only successful responses bind a key, so a member can correct a rejected form and send
//! it again with the same key. The same key with a different body → 422
//! `idempotency_key_reused`.

use std::future::Future;

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use kenpos_contract::ErrorCode;
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Runs `op` once per (key, route); replays its stored response otherwise.
pub async fn run<T, F>(
    st: &AppState,
    route: &str,
    key: &str,
    request_hash: &str,
    op: F,
) -> ApiResult<Response>
where
    T: Serialize,
    F: Future<Output = ApiResult<(StatusCode, T)>>,
{
    // Held for the whole operation: a concurrent duplicate waits and then replays.
    let _serial = st.idempotency_lock.lock().await;
    let stored: Option<(String, u16, String)> = st
        .conn()
        .query_row(
            "SELECT request_hash, status, body FROM idempotency WHERE key = ?1 AND route = ?2",
            params![key, route],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    if let Some((hash, status, body)) = stored {
        if hash != request_hash {
            return Err(ApiError::new(
                422,
                ErrorCode::IdempotencyKeyReused,
                "This Idempotency-Key was already used with a different request.",
            ));
        }
        tracing::info!(target: "kenpos_reference", route, "idempotent replay");
        return Ok(json_response(status, body));
    }
    let (status, value) = op.await?;
    let body = serde_json::to_string(&value).map_err(|_| ApiError::internal())?;
    let now = st.now();
    st.conn().execute(
        "INSERT OR IGNORE INTO idempotency (key, route, request_hash, status, body, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![key, route, request_hash, status.as_u16(), body, now],
    )?;
    Ok(json_response(status.as_u16(), body))
}

fn json_response(status: u16, body: String) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
    let mut resp = (status, body).into_response();
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    resp
}
