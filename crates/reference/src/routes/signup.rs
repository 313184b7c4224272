//! Family / voluntary signup and the resend of signup emails.

use std::sync::Arc;

use axum::Extension;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use kenpos_contract::{
    EmailSentResponse, ErrorCode, FieldCode, FieldError, ResendRequest, Secret, SignupRequest,
    field, paths,
};
use rusqlite::{OptionalExtension, params};

use super::extract::{DeviceId, IdemJson};
use super::onboarding::{check_versions, email_taken};
use super::verify::{self, LINK_TTL, NewPending};
use crate::clock::rfc3339;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;
use crate::{canon, idempotency, password, throttle, tokens};

/// Seconds between two sends of the same signup email.
pub const RESEND_COOLDOWN: i64 = 60;
/// Name and birth date pairs that match no one, per eligibility check, before the
/// check is revoked (the member checks the numbers again).
pub const MISSES_PER_CHECK: i64 = 3;
/// Such misses per device per window.
pub const MISSES_PER_DEVICE: i64 = 10;
/// The window of those limits (seconds).
pub const MISS_WINDOW: i64 = 15 * 60;

fn valid_date(s: &str) -> bool {
    let fmt = time::macros::format_description!("[year]-[month]-[day]");
    s.len() == 10 && time::Date::parse(s, &fmt).is_ok()
}

pub async fn signup(
    State(st): State<Arc<AppState>>,
    Extension(device): Extension<DeviceId>,
    req: IdemJson<SignupRequest>,
) -> ApiResult<Response> {
    let IdemJson { key, hash, body } = req;
    idempotency::run(
        &st,
        paths::SIGNUP,
        &key,
        &hash,
        do_signup(&st, &device, body),
    )
    .await
}

