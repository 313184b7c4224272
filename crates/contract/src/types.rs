//! Request and response bodies. Dates are `YYYY-MM-DD`, instants RFC 3339 UTC.

use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::Secret;

/// `GET /api/v1/health`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct HealthResponse {
    /// Always `ok` when the server answers.
    pub status: String,
    /// Backend version.
    pub version: String,
    /// True for the demo / reference backend: the app shows a DEMO marker.
    pub demo: bool,
}

/// Login step 1.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct LoginStartRequest {
    /// `7132-XXXXXXXXX` (insured) or the email (family / voluntary members); normalised by the server.
    #[schema(min_length = 1, max_length = 256)]
    pub login_id: String,
}

/// Login step 1 reply: always given, whether or not the ID exists.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct LoginStartResponse {
    /// Opaque short-lived token for step 2.
    pub flow_token: Secret,
    /// When the flow token expires (RFC 3339 UTC).
    pub expires_at: String,
}

/// Login step 2.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct LoginFinishRequest {
    /// From step 1.
    pub flow_token: Secret,
    /// The password (the birth date `YYYYMMDD` until changed, for insured persons).
    pub password: Secret,
}

/// Login step 2 success.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct LoginFinishResponse {
    /// Session token for the `x-kenpos-session` header.
    pub session_token: Secret,
    /// The normalised login ID (shown read-only in basic setup).
    pub login_id: String,
    /// Consent and basic setup are still owed.
    pub first_login: bool,
    /// The password is still the birth-date initial one.
    pub initial_password: bool,
}

/// Language of consent documents and emails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Japanese.
    #[default]
    Ja,
    /// English.
    En,
}

/// Query of `GET /api/v1/consents`.
#[derive(Debug, Clone, Serialize, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ConsentsQuery {
    /// Language of the documents (default `ja`).
    #[serde(default)]
    pub lang: Option<Lang>,
}

/// Which consent document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConsentDocumentId {
    /// 個人情報の取り扱いについて.
    Privacy,
    /// 会員利用規約.
    Terms,
}

/// One consent document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ConsentDocument {
    /// Which document.
    pub id: ConsentDocumentId,
    /// Current version; consent records it.
    pub version: String,
    /// Title in the asked language.
    pub title: String,
    /// Plain-text body (paragraphs separated by blank lines).
    pub body: String,
}

/// `GET /api/v1/consents`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ConsentsResponse {
    /// The privacy notice, then the member terms.
    pub documents: Vec<ConsentDocument>,
}

/// The consent document versions the member agreed to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ConsentVersions {
    /// Version of the personal-information notice.
    #[schema(min_length = 1, max_length = 256)]
    pub privacy_version: String,
    /// Version of the member terms.
    #[schema(min_length = 1, max_length = 256)]
    pub terms_version: String,
}

/// Basic setup of the insured member's first login.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct OnboardingSetupRequest {
    /// Email address for KENPOS mail.
    #[schema(min_length = 1, max_length = 256)]
    pub email: String,
    /// New password replacing the birth-date one; `null` keeps it for now.
    #[serde(default)]
    pub new_password: Option<Secret>,
    /// Newsletter opt-in.
    pub newsletter: bool,
}

/// Summary to confirm (guide ⑤).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct OnboardingSummary {
    /// Login ID (cannot be changed).
    pub login_id: String,
    /// Email address as entered (normalised).
    pub email: String,
    /// Whether a new password will replace the birth-date one.
    pub password_change: bool,
    /// Newsletter opt-in.
    pub newsletter: bool,
}

/// A signup email was sent.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct EmailSentResponse {
    /// The address it went to, masked (e.g. `ke***@example.jp`).
    pub masked_email: String,
    /// When the link expires (24 h, RFC 3339 UTC).
    pub expires_at: String,
    /// Opaque handle for [`ResendRequest`].
    pub resend_token: Secret,
}

/// Resend the signup email; earlier links stop working.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ResendRequest {
    /// From [`EmailSentResponse::resend_token`].
    pub resend_token: Secret,
}

