//! KENPOS login ID for insured persons: `PPPP-SSSNNNNNN`.

use std::fmt;

use thiserror::Error;

use crate::card_number::{
    NUMBER_MAX_DIGITS, NumberIssue, check_number, strip_excess_zeros, zero_pad,
};
use crate::insurer::is_society_insurer_number;
use crate::message::{Explain, FluentArg, num};
use crate::normalize::for_id;

/// The 記号 (symbol) is padded to this many digits.
const SYMBOL_DIGITS: usize = 3;
/// The society prefix has this many digits.
const PREFIX_DIGITS: usize = 4;

/// A KENPOS login ID: a 4-digit society prefix, `-`, the 記号 (symbol) padded to
/// 3 digits and the 番号 (number) padded to 6 digits (member guide).
///
/// ```
/// use kenpos_rules::LoginId;
///
/// let id = LoginId::from_card("7132", "91", "200001").unwrap();
/// assert_eq!(id.to_string(), "7132-091200001");
/// assert_eq!(id.digits(), "091200001");
/// let id = LoginId::from_card("7132", "123", "4567").unwrap();
/// assert_eq!(id.to_string(), "7132-123004567");
/// assert_eq!(LoginId::parse("７１３２ー０９１２００００１").unwrap().to_string(), "7132-091200001");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct LoginId {
    prefix: String,
    digits: String,
}

/// Which input an error concerns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LoginIdField {
    /// The society prefix (configuration, not typed by the member).
    Prefix,
    /// The 記号 (symbol) field.
    Symbol,
    /// The 番号 (number) field.
    Number,
    /// A whole login ID typed in one field.
    WholeId,
}

/// Why a login ID could not be made from what was typed.
///
/// For [`LoginId::from_card`] the prefix is checked first, then the symbol, then
/// the number; only the first problem is reported. For an 8-digit number, "valid
/// insurer number" is checked before "number + 枝番" (see
/// [`LoginIdError::InsurerNumberInField`]).
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum LoginIdError {
    /// The configured prefix is not 4 digits (a configuration error for staff).
    #[error("the login-ID prefix must be 4 digits")]
    PrefixInvalid,
    /// The symbol field is empty.
    #[error("the symbol is empty")]
    SymbolEmpty,
    /// The number field is empty.
    #[error("the number is empty")]
    NumberEmpty,
    /// The symbol is not digits only: this path needs the digits printed after 記号
    /// (kana or kanji symbols belong to the signup path).
    #[error("the symbol must be the digits printed after 記号")]
    SymbolNotDigits,
    /// The number is not digits only.
    #[error("the number must be digits only")]
    NumberNotDigits,
    /// The symbol has more than 3 digits.
    #[error("the symbol has more than {max} digits")]
    SymbolTooLong {
        /// The longest symbol (3).
        max: usize,
    },
    /// The number has more than 6 digits.
    #[error("the number has more than {max} digits")]
    NumberTooLong {
        /// The longest number (6).
        max: usize,
    },
    /// The number looks like the 6-digit number followed by the 2-digit 枝番
    /// (branch number), which is not part of the login ID.
    #[error("the branch number is not needed; use {number}")]
    NumberWithBranch {
        /// The 6 digits to use instead (padded).
        number: String,
    },
    /// An 8-digit valid insurer number (check digit passes, starts `06` or `63`)
    /// was typed in the symbol or number field: it belongs in 保険者番号 and is not
    /// part of the ID. Checked before [`LoginIdError::NumberWithBranch`].
    #[error("an insurer number was typed in the {field:?} field")]
    InsurerNumberInField {
        /// Where it was typed: [`LoginIdField::Symbol`] or [`LoginIdField::Number`].
        field: LoginIdField,
    },
    /// A typed whole login ID is empty.
    #[error("the login ID is empty")]
    IdEmpty,
    /// A typed whole login ID is not 4 digits, `-`, 9 digits.
    #[error("the login ID must be 4 digits, a hyphen and 9 digits")]
    IdMalformed {
        /// The society's prefix when it is known ([`LoginId::parse_for`]), so that the
        /// message can show an example that starts with it.
        prefix: Option<String>,
    },
    /// A typed whole login ID has another society's prefix.
    #[error("the login ID must start with {prefix}-")]
    IdWrongPrefix {
        /// The expected prefix.
        prefix: String,
    },
}

