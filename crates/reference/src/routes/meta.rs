//! Health, OpenAPI document, consent documents, dev outbox.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use kenpos_contract::{ConsentsQuery, ConsentsResponse, ErrorCode, HealthResponse, OutboxResponse};

use crate::error::{ApiError, ApiResult};
use crate::state::AppState;
use crate::{consents, outbox};

pub async fn health() -> Json<HealthResponse> {
    Json(HealthResponse {
        status: "ok".to_owned(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
        demo: true,
    })
}

/// The OpenAPI document of what this server serves (no dev endpoints unless on).
pub async fn openapi(State(st): State<Arc<AppState>>) -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        kenpos_contract::openapi::served_document_json(st.dev_endpoints),
    )
        .into_response()
}

pub async fn consents(
    query: Result<Query<ConsentsQuery>, axum::extract::rejection::QueryRejection>,
) -> ApiResult<Json<ConsentsResponse>> {
    let Query(q) = query.map_err(|_| ApiError::bad_request("lang must be ja or en."))?;
    Ok(Json(ConsentsResponse {
        documents: consents::documents(q.lang.unwrap_or_default()),
    }))
}

pub async fn dev_outbox(State(st): State<Arc<AppState>>) -> ApiResult<Json<OutboxResponse>> {
    if !st.dev_endpoints {
        return Err(ApiError::new(404, ErrorCode::NotFound, "No such resource."));
    }
    let messages = outbox::list(&st.conn())?;
    Ok(Json(OutboxResponse { messages }))
}
