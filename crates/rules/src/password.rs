//! Checking a proposed new password (NIST SP 800-63B-4 style: length, context
//! and guessability; no composition rules).

use thiserror::Error;
use unicode_normalization::UnicodeNormalization;
use zxcvbn::{Score, zxcvbn};

use crate::birth_date::BirthDate;
use crate::email::EmailAddress;
use crate::login_id::LoginId;
use crate::message::{Explain, FluentArg, num};

/// The backend's length policy, counted in characters (not bytes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PasswordPolicy {
    /// The shortest allowed password.
    pub min_len: usize,
    /// The longest allowed password.
    pub max_len: usize,
}

impl Default for PasswordPolicy {
    /// 8 to 128 characters.
    fn default() -> Self {
        PasswordPolicy {
            min_len: 8,
            max_len: 128,
        }
    }
}

/// What is known about the member, to refuse passwords built from it.
#[derive(Clone, Copy, Debug, Default)]
pub struct PasswordContext<'a> {
    /// The member's birth date.
    pub birth_date: Option<&'a BirthDate>,
    /// The member's login ID.
    pub login_id: Option<&'a LoginId>,
    /// The member's email address.
    pub email: Option<&'a EmailAddress>,
}

/// A reason a proposed password is weak.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum PasswordWeakness {
    /// Shorter than the policy allows.
    #[error("shorter than {min} characters")]
    TooShort {
        /// The minimum length.
        min: usize,
    },
    /// Longer than the policy allows.
    #[error("longer than {max} characters")]
    TooLong {
        /// The maximum length.
        max: usize,
    },
    /// Equals or contains the birth date (YYYYMMDD, YYMMDD, MMDDYYYY, DDMMYYYY or
    /// the era form such as 550121).
    #[error("contains the birth date")]
    BirthDate,
    /// Contains the login-ID digits (all 9, or the 6-digit number).
    #[error("contains the login ID digits")]
    LoginIdDigits,
    /// Contains the service name "kenpos" (any case, full-width, or in kana).
    #[error("contains the service name")]
    ServiceName,
    /// Contains the part of the email address before the `@`.
    #[error("contains the email address")]
    EmailLocalPart,
    /// Easy to guess (common password, word, pattern): zxcvbn score below 3.
    #[error("easy to guess")]
    Guessable,
}

/// The shortest email local part worth looking for in a password.
const EMAIL_LOCAL_MIN: usize = 3;
/// zxcvbn only looks at this many characters; longer passwords are not weak by guessing.
const GUESS_CHECK_MAX_CHARS: usize = 100;

/// Check a proposed new password; an empty list means it is acceptable.
///
/// Any characters are allowed (spaces too). Reasons come in this order: length,
/// birth date, login-ID digits, service name, email; [`PasswordWeakness::Guessable`]
/// is only given when no other reason applies (so one clear message is shown).
/// Matching is done on the NFKC-folded, lower-cased password; the date and ID
/// checks look at its digits only (`1980/01/21` contains `19800121`).
///
/// ```
/// use kenpos_rules::{check_new_password, BirthDate, CalendarDate, PasswordContext,
///     PasswordPolicy, PasswordWeakness};
///
/// let born = BirthDate::parse_on("1980-01-21", CalendarDate::new(2026, 1, 1).unwrap()).unwrap();
/// let ctx = PasswordContext { birth_date: Some(&born), ..Default::default() };
/// let policy = PasswordPolicy::default();
/// assert_eq!(check_new_password("19800121", &ctx, &policy), vec![PasswordWeakness::BirthDate]);
/// assert!(check_new_password("correct horse battery staple", &ctx, &policy).is_empty());
/// ```
pub fn check_new_password(
    password: &str,
    ctx: &PasswordContext<'_>,
    policy: &PasswordPolicy,
) -> Vec<PasswordWeakness> {
    let mut weak = Vec::new();
    let len = password.chars().count();
    if len < policy.min_len {
        weak.push(PasswordWeakness::TooShort {
            min: policy.min_len,
        });
    }
    if len > policy.max_len {
        weak.push(PasswordWeakness::TooLong {
            max: policy.max_len,
        });
    }
    let folded: String = password.nfkc().collect::<String>().to_lowercase();
    let digits: String = folded.chars().filter(char::is_ascii_digit).collect();
    if let Some(born) = ctx.birth_date
        && birth_date_forms(born)
            .iter()
            .any(|f| digits.contains(f.as_str()))
    {
        weak.push(PasswordWeakness::BirthDate);
    }
    if let Some(id) = ctx.login_id
        && (digits.contains(id.digits()) || digits.contains(id.number_digits()))
    {
        weak.push(PasswordWeakness::LoginIdDigits);
    }
    if ["kenpos", "けんぽす", "ケンポス"]
        .iter()
        .any(|name| folded.contains(name))
    {
        weak.push(PasswordWeakness::ServiceName);
    }
    if let Some(email) = ctx.email {
        let local = email.local_part().to_lowercase();
        if local.len() >= EMAIL_LOCAL_MIN && folded.contains(&local) {
            weak.push(PasswordWeakness::EmailLocalPart);
        }
    }
    if weak.is_empty() && len <= GUESS_CHECK_MAX_CHARS {
        let mut inputs: Vec<String> = vec!["kenpos".to_owned()];
        inputs.extend(ctx.birth_date.map(BirthDate::initial_password));
        inputs.extend(ctx.login_id.map(|id| id.digits().to_owned()));
        inputs.extend(ctx.email.map(|e| e.local_part().to_owned()));
        let refs: Vec<&str> = inputs.iter().map(String::as_str).collect();
        if zxcvbn(password, &refs).score() < Score::Three {
            weak.push(PasswordWeakness::Guessable);
        }
    }
    weak
}

/// The digit strings a birth date is commonly written as.
fn birth_date_forms(born: &BirthDate) -> Vec<String> {
    let (y, m, d) = (born.year(), born.month(), born.day());
    let yy = y.rem_euclid(100);
    let mut forms = vec![
        format!("{y:04}{m:02}{d:02}"),
        format!("{yy:02}{m:02}{d:02}"),
        format!("{m:02}{d:02}{y:04}"),
        format!("{d:02}{m:02}{y:04}"),
    ];
    if let Some((_, era_year)) = born.era() {
        forms.push(format!("{era_year:02}{m:02}{d:02}"));
    }
    forms
}

impl Explain for PasswordWeakness {
    fn message_id(&self) -> &'static str {
        match self {
            PasswordWeakness::TooShort { .. } => "rules-password-too-short",
            PasswordWeakness::TooLong { .. } => "rules-password-too-long",
            PasswordWeakness::BirthDate => "rules-password-birth-date",
            PasswordWeakness::LoginIdDigits => "rules-password-login-id",
            PasswordWeakness::ServiceName => "rules-password-service-name",
            PasswordWeakness::EmailLocalPart => "rules-password-email",
            PasswordWeakness::Guessable => "rules-password-guessable",
        }
    }

    fn args(&self) -> Vec<(&'static str, FluentArg)> {
        match self {
            PasswordWeakness::TooShort { min } => vec![("min", num(*min))],
            PasswordWeakness::TooLong { max } => vec![("max", num(*max))],
            _ => Vec::new(),
        }
    }
}
