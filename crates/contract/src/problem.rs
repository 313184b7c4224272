//! RFC 9457 problem details with stable machine codes.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Stable machine code of a problem (`code` member).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The request body or parameters are malformed (400).
    BadRequest,
    /// One or more fields are invalid; see `fields` (422).
    ValidationFailed,
    /// Missing or unknown device token (401).
    DeviceUnauthorized,
    /// The member session is missing, ended or expired (401).
    SessionExpired,
    /// The login flow token is unknown or expired: start again at step 1 (401).
    LoginFlowExpired,
    /// Unknown login ID or wrong password; deliberately does not say which (401).
    LoginFailed,
    /// Too many attempts; wait `retry_after` seconds (429).
    Throttled,
    /// The account is locked for a while; contact the office (423).
    Locked,
    /// A consent document version is no longer current (409).
    ConsentOutdated,
    /// Consent must be recorded first (409).
    ConsentRequired,
    /// Basic setup must be completed first (409).
    SetupRequired,
    /// The onboarding is already complete for this member (409).
    AlreadyOnboarded,
    /// The numbers do not match a record; deliberately does not say which field (404).
    EligibilityNoMatch,
    /// Everyone eligible under these numbers already has an account (409).
    EligibilityAlreadyRegistered,
    /// The eligibility token is unknown or expired: check eligibility again (410).
    EligibilityExpired,
    /// No not-yet-registered person matches name and birth date (404).
    SignupPersonNotFound,
    /// The email link expired (24 h): sign up again (410).
    LinkExpired,
    /// The email link is unknown, already used or replaced by a newer one (404).
    LinkInvalid,
    /// The resend handle is unknown or the signup is already complete (404).
    ResendInvalid,
    /// The Idempotency-Key header is required on this operation (400).
    IdempotencyKeyRequired,
    /// The Idempotency-Key was already used with a different request (422).
    IdempotencyKeyReused,
    /// No such resource (404).
    NotFound,
    /// Method not allowed on this path (405).
    MethodNotAllowed,
    /// The request media type is not supported (415).
    UnsupportedMediaType,
    /// Something failed inside the server (500).
    Internal,
    /// A code this client version does not know.
    #[serde(other)]
    Unknown,
}

impl ErrorCode {
    /// Every code, for exhaustive checks (message catalogues, documentation).
    pub const ALL: [ErrorCode; 26] = [
        Self::BadRequest,
        Self::ValidationFailed,
        Self::DeviceUnauthorized,
        Self::SessionExpired,
        Self::LoginFlowExpired,
        Self::LoginFailed,
        Self::Throttled,
        Self::Locked,
        Self::ConsentOutdated,
        Self::ConsentRequired,
        Self::SetupRequired,
        Self::AlreadyOnboarded,
        Self::EligibilityNoMatch,
        Self::EligibilityAlreadyRegistered,
        Self::EligibilityExpired,
        Self::SignupPersonNotFound,
        Self::LinkExpired,
        Self::LinkInvalid,
        Self::ResendInvalid,
        Self::IdempotencyKeyRequired,
        Self::IdempotencyKeyReused,
        Self::NotFound,
        Self::MethodNotAllowed,
        Self::UnsupportedMediaType,
        Self::Internal,
        Self::Unknown,
    ];

