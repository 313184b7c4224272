//! Fluent message ids (in `i18n/{ja,en}/backend.ftl`) for client errors.

use kenpos_contract::{ErrorCode, FieldCode};

use crate::ClientError;

impl ClientError {
    /// The Fluent message id to show. Variables: see [`ClientError::message_args`].
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::Offline => "backend-offline",
            Self::Timeout => "backend-timeout",
            Self::Server { .. } => "backend-server-error",
            Self::InvalidResponse => "backend-invalid-response",
            Self::Validation {
                code: ErrorCode::ConsentOutdated,
                ..
            } => "backend-consent-outdated",
            Self::Validation { .. } => "backend-validation",
            Self::Rejected { code } => rejected_id(*code),
            Self::Throttled { .. } => "backend-throttled",
            Self::Locked => "backend-locked",
            Self::Expired { code } => match code {
                ErrorCode::SessionExpired => "backend-session-expired",
                ErrorCode::LoginFlowExpired => "backend-login-flow-expired",
                ErrorCode::EligibilityExpired => "backend-eligibility-expired",
                ErrorCode::LinkExpired => "backend-link-expired",
                _ => "backend-expired",
            },
            Self::Unauthorized => "backend-unauthorized",
            Self::Certificate => "backend-certificate",
        }
    }

    /// Fluent variables of the message: `seconds` and `minutes` for throttled.
    pub fn message_args(&self) -> Vec<(&'static str, u64)> {
        match self {
            Self::Throttled { retry_after_secs } => vec![
                ("seconds", *retry_after_secs),
                ("minutes", retry_after_secs.div_ceil(60)),
            ],
            _ => Vec::new(),
        }
    }
}

fn rejected_id(code: ErrorCode) -> &'static str {
    match code {
        ErrorCode::LoginFailed => "backend-login-failed",
        ErrorCode::ConsentRequired => "backend-consent-required",
        ErrorCode::SetupRequired => "backend-setup-required",
        ErrorCode::AlreadyOnboarded => "backend-already-onboarded",
        ErrorCode::EligibilityNoMatch => "backend-eligibility-no-match",
        ErrorCode::EligibilityAlreadyRegistered => "backend-eligibility-already-registered",
        ErrorCode::SignupPersonNotFound => "backend-signup-person-not-found",
        ErrorCode::LinkInvalid => "backend-link-invalid",
        ErrorCode::ResendInvalid => "backend-resend-invalid",
        ErrorCode::IdempotencyKeyReused => "backend-idempotency-key-reused",
        ErrorCode::BadRequest
        | ErrorCode::IdempotencyKeyRequired
        | ErrorCode::NotFound
        | ErrorCode::MethodNotAllowed
        | ErrorCode::UnsupportedMediaType
        | ErrorCode::Unknown
        | ErrorCode::ValidationFailed
        | ErrorCode::DeviceUnauthorized
        | ErrorCode::SessionExpired
        | ErrorCode::LoginFlowExpired
        | ErrorCode::Throttled
        | ErrorCode::Locked
        | ErrorCode::ConsentOutdated
        | ErrorCode::EligibilityExpired
        | ErrorCode::LinkExpired
        | ErrorCode::Internal => "backend-rejected",
    }
}

/// The Fluent message id for a per-field error, shown at that field.
pub fn field_message_id(code: FieldCode) -> &'static str {
    match code {
        FieldCode::Required => "backend-field-required",
        FieldCode::TooLong => "backend-field-too-long",
        FieldCode::EmailInvalid => "backend-field-email-invalid",
        FieldCode::EmailTaken => "backend-field-email-taken",
        FieldCode::PasswordTooShort => "backend-field-password-too-short",
        FieldCode::PasswordTooLong => "backend-field-password-too-long",
        FieldCode::PasswordIsBirthDate => "backend-field-password-is-birth-date",
        FieldCode::PasswordContainsLoginId => "backend-field-password-contains-login-id",
        FieldCode::PasswordContainsServiceName => "backend-field-password-contains-service-name",
        FieldCode::PasswordContainsEmail => "backend-field-password-contains-email",
        FieldCode::PasswordGuessable => "backend-field-password-guessable",
        FieldCode::NameKanaInvalid => "backend-field-name-kana-invalid",
        FieldCode::BirthDateInvalid => "backend-field-birth-date-invalid",
        FieldCode::InsurerNumberInvalid => "backend-field-insurer-number-invalid",
        FieldCode::NumberInvalid => "backend-field-number-invalid",
        FieldCode::ConsentVersionStale => "backend-field-consent-version-stale",
        FieldCode::Unknown => "backend-field-invalid",
    }
}

/// Every message id the client can hand out (for catalogue checks), with its variables.
///
/// Built from one value of every [`ClientError`] variant (the exhaustive `match` below
/// fails to compile when a variant is added) for every [`ErrorCode`], plus every
/// [`FieldCode`].
pub fn all_message_ids() -> Vec<(&'static str, Vec<&'static str>)> {
    let mut errors = vec![
        ClientError::Offline,
        ClientError::Timeout,
        ClientError::Server { status: 500 },
        ClientError::InvalidResponse,
        ClientError::Throttled {
            retry_after_secs: 30,
        },
        ClientError::Locked,
        ClientError::Unauthorized,
        ClientError::Certificate,
    ];
    for code in ErrorCode::ALL {
        errors.push(ClientError::Validation {
            code,
            fields: Vec::new(),
        });
        errors.push(ClientError::Rejected { code });
        errors.push(ClientError::Expired { code });
    }
    for e in &errors {
        match e {
            ClientError::Offline
            | ClientError::Timeout
            | ClientError::Server { .. }
            | ClientError::InvalidResponse
            | ClientError::Validation { .. }
            | ClientError::Rejected { .. }
            | ClientError::Throttled { .. }
            | ClientError::Locked
            | ClientError::Expired { .. }
            | ClientError::Unauthorized
            | ClientError::Certificate => {}
        }
    }
    let mut out: Vec<(&'static str, Vec<&'static str>)> = errors
        .iter()
        .map(|e| {
            (
                e.message_id(),
                e.message_args().into_iter().map(|(k, _)| k).collect(),
            )
        })
        .collect();
    out.extend(
        FieldCode::ALL
            .into_iter()
            .map(|c| (field_message_id(c), Vec::new())),
    );
    out.sort();
    out.dedup();
    out
}
