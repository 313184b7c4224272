//! Wire names of request fields, in one place.
//!
//! These are the values of [`FieldError::field`](crate::FieldError::field) (the request
//! JSON field name, dotted for a nested one) and the names of the query and form fields
//! the backend reads. Each equals the serde name of the field in [`types`](crate::types);
//! the tests below keep them in step.

/// `login_id`: login ID or email address (login step 1, forgot password).
pub const LOGIN_ID: &str = "login_id";
/// `password`: the password of a family / voluntary member's signup.
pub const PASSWORD: &str = "password";
/// `new_password`: a new password (basic setup, password reset, the reset page's form).
pub const NEW_PASSWORD: &str = "new_password";
/// `email`: email address (basic setup, signup, forgot login ID).
pub const EMAIL: &str = "email";
/// `symbol`: 記号 of the eligibility check.
pub const SYMBOL: &str = "symbol";
/// `number`: 番号 of the eligibility check.
pub const NUMBER: &str = "number";
/// `insurer_number`: 保険者番号 of the eligibility check.
pub const INSURER_NUMBER: &str = "insurer_number";
/// `name_kana`: name in katakana (signup).
pub const NAME_KANA: &str = "name_kana";
/// `birth_date`: birth date `YYYY-MM-DD` (signup).
pub const BIRTH_DATE: &str = "birth_date";
/// `consent`: the consent versions nested in a signup.
pub const CONSENT: &str = "consent";
/// `privacy_version`: version of the personal-information notice agreed to.
pub const PRIVACY_VERSION: &str = "privacy_version";
/// `terms_version`: version of the member terms agreed to.
pub const TERMS_VERSION: &str = "terms_version";
/// `consent.privacy_version`: [`PRIVACY_VERSION`] nested in a signup's [`CONSENT`].
pub const CONSENT_PRIVACY_VERSION: &str = "consent.privacy_version";
/// `consent.terms_version`: [`TERMS_VERSION`] nested in a signup's [`CONSENT`].
pub const CONSENT_TERMS_VERSION: &str = "consent.terms_version";
/// `token`: the token of an email link (its query, the link pages' forms).
pub const TOKEN: &str = "token";
/// `lang`: language query of the consent documents.
pub const LANG: &str = "lang";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        ConsentVersions, DocumentType, EligibilityRequest, ForgotLoginIdRequest,
        ForgotPasswordRequest, Lang, LinkForm, LoginStartRequest, OnboardingSetupRequest,
        PasswordResetRequest, Secret, SignupRequest,
    };

    fn keys(v: impl serde::Serialize) -> Vec<String> {
        match serde_json::to_value(v).unwrap() {
            serde_json::Value::Object(m) => m.keys().cloned().collect(),
            other => panic!("not an object: {other}"),
        }
    }

    fn has(v: impl serde::Serialize, names: &[&str]) {
        let keys = keys(v);
        for n in names {
            assert!(keys.iter().any(|k| k == n), "{n} not in {keys:?}");
        }
    }

    fn s() -> Secret {
        Secret::new("x".to_owned())
    }

    fn versions() -> ConsentVersions {
        ConsentVersions {
            privacy_version: String::new(),
            terms_version: String::new(),
        }
    }

    #[test]
    fn constants_are_the_serde_names() {
        has(
            LoginStartRequest {
                login_id: String::new(),
            },
            &[LOGIN_ID],
        );
        has(
            ForgotPasswordRequest {
                login_id: String::new(),
            },
            &[LOGIN_ID],
        );
        has(
            ForgotLoginIdRequest {
                email: String::new(),
            },
            &[EMAIL],
        );
        has(
            OnboardingSetupRequest {
                email: String::new(),
                new_password: Some(s()),
                newsletter: false,
            },
            &[EMAIL, NEW_PASSWORD],
        );
        has(
            PasswordResetRequest {
                token: s(),
                new_password: s(),
            },
            &[TOKEN, NEW_PASSWORD],
        );
        has(
            LinkForm {
                token: s(),
                new_password: Some(s()),
            },
            &[TOKEN, NEW_PASSWORD],
        );
        has(
            EligibilityRequest {
                symbol: String::new(),
                number: String::new(),
                insurer_number: String::new(),
                document_type: DocumentType::Card,
            },
            &[SYMBOL, NUMBER, INSURER_NUMBER],
        );
        has(versions(), &[PRIVACY_VERSION, TERMS_VERSION]);
        has(
            SignupRequest {
                eligibility_token: s(),
                name_kana: String::new(),
                birth_date: String::new(),
                email: String::new(),
                password: s(),
                newsletter: false,
                consent: versions(),
            },
            &[NAME_KANA, BIRTH_DATE, EMAIL, PASSWORD, CONSENT],
        );
        has(
            crate::ConsentsQuery {
                lang: Some(Lang::Ja),
            },
            &[LANG],
        );
        has(crate::LinkQuery { token: None }, &[TOKEN]);
        assert_eq!(
            CONSENT_PRIVACY_VERSION,
            format!("{CONSENT}.{PRIVACY_VERSION}")
        );
        assert_eq!(CONSENT_TERMS_VERSION, format!("{CONSENT}.{TERMS_VERSION}"));
    }
}
