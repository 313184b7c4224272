//! 記号 (symbol) and 番号 (number) for the eligibility check (資格照会) on the
//! family / voluntarily-insured signup path.
//!
//! # Canonical form (the backend compares it as is)
//!
//! - NFKC: full-width digits and Latin letters become ASCII, half-width katakana
//!   becomes full-width (`ﾊﾋﾞ` → `ハビ`);
//! - ASCII letters upper-cased; hiragana becomes katakana (`はび` → `ハビ`);
//! - all white space (including U+3000) and zero-width characters removed;
//! - a hyphen look-alike becomes `ー` right after a kana and `-` elsewhere;
//! - kana and kanji are kept (old documents print them in the symbol);
//! - leading zeros are kept as typed (no padding).

use std::fmt;

use thiserror::Error;
use unicode_normalization::UnicodeNormalization;

use crate::card_number::{NUMBER_MAX_DIGITS, NumberIssue, check_number};
use crate::insurer::is_society_insurer_number;
use crate::message::{Explain, FluentArg, char_str, num};
use crate::normalize::{fixpoint, for_id, is_hyphen_like, is_space_or_invisible};

/// The longest symbol accepted, in characters.
const SYMBOL_MAX_CHARS: usize = 20;

/// A 記号 (symbol) as printed, in the canonical form described in the module docs.
///
/// ```
/// use kenpos_rules::EligibilitySymbol;
///
/// assert_eq!(EligibilitySymbol::parse("０９１").unwrap().as_str(), "091");
/// assert_eq!(EligibilitySymbol::parse("ﾊﾋﾞ").unwrap().as_str(), "ハビ");
/// assert_eq!(EligibilitySymbol::parse("は び").unwrap().as_str(), "ハビ");
/// assert_eq!(EligibilitySymbol::parse("東 1").unwrap().as_str(), "東1");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct EligibilitySymbol(String);

/// A 番号 (number) as printed: digits only, leading zeros kept as typed.
///
/// ```
/// use kenpos_rules::EligibilityNumber;
///
/// assert_eq!(EligibilityNumber::parse("００４５６７").unwrap().as_str(), "004567");
/// assert!(EligibilityNumber::parse("4567-01").is_err());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct EligibilityNumber(String);

/// Why a symbol or number for the eligibility check was not accepted.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum EligibilityError {
    /// The symbol is empty.
    #[error("the symbol is empty")]
    SymbolEmpty,
    /// The symbol has a character that is not a letter, digit, kana or kanji.
    #[error("the symbol cannot contain {found:?}")]
    SymbolInvalidChar {
        /// The character found.
        found: String,
    },
    /// The symbol is longer than 20 characters.
    #[error("the symbol is longer than {max} characters")]
    SymbolTooLong {
        /// 20.
        max: usize,
    },
    /// The number is empty.
    #[error("the number is empty")]
    NumberEmpty,
    /// The number is not digits only.
    #[error("the number must be digits only")]
    NumberNotDigits,
    /// The number is longer than 6 digits (not counting extra leading zeros).
    #[error("the number has more than {max} digits")]
    NumberTooLong {
        /// 6.
        max: usize,
    },
    /// Number + 2-digit 枝番 (branch number), which is not needed.
    #[error("the branch number is not needed; use {number}")]
    NumberWithBranch {
        /// The number part, as typed.
        number: String,
    },
    /// A valid society insurer number typed as the symbol: it belongs in 保険者番号.
    #[error("an insurer number was typed as the symbol")]
    InsurerNumberInSymbol,
    /// A valid society insurer number typed as the number: it belongs in 保険者番号.
    /// Checked before [`EligibilityError::NumberWithBranch`].
    #[error("an insurer number was typed as the number")]
    InsurerNumberInNumber,
}

fn is_kana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{3096}' | '\u{30A1}'..='\u{30FA}' | '\u{30FC}')
}

