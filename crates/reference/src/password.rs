//! Argon2id password hashing and the password policy.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use kenpos_contract::{FieldCode, FieldError};

/// Argon2id cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HashCost {
    /// OWASP-recommended parameters (19 MiB, t=2, p=1).
    #[default]
    Standard,
    /// Tiny parameters for tests and debug builds; still argon2id.
    Minimal,
}

fn argon(cost: HashCost) -> Argon2<'static> {
    let params = match cost {
        HashCost::Standard => Params::new(19 * 1024, 2, 1, None),
        HashCost::Minimal => Params::new(64, 1, 1, None),
    }
    .unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// PHC string of an argon2id hash with a random salt.
pub fn hash(cost: HashCost, password: &str) -> Option<String> {
    let mut salt_bytes = [0u8; 16];
    rand::Rng::fill(&mut rand::rng(), &mut salt_bytes);
    let salt = SaltString::encode_b64(&salt_bytes).ok()?;
    argon(cost)
        .hash_password(password.as_bytes(), &salt)
        .ok()
        .map(|h| h.to_string())
}

/// Whether `password` matches the PHC string (false on any parse error).
pub fn verify(cost: HashCost, phc: &str, password: &str) -> bool {
    match PasswordHash::new(phc) {
        Ok(parsed) => argon(cost)
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

/// Checks the password policy; field errors go under `field`.
///
/// 8–128 characters; not the birth date `YYYYMMDD`; not containing the login ID's
/// digits (or the login ID itself); not containing "kenpos".
pub fn policy(
    field: &str,
    password: &str,
    birth_date: Option<&str>,
    login_id: Option<&str>,
) -> Option<FieldError> {
    let len = password.chars().count();
    let lower = password.to_lowercase();
    let code = if len < 8 {
        Some(FieldCode::PasswordTooShort)
    } else if len > 128 {
        Some(FieldCode::PasswordTooLong)
    } else if birth_date.is_some_and(|b| password == b.replace('-', "")) {
        Some(FieldCode::PasswordIsBirthDate)
    } else if login_id.is_some_and(|id| contains_id(&lower, id)) {
        Some(FieldCode::PasswordContainsLoginId)
    } else if lower.contains("kenpos") {
        Some(FieldCode::PasswordContainsServiceName)
    } else {
        None
    };
    code.map(|c| FieldError::new(field, c))
}

fn contains_id(lower_password: &str, login_id: &str) -> bool {
    let id = login_id.to_lowercase();
    if lower_password.contains(&id) {
        return true;
    }
    // insured IDs: the 9 digits after the prefix
    match id.split_once('-') {
        Some((_, digits)) if digits.len() == 9 && digits.chars().all(|c| c.is_ascii_digit()) => {
            lower_password.contains(digits)
        }
        _ => match id.split_once('@') {
            Some((local, _)) if local.len() >= 4 => lower_password.contains(local),
            _ => false,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_and_verify() {
        let h = hash(HashCost::Minimal, "correct horse").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify(HashCost::Minimal, &h, "correct horse"));
        assert!(!verify(HashCost::Minimal, &h, "wrong"));
    }

    #[test]
    fn policy_rules() {
        let b = Some("2000-01-21");
        let id = Some("7132-091200001");
        let code = |p: &str| policy("p", p, b, id).map(|e| e.code);
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
        assert_eq!(code("blue sky over fuji"), None);
    }
}
