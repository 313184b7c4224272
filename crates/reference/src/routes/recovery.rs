//! Forgot login ID, forgot password, password reset. Replies are neutral: the same
//! shape and status whether or not an account exists.

use std::sync::Arc;

use axum::Extension;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use kenpos_contract::{
    AcceptedResponse, FieldCode, ForgotLoginIdRequest, ForgotPasswordRequest, OutboxKind,
    PasswordResetRequest, field, paths,
};
use rusqlite::{OptionalExtension, params};

use super::extract::{ApiJson, DeviceId, IdemJson};
use super::verify::{LINK_TTL, peek};
use crate::clock::rfc3339;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;
use crate::{canon, idempotency, mail, outbox, password, throttle, tokens};

/// Recovery requests allowed per device per window.
const RECOVERY_LIMIT: i64 = 10;
const RECOVERY_WINDOW: i64 = 15 * 60;

fn accepted() -> (StatusCode, AcceptedResponse) {
    (
        StatusCode::ACCEPTED,
        AcceptedResponse {
            status: "accepted".to_owned(),
        },
    )
}

fn rate(st: &AppState, device: &DeviceId) -> ApiResult<()> {
    let key = format!("recovery:{}", device.0);
    let now = st.now();
    let conn = st.conn();
    throttle::check(&conn, &key, RECOVERY_LIMIT, RECOVERY_WINDOW, now)?;
    throttle::hit(&conn, &key, RECOVERY_WINDOW, now)
}

pub async fn forgot_login_id(
    State(st): State<Arc<AppState>>,
    Extension(device): Extension<DeviceId>,
    req: IdemJson<ForgotLoginIdRequest>,
) -> ApiResult<Response> {
    let IdemJson { key, hash, body } = req;
    idempotency::run(&st, paths::FORGOT_LOGIN_ID, &key, &hash, async {
        let Some(email) = canon::email(&body.email) else {
            return Err(ApiError::field(
                field::EMAIL,
                if body.email.trim().is_empty() {
                    FieldCode::Required
                } else {
                    FieldCode::EmailInvalid
                },
            ));
        };
        rate(&st, &device)?;
        let now = st.now();
        let conn = st.conn();
        let mut stmt = conn.prepare(
            "SELECT login_id FROM persons WHERE email = ?1 AND active = 1 AND login_id IS NOT NULL",
        )?;
        let ids: Vec<String> = stmt
            .query_map(params![email], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        for id in ids {
            outbox::store(
                st.mailer.as_ref(),
                st.dev_endpoints,
                &conn,
                OutboxKind::LoginId,
                &email,
                mail::login_id(&id),
                None,
                now,
            )?;
        }
        tracing::info!(target: "kenpos_reference", outcome = "accepted", "forgot_login_id");
        Ok(accepted())
    })
    .await
}

pub async fn forgot_password(
    State(st): State<Arc<AppState>>,
    Extension(device): Extension<DeviceId>,
    req: IdemJson<ForgotPasswordRequest>,
) -> ApiResult<Response> {
    let IdemJson { key, hash, body } = req;
    idempotency::run(&st, paths::FORGOT_PASSWORD, &key, &hash, async {
        if body.login_id.trim().is_empty() {
            return Err(ApiError::field(field::LOGIN_ID, FieldCode::Required));
        }
        if body.login_id.chars().count() > 256 {
            return Err(ApiError::field(field::LOGIN_ID, FieldCode::TooLong));
        }
        rate(&st, &device)?;
        let login_id = canon::login_id(&body.login_id, &st.prefix);
        let now = st.now();
        let conn = st.conn();
        let found: Option<(i64, Option<String>)> = conn
            .query_row(
                "SELECT id, email FROM persons WHERE (login_id = ?1 OR email = ?1) AND active = 1",
                params![login_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        // An insured person who never finished onboarding has no email: nothing to send.
        if let Some((person_id, Some(email))) = found {
            conn.execute("UPDATE email_tokens SET used = 1 WHERE person_id = ?1 AND purpose = 'reset'", params![person_id])?;
            let token = tokens::new_token();
            conn.execute(
                "INSERT INTO email_tokens (hash, purpose, person_id, expires_at) VALUES (?1, 'reset', ?2, ?3)",
                params![tokens::hash(&token), person_id, now + LINK_TTL],
            )?;
            let link = format!(
                "{}{}?{}={token}",
                st.public_base_url,
                paths::RESET_PAGE,
                field::TOKEN
            );
            outbox::store(
        st.mailer.as_ref(),
        st.dev_endpoints,
        &conn, OutboxKind::PasswordReset, &email, mail::reset(&link, &rfc3339(now + LINK_TTL)), Some(&link), now)?;
        }
        tracing::info!(target: "kenpos_reference", outcome = "accepted", "forgot_password");
        Ok(accepted())
    })
    .await
}

/// Sets a new password with a reset token (single use).
pub async fn reset(st: &AppState, token: &str, new_password: &str) -> ApiResult<()> {
    let now = st.now();
    let (person_id, birth, login_id, email) = {
        let conn = st.conn();
        peek(&conn, "reset", token, now)?;
        conn.query_row(
            "SELECT p.id, p.birth_date, p.login_id, p.email FROM email_tokens t JOIN persons p ON p.id = t.person_id WHERE t.hash = ?1",
            params![tokens::hash(token)],
            |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, Option<String>>(2)?, r.get::<_, Option<String>>(3)?)),
        )?
    };
    if let Some(e) = password::policy(
        field::NEW_PASSWORD,
        new_password,
        Some(&birth),
        login_id.as_deref(),
        email.as_deref(),
    ) {
        return Err(ApiError::fields(vec![e]));
    }
    // Claim the link before the slow hash, in one statement: of two resets racing with
    // one link, exactly one claims it (the other is told the link is used).
    {
        let conn = st.conn();
        let claimed = conn.execute(
            "UPDATE email_tokens SET used = 1
             WHERE hash = ?1 AND purpose = 'reset' AND used = 0 AND expires_at > ?2",
            params![tokens::hash(token), now],
        )?;
        if claimed == 0 {
            peek(&conn, "reset", token, now)?;
            return Err(ApiError::internal());
        }
    }
    let cost = st.hash_cost;
    let pw = zeroize::Zeroizing::new(new_password.to_owned());
    let turn = st.argon2_turn().await;
    let phc = tokio::task::spawn_blocking(move || {
        let _turn = turn;
        password::hash(cost, &pw)
    })
    .await
    .map_err(|_| ApiError::internal())?
    .ok_or_else(ApiError::internal)?;
    let conn = st.conn();
    conn.execute(
        "UPDATE persons SET password_hash = ?1, initial_password = 0 WHERE id = ?2",
        params![phc, person_id],
    )?;
    // A new password ends every session of the member (someone else may hold one).
    conn.execute(
        "DELETE FROM sessions WHERE person_id = ?1",
        params![person_id],
    )?;
    if let Some(id) = login_id {
        throttle::forget_login_id(&conn, &id)?;
    }
    tracing::info!(target: "kenpos_reference", outcome = "password_reset", "password_reset");
    Ok(())
}

pub async fn password_reset(
    State(st): State<Arc<AppState>>,
    ApiJson(req): ApiJson<PasswordResetRequest>,
) -> ApiResult<StatusCode> {
    reset(&st, req.token.expose(), req.new_password.expose()).await?;
    Ok(StatusCode::NO_CONTENT)
}
