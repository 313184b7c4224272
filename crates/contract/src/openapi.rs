//! The OpenAPI 3.1 document, generated from the contract types.
//!
//! The functions below are documentation stubs: they carry the `#[utoipa::path]`
//! annotations for every route the reference backend serves. The backend's router test
//! checks that the served routes and this document name the same operations.
#![allow(missing_docs)]

use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{ContentBuilder, OpenApi as Doc, RefOr, ResponseBuilder};
use utoipa::{Modify, OpenApi};

use crate::problem::{ErrorCode, FieldCode, FieldError, Problem};
use crate::types::*;

/// The generated document (OpenAPI 3.1).
pub fn document() -> Doc {
    ApiDoc::openapi()
}

/// The document as pretty JSON.
pub fn document_json() -> String {
    document()
        .to_pretty_json()
        .unwrap_or_else(|_| "{}".to_owned())
}

/// The document a server serves: without the dev endpoints when it does not serve them
/// (a document must describe only what the server answers).
pub fn served_document_json(dev_endpoints: bool) -> String {
    let mut doc = document();
    if !dev_endpoints {
        doc.paths.paths.remove(crate::paths::DEV_OUTBOX);
    }
    doc.to_pretty_json().unwrap_or_else(|_| "{}".to_owned())
}

/// Every `(METHOD, path)` the document names, upper-case methods, sorted.
pub fn operations() -> Vec<(String, String)> {
    let doc = document();
    let mut out = Vec::new();
    for (path, item) in &doc.paths.paths {
        let pairs = [
            ("GET", item.get.is_some()),
            ("POST", item.post.is_some()),
            ("PUT", item.put.is_some()),
            ("DELETE", item.delete.is_some()),
            ("PATCH", item.patch.is_some()),
        ];
        for (m, present) in pairs {
            if present {
                out.push((m.to_owned(), path.clone()));
            }
        }
    }
    out.sort();
    out
}

#[derive(OpenApi)]
#[openapi(
    info(title = "KENPOS kiosk backend", description = "Contract between the kenpos-kiosk app and a KENPOS backend. Errors are application/problem+json (RFC 9457) with a stable `code`.\n\nLimits every backend holds (the reference backend does): request bodies of at most 16 KiB (larger: 400 `bad_request`, before any parsing); an answer within 30 s (else 503); password hashing and checking (argon2id, 19 MiB, t=2) a few at a time (the reference: 4), so parallel requests cannot exhaust memory; the HTML pages (`/verify`, `/reset-password`) send `Content-Security-Policy: frame-ancestors 'none'`, `X-Content-Type-Options: nosniff`, `Cache-Control: no-store` and `Referrer-Policy: no-referrer`. Nothing readable at rest: links and tokens are stored only as hashes, the text of sent emails is not kept (only with development endpoints), request hashes for idempotent replays are keyed with a server secret, and spent rows are purged. Login, eligibility and signup limits are stated on their operations."),
    paths(health, login_start, login_finish, logout, consents, onboarding_consent, onboarding_setup,
        onboarding_send_email, eligibility, signup, resend_email, verify, forgot_login_id,
        forgot_password, password_reset, dev_outbox, openapi_json, verify_page, verify_page_post,
        reset_page, reset_page_post),
    components(schemas(Problem, FieldError, ErrorCode, FieldCode, HealthResponse, LoginStartRequest,
        LoginStartResponse, LoginFinishRequest, LoginFinishResponse, Lang, ConsentDocumentId,
        ConsentDocument, ConsentsResponse, ConsentVersions, OnboardingSetupRequest,
        OnboardingSummary, EmailSentResponse, ResendRequest, DocumentType, EligibilityRequest,
        EligibilityResponse, SignupRequest, VerifyRequest, VerifyResponse, ForgotLoginIdRequest,
        ForgotPasswordRequest, AcceptedResponse, PasswordResetRequest, OutboxKind, OutboxMessage,
        OutboxResponse, LinkForm)),
    modifiers(&CommonParts),
    security(("device_token" = []))
)]
struct ApiDoc;

/// Adds security schemes and the problem responses every operation can give.
struct CommonParts;

