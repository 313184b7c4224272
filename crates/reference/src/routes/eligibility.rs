//! Eligibility check (資格照会) for the family / voluntary path.
//!
//! Symbol and number are compared in canonical form (see `canon`): full-width folded,
//! spaces removed, kana as full-width katakana, all-digit values without leading zeros.

use std::sync::Arc;

use axum::extract::State;
use axum::{Extension, Json};
use kenpos_contract::{
    EligibilityRequest, EligibilityResponse, ErrorCode, FieldCode, FieldError, Secret, field,
};
use rusqlite::params;

use super::extract::{ApiJson, DeviceId};
use crate::clock::rfc3339;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;
use crate::{canon, throttle, tokens};

/// Eligibility tokens live this long (seconds).
pub const ELIGIBILITY_TTL: i64 = 30 * 60;
/// No-match replies allowed per device per window.
const NO_MATCH_LIMIT: i64 = 5;
const NO_MATCH_WINDOW: i64 = 15 * 60;
/// Checks of any outcome (match, no match, already registered) allowed per device per
/// window: a registered household's numbers cannot be found by trying without limit.
pub const CHECK_LIMIT: i64 = 20;

pub async fn check(
    State(st): State<Arc<AppState>>,
    Extension(device): Extension<DeviceId>,
    ApiJson(req): ApiJson<EligibilityRequest>,
) -> ApiResult<Json<EligibilityResponse>> {
    let mut fields = Vec::new();
    let symbol = canon::symbol(&req.symbol);
    if symbol.is_empty() {
        fields.push(FieldError::new(field::SYMBOL, FieldCode::Required));
    } else if symbol.chars().count() > 20 {
        fields.push(FieldError::new(field::SYMBOL, FieldCode::TooLong));
    }
    let number = canon::number(&req.number);
    if req.number.trim().is_empty() {
        fields.push(FieldError::new(field::NUMBER, FieldCode::Required));
    } else if number.as_ref().is_none_or(|n| n.len() > 12) {
        fields.push(FieldError::new(field::NUMBER, FieldCode::NumberInvalid));
    }
    let insurer = canon::insurer_number(&req.insurer_number);
    if req.insurer_number.trim().is_empty() {
        fields.push(FieldError::new(field::INSURER_NUMBER, FieldCode::Required));
    } else if insurer.is_none() {
        fields.push(FieldError::new(
            field::INSURER_NUMBER,
            FieldCode::InsurerNumberInvalid,
        ));
    }
    let (Some(number), Some(insurer)) = (number, insurer) else {
        return Err(ApiError::fields(fields));
    };
    if !fields.is_empty() {
        return Err(ApiError::fields(fields));
    }
    let now = st.now();
    let conn = st.conn();
    let throttle_key = format!("eligibility:{}", device.0);
    let any_key = format!("eligibility-any:{}", device.0);
    throttle::check(&conn, &throttle_key, NO_MATCH_LIMIT, NO_MATCH_WINDOW, now)?;
    throttle::check(&conn, &any_key, CHECK_LIMIT, NO_MATCH_WINDOW, now)?;
    throttle::hit(&conn, &any_key, NO_MATCH_WINDOW, now)?;
    let (total, open): (i64, i64) = conn.query_row(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN kind != 'insured' AND active = 0 THEN 1 ELSE 0 END), 0)
         FROM persons WHERE insurer_number = ?1 AND symbol = ?2 AND number = ?3",
        params![insurer, symbol, number],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    if total == 0 {
        throttle::hit(&conn, &throttle_key, NO_MATCH_WINDOW, now)?;
        tracing::info!(target: "kenpos_reference", outcome = "eligibility_no_match", "eligibility");
        return Err(ApiError::new(
            404,
            ErrorCode::EligibilityNoMatch,
            "These numbers do not match our records. Please check them against your document.",
        ));
    }
    if open == 0 {
        return Err(ApiError::new(
            409,
            ErrorCode::EligibilityAlreadyRegistered,
            "Everyone covered under these numbers already has an account. Please log in, or use forgot ID / password.",
        ));
    }
    let token = tokens::new_token();
    conn.execute(
        "INSERT INTO eligibility_tokens (hash, insurer_number, symbol, number, expires_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![tokens::hash(&token), insurer, symbol, number, now + ELIGIBILITY_TTL],
    )?;
    tracing::info!(target: "kenpos_reference", outcome = "eligibility_ok", "eligibility");
    Ok(Json(EligibilityResponse {
        eligibility_token: Secret::new(token),
        expires_at: rfc3339(now + ELIGIBILITY_TTL),
    }))
}
