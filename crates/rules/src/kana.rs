//! Katakana names (氏名カナ).
//!
//! Tables written here on purpose (see the brief): `wana_kana` turns romaji into
//! kana silently and `kanaria` turns `ー` into `ｰ`.

use thiserror::Error;
use unicode_normalization::char::compose;

use crate::message::{Explain, FluentArg, char_str};
use crate::normalize::{is_hyphen_like, is_space_or_invisible};

/// Full-width katakana for the half-width range U+FF66 (`ｦ`) to U+FF9D (`ﾝ`).
const HALF_WIDTH_KANA: &str = "ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";

/// The separator between family and given name: one ideographic space.
const NAME_SEPARATOR: char = '\u{3000}';

/// Why a typed katakana name was not accepted. `found` is the first character
/// that is not allowed.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum KanaNameError {
    /// Nothing (or only spaces) was typed.
    #[error("the kana name is empty")]
    Empty,
    /// A Latin letter (romaji is never converted).
    #[error("a Latin letter {found:?} is not allowed")]
    Latin {
        /// The character found.
        found: String,
    },
    /// A kanji.
    #[error("a kanji {found:?} is not allowed")]
    Kanji {
        /// The character found.
        found: String,
    },
    /// A digit.
    #[error("a digit {found:?} is not allowed")]
    Digit {
        /// The character found.
        found: String,
    },
    /// Any other symbol or character.
    #[error("the character {found:?} is not allowed")]
    Symbol {
        /// The character found.
        found: String,
    },
}

fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30A1}'..='\u{30FA}' | '\u{30FC}'..='\u{30FE}')
}

fn is_kanji(c: char) -> bool {
    matches!(c,
        '\u{3005}' | '\u{3007}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3FFFF}')
}

fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}')
        || (c.is_alphabetic() && ('\u{00C0}'..='\u{024F}').contains(&c))
}

/// Convert one character, without looking at neighbours: hiragana → katakana,
/// half-width katakana and punctuation → full-width.
fn widen(c: char) -> char {
    match c {
        // ぁ..ゖ and ゝゞ → ァ..ヶ and ヽヾ
        '\u{3041}'..='\u{3096}' | '\u{309D}' | '\u{309E}' => {
            char::from_u32(u32::from(c) + 0x60).unwrap_or(c)
        }
        '\u{FF66}'..='\u{FF9D}' => {
            let index = usize::try_from(u32::from(c) - 0xFF66).unwrap_or(usize::MAX);
            HALF_WIDTH_KANA.chars().nth(index).unwrap_or(c)
        }
        '\u{FF61}' => '。',
        '\u{FF62}' => '「',
        '\u{FF63}' => '」',
        '\u{FF64}' => '、',
        '\u{FF65}' => '・',
        _ => c,
    }
}

/// The combining form of a (half-width or spacing) sound mark, if `c` is one.
fn combining_mark(c: char) -> Option<char> {
    match c {
        '\u{FF9E}' | '\u{309B}' | '\u{3099}' => Some('\u{3099}'),
        '\u{FF9F}' | '\u{309C}' | '\u{309A}' => Some('\u{309A}'),
        _ => None,
    }
}

/// The spacing full-width form of a sound mark that could not be combined.
fn spacing_mark(combining: char) -> char {
    if combining == '\u{3099}' {
        '\u{309B}'
    } else {
        '\u{309C}'
    }
}

/// Convert kana as typed into full-width katakana, rejecting nothing: hiragana and
/// half-width kana become full-width katakana, `ﾞ`/`ﾟ` combine with the kana before
/// them, and a hyphen look-alike right after a kana becomes `ー`. Everything else
/// is kept as is (nothing removed). For as-you-type display; idempotent.
///
/// ```
/// use kenpos_rules::kana_as_typed;
///
/// assert_eq!(kana_as_typed("やまだ ﾀﾛｳ"), "ヤマダ タロウ");
/// assert_eq!(kana_as_typed("ｶﾞｰﾃﾞﾝ"), "ガーデン");
/// assert_eq!(kana_as_typed("らーめん-abc"), "ラーメンーabc");
/// ```
pub fn kana_as_typed(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut prev: Option<char> = None;
    for c in input.chars() {
        let mut w = widen(c);
        if let Some(mark) = combining_mark(c) {
            if let Some(composed) = prev.and_then(|p| compose(p, mark)) {
                out.pop();
                out.push(composed);
                prev = Some(composed);
                continue;
            }
            w = spacing_mark(mark);
        } else if is_hyphen_like(c) && prev.is_some_and(is_katakana) {
            w = 'ー';
        }
        out.push(w);
        prev = Some(w);
    }
    out
}

/// Check and convert a name in katakana (氏名カナ).
///
/// Hiragana and half-width kana become full-width katakana (see [`kana_as_typed`]);
/// a hyphen look-alike after a kana becomes `ー`; runs of spaces (ASCII or U+3000)
/// become one full-width space U+3000 between family and given name, and spaces at
/// the ends are removed; zero-width characters are removed. `・` is allowed (foreign
/// names). Latin letters (romaji is never converted), kanji, digits and other
/// symbols are refused with the first one found.
///
/// ```
/// use kenpos_rules::katakana_name;
///
/// assert_eq!(katakana_name(" けんこう  ﾀﾛｳ ").unwrap(), "ケンコウ\u{3000}タロウ");
/// assert!(katakana_name("Taro").is_err());
/// assert!(katakana_name("健康 太郎").is_err());
/// ```
pub fn katakana_name(input: &str) -> Result<String, KanaNameError> {
    let converted = kana_as_typed(input);
    let mut out = String::with_capacity(converted.len());
    let mut pending_space = false;
    for c in converted.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if is_space_or_invisible(c) {
            continue;
        }
        let found = || char_str(c);
        if !(is_katakana(c) || c == '・') {
            return Err(if is_latin(c) {
                KanaNameError::Latin { found: found() }
            } else if is_kanji(c) {
                KanaNameError::Kanji { found: found() }
            } else if c.is_numeric() {
                KanaNameError::Digit { found: found() }
            } else {
                KanaNameError::Symbol { found: found() }
            });
        }
        if pending_space {
            out.push(NAME_SEPARATOR);
            pending_space = false;
        }
        out.push(c);
    }
    if out.is_empty() {
        return Err(KanaNameError::Empty);
    }
    Ok(out)
}

impl Explain for KanaNameError {
    fn message_id(&self) -> &'static str {
        match self {
            KanaNameError::Empty => "rules-kana-empty",
            KanaNameError::Latin { .. } => "rules-kana-latin",
            KanaNameError::Kanji { .. } => "rules-kana-kanji",
            KanaNameError::Digit { .. } => "rules-kana-digit",
            KanaNameError::Symbol { .. } => "rules-kana-symbol",
        }
    }

    fn args(&self) -> Vec<(&'static str, FluentArg)> {
        match self {
            KanaNameError::Empty => Vec::new(),
            KanaNameError::Latin { found }
            | KanaNameError::Kanji { found }
            | KanaNameError::Digit { found }
            | KanaNameError::Symbol { found } => vec![("found", FluentArg::Str(found.clone()))],
        }
    }
}
