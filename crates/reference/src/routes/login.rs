//! Two-step login and logout.

use std::sync::Arc;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::{Extension, Json};
use kenpos_contract::paths::SESSION_HEADER;
use kenpos_contract::{
    ErrorCode, FieldCode, LoginFinishRequest, LoginFinishResponse, LoginStartRequest,
    LoginStartResponse, Secret, field,
};
use rusqlite::{OptionalExtension, params};

use super::extract::{ApiJson, DeviceId};
use crate::clock::rfc3339;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;
use crate::{canon, password, throttle, tokens};

/// Login flow tokens live this long (seconds).
const FLOW_TTL: i64 = 10 * 60;
/// Member sessions live this long (seconds).
pub const SESSION_TTL: i64 = 60 * 60;

/// Step 1: always returns a flow token, whether or not the ID exists.
pub async fn start(
    State(st): State<Arc<AppState>>,
    ApiJson(req): ApiJson<LoginStartRequest>,
) -> ApiResult<Json<LoginStartResponse>> {
    let login_id = canon::login_id(&req.login_id, &st.prefix);
    if login_id.is_empty() {
        return Err(ApiError::field(field::LOGIN_ID, FieldCode::Required));
    }
    if login_id.chars().count() > 256 {
        return Err(ApiError::field(field::LOGIN_ID, FieldCode::TooLong));
    }
    let token = tokens::new_token();
    let now = st.now();
    let conn = st.conn();
    conn.execute(
        "DELETE FROM login_flows WHERE expires_at <= ?1",
        params![now],
    )?;
    conn.execute(
        "INSERT INTO login_flows (hash, login_id, expires_at) VALUES (?1, ?2, ?3)",
        params![tokens::hash(&token), login_id, now + FLOW_TTL],
    )?;
    Ok(Json(LoginStartResponse {
        flow_token: Secret::new(token),
        expires_at: rfc3339(now + FLOW_TTL),
    }))
}

/// Step 2: one neutral `login_failed` for unknown IDs and wrong passwords alike.
///
/// The flow token is used up by the attempt (right or wrong). The attempt is counted
/// as a failure before the password is checked (see [`throttle::reserve_login`]).
pub async fn finish(
    State(st): State<Arc<AppState>>,
    Extension(device): Extension<DeviceId>,
    ApiJson(req): ApiJson<LoginFinishRequest>,
) -> ApiResult<Json<LoginFinishResponse>> {
    let now = st.now();
    let (login_id, account) = {
        let conn = st.conn();
        let flow = tokens::hash(req.flow_token.expose());
        let login_id: Option<String> = conn
            .query_row(
                "SELECT login_id FROM login_flows WHERE hash = ?1 AND expires_at > ?2",
                params![flow, now],
                |r| r.get(0),
            )
            .optional()?;
        conn.execute("DELETE FROM login_flows WHERE hash = ?1", params![flow])?;
        let login_id = login_id.ok_or_else(|| {
            ApiError::new(
                401,
                ErrorCode::LoginFlowExpired,
                "The login step expired. Please enter your login ID again.",
            )
        })?;
        throttle::reserve_login(&conn, &login_id, &device.0, now)?;
        let account: Option<(i64, String, bool, bool)> = conn
            .query_row(
                "SELECT id, password_hash, first_login, initial_password FROM persons
                 WHERE login_id = ?1 AND active = 1 AND password_hash IS NOT NULL",
                params![login_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?;
        (login_id, account)
    };
    let phc = account
        .as_ref()
        .map_or_else(|| st.dummy_hash.clone(), |a| a.1.clone());
    let pw = req.password.clone();
    st.count_password_check();
    let turn = st.argon2_turn().await;
    let ok = tokio::task::spawn_blocking(move || {
        let _turn = turn;
        password::verify(&phc, pw.expose())
    })
    .await
    .map_err(|_| ApiError::internal())?;
    let conn = st.conn();
    match account {
        Some((person_id, _, first_login, initial_password)) if ok => {
            throttle::login_success(&conn, &login_id, &device.0)?;
            let token = tokens::new_token();
            conn.execute(
                "INSERT INTO sessions (hash, person_id, expires_at) VALUES (?1, ?2, ?3)",
                params![tokens::hash(&token), person_id, now + SESSION_TTL],
            )?;
            tracing::info!(target: "kenpos_reference", outcome = "login_ok", "login");
            Ok(Json(LoginFinishResponse {
                session_token: Secret::new(token),
                login_id,
                first_login,
                initial_password,
            }))
        }
        _ => {
            tracing::info!(target: "kenpos_reference", outcome = "login_failed", "login");
            Err(throttle::login_failure(&conn, &login_id, &device.0, now)?)
        }
    }
}

/// Ends the session named by the session header (204 also when already ended;
/// 401 `session_expired` when the header is missing).
pub async fn logout(State(st): State<Arc<AppState>>, headers: HeaderMap) -> ApiResult<StatusCode> {
    let token = headers
        .get(SESSION_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .ok_or_else(|| ApiError::new(401, ErrorCode::SessionExpired, "No session to end."))?;
    st.conn().execute(
        "DELETE FROM sessions WHERE hash = ?1",
        params![tokens::hash(token)],
    )?;
    Ok(StatusCode::NO_CONTENT)
}