fn symbol_pass(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut prev: Option<char> = None;
    let cleaned: String = input
        .chars()
        .filter(|c| !is_space_or_invisible(*c))
        .collect();
    for c in cleaned.nfkc() {
        if is_space_or_invisible(c) {
            continue;
        }
        let c = match c {
            '\u{3041}'..='\u{3096}' => char::from_u32(u32::from(c) + 0x60).unwrap_or(c),
            c if is_hyphen_like(c) => {
                if prev.is_some_and(is_kana) {
                    'ー'
                } else {
                    '-'
                }
            }
            c => c.to_ascii_uppercase(),
        };
        out.push(c);
        prev = Some(c);
    }
    out
}

impl EligibilitySymbol {
    /// Parse a typed symbol into the canonical form (module docs).
    pub fn parse(input: &str) -> Result<EligibilitySymbol, EligibilityError> {
        let s = fixpoint(input, symbol_pass);
        if s.is_empty() {
            return Err(EligibilityError::SymbolEmpty);
        }
        if let Some(bad) = s.chars().find(|c| !(c.is_alphanumeric() || *c == '-')) {
            return Err(EligibilityError::SymbolInvalidChar {
                found: char_str(bad),
            });
        }
        if is_society_insurer_number(&s) {
            return Err(EligibilityError::InsurerNumberInSymbol);
        }
        if s.chars().count() > SYMBOL_MAX_CHARS {
            return Err(EligibilityError::SymbolTooLong {
                max: SYMBOL_MAX_CHARS,
            });
        }
        Ok(EligibilitySymbol(s))
    }

    /// The canonical form.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl EligibilityNumber {
    /// Parse a typed number: full-width digits and spaces are normalised, leading
    /// zeros kept. The 枝番 and insurer-number checks are those of
    /// [`crate::LoginId::from_card`].
    pub fn parse(input: &str) -> Result<EligibilityNumber, EligibilityError> {
        let norm = for_id(input);
        match check_number(&norm) {
            Ok(n) => Ok(EligibilityNumber(n.to_owned())),
            Err(NumberIssue::Empty) => Err(EligibilityError::NumberEmpty),
            Err(NumberIssue::NotDigits) => Err(EligibilityError::NumberNotDigits),
            Err(NumberIssue::TooLong) => Err(EligibilityError::NumberTooLong {
                max: NUMBER_MAX_DIGITS,
            }),
            Err(NumberIssue::Branch(number)) => Err(EligibilityError::NumberWithBranch { number }),
            Err(NumberIssue::InsurerNumber) => Err(EligibilityError::InsurerNumberInNumber),
        }
    }

    /// The digits, as typed.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for EligibilitySymbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Display for EligibilityNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Explain for EligibilityError {
    fn message_id(&self) -> &'static str {
        match self {
            EligibilityError::SymbolEmpty => "rules-card-symbol-empty",
            EligibilityError::SymbolInvalidChar { .. } => "rules-elig-symbol-invalid-char",
            EligibilityError::SymbolTooLong { .. } => "rules-elig-symbol-too-long",
            EligibilityError::NumberEmpty => "rules-card-number-empty",
            EligibilityError::NumberNotDigits => "rules-card-number-not-digits",
            EligibilityError::NumberTooLong { .. } => "rules-card-number-too-long",
            EligibilityError::NumberWithBranch { .. } => "rules-card-number-branch",
            EligibilityError::InsurerNumberInSymbol => "rules-elig-insurer-in-symbol",
            EligibilityError::InsurerNumberInNumber => "rules-elig-insurer-in-number",
        }
    }

    fn args(&self) -> Vec<(&'static str, FluentArg)> {
        match self {
            EligibilityError::SymbolInvalidChar { found } => {
                vec![("found", FluentArg::Str(found.clone()))]
            }
            EligibilityError::SymbolTooLong { max } | EligibilityError::NumberTooLong { max } => {
                vec![("max", num(*max))]
            }
            EligibilityError::NumberWithBranch { number } => {
                vec![("number", FluentArg::Str(number.clone()))]
            }
            _ => Vec::new(),
        }
    }
}