impl Modify for CommonParts {
    fn modify(&self, openapi: &mut Doc) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "device_token",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::new(
                crate::paths::SESSION_HEADER,
            ))),
        );
        let common: &[(&str, &str)] = &[
            ("400", "Malformed request"),
            ("401", "Missing or unknown device token, or session ended"),
            ("404", "Not found"),
            ("405", "Method not allowed"),
            ("415", "Unsupported media type"),
            ("422", "Validation failed"),
            ("429", "Too many attempts"),
            ("500", "Internal error"),
            ("503", "The request took longer than 30 s; try again"),
        ];
        for item in openapi.paths.paths.values_mut() {
            for op in [&mut item.get, &mut item.post].into_iter().flatten() {
                for (status, desc) in common {
                    op.responses
                        .responses
                        .entry((*status).to_owned())
                        .or_insert_with(|| RefOr::T(problem_response(desc)));
                }
            }
        }
    }
}

fn problem_response(desc: &str) -> utoipa::openapi::Response {
    ResponseBuilder::new()
        .description(desc)
        .content(
            crate::paths::PROBLEM_JSON,
            ContentBuilder::new()
                .schema(Some(utoipa::openapi::Ref::from_schema_name("Problem")))
                .build(),
        )
        .build()
}

#[utoipa::path(get, path = "/api/v1/health", security(()), tag = "meta",
    responses((status = 200, body = HealthResponse)))]
pub fn health() {}

#[utoipa::path(post, path = "/api/v1/login/start", tag = "login", request_body = LoginStartRequest,
    responses((status = 200, description = "Always given, whether or not the ID exists", body = LoginStartResponse)))]
pub fn login_start() {}

/// Step 2 of the login. A backend must hold these limits (the reference backend does):
///
/// - The flow token is used up by one attempt, right or wrong (a retry starts again at
///   step 1); an unknown or used token gives 401 `login_flow_expired`.
/// - Each attempt is counted as a failure before the password is checked, atomically
///   with the check of the limits below, so parallel attempts cannot all pass the gate
///   (a right password takes the failure back).
/// - Per login ID and device: after 5 failures within 30 minutes each further attempt
///   waits 30 s (429 `throttled`, `Retry-After`); the 10th failure locks the login ID on
///   that device for 30 minutes (423 `locked`, also for the right password). A lock only
///   ever grows; it is lifted by its end or by a password reset.
/// - Per login ID on all devices together: from the 10th failure within 30 minutes, each
///   attempt waits a delay that doubles with each failure, at most 5 minutes (429
///   `throttled`, `Retry-After`). Never a lock: someone typing elsewhere cannot lock out
///   the member at the desk.
/// - Per device, all login IDs together: 30 failures within 30 minutes, then 429
///   `throttled` until the window ends.
/// - Unknown IDs and wrong passwords get the same 401 `login_failed` and cost the same.
#[utoipa::path(post, path = "/api/v1/login/finish", tag = "login", request_body = LoginFinishRequest,
    responses((status = 200, body = LoginFinishResponse),
        (status = 401, description = "`login_failed` (unknown ID or wrong password, the same reply) or `login_flow_expired` (the flow token is unknown, expired or already used)", body = Problem, content_type = "application/problem+json"),
        (status = 423, description = "`locked`: this login ID is locked on this device for 30 minutes after 10 failures; contact the office", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`throttled`: wait `retry_after` seconds (also sent as `Retry-After`): a cooldown after 5 failures on this device, a growing delay after 10 failures on all devices, or this device's limit of 30 failures in 30 minutes", body = Problem, content_type = "application/problem+json",
            headers(("Retry-After" = u64, description = "Seconds to wait")))))]
pub fn login_finish() {}

#[utoipa::path(post, path = "/api/v1/logout", tag = "login", security(("device_token" = [], "session" = [])),
    params(("x-kenpos-session" = String, Header, description = "The session to end")),
    responses((status = 204, description = "Session ended (also when it had already ended)")))]
pub fn logout() {}

#[utoipa::path(get, path = "/api/v1/consents", tag = "consent", params(ConsentsQuery),
    responses((status = 200, body = ConsentsResponse)))]
