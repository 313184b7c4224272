//! Small bilingual HTML pages behind the email links. Opening a link (GET) never
//! consumes it: the member confirms with a button (POST), so mail scanners are harmless.

use std::sync::Arc;

use axum::extract::rejection::{FormRejection, QueryRejection};
use axum::extract::{Form, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use kenpos_contract::{ErrorCode, LinkForm, LinkQuery, field};

use crate::error::ApiError;
use crate::routes::{recovery_reset, verify};
use crate::state::AppState;

fn escape(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '&' => "&amp;".to_owned(),
            '<' => "&lt;".to_owned(),
            '>' => "&gt;".to_owned(),
            '"' => "&quot;".to_owned(),
            '\'' => "&#39;".to_owned(),
            c => c.to_string(),
        })
        .collect()
}

fn page(title: &str, body: &str) -> Response {
    page_with(StatusCode::OK, title, body)
}

/// Headers of every page: no framing, no sniffing, no caching (a link's token is in
/// the page), nothing loaded from anywhere.
const PAGE_HEADERS: [(&str, &str); 4] = [
    (
        "content-security-policy",
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    ),
    ("x-content-type-options", "nosniff"),
    ("cache-control", "no-store"),
    ("referrer-policy", "no-referrer"),
];

fn page_with(status: StatusCode, title: &str, body: &str) -> Response {
    (status, PAGE_HEADERS, Html(format!(
        "<!doctype html><html lang=\"ja\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"referrer\" content=\"no-referrer\"><title>{title}</title>\
         <style>body{{font-family:sans-serif;max-width:36em;margin:2em auto;padding:0 1em;line-height:1.7;font-size:1.15em}}\
         button{{font-size:1.2em;padding:.6em 1.4em}} input{{font-size:1.1em;padding:.4em;width:100%}} .en{{color:#333}}</style>\
         </head><body>{body}</body></html>"
    )))
    .into_response()
}

fn expired_page() -> Response {
    page_with(
        StatusCode::GONE,
        "KENPOS",
        "<h1>URLの有効期限が切れています</h1><p>このURLの有効期限(24時間)が過ぎました。お手数ですが、もう一度はじめから登録してください。</p>\
        <h2 class=\"en\">This link has expired</h2><p class=\"en\">The link was valid for 24 hours. Please sign up again from the start.</p>",
    )
}

fn invalid_page() -> Response {
    page_with(
        StatusCode::NOT_FOUND,
        "KENPOS",
        "<h1>このURLは使えません</h1><p>すでに使われたか、新しいメールで置き換えられたURLです。最新のメールのURLを開くか、窓口にご相談ください。</p>\
        <h2 class=\"en\">This link cannot be used</h2><p class=\"en\">It was already used or replaced by a newer email. Open the link in the newest email, or ask at the office.</p>",
    )
}

fn error_page(e: &ApiError) -> Response {
    match e.0.code {
        ErrorCode::LinkExpired => expired_page(),
        ErrorCode::LinkInvalid => invalid_page(),
        _ => page_with(
            StatusCode::INTERNAL_SERVER_ERROR,
            "KENPOS",
            "<h1>エラーが発生しました</h1><p>しばらくしてからもう一度お試しください。</p><h2 class=\"en\">Something went wrong</h2><p class=\"en\">Please try again later.</p>",
        ),
    }
}

#[allow(clippy::result_large_err)]
fn token_of(q: Result<Query<LinkQuery>, QueryRejection>) -> Result<String, Response> {
    match q {
        Ok(Query(LinkQuery { token: Some(t) })) if !t.is_empty() => Ok(t),
        Ok(_) => Err(invalid_page()),
        Err(_) => Err(ApiError::bad_request("Malformed query.").into_response()),
    }
}

#[allow(clippy::result_large_err)]
fn form_of(f: Result<Form<LinkForm>, FormRejection>) -> Result<LinkForm, Response> {
    f.map(|Form(f)| f)
        .map_err(|_| ApiError::bad_request("Malformed form.").into_response())
}

