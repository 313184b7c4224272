//! Typed client errors.

use kenpos_contract::{ErrorCode, FieldError, Problem};

/// What went wrong talking to the backend. Carries codes only, never member data.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClientError {
    /// The backend could not be reached (connection refused, DNS, network down).
    #[error("backend unreachable")]
    Offline,
    /// The backend did not answer in time.
    #[error("backend timed out")]
    Timeout,
    /// The backend failed (5xx).
    #[error("backend error (status {status})")]
    Server {
        /// HTTP status.
        status: u16,
    },
    /// The reply was not what the contract says.
    #[error("unexpected reply from the backend")]
    InvalidResponse,
    /// Fields are invalid; show each at its field ([`crate::field_message_id`]).
    #[error("validation failed ({code:?})")]
    Validation {
        /// `validation_failed` or `consent_outdated`.
        code: ErrorCode,
        /// Per-field errors (field = request JSON field name).
        fields: Vec<FieldError>,
    },
    /// The backend refused the request (e.g. `login_failed`, `eligibility_no_match`).
    #[error("rejected ({code:?})")]
    Rejected {
        /// Machine code.
        code: ErrorCode,
    },
    /// Too many attempts; try again after `retry_after_secs`.
    #[error("throttled ({retry_after_secs} s)")]
    Throttled {
        /// Seconds to wait.
        retry_after_secs: u64,
    },
    /// The login ID is locked for a while; the member should contact the office.
    #[error("locked")]
    Locked,
    /// Something time-limited expired (session, login step, eligibility, email link).
    #[error("expired ({code:?})")]
    Expired {
        /// Which: `session_expired`, `login_flow_expired`, `eligibility_expired`, `link_expired`.
        code: ErrorCode,
    },
    /// The device token is missing or not accepted (staff must provision the kiosk).
    #[error("device not authorized")]
    Unauthorized,
    /// TLS failed: the server's certificate is not trusted (or the handshake failed).
    /// Staff must install the backend's CA (`backend.ca_file`) or fix the server.
    #[error("TLS handshake failed (server certificate not trusted)")]
    Certificate,
}

impl ClientError {
    /// Maps a problem body to an error.
    pub fn from_problem(p: &Problem) -> Self {
        match p.code {
            ErrorCode::ValidationFailed | ErrorCode::ConsentOutdated => Self::Validation {
                code: p.code,
                fields: p.fields.clone(),
            },
            ErrorCode::Throttled => Self::Throttled {
                retry_after_secs: p.retry_after.unwrap_or(60),
            },
            ErrorCode::Locked => Self::Locked,
            ErrorCode::DeviceUnauthorized => Self::Unauthorized,
            ErrorCode::SessionExpired
            | ErrorCode::LoginFlowExpired
            | ErrorCode::EligibilityExpired
            | ErrorCode::LinkExpired => Self::Expired { code: p.code },
            ErrorCode::Internal => Self::Server { status: p.status },
            ErrorCode::BadRequest
            | ErrorCode::LoginFailed
            | ErrorCode::ConsentRequired
            | ErrorCode::SetupRequired
            | ErrorCode::AlreadyOnboarded
            | ErrorCode::EligibilityNoMatch
            | ErrorCode::EligibilityAlreadyRegistered
            | ErrorCode::SignupPersonNotFound
            | ErrorCode::LinkInvalid
            | ErrorCode::ResendInvalid
            | ErrorCode::IdempotencyKeyRequired
            | ErrorCode::IdempotencyKeyReused
            | ErrorCode::NotFound
            | ErrorCode::MethodNotAllowed
            | ErrorCode::UnsupportedMediaType
            | ErrorCode::Unknown => {
                if p.status >= 500 {
                    Self::Server { status: p.status }
                } else {
                    Self::Rejected { code: p.code }
                }
            }
        }
    }

    /// The machine code, when the backend gave one.
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            Self::Validation { code, .. } | Self::Rejected { code } | Self::Expired { code } => {
                Some(*code)
            }
            Self::Throttled { .. } => Some(ErrorCode::Throttled),
            Self::Locked => Some(ErrorCode::Locked),
            Self::Unauthorized => Some(ErrorCode::DeviceUnauthorized),
            Self::Offline
            | Self::Timeout
            | Self::Server { .. }
            | Self::InvalidResponse
            | Self::Certificate => None,
        }
    }

    /// Whether trying the same request again later may succeed (offline, timeout, 5xx).
    pub fn is_transient(&self) -> bool {
        matches!(self, Self::Offline | Self::Timeout | Self::Server { .. })
    }
}
