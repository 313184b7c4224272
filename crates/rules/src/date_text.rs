//! Reading the text of a typed date: kanji numerals, era markers, separators.

use crate::birth_date::BirthDateError;
use crate::era::Era;

/// The year as typed: Western, or an era and its year.
pub(crate) enum YearSpec {
    /// A 4-digit Western year.
    Western(u32),
    /// An era and a year within it (0 is kept, to be refused).
    Era(Era, u32),
}

fn kanji_digit(c: char) -> Option<u32> {
    "〇一二三四五六七八九"
        .chars()
        .position(|k| k == c)
        .and_then(|p| u32::try_from(p).ok())
        .or((c == '零').then_some(0))
}

fn kanji_multiplier(c: char) -> Option<u32> {
    match c {
        '十' => Some(10),
        '百' => Some(100),
        '千' => Some(1000),
        _ => None,
    }
}

/// A run of kanji numerals as a number: positional (`五十五`, `二千`) or digit by
/// digit (`一九八〇`).
fn kanji_number(run: &[char]) -> Option<u32> {
    if run.iter().any(|c| kanji_multiplier(*c).is_some()) {
        let mut total = 0u32;
        let mut current: Option<u32> = None;
        for &c in run {
            if let Some(d) = kanji_digit(c) {
                if current.is_some() {
                    return None;
                }
                current = Some(d);
            } else {
                let m = kanji_multiplier(c)?;
                total = total.checked_add(current.unwrap_or(1).checked_mul(m)?)?;
                current = None;
            }
        }
        total.checked_add(current.unwrap_or(0))
    } else if run.len() <= 4 {
        run.iter()
            .try_fold(0u32, |acc, c| Some(acc * 10 + kanji_digit(*c)?))
    } else {
        None
    }
}

/// Is the `元` at `i` the first year of an era: before `年`, or right after an era
/// name or letter (`R元.5.1`)?
fn is_first_year_mark(chars: &[char], i: usize) -> bool {
    let next_is_year = chars.get(i + 1) == Some(&'年');
    let after_era = i
        .checked_sub(1)
        .and_then(|p| chars.get(p))
        .is_some_and(|p| p.is_ascii_alphabetic() || "治正和成明大昭平令".contains(*p));
    next_is_year || after_era
}

/// Replace kanji numerals by ASCII digits and `元` (first year) by `1`. A run that
/// is not a number is kept (and the date is then not recognised).
pub(crate) fn kanji_numerals_to_ascii(s: &str) -> String {
    let is_kanji_num = |c: char| kanji_digit(c).is_some() || kanji_multiplier(c).is_some();
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '元' && is_first_year_mark(&chars, i) {
            out.push('1');
            i += 1;
        } else if is_kanji_num(c) {
            let start = i;
            while i < chars.len() && is_kanji_num(chars[i]) {
                i += 1;
            }
            let run = &chars[start..i];
            match kanji_number(run) {
                Some(n) => out.push_str(&n.to_string()),
                None => out.extend(run),
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// Split a leading era marker off: `昭和`, `昭`, `Showa`, `S`/`s` (before a digit).
pub(crate) fn split_era(s: &str) -> (Option<Era>, &str) {
    const NAMES: [(&str, Era); 17] = [
        ("明治", Era::Meiji),
        ("大正", Era::Taisho),
        ("昭和", Era::Showa),
        ("平成", Era::Heisei),
        ("令和", Era::Reiwa),
        ("明", Era::Meiji),
        ("大", Era::Taisho),
        ("昭", Era::Showa),
        ("平", Era::Heisei),
        ("令", Era::Reiwa),
        ("meiji", Era::Meiji),
        ("taishou", Era::Taisho),
        ("taisho", Era::Taisho),
        ("shouwa", Era::Showa),
        ("showa", Era::Showa),
        ("heisei", Era::Heisei),
        ("reiwa", Era::Reiwa),
    ];
    for (name, era) in NAMES {
        if let Some(head) = s.get(..name.len())
            && head.eq_ignore_ascii_case(name)
        {
            let rest = &s[name.len()..];
            return (Some(era), rest.strip_prefix('.').unwrap_or(rest));
        }
    }
    let mut chars = s.chars();
    if let (Some(c), Some(next)) = (chars.next(), chars.next())
        && next.is_ascii_digit()
        && let Some(era) = Era::from_letter(c)
    {
        return (Some(era), &s[c.len_utf8()..]);
    }
    (None, s)
}

fn is_separator(c: char) -> bool {
    matches!(c, '.' | '/' | '-' | '年' | '月' | ',')
}

pub(crate) fn split_ymd(
    rest: &str,
    era: Option<Era>,
) -> Result<(YearSpec, u32, u32), BirthDateError> {
    let rest = rest.strip_suffix('日').unwrap_or(rest);
    if rest.is_empty() || !rest.chars().all(|c| c.is_ascii_digit() || is_separator(c)) {
        return Err(BirthDateError::Unrecognized);
    }
    let groups: Vec<&str> = rest.split(is_separator).collect();
    let number = |g: &str| -> Result<u32, BirthDateError> {
        if g.is_empty() || g.len() > 4 {
            return Err(BirthDateError::Unrecognized);
        }
        g.parse().map_err(|_| BirthDateError::Unrecognized)
    };
    let (y, m, d) = match groups.as_slice() {
        [one] if era.is_some() && one.len() == 6 => (&one[..2], &one[2..4], &one[4..]),
        [one] if era.is_none() && one.len() == 8 => (&one[..4], &one[4..6], &one[6..]),
        [one] if era.is_none() && one.len() == 6 => return Err(BirthDateError::NoEraOrCentury),
        [y, m, d] if m.len() <= 2 && d.len() <= 2 => (*y, *m, *d),
        _ => return Err(BirthDateError::Unrecognized),
    };
    let year = match era {
        Some(e) if (1..=2).contains(&y.len()) => YearSpec::Era(e, number(y)?),
        None if y.len() == 4 => YearSpec::Western(number(y)?),
        None if (1..=2).contains(&y.len()) => return Err(BirthDateError::NoEraOrCentury),
        _ => return Err(BirthDateError::Unrecognized),
    };
    Ok((year, number(m)?, number(d)?))
}
