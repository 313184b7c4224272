//! Pending signups, verification links (24 h, single use, hashed) and their confirmation.

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use kenpos_contract::{
    EmailSentResponse, ErrorCode, OutboxKind, Secret, VerifyRequest, VerifyResponse, field,
};
use rusqlite::{Connection, OptionalExtension, params};

use super::extract::ApiJson;
use super::onboarding::email_taken;
use crate::clock::rfc3339;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;
use crate::{canon, mail, outbox, tokens};

/// Email links are valid this long (seconds): 24 hours.
pub const LINK_TTL: i64 = 24 * 60 * 60;

pub struct NewPending<'a> {
    pub kind: &'static str,
    pub person_id: i64,
    pub email: &'a str,
    pub password_hash: Option<&'a str>,
    pub newsletter: bool,
    pub privacy_version: &'a str,
    pub terms_version: &'a str,
}

/// Creates a pending signup (replacing earlier ones of the person) and sends its email.
pub fn create_pending(
    st: &AppState,
    conn: &Connection,
    p: NewPending<'_>,
    now: i64,
) -> ApiResult<EmailSentResponse> {
    conn.execute(
        "UPDATE email_tokens SET used = 1 WHERE pending_id IN (SELECT id FROM pending WHERE person_id = ?1 AND done = 0)",
        params![p.person_id],
    )?;
    conn.execute(
        "UPDATE pending SET done = 1 WHERE person_id = ?1 AND done = 0",
        params![p.person_id],
    )?;
    let resend = tokens::new_token();
    conn.execute(
        "INSERT INTO pending (kind, person_id, email, password_hash, newsletter, privacy_version, terms_version, resend_hash, last_sent_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![p.kind, p.person_id, p.email, p.password_hash, p.newsletter, p.privacy_version, p.terms_version, tokens::hash(&resend), now],
    )?;
    let pending_id = conn.last_insert_rowid();
    let expires = send_link(st, conn, pending_id, p.email, now)?;
    Ok(EmailSentResponse {
        masked_email: canon::mask_email(p.email),
        expires_at: rfc3339(expires),
        resend_token: Secret::new(resend),
    })
}

/// Invalidates earlier links of the pending signup, stores a new one, sends the email.
/// Returns the expiry (unix seconds).
pub fn send_link(
    st: &AppState,
    conn: &Connection,
    pending_id: i64,
    email: &str,
    now: i64,
) -> ApiResult<i64> {
    conn.execute(
        "UPDATE email_tokens SET used = 1 WHERE pending_id = ?1",
        params![pending_id],
    )?;
    let token = tokens::new_token();
    let expires = now + LINK_TTL;
    conn.execute(
        "INSERT INTO email_tokens (hash, purpose, pending_id, expires_at) VALUES (?1, 'verify', ?2, ?3)",
        params![tokens::hash(&token), pending_id, expires],
    )?;
    conn.execute(
        "UPDATE pending SET last_sent_at = ?1 WHERE id = ?2",
        params![now, pending_id],
    )?;
    let link = format!(
        "{}{}?{}={token}",
        st.public_base_url,
        kenpos_contract::paths::VERIFY_PAGE,
        field::TOKEN
    );
    outbox::store(
        st.mailer.as_ref(),
        st.dev_endpoints,
        conn,
        OutboxKind::Verify,
        email,
        mail::verify(&link, &rfc3339(expires)),
        Some(&link),
        now,
    )?;
    Ok(expires)
}

fn invalid() -> ApiError {
    ApiError::new(
        404,
        ErrorCode::LinkInvalid,
        "This link is not valid. It may have been used already or replaced by a newer email.",
    )
}

fn expired() -> ApiError {
    ApiError::new(
        410,
        ErrorCode::LinkExpired,
        "This link has expired (links are valid for 24 hours). Please sign up again.",
    )
}

/// State of a link token without consuming it: Ok(()) if usable.
pub fn peek(conn: &Connection, purpose: &str, token: &str, now: i64) -> ApiResult<()> {
    let row: Option<(i64, bool)> = conn
        .query_row(
            "SELECT expires_at, used FROM email_tokens WHERE hash = ?1 AND purpose = ?2",
            params![tokens::hash(token), purpose],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    match row {
        None | Some((_, true)) => Err(invalid()),
        Some((exp, false)) if exp <= now => Err(expired()),
        Some(_) => Ok(()),
    }
}

/// Confirms a verification token and activates the account; returns the login ID.
pub fn confirm(st: &AppState, token: &str) -> ApiResult<String> {
    let now = st.now();
    let conn = st.conn();
    peek(&conn, "verify", token, now)?;
    let hash = tokens::hash(token);
    #[allow(clippy::type_complexity)]
    let p: Option<(i64, String, i64, String, Option<String>, bool, String, String)> = conn
        .query_row(
            "SELECT p.id, p.kind, p.person_id, p.email, p.password_hash, p.newsletter, p.privacy_version, p.terms_version
             FROM email_tokens t JOIN pending p ON p.id = t.pending_id WHERE t.hash = ?1 AND p.done = 0",
            params![hash],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?)),
        )
        .optional()?;
    let Some((pending_id, kind, person_id, email, pw, newsletter, privacy, terms)) = p else {
        return Err(invalid());
    };
    if email_taken(&conn, &email, Some(person_id))? {
        // Someone registered this address in the meantime: the link cannot complete.
        return Err(invalid());
    }
    if kind == "onboarding" {
        conn.execute(
            "UPDATE persons SET email = ?1, password_hash = COALESCE(?2, password_hash),
                initial_password = CASE WHEN ?2 IS NULL THEN initial_password ELSE 0 END,
                newsletter = ?3, privacy_version = ?4, terms_version = ?5, first_login = 0
             WHERE id = ?6",
            params![email, pw, newsletter, privacy, terms, person_id],
        )?;
    } else {
        conn.execute(
            "UPDATE persons SET login_id = ?1, email = ?1, password_hash = ?2, initial_password = 0,
                newsletter = ?3, privacy_version = ?4, terms_version = ?5, first_login = 0, active = 1
             WHERE id = ?6 AND active = 0",
            params![email, pw, newsletter, privacy, terms, person_id],
        )?;
    }
    conn.execute(
        "UPDATE email_tokens SET used = 1 WHERE pending_id = ?1",
        params![pending_id],
    )?;
    conn.execute(
        "UPDATE pending SET done = 1 WHERE id = ?1",
        params![pending_id],
    )?;
    let login_id: Option<String> = conn.query_row(
        "SELECT login_id FROM persons WHERE id = ?1",
        params![person_id],
        |r| r.get(0),
    )?;
    tracing::info!(target: "kenpos_reference", outcome = "verified", "verify");
    login_id.ok_or_else(ApiError::internal)
}

pub async fn verify_json(
    State(st): State<Arc<AppState>>,
    ApiJson(req): ApiJson<VerifyRequest>,
) -> ApiResult<Json<VerifyResponse>> {
    confirm(&st, req.token.expose()).map(|login_id| Json(VerifyResponse { login_id }))
}
