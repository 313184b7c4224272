//! 保険者番号 (insurer number).

use std::fmt;

use thiserror::Error;

use crate::message::{Explain, FluentArg, num};
use crate::normalize::for_id;

/// A valid 8-digit 保険者番号 (insurer number), check digit verified.
///
/// ```
/// use kenpos_rules::InsurerNumber;
///
/// let n = InsurerNumber::parse("０６１３９９８４").unwrap();
/// assert_eq!(n.as_str(), "06139984");
/// assert!(InsurerNumber::parse("33120015").is_ok());
/// assert!(InsurerNumber::parse("06139985").is_err());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct InsurerNumber(String);

/// Why a typed insurer number was not accepted.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum InsurerNumberError {
    /// Nothing was typed.
    #[error("the insurer number is empty")]
    Empty,
    /// Something other than digits was typed.
    #[error("the insurer number must be digits only")]
    NotDigits,
    /// A 6-digit number: a 国民健康保険 (national health insurance) insurer number,
    /// not the 8-digit number of this society.
    #[error("a 6-digit insurer number belongs to national health insurance")]
    NationalHealthInsurance,
    /// Neither 8 digits nor 6 digits.
    #[error("the insurer number has {length} digits, not 8")]
    WrongLength {
        /// How many digits were typed.
        length: usize,
    },
    /// 8 digits, but the last (check) digit does not match: a digit was mistyped.
    #[error("the insurer number's check digit does not match")]
    CheckDigit,
}

/// A valid insurer number that is not one of this society's configured numbers.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("the insurer number is not one of this society's numbers")]
pub struct NotThisSociety;

impl InsurerNumber {
    /// Parse a typed insurer number (full-width digits, spaces and zero-width
    /// characters are tolerated).
    pub fn parse(input: &str) -> Result<InsurerNumber, InsurerNumberError> {
        let norm = for_id(input);
        if norm.is_empty() {
            return Err(InsurerNumberError::Empty);
        }
        if !norm.bytes().all(|b| b.is_ascii_digit()) {
            return Err(InsurerNumberError::NotDigits);
        }
        match norm.len() {
            8 if check_digit_ok(&norm) => Ok(InsurerNumber(norm)),
            8 => Err(InsurerNumberError::CheckDigit),
            6 => Err(InsurerNumberError::NationalHealthInsurance),
            length => Err(InsurerNumberError::WrongLength { length }),
        }
    }

    /// The 8 digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Does it start with `06` (健康保険組合) or `63` (特例退職被保険者)?
    pub fn is_health_insurance_society(&self) -> bool {
        self.0.starts_with("06") || self.0.starts_with("63")
    }

    /// Is it one of `configured` (the society's insurer numbers)?
    pub fn is_one_of(&self, configured: &[InsurerNumber]) -> bool {
        configured.contains(self)
    }

    /// Like [`InsurerNumber::is_one_of`], as a `Result` carrying an explainable error.
    pub fn ensure_one_of(&self, configured: &[InsurerNumber]) -> Result<(), NotThisSociety> {
        if self.is_one_of(configured) {
            Ok(())
        } else {
            Err(NotThisSociety)
        }
    }
}

impl fmt::Display for InsurerNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Does the last digit of `digits` (ASCII digits, at least 2) match the check
/// digit of the others? Weights 2,1,2,1,… from the rightmost of the others, digits
/// of each product added, check = (10 − sum mod 10) mod 10.
pub(crate) fn check_digit_ok(digits: &str) -> bool {
    let bytes = digits.as_bytes();
    let Some((&last, body)) = bytes.split_last() else {
        return false;
    };
    if body.is_empty() || !bytes.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let sum: u32 = body
        .iter()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let product = u32::from(b - b'0') * if i % 2 == 0 { 2 } else { 1 };
            product / 10 + product % 10
        })
        .sum();
    (10 - sum % 10) % 10 == u32::from(last - b'0')
}

/// An 8-digit value that is a valid insurer number of a health insurance society
/// (check digit passes, starts `06` or `63`).
pub(crate) fn is_society_insurer_number(digits: &str) -> bool {
    digits.len() == 8
        && (digits.starts_with("06") || digits.starts_with("63"))
        && check_digit_ok(digits)
}

impl Explain for InsurerNumberError {
    fn message_id(&self) -> &'static str {
        match self {
            InsurerNumberError::Empty => "rules-insurer-empty",
            InsurerNumberError::NotDigits => "rules-insurer-not-digits",
            InsurerNumberError::NationalHealthInsurance => "rules-insurer-national-health",
            InsurerNumberError::WrongLength { .. } => "rules-insurer-wrong-length",
            InsurerNumberError::CheckDigit => "rules-insurer-check-digit",
        }
    }

    fn args(&self) -> Vec<(&'static str, FluentArg)> {
        match self {
            InsurerNumberError::WrongLength { length } => vec![("length", num(*length))],
            _ => Vec::new(),
        }
    }
}

impl Explain for NotThisSociety {
    fn message_id(&self) -> &'static str {
        "rules-insurer-not-this-society"
    }

    fn args(&self) -> Vec<(&'static str, FluentArg)> {
        Vec::new()
    }
}
