//! Normalisation of identifiers, numbers and dates typed by members.
//!
//! Only for IDs, numbers and dates: never for text that is shown back to the
//! member (NFKC changes the meaning of some free text, e.g. `㈱` → `(株)`).

use unicode_normalization::UnicodeNormalization;

/// Is `c` one of the characters members type for a hyphen?
///
/// `-` `‐` `‑` `‒` `–` `—` `―` `−` `ー` `－` `ｰ` `﹣`
pub fn is_hyphen_like(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'
            | '\u{2011}'
            | '\u{2012}'
            | '\u{2013}'
            | '\u{2014}'
            | '\u{2015}'
            | '\u{2212}'
            | '\u{30FC}'
            | '\u{FF0D}'
            | '\u{FF70}'
            | '\u{FE63}'
    )
}

/// Is `c` white space (including the ideographic space U+3000) or a zero-width
/// character (U+200B–U+200D, U+2060, U+FEFF)?
pub fn is_space_or_invisible(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// Normalise an ID, number or date as typed.
///
/// NFKC (full-width digits and letters become ASCII, `㍼` becomes `昭和`), every
/// hyphen look-alike becomes `-`, and all white space (including U+3000) and
/// zero-width characters are removed. Idempotent.
///
/// ```
/// use kenpos_rules::normalize::for_id;
///
/// assert_eq!(for_id("７１３２ー０９１\u{3000}２００００１"), "7132-091200001");
/// assert_eq!(for_id("0\u{200B}9―1"), "09-1");
/// ```
pub fn for_id(input: &str) -> String {
    fixpoint(input, one_pass)
}

fn one_pass(input: &str) -> String {
    let cleaned: String = input
        .chars()
        .filter(|c| !is_space_or_invisible(*c))
        .collect();
    cleaned
        .nfkc()
        .filter(|c| !is_space_or_invisible(*c))
        .map(|c| if is_hyphen_like(c) { '-' } else { c })
        .collect()
}

/// Apply `pass` until the result no longer changes (removing characters can let
/// NFKC compose again), with a bound so that no input can loop.
pub(crate) fn fixpoint(input: &str, pass: fn(&str) -> String) -> String {
    let mut current = pass(input);
    for _ in 0..16 {
        let next = pass(&current);
        if next == current {
            break;
        }
        current = next;
    }
    current
}