pub fn consents() {}

#[utoipa::path(post, path = "/api/v1/onboarding/consent", tag = "onboarding", request_body = ConsentVersions,
    security(("device_token" = [], "session" = [])),
    responses((status = 204, description = "Consent recorded"),
        (status = 409, description = "Stale version or already onboarded", body = Problem, content_type = "application/problem+json")))]
pub fn onboarding_consent() {}

/// A new password is checked by the backend itself, whatever the client checked: 8–128
/// characters, not containing the birth date (YYYYMMDD, YYMMDD, MMDDYYYY, DDMMYYYY, the
/// era form), the login ID's digits, "kenpos" or the email address's local part, and not
/// a common or easily guessed password; 422 with the field codes `password_*`.
#[utoipa::path(post, path = "/api/v1/onboarding/setup", tag = "onboarding", request_body = OnboardingSetupRequest,
    security(("device_token" = [], "session" = [])),
    responses((status = 200, body = OnboardingSummary),
        (status = 409, description = "Consent owed or already onboarded", body = Problem, content_type = "application/problem+json")))]
pub fn onboarding_setup() {}

#[utoipa::path(post, path = "/api/v1/onboarding/send-email", tag = "onboarding",
    params(("Idempotency-Key" = String, Header, description = "Unique per logical submission (1–200 visible ASCII characters)", min_length = 1, max_length = 200, pattern = "^[!-~]+$")),
    security(("device_token" = [], "session" = [])),
    responses((status = 200, body = EmailSentResponse),
        (status = 409, description = "Consent or setup owed", body = Problem, content_type = "application/problem+json")))]
pub fn onboarding_send_email() {}

/// Limits a backend must hold (the reference backend does): per device, 20 checks of
/// any outcome (200, 404, 409) per 15 minutes and 5 `eligibility_no_match` per 15
/// minutes; then 429 `throttled` with `Retry-After`.
#[utoipa::path(post, path = "/api/v1/eligibility", tag = "signup", request_body = EligibilityRequest,
    responses((status = 200, body = EligibilityResponse),
        (status = 409, description = "Already registered", body = Problem, content_type = "application/problem+json")))]
pub fn eligibility() {}

/// The new password is checked by the backend as for `/api/v1/onboarding/setup`.
///
/// The person (name and birth date) is matched before anything else about the request
/// is answered, so `email_taken` is only said to the matching person. Misses are
/// limited: 3 per eligibility token (then the token is revoked: 410
/// `eligibility_expired`) and 10 per device per 15 minutes (then 429 `throttled`).
#[utoipa::path(post, path = "/api/v1/signup", tag = "signup", request_body = SignupRequest,
    params(("Idempotency-Key" = String, Header, description = "Unique per logical submission (1–200 visible ASCII characters)", min_length = 1, max_length = 200, pattern = "^[!-~]+$")),
    responses((status = 200, body = EmailSentResponse),
        (status = 409, description = "Consent version stale", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`signup_person_not_found`: no one with this name and birth date can sign up under these numbers", body = Problem, content_type = "application/problem+json"),
        (status = 410, description = "Eligibility token expired, or revoked after 3 misses", body = Problem, content_type = "application/problem+json")))]
pub fn signup() {}

#[utoipa::path(post, path = "/api/v1/signup-email/resend", tag = "signup", request_body = ResendRequest,
    params(("Idempotency-Key" = String, Header, description = "Unique per logical submission (1–200 visible ASCII characters)", min_length = 1, max_length = 200, pattern = "^[!-~]+$")),
    responses((status = 200, body = EmailSentResponse)))]
pub fn resend_email() {}

#[utoipa::path(post, path = "/api/v1/verify", tag = "signup", request_body = VerifyRequest,
    responses((status = 200, body = VerifyResponse),
        (status = 410, description = "Link expired", body = Problem, content_type = "application/problem+json")))]
pub fn verify() {}

#[utoipa::path(post, path = "/api/v1/forgot/login-id", tag = "recovery", request_body = ForgotLoginIdRequest,
    params(("Idempotency-Key" = String, Header, description = "Unique per logical submission (1–200 visible ASCII characters)", min_length = 1, max_length = 200, pattern = "^[!-~]+$")),
    responses((status = 202, body = AcceptedResponse)))]
