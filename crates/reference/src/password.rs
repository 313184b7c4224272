//! Argon2id password hashing and the password policy.

use argon2::Params;
use kenpos_contract::{FieldCode, FieldError};
use kenpos_rules::{
    BirthDate, EmailAddress, LoginId, PasswordContext, PasswordPolicy, PasswordWeakness,
    check_new_password,
};

/// Argon2id cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HashCost {
    /// OWASP-recommended parameters (19 MiB, t=2, p=1).
    #[default]
    Standard,
    /// Tiny parameters for tests and debug builds; still argon2id.
    Minimal,
}

fn params(cost: HashCost) -> Params {
    match cost {
        HashCost::Standard => Params::new(19 * 1024, 2, 1, None),
        HashCost::Minimal => Params::new(64, 1, 1, None),
    }
    .unwrap_or_default()
}

/// PHC string of an argon2id hash with a random salt.
pub fn hash(cost: HashCost, password: &str) -> Option<String> {
    crate::argon::hash(&params(cost), password.as_bytes())
}

/// Whether `password` matches the PHC string, with the parameters stored in it (false
/// on any parse error).
pub fn verify(phc: &str, password: &str) -> bool {
    crate::argon::verify(phc, password.as_bytes())
}

/// Checks a new password with the same rules the kiosk applies (`kenpos-rules`), so
/// that a client that skips them (the `/reset-password` page, another app) cannot set
/// a weak password; the first reason goes under `field`.
///
/// 8–128 characters; not containing the birth date (`YYYY-MM-DD` given) in its usual
/// forms, the login ID's digits, "kenpos", or the part of the email address before the
/// `@`; not a common or easily guessed password.
pub fn policy(
    field: &str,
    password: &str,
    birth_date: Option<&str>,
    login_id: Option<&str>,
    email: Option<&str>,
) -> Option<FieldError> {
    let birth_date = birth_date.and_then(|b| BirthDate::parse(b).ok());
    let login_id = login_id.and_then(|id| LoginId::parse(id).ok());
    let email = email.and_then(|e| EmailAddress::parse(e).ok());
    let ctx = PasswordContext {
        birth_date: birth_date.as_ref(),
        login_id: login_id.as_ref(),
        email: email.as_ref(),
    };
    let weakness = check_new_password(password, &ctx, &PasswordPolicy::default());
    let code = match weakness.first()? {
        PasswordWeakness::TooShort { .. } => FieldCode::PasswordTooShort,
        PasswordWeakness::TooLong { .. } => FieldCode::PasswordTooLong,
        PasswordWeakness::BirthDate => FieldCode::PasswordIsBirthDate,
        PasswordWeakness::LoginIdDigits => FieldCode::PasswordContainsLoginId,
        PasswordWeakness::ServiceName => FieldCode::PasswordContainsServiceName,
        PasswordWeakness::EmailLocalPart => FieldCode::PasswordContainsEmail,
        PasswordWeakness::Guessable => FieldCode::PasswordGuessable,
    };
    Some(FieldError::new(field, code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_and_verify() {
        let h = hash(HashCost::Minimal, "correct horse").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify(&h, "correct horse"));
        assert!(!verify(&h, "wrong"));
    }

    #[test]
    fn policy_rules() {
        let b = Some("2000-01-21");
        let id = Some("7132-091200001");
        let email = Some("taro.kenko@example.jp");
        let code = |p: &str| policy("p", p, b, id, email).map(|e| e.code);
        assert_eq!(code("short"), Some(FieldCode::PasswordTooShort));
        assert_eq!(code(&"x".repeat(129)), Some(FieldCode::PasswordTooLong));
        assert_eq!(code("20000121"), Some(FieldCode::PasswordIsBirthDate));
        assert_eq!(
            code("aa091200001"),
            Some(FieldCode::PasswordContainsLoginId)
        );
        assert_eq!(
            code("myKENPOSpass"),
            Some(FieldCode::PasswordContainsServiceName)
        );
        assert_eq!(code("x2000/01/21y"), Some(FieldCode::PasswordIsBirthDate));
        assert_eq!(code("password1"), Some(FieldCode::PasswordGuessable));
        assert_eq!(code("qwertyuiop"), Some(FieldCode::PasswordGuessable));
        assert_eq!(
            code("taro.kenko lantern"),
            Some(FieldCode::PasswordContainsEmail)
        );
        assert_eq!(code("blue sky over fuji"), None);
    }
}