    /// The snake_case wire form.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::BadRequest => "bad_request",
            Self::ValidationFailed => "validation_failed",
            Self::DeviceUnauthorized => "device_unauthorized",
            Self::SessionExpired => "session_expired",
            Self::LoginFlowExpired => "login_flow_expired",
            Self::LoginFailed => "login_failed",
            Self::Throttled => "throttled",
            Self::Locked => "locked",
            Self::ConsentOutdated => "consent_outdated",
            Self::ConsentRequired => "consent_required",
            Self::SetupRequired => "setup_required",
            Self::AlreadyOnboarded => "already_onboarded",
            Self::EligibilityNoMatch => "eligibility_no_match",
            Self::EligibilityAlreadyRegistered => "eligibility_already_registered",
            Self::EligibilityExpired => "eligibility_expired",
            Self::SignupPersonNotFound => "signup_person_not_found",
            Self::LinkExpired => "link_expired",
            Self::LinkInvalid => "link_invalid",
            Self::ResendInvalid => "resend_invalid",
            Self::IdempotencyKeyRequired => "idempotency_key_required",
            Self::IdempotencyKeyReused => "idempotency_key_reused",
            Self::NotFound => "not_found",
            Self::MethodNotAllowed => "method_not_allowed",
            Self::UnsupportedMediaType => "unsupported_media_type",
            Self::Internal => "internal",
            Self::Unknown => "unknown",
        }
    }

    /// A short English title (the `title` member); never contains member data.
    pub fn title(self) -> &'static str {
        match self {
            Self::BadRequest => "Malformed request",
            Self::ValidationFailed => "Some fields are invalid",
            Self::DeviceUnauthorized => "Device not authorized",
            Self::SessionExpired => "Session expired",
            Self::LoginFlowExpired => "Login step expired",
            Self::LoginFailed => "Login failed",
            Self::Throttled => "Too many attempts",
            Self::Locked => "Account locked",
            Self::ConsentOutdated => "Consent document changed",
            Self::ConsentRequired => "Consent required",
            Self::SetupRequired => "Basic setup required",
            Self::AlreadyOnboarded => "Already set up",
            Self::EligibilityNoMatch => "No matching record",
            Self::EligibilityAlreadyRegistered => "Already registered",
            Self::EligibilityExpired => "Eligibility check expired",
            Self::SignupPersonNotFound => "Person not found",
            Self::LinkExpired => "Link expired",
            Self::LinkInvalid => "Link not valid",
            Self::ResendInvalid => "Cannot resend",
            Self::IdempotencyKeyRequired => "Idempotency-Key required",
            Self::IdempotencyKeyReused => "Idempotency-Key reused",
            Self::NotFound => "Not found",
            Self::MethodNotAllowed => "Method not allowed",
            Self::UnsupportedMediaType => "Unsupported media type",
            Self::Internal => "Internal error",
            Self::Unknown => "Unknown error",
        }
    }
}

/// Stable machine code of a per-field error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum FieldCode {
    /// The field is required.
    Required,
    /// The field is too long.
    TooLong,
    /// Not a usable email address.
    EmailInvalid,
    /// The email address is already used by an account.
    EmailTaken,
    /// Password shorter than 8 characters.
    PasswordTooShort,
    /// Password longer than 128 characters.
    PasswordTooLong,
    /// Password equals the birth date (YYYYMMDD).
    PasswordIsBirthDate,
    /// Password contains the login ID's digits.
    PasswordContainsLoginId,
    /// Password contains the service name "kenpos".
    PasswordContainsServiceName,
    /// Password contains the part of the email address before the `@`.
    PasswordContainsEmail,
    /// Password is common or easy to guess (a word, a pattern, a well-known password).
    PasswordGuessable,
    /// Name must be in katakana.
    NameKanaInvalid,
    /// Birth date must be a real date in YYYY-MM-DD.
    BirthDateInvalid,
    /// Insurer number must be 6 or 8 digits with a valid check digit.
    InsurerNumberInvalid,
    /// Symbol or number contains characters that cannot appear there.
    NumberInvalid,
    /// The consent document version is stale.
    ConsentVersionStale,
    /// A code this client version does not know.
    #[serde(other)]
    Unknown,
}

impl FieldCode {
    /// Every code, for exhaustive checks.
    pub const ALL: [FieldCode; 17] = [
        Self::Required,
        Self::TooLong,
        Self::EmailInvalid,
        Self::EmailTaken,
        Self::PasswordTooShort,
        Self::PasswordTooLong,
        Self::PasswordIsBirthDate,
        Self::PasswordContainsLoginId,
        Self::PasswordContainsServiceName,
        Self::PasswordContainsEmail,
        Self::PasswordGuessable,
        Self::NameKanaInvalid,
        Self::BirthDateInvalid,
        Self::InsurerNumberInvalid,
        Self::NumberInvalid,
        Self::ConsentVersionStale,
        Self::Unknown,
    ];