impl LoginIdError {
    /// Which input the error concerns.
    pub fn field(&self) -> LoginIdField {
        match self {
            LoginIdError::PrefixInvalid => LoginIdField::Prefix,
            LoginIdError::SymbolEmpty
            | LoginIdError::SymbolNotDigits
            | LoginIdError::SymbolTooLong { .. } => LoginIdField::Symbol,
            LoginIdError::NumberEmpty
            | LoginIdError::NumberNotDigits
            | LoginIdError::NumberTooLong { .. }
            | LoginIdError::NumberWithBranch { .. } => LoginIdField::Number,
            LoginIdError::InsurerNumberInField { field } => *field,
            LoginIdError::IdEmpty
            | LoginIdError::IdMalformed { .. }
            | LoginIdError::IdWrongPrefix { .. } => LoginIdField::WholeId,
        }
    }
}

fn is_digits(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_digit())
}

fn checked_prefix(prefix: &str) -> Result<String, LoginIdError> {
    let p = for_id(prefix);
    if p.len() == PREFIX_DIGITS && is_digits(&p) {
        Ok(p)
    } else {
        Err(LoginIdError::PrefixInvalid)
    }
}

impl LoginId {
    /// Build the login ID from the society prefix (configuration, e.g. `7132`) and
    /// the 記号 (symbol) and 番号 (number) as typed. Full-width digits, spaces and
    /// hyphen look-alikes are normalised; leading zeros the member typed are kept.
    pub fn from_card(prefix: &str, symbol: &str, number: &str) -> Result<LoginId, LoginIdError> {
        let prefix = checked_prefix(prefix)?;
        let symbol = for_id(symbol);
        if symbol.is_empty() {
            return Err(LoginIdError::SymbolEmpty);
        }
        if !is_digits(&symbol) {
            return Err(LoginIdError::SymbolNotDigits);
        }
        if is_society_insurer_number(&symbol) {
            return Err(LoginIdError::InsurerNumberInField {
                field: LoginIdField::Symbol,
            });
        }
        let symbol = strip_excess_zeros(&symbol, SYMBOL_DIGITS);
        if symbol.len() > SYMBOL_DIGITS {
            return Err(LoginIdError::SymbolTooLong { max: SYMBOL_DIGITS });
        }
        let number_norm = for_id(number);
        let number = match check_number(&number_norm) {
            Ok(n) => strip_excess_zeros(n, NUMBER_MAX_DIGITS),
            Err(NumberIssue::Empty) => return Err(LoginIdError::NumberEmpty),
            Err(NumberIssue::NotDigits) => return Err(LoginIdError::NumberNotDigits),
            Err(NumberIssue::TooLong) => {
                return Err(LoginIdError::NumberTooLong {
                    max: NUMBER_MAX_DIGITS,
                });
            }
            Err(NumberIssue::Branch(n)) => {
                return Err(LoginIdError::NumberWithBranch {
                    number: zero_pad(&n, NUMBER_MAX_DIGITS),
                });
            }
            Err(NumberIssue::InsurerNumber) => {
                return Err(LoginIdError::InsurerNumberInField {
                    field: LoginIdField::Number,
                });
            }
        };
        if number.len() > NUMBER_MAX_DIGITS {
            return Err(LoginIdError::NumberTooLong {
                max: NUMBER_MAX_DIGITS,
            });
        }
        let digits = format!(
            "{}{}",
            zero_pad(symbol, SYMBOL_DIGITS),
            zero_pad(number, NUMBER_MAX_DIGITS)
        );
        Ok(LoginId { prefix, digits })
    }

