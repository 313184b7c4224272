//! API errors rendered as `application/problem+json`.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use kenpos_contract::paths::PROBLEM_JSON;
use kenpos_contract::{ErrorCode, FieldCode, FieldError, Problem};

/// An error reply.
#[derive(Debug)]
pub struct ApiError(pub Problem);

pub type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    pub fn new(status: u16, code: ErrorCode, detail: &str) -> Self {
        Self(Problem::new(status, code, detail))
    }

    pub fn fields(fields: Vec<FieldError>) -> Self {
        Self(Problem::validation(fields))
    }

    pub fn field(field: &str, code: FieldCode) -> Self {
        Self::fields(vec![FieldError::new(field, code)])
    }

    pub fn throttled(retry_after: i64) -> Self {
        let mut p = Problem::new(
            429,
            ErrorCode::Throttled,
            "Too many attempts. Try again later.",
        );
        p.retry_after = Some(u64::try_from(retry_after.max(1)).unwrap_or(1));
        Self(p)
    }

    pub fn internal() -> Self {
        Self::new(
            500,
            ErrorCode::Internal,
            "Something went wrong on the server.",
        )
    }

    pub fn bad_request(detail: &str) -> Self {
        Self::new(400, ErrorCode::BadRequest, detail)
    }
}

impl From<rusqlite::Error> for ApiError {
    fn from(_: rusqlite::Error) -> Self {
        tracing::error!(target: "kenpos_reference", "database error");
        Self::internal()
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status =
            StatusCode::from_u16(self.0.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_string(&self.0).unwrap_or_default();
        let mut resp = (status, body).into_response();
        resp.headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        if let Some(v) = self
            .0
            .retry_after
            .and_then(|secs| HeaderValue::from_str(&secs.to_string()).ok())
        {
            resp.headers_mut().insert(header::RETRY_AFTER, v);
        }
        resp
    }
}
