//! Operation paths and header names.

/// Prefix of every JSON operation.
pub const API_PREFIX: &str = "/api/v1";
/// `GET`: health and version (no device token needed).
pub const HEALTH: &str = "/api/v1/health";
/// `POST`: login step 1 (login ID → flow token).
pub const LOGIN_START: &str = "/api/v1/login/start";
/// `POST`: login step 2 (flow token + password → session).
pub const LOGIN_FINISH: &str = "/api/v1/login/finish";
/// `POST`: end the session named by [`SESSION_HEADER`].
pub const LOGOUT: &str = "/api/v1/logout";
/// `GET`: consent documents (`?lang=ja|en`).
pub const CONSENTS: &str = "/api/v1/consents";
/// `POST`: record the insured member's consent (session).
pub const ONBOARDING_CONSENT: &str = "/api/v1/onboarding/consent";
/// `POST`: basic setup (session) → summary to confirm.
pub const ONBOARDING_SETUP: &str = "/api/v1/onboarding/setup";
/// `POST`: send the signup email for the onboarding (session, Idempotency-Key).
pub const ONBOARDING_SEND_EMAIL: &str = "/api/v1/onboarding/send-email";
/// `POST`: eligibility check (資格照会) for the family / voluntary path.
pub const ELIGIBILITY: &str = "/api/v1/eligibility";
/// `POST`: family / voluntary signup (Idempotency-Key).
pub const SIGNUP: &str = "/api/v1/signup";
/// `POST`: resend the signup email (Idempotency-Key); invalidates earlier links.
pub const RESEND_EMAIL: &str = "/api/v1/signup-email/resend";
/// `POST`: confirm an email link token (JSON).
pub const VERIFY: &str = "/api/v1/verify";
/// `POST`: forgot login ID (neutral reply, Idempotency-Key).
pub const FORGOT_LOGIN_ID: &str = "/api/v1/forgot/login-id";
/// `POST`: forgot password (neutral reply, Idempotency-Key).
pub const FORGOT_PASSWORD: &str = "/api/v1/forgot/password";
/// `POST`: set a new password with a reset-link token (JSON).
pub const PASSWORD_RESET: &str = "/api/v1/password-reset";
/// `GET`: the outbox (dev endpoints only).
pub const DEV_OUTBOX: &str = "/api/v1/dev/outbox";
/// `GET`: the OpenAPI document.
pub const OPENAPI: &str = "/openapi.json";
/// `GET` page with a confirm button, `POST` form: the email verification link target.
pub const VERIFY_PAGE: &str = "/verify";
/// `GET` page with a form, `POST` form: the password reset link target.
pub const RESET_PAGE: &str = "/reset-password";

/// Header carrying the member's session token (after login).
pub const SESSION_HEADER: &str = "x-kenpos-session";
/// Header carrying the idempotency key on POSTs that create or send something.
pub const IDEMPOTENCY_HEADER: &str = "idempotency-key";
/// Media type of error bodies.
pub const PROBLEM_JSON: &str = "application/problem+json";