    /// Parse a whole login ID as typed (`7132-091200001`; full-width, hyphen
    /// look-alikes and a missing hyphen accepted). Any 4-digit prefix is accepted:
    /// use [`LoginId::parse_for`] to require the society's prefix.
    pub fn parse(input: &str) -> Result<LoginId, LoginIdError> {
        let norm = for_id(input);
        if norm.is_empty() {
            return Err(LoginIdError::IdEmpty);
        }
        let all: String = norm.chars().filter(|c| *c != '-').collect();
        let hyphens_ok = match norm.split_once('-') {
            None => true,
            Some((head, _)) => head.len() == PREFIX_DIGITS,
        };
        if !hyphens_ok
            || !is_digits(&all)
            || all.len() != PREFIX_DIGITS + SYMBOL_DIGITS + NUMBER_MAX_DIGITS
        {
            return Err(LoginIdError::IdMalformed { prefix: None });
        }
        let (prefix, digits) = all.split_at(PREFIX_DIGITS);
        Ok(LoginId {
            prefix: prefix.to_owned(),
            digits: digits.to_owned(),
        })
    }

    /// Like [`LoginId::parse`], but the prefix must be `prefix`; 9 digits typed
    /// without the prefix are accepted and get it.
    pub fn parse_for(prefix: &str, input: &str) -> Result<LoginId, LoginIdError> {
        let prefix = checked_prefix(prefix)?;
        let norm = for_id(input);
        if norm.len() == SYMBOL_DIGITS + NUMBER_MAX_DIGITS && is_digits(&norm) {
            return Ok(LoginId {
                prefix,
                digits: norm,
            });
        }
        let id = LoginId::parse(input).map_err(|e| match e {
            LoginIdError::IdMalformed { .. } => LoginIdError::IdMalformed {
                prefix: Some(prefix.clone()),
            },
            other => other,
        })?;
        if id.prefix == prefix {
            Ok(id)
        } else {
            Err(LoginIdError::IdWrongPrefix { prefix })
        }
    }

    /// The 4-digit society prefix.
    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    /// The 9 digits after the hyphen (symbol padded to 3 + number padded to 6).
    pub fn digits(&self) -> &str {
        &self.digits
    }

    /// The 6-digit number part (the last 6 digits).
    pub fn number_digits(&self) -> &str {
        self.digits.get(SYMBOL_DIGITS..).unwrap_or_default()
    }
}

impl fmt::Display for LoginId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.prefix, self.digits)
    }
}

impl Explain for LoginIdError {
    fn message_id(&self) -> &'static str {
        match self {
            LoginIdError::PrefixInvalid => "rules-login-prefix-invalid",
            LoginIdError::SymbolEmpty => "rules-card-symbol-empty",
            LoginIdError::NumberEmpty => "rules-card-number-empty",
            LoginIdError::SymbolNotDigits => "rules-login-symbol-not-digits",
            LoginIdError::NumberNotDigits => "rules-card-number-not-digits",
            LoginIdError::SymbolTooLong { .. } => "rules-login-symbol-too-long",
            LoginIdError::NumberTooLong { .. } => "rules-card-number-too-long",
            LoginIdError::NumberWithBranch { .. } => "rules-card-number-branch",
            LoginIdError::InsurerNumberInField {
                field: LoginIdField::Symbol,
            } => "rules-card-insurer-in-symbol",
            LoginIdError::InsurerNumberInField { .. } => "rules-card-insurer-in-number",
            LoginIdError::IdEmpty => "rules-login-id-empty",
            LoginIdError::IdMalformed { prefix: None } => "rules-login-id-malformed",
            LoginIdError::IdMalformed { prefix: Some(_) } => "rules-login-id-malformed-for",
            LoginIdError::IdWrongPrefix { .. } => "rules-login-id-wrong-prefix",
        }
    }

    fn args(&self) -> Vec<(&'static str, FluentArg)> {
        match self {
            LoginIdError::SymbolTooLong { max } | LoginIdError::NumberTooLong { max } => {
                vec![("max", num(*max))]
            }
            LoginIdError::NumberWithBranch { number } => {
                vec![("number", FluentArg::Str(number.clone()))]
            }
            LoginIdError::IdWrongPrefix { prefix }
            | LoginIdError::IdMalformed {
                prefix: Some(prefix),
            } => {
                vec![("prefix", FluentArg::Str(prefix.clone()))]
            }
            _ => Vec::new(),
        }
    }
}