pub async fn verify_get(
    State(st): State<Arc<AppState>>,
    q: Result<Query<LinkQuery>, QueryRejection>,
) -> Response {
    let token = match token_of(q) {
        Ok(t) => t,
        Err(r) => return r,
    };
    let state = verify::peek(&st.conn(), "verify", &token, st.now());
    match state {
        Ok(()) => page(
            "KENPOS",
            &format!(
                "<h1>KENPOS 会員登録の確認</h1><p>下のボタンを押すと登録が完了します。</p>\
             <p class=\"en\">Press the button below to complete your KENPOS signup.</p>\
             <form method=\"post\" action=\"/verify\"><input type=\"hidden\" name=\"{}\" value=\"{}\">\
             <button type=\"submit\">登録を完了する / Complete signup</button></form>",
                field::TOKEN,
                escape(&token)
            ),
        ),
        Err(e) => error_page(&e),
    }
}

pub async fn verify_post(
    State(st): State<Arc<AppState>>,
    f: Result<Form<LinkForm>, FormRejection>,
) -> Response {
    let form = match form_of(f) {
        Ok(f) => f,
        Err(r) => return r,
    };
    match verify::confirm(&st, form.token.expose()) {
        Ok(_) => page(
            "KENPOS",
            "<h1>登録が完了しました</h1><p>KENPOSにログインできます。</p>\
            <h2 class=\"en\">Your signup is complete</h2><p class=\"en\">You can now log in to KENPOS.</p>",
        ),
        Err(e) => error_page(&e),
    }
}

pub async fn reset_get(
    State(st): State<Arc<AppState>>,
    q: Result<Query<LinkQuery>, QueryRejection>,
) -> Response {
    let token = match token_of(q) {
        Ok(t) => t,
        Err(r) => return r,
    };
    match verify::peek(&st.conn(), "reset", &token, st.now()) {
        Ok(()) => reset_form(StatusCode::OK, &token, ""),
        Err(e) => error_page(&e),
    }
}

fn reset_form(status: StatusCode, token: &str, note: &str) -> Response {
    page_with(
        status,
        "KENPOS",
        &format!(
            "<h1>新しいパスワードの設定</h1><p class=\"en\">Set a new password</p>{note}\
         <p>8文字以上で、生年月日・ログインID・「kenpos」を含まないものにしてください。<br>\
         <span class=\"en\">At least 8 characters; not your birth date, login ID or \"kenpos\".</span></p>\
         <form method=\"post\" action=\"/reset-password\"><input type=\"hidden\" name=\"{}\" value=\"{}\">\
         <input type=\"password\" name=\"{}\" autocomplete=\"new-password\" required minlength=\"8\" maxlength=\"128\">\
         <p><button type=\"submit\">設定する / Set password</button></p></form>",
            field::TOKEN,
            escape(token),
            field::NEW_PASSWORD
        ),
    )
}

pub async fn reset_post(
    State(st): State<Arc<AppState>>,
    f: Result<Form<LinkForm>, FormRejection>,
) -> Response {
    let form = match form_of(f) {
        Ok(f) => f,
        Err(r) => return r,
    };
    let pw = form.new_password.clone().unwrap_or_default();
    match recovery_reset(&st, form.token.expose(), pw.expose()).await {
        Ok(()) => page(
            "KENPOS",
            "<h1>パスワードを変更しました</h1><p>新しいパスワードでログインしてください。</p>\
            <h2 class=\"en\">Your password was changed</h2><p class=\"en\">Please log in with your new password.</p>",
        ),
        Err(e) if e.0.code == ErrorCode::ValidationFailed => reset_form(
            StatusCode::UNPROCESSABLE_ENTITY,
            form.token.expose(),
            "<p><strong>このパスワードは使えません。別のパスワードにしてください。<br>This password cannot be used; please choose another.</strong></p>",
        ),
        Err(e) => error_page(&e),
    }
}