pub fn forgot_login_id() {}

#[utoipa::path(post, path = "/api/v1/forgot/password", tag = "recovery", request_body = ForgotPasswordRequest,
    params(("Idempotency-Key" = String, Header, description = "Unique per logical submission (1–200 visible ASCII characters)", min_length = 1, max_length = 200, pattern = "^[!-~]+$")),
    responses((status = 202, body = AcceptedResponse)))]
pub fn forgot_password() {}

/// A new password is checked by the backend itself, whatever the client checked: 8–128
/// characters, not containing the birth date (YYYYMMDD, YYMMDD, MMDDYYYY, DDMMYYYY, the
/// era form), the login ID's digits, "kenpos" or the email address's local part, and not
/// a common or easily guessed password; 422 with the field codes `password_*`.
///
/// The link is claimed atomically: of two resets with one link only one succeeds. A
/// reset ends every session of the member.
#[utoipa::path(post, path = "/api/v1/password-reset", tag = "recovery", request_body = PasswordResetRequest,
    responses((status = 204, description = "Password changed; the member's sessions ended"),
        (status = 410, description = "Link expired", body = Problem, content_type = "application/problem+json")))]
pub fn password_reset() {}

#[utoipa::path(get, path = "/api/v1/dev/outbox", tag = "dev",
    responses((status = 200, description = "Dev endpoints only", body = OutboxResponse)))]
pub fn dev_outbox() {}

#[utoipa::path(get, path = "/openapi.json", security(()), tag = "meta",
    responses((status = 200, description = "This document", content_type = "application/json")))]
pub fn openapi_json() {}

#[utoipa::path(get, path = "/verify", security(()), tag = "pages", params(LinkQuery),
    responses((status = 200, description = "Confirmation page with a button (ja + en)", content_type = "text/html"),
        (status = 404, description = "Unknown, used or replaced link (page)", content_type = "text/html"),
        (status = 410, description = "Expired link (page)", content_type = "text/html"),
        (status = 500, description = "Error page", content_type = "text/html")))]
pub fn verify_page() {}

#[utoipa::path(post, path = "/verify", security(()), tag = "pages",
    request_body(content = LinkForm, content_type = "application/x-www-form-urlencoded"),
    responses((status = 200, description = "Result page (ja + en)", content_type = "text/html"),
        (status = 404, description = "Unknown, used or replaced link (page)", content_type = "text/html"),
        (status = 410, description = "Expired link (page)", content_type = "text/html"),
        (status = 500, description = "Error page", content_type = "text/html")))]
pub fn verify_page_post() {}

#[utoipa::path(get, path = "/reset-password", security(()), tag = "pages", params(LinkQuery),
    responses((status = 200, description = "New-password form (ja + en)", content_type = "text/html"),
        (status = 404, description = "Unknown, used or replaced link (page)", content_type = "text/html"),
        (status = 410, description = "Expired link (page)", content_type = "text/html"),
        (status = 500, description = "Error page", content_type = "text/html")))]
pub fn reset_page() {}

#[utoipa::path(post, path = "/reset-password", security(()), tag = "pages",
    request_body(content = LinkForm, content_type = "application/x-www-form-urlencoded"),
    responses((status = 200, description = "Result page (ja + en)", content_type = "text/html"),
        (status = 404, description = "Unknown, used or replaced link (page)", content_type = "text/html"),
        (status = 410, description = "Expired link (page)", content_type = "text/html"),
        (status = 422, description = "Password not accepted: the form again (page)", content_type = "text/html"),
        (status = 500, description = "Error page", content_type = "text/html")))]
pub fn reset_page_post() {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_is_3_1_and_lists_operations() {
        let json = document_json();
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert!(v["openapi"].as_str().unwrap().starts_with("3.1"));
        let ops = operations();
        assert!(ops.contains(&("POST".to_owned(), "/api/v1/login/start".to_owned())));
        assert_eq!(ops.len(), 21);
    }
}