async fn do_signup(
    st: &AppState,
    device: &DeviceId,
    req: SignupRequest,
) -> ApiResult<(StatusCode, EmailSentResponse)> {
    let now = st.now();
    let check_hash = tokens::hash(req.eligibility_token.expose());
    let check_key = format!("signup-miss:{check_hash}");
    let device_key = format!("signup-miss-device:{}", device.0);
    let set: Option<(String, String, String)> = st
        .conn()
        .query_row(
            "SELECT insurer_number, symbol, number FROM eligibility_tokens WHERE hash = ?1 AND expires_at > ?2",
            params![tokens::hash(req.eligibility_token.expose()), now],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let Some((insurer, symbol, number)) = set else {
        return Err(ApiError::new(
            410,
            ErrorCode::EligibilityExpired,
            "The eligibility check has expired. Please enter the numbers again.",
        ));
    };
    let mut fields = Vec::new();
    let name = canon::name_kana(&req.name_kana);
    if req.name_kana.trim().is_empty() {
        fields.push(FieldError::new(field::NAME_KANA, FieldCode::Required));
    } else if name.is_none() {
        fields.push(FieldError::new(
            field::NAME_KANA,
            FieldCode::NameKanaInvalid,
        ));
    }
    let birth_ok = valid_date(req.birth_date.trim());
    if !birth_ok {
        fields.push(FieldError::new(
            field::BIRTH_DATE,
            FieldCode::BirthDateInvalid,
        ));
    }
    let email = canon::email(&req.email);
    if req.email.trim().is_empty() {
        fields.push(FieldError::new(field::EMAIL, FieldCode::Required));
    } else if email.is_none() {
        fields.push(FieldError::new(field::EMAIL, FieldCode::EmailInvalid));
    }
    let birth = req.birth_date.trim().to_owned();
    if let Some(e) = password::policy(
        field::PASSWORD,
        req.password.expose(),
        birth_ok.then_some(birth.as_str()),
        None,
        email.as_deref(),
    ) {
        fields.push(e);
    }
    let (Some(name), Some(email)) = (name, email) else {
        return Err(ApiError::fields(fields));
    };
    if !fields.is_empty() {
        return Err(ApiError::fields(fields));
    }
    check_versions(
        &req.consent,
        field::CONSENT_PRIVACY_VERSION,
        field::CONSENT_TERMS_VERSION,
    )?;
    // The person first, limited per check and per device; the email only for a person
    // who matched (so "email taken" tells nothing to someone guessing names).
    let person_id: Option<i64> = {
        let conn = st.conn();
        throttle::check(&conn, &device_key, MISSES_PER_DEVICE, MISS_WINDOW, now)?;
        let person_id = conn
            .query_row(
                "SELECT id FROM persons WHERE insurer_number = ?1 AND symbol = ?2 AND number = ?3
                   AND kind != 'insured' AND active = 0 AND name_kana = ?4 AND birth_date = ?5",
                params![insurer, symbol, number, name, birth],
                |r| r.get(0),
            )
            .optional()?;
        if person_id.is_none() {
            throttle::hit(&conn, &device_key, MISS_WINDOW, now)?;
            throttle::hit(&conn, &check_key, MISS_WINDOW, now)?;
            if throttle::check(&conn, &check_key, MISSES_PER_CHECK, MISS_WINDOW, now).is_err() {
                conn.execute(
                    "DELETE FROM eligibility_tokens WHERE hash = ?1",
                    params![check_hash],
                )?;
            }
        } else if email_taken(&conn, &email, None)? {
            return Err(ApiError::field(field::EMAIL, FieldCode::EmailTaken));
        }
        person_id
    };
    let Some(person_id) = person_id else {
        tracing::info!(target: "kenpos_reference", outcome = "signup_person_not_found", "signup");
        return Err(ApiError::new(
            404,
            ErrorCode::SignupPersonNotFound,
            "No one matching this name and birth date can sign up under these numbers.",
        ));
    };
    let cost = st.hash_cost;
    let pw = req.password.clone();
    let turn = st.argon2_turn().await;
    let phc = tokio::task::spawn_blocking(move || {
        let _turn = turn;
        password::hash(cost, pw.expose())
    })
    .await
    .map_err(|_| ApiError::internal())?
    .ok_or_else(ApiError::internal)?;
    let conn = st.conn();
    let sent = verify::create_pending(
        st,
        &conn,
        NewPending {
            kind: "signup",
            person_id,
            email: &email,
            password_hash: Some(&phc),
            newsletter: req.newsletter,
            privacy_version: &req.consent.privacy_version,
            terms_version: &req.consent.terms_version,
        },
        now,
    )?;
    tracing::info!(target: "kenpos_reference", outcome = "signup_pending", "signup");
    Ok((StatusCode::OK, sent))
}

pub async fn resend(
    State(st): State<Arc<AppState>>,
    req: IdemJson<ResendRequest>,
) -> ApiResult<Response> {
    let IdemJson { key, hash, body } = req;
    idempotency::run(&st, paths::RESEND_EMAIL, &key, &hash, async {
        let now = st.now();
        let conn = st.conn();
        let row: Option<(i64, String, i64)> = conn
            .query_row(
                "SELECT id, email, last_sent_at FROM pending WHERE resend_hash = ?1 AND done = 0",
                params![tokens::hash(body.resend_token.expose())],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let Some((pending_id, email, last_sent)) = row else {
            return Err(ApiError::new(
                404,
                ErrorCode::ResendInvalid,
                "This signup cannot be resent. It may be complete or replaced; please start again.",
            ));
        };
        if now - last_sent < RESEND_COOLDOWN {
            return Err(ApiError::throttled(RESEND_COOLDOWN - (now - last_sent)));
        }
        let expires = verify::send_link(&st, &conn, pending_id, &email, now)?;
        debug_assert_eq!(expires, now + LINK_TTL);
        Ok((
            StatusCode::OK,
            EmailSentResponse {
                masked_email: canon::mask_email(&email),
                expires_at: rfc3339(expires),
                resend_token: Secret::new(body.resend_token.expose()),
            },
        ))
    })
    .await
}
