//! First-login onboarding of insured persons: consent, basic setup, signup email.

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use kenpos_contract::{
    ConsentVersions, ErrorCode, FieldCode, FieldError, OnboardingSetupRequest, OnboardingSummary,
    field, paths,
};
use rusqlite::{Connection, OptionalExtension, params};

use super::extract::{ApiJson, IdemKey, Session};
use super::verify;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;
use crate::{canon, consents, idempotency, password};

/// Person facts needed here: (login_id, birth_date, first_login).
fn person(conn: &Connection, id: i64) -> ApiResult<(String, String, bool)> {
    conn.query_row(
        "SELECT login_id, birth_date, first_login FROM persons WHERE id = ?1",
        params![id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .optional()?
    .ok_or_else(ApiError::internal)
}

fn already() -> ApiError {
    ApiError::new(
        409,
        ErrorCode::AlreadyOnboarded,
        "First-login setup is already complete.",
    )
}

/// Checks consent versions against the current documents (409 with field errors under
/// `privacy_field` and `terms_field`, the versions' names in the request).
pub fn check_versions(
    v: &ConsentVersions,
    privacy_field: &str,
    terms_field: &str,
) -> ApiResult<()> {
    let mut fields = Vec::new();
    if v.privacy_version != consents::PRIVACY_VERSION {
        fields.push(FieldError::new(
            privacy_field,
            FieldCode::ConsentVersionStale,
        ));
    }
    if v.terms_version != consents::TERMS_VERSION {
        fields.push(FieldError::new(terms_field, FieldCode::ConsentVersionStale));
    }
    if fields.is_empty() {
        return Ok(());
    }
    let mut e = ApiError::new(
        409,
        ErrorCode::ConsentOutdated,
        "A consent document has changed. Please read it again.",
    );
    e.0.fields = fields;
    Err(e)
}

pub async fn consent(
    State(st): State<Arc<AppState>>,
    session: Session,
    ApiJson(req): ApiJson<ConsentVersions>,
) -> ApiResult<StatusCode> {
    let conn = st.conn();
    let (_, _, first_login) = person(&conn, session.person_id)?;
    if !first_login {
        return Err(already());
    }
    check_versions(&req, field::PRIVACY_VERSION, field::TERMS_VERSION)?;
    conn.execute(
        "UPDATE sessions SET consent_privacy = ?1, consent_terms = ?2 WHERE hash = ?3",
        params![req.privacy_version, req.terms_version, session.hash],
    )?;
    Ok(StatusCode::NO_CONTENT)
}

/// Whether another person already uses this email as login ID or contact address.
pub fn email_taken(conn: &Connection, email: &str, except: Option<i64>) -> ApiResult<bool> {
    let n: i64 = conn.query_row(
        "SELECT COUNT(*) FROM persons WHERE (login_id = ?1 OR email = ?1) AND active = 1 AND id != ?2",
        params![email, except.unwrap_or(-1)],
        |r| r.get(0),
    )?;
    Ok(n > 0)
}

pub async fn setup(
    State(st): State<Arc<AppState>>,
    session: Session,
    ApiJson(req): ApiJson<OnboardingSetupRequest>,
) -> ApiResult<Json<OnboardingSummary>> {
    let (login_id, birth_date) = {
        let conn = st.conn();
        let (login_id, birth_date, first_login) = person(&conn, session.person_id)?;
        if !first_login {
            return Err(already());
        }
        let consented: Option<String> = conn.query_row(
            "SELECT consent_privacy FROM sessions WHERE hash = ?1",
            params![session.hash],
            |r| r.get(0),
        )?;
        if consented.is_none() {
            return Err(ApiError::new(
                409,
                ErrorCode::ConsentRequired,
                "Please agree to the documents first.",
            ));
        }
        (login_id, birth_date)
    };
    let mut fields = Vec::new();
    let email = canon::email(&req.email);
    if req.email.trim().is_empty() {
        fields.push(FieldError::new(field::EMAIL, FieldCode::Required));
    } else if email.is_none() {
        fields.push(FieldError::new(field::EMAIL, FieldCode::EmailInvalid));
    }
    if let Some(e) = req.new_password.as_ref().and_then(|pw| {
        password::policy(
            field::NEW_PASSWORD,
            pw.expose(),
            Some(&birth_date),
            Some(&login_id),
            email.as_deref(),
        )
    }) {
        fields.push(e);
    }
    if let Some(e) = email.as_ref().filter(|_| fields.is_empty())
        && email_taken(&st.conn(), e, Some(session.person_id))?
    {
        fields.push(FieldError::new(field::EMAIL, FieldCode::EmailTaken));
    }
    let Some(email) = email.filter(|_| fields.is_empty()) else {
        return Err(ApiError::fields(fields));
    };
    let hash = match req.new_password.clone() {
        Some(pw) => {
            let cost = st.hash_cost;
            let turn = st.argon2_turn().await;
            Some(
                tokio::task::spawn_blocking(move || {
                    let _turn = turn;
                    password::hash(cost, pw.expose())
                })
                .await
                .map_err(|_| ApiError::internal())?
                .ok_or_else(ApiError::internal)?,
            )
        }
        None => None,
    };
    st.conn().execute(
        "UPDATE sessions SET setup_email = ?1, setup_password_hash = ?2, setup_newsletter = ?3 WHERE hash = ?4",
        params![email, hash, req.newsletter, session.hash],
    )?;
    Ok(Json(OnboardingSummary {
        login_id,
        email,
        password_change: hash.is_some(),
        newsletter: req.newsletter,
    }))
}

pub async fn send_email(
    State(st): State<Arc<AppState>>,
    session: Session,
    IdemKey(key): IdemKey,
) -> ApiResult<Response> {
    // The session is part of the request identity: a key reused by another session differs.
    let request_hash = crate::tokens::hash(&session.hash);
    idempotency::run(&st, paths::ONBOARDING_SEND_EMAIL, &key, &request_hash, async {
        let now = st.now();
        let conn = st.conn();
        let (_, _, first_login) = person(&conn, session.person_id)?;
        if !first_login {
            return Err(already());
        }
        #[allow(clippy::type_complexity)]
        let row: (Option<String>, Option<String>, Option<String>, Option<String>, Option<bool>) = conn.query_row(
            "SELECT consent_privacy, consent_terms, setup_email, setup_password_hash, setup_newsletter
             FROM sessions WHERE hash = ?1",
            params![session.hash],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )?;
        let (Some(privacy), Some(terms)) = (row.0, row.1) else {
            return Err(ApiError::new(409, ErrorCode::ConsentRequired, "Please agree to the documents first."));
        };
        let Some(email) = row.2 else {
            return Err(ApiError::new(409, ErrorCode::SetupRequired, "Please complete the basic setup first."));
        };
        let sent = verify::create_pending(
            &st,
            &conn,
            verify::NewPending {
                kind: "onboarding",
                person_id: session.person_id,
                email: &email,
                password_hash: row.3.as_deref(),
                newsletter: row.4.unwrap_or(false),
                privacy_version: &privacy,
                terms_version: &terms,
            },
            now,
        )?;
        Ok((StatusCode::OK, sent))
    })
    .await
}