    /// The snake_case wire form.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Required => "required",
            Self::TooLong => "too_long",
            Self::EmailInvalid => "email_invalid",
            Self::EmailTaken => "email_taken",
            Self::PasswordTooShort => "password_too_short",
            Self::PasswordTooLong => "password_too_long",
            Self::PasswordIsBirthDate => "password_is_birth_date",
            Self::PasswordContainsLoginId => "password_contains_login_id",
            Self::PasswordContainsServiceName => "password_contains_service_name",
            Self::PasswordContainsEmail => "password_contains_email",
            Self::PasswordGuessable => "password_guessable",
            Self::NameKanaInvalid => "name_kana_invalid",
            Self::BirthDateInvalid => "birth_date_invalid",
            Self::InsurerNumberInvalid => "insurer_number_invalid",
            Self::NumberInvalid => "number_invalid",
            Self::ConsentVersionStale => "consent_version_stale",
            Self::Unknown => "unknown",
        }
    }
}

/// One invalid field: `field` equals the request JSON field name (dotted for nested).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct FieldError {
    /// Request JSON field name, e.g. `email` or `consent.terms_version` (see [`crate::field`]).
    pub field: String,
    /// What is wrong with it.
    pub code: FieldCode,
}

impl FieldError {
    /// A field error.
    pub fn new(field: &str, code: FieldCode) -> Self {
        Self {
            field: field.to_owned(),
            code,
        }
    }
}

/// An `application/problem+json` body (RFC 9457) with extension members.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Problem {
    /// A URI naming the problem type (`urn:kenpos:problem:<code>`).
    #[serde(rename = "type")]
    pub type_uri: String,
    /// Short English summary.
    pub title: String,
    /// HTTP status code.
    pub status: u16,
    /// English explanation; never contains member data.
    pub detail: String,
    /// Stable machine code.
    pub code: ErrorCode,
    /// Per-field errors (validation).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldError>,
    /// Seconds to wait before trying again (throttled).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
}

impl Problem {
    /// A problem with the code's title and the given detail.
    pub fn new(status: u16, code: ErrorCode, detail: impl Into<String>) -> Self {
        Self {
            type_uri: format!("urn:kenpos:problem:{}", code.as_str()),
            title: code.title().to_owned(),
            status,
            detail: detail.into(),
            code,
            fields: Vec::new(),
            retry_after: None,
        }
    }

    /// A 422 validation problem with field errors.
    pub fn validation(fields: Vec<FieldError>) -> Self {
        let mut p = Self::new(
            422,
            ErrorCode::ValidationFailed,
            "One or more fields are invalid.",
        );
        p.fields = fields;
        p
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_unknown_falls_back() {
        let p = Problem::new(429, ErrorCode::Throttled, "wait");
        let v = serde_json::to_value(&p).unwrap();
        assert_eq!(v["code"], "throttled");
        assert_eq!(v["type"], "urn:kenpos:problem:throttled");
        let c: ErrorCode = serde_json::from_str("\"something_new\"").unwrap();
        assert_eq!(c, ErrorCode::Unknown);
        for c in ErrorCode::ALL {
            let back: ErrorCode = serde_json::from_value(serde_json::to_value(c).unwrap()).unwrap();
            assert_eq!(back, c);
            assert_eq!(serde_json::to_value(c).unwrap(), c.as_str());
        }
        for c in FieldCode::ALL {
            assert_eq!(serde_json::to_value(c).unwrap(), c.as_str());
        }
        let f: FieldCode = serde_json::from_str("\"email_taken\"").unwrap();
        assert_eq!(f.as_str(), "email_taken");
        assert_eq!(
            serde_json::to_string(&ErrorCode::EligibilityAlreadyRegistered).unwrap(),
            format!("\"{}\"", ErrorCode::EligibilityAlreadyRegistered.as_str())
        );
    }
}