/// The document the member reads the numbers from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DocumentType {
    /// Card-type health insurance card.
    Card,
    /// Paper health insurance certificate.
    Paper,
    /// 資格確認書.
    EligibilityCertificate,
    /// 資格情報のお知らせ.
    EligibilityNotice,
    /// マイナポータル.
    Mynaportal,
}

/// Eligibility check (資格照会).
///
/// The server compares symbol and number in a canonical form: trimmed, NFKC-folded
/// (full-width digits and letters), spaces removed, kana as full-width katakana; the number
/// is compared as digits with leading zeros stripped (`012345` = `12345`).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct EligibilityRequest {
    /// 記号 (digits, sometimes kana or kanji on old documents).
    #[schema(min_length = 1, max_length = 256)]
    pub symbol: String,
    /// 番号 (digits).
    #[schema(min_length = 1, max_length = 256)]
    pub number: String,
    /// 保険者番号 (8 digits, check digit).
    #[schema(min_length = 1, max_length = 256)]
    pub insurer_number: String,
    /// The document the numbers were read from.
    pub document_type: DocumentType,
}

/// Eligibility confirmed.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct EligibilityResponse {
    /// Short-lived token naming the record set (30 min).
    pub eligibility_token: Secret,
    /// When it expires (RFC 3339 UTC).
    pub expires_at: String,
}

/// Family / voluntary member signup.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct SignupRequest {
    /// From the eligibility check.
    pub eligibility_token: Secret,
    /// Name in full-width katakana (spaces ignored).
    #[schema(min_length = 1, max_length = 256)]
    pub name_kana: String,
    /// Birth date `YYYY-MM-DD`.
    #[schema(min_length = 1, max_length = 256)]
    pub birth_date: String,
    /// Email address; becomes the login ID.
    #[schema(min_length = 1, max_length = 256)]
    pub email: String,
    /// Password.
    pub password: Secret,
    /// Newsletter opt-in.
    pub newsletter: bool,
    /// Consent document versions agreed to.
    pub consent: ConsentVersions,
}

/// Confirm an email link (JSON form of the link page).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct VerifyRequest {
    /// The `token` query value of the link.
    pub token: Secret,
}

/// The account is active.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct VerifyResponse {
    /// The login ID to log in with.
    pub login_id: String,
}

/// Forgot login ID.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ForgotLoginIdRequest {
    /// The registered email address.
    #[schema(min_length = 1, max_length = 256)]
    pub email: String,
}

/// Forgot password.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ForgotPasswordRequest {
    /// Login ID or email address.
    #[schema(min_length = 1, max_length = 256)]
    pub login_id: String,
}

/// Neutral reply: "if an account exists, we sent an email".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct AcceptedResponse {
    /// Always `accepted`.
    pub status: String,
}

/// Set a new password with a reset-link token.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct PasswordResetRequest {
    /// The `token` query value of the reset link.
    pub token: Secret,
    /// The new password.
    pub new_password: Secret,
}

/// Kind of outbox message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum OutboxKind {
    /// Signup / onboarding verification link.
    Verify,
    /// Login ID reminder.
    LoginId,
    /// Password reset link.
    PasswordReset,
}

/// An email the backend "sent".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct OutboxMessage {
    /// Sequence number.
    pub id: i64,
    /// Kind of message.
    pub kind: OutboxKind,
    /// Recipient.
    pub to: String,
    /// Subject (ja / en).
    pub subject: String,
    /// Bilingual body.
    pub body: String,
    /// The link in the body, if any.
    pub link: Option<String>,
    /// When it was stored (RFC 3339 UTC).
    pub created_at: String,
}

/// `GET /api/v1/dev/outbox`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct OutboxResponse {
    /// Oldest first.
    pub messages: Vec<OutboxMessage>,
}

/// Form posted by the link pages (`/verify`, `/reset-password`).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct LinkForm {
    /// The link token.
    pub token: Secret,
    /// New password (reset page only).
    #[serde(default)]
    pub new_password: Option<Secret>,
}

/// Query of the link pages.
#[derive(Debug, Clone, Serialize, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LinkQuery {
    /// The link token.
    #[serde(default)]
    pub token: Option<String>,
}
