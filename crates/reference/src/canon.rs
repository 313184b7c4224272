//! Canonical forms used for matching: login IDs, symbols, numbers, kana names, emails.

use unicode_normalization::UnicodeNormalization;

const HYPHENS: &[char] = &[
    '\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}', '\u{2014}', '\u{2015}', '\u{2212}', '\u{30FC}',
    '\u{FF70}', '\u{FE63}', '\u{FF0D}',
];

fn fold(s: &str) -> String {
    s.trim().nfkc().filter(|c| !c.is_whitespace()).collect()
}

/// Login ID as stored: `PPPP-DDDDDDDDD` for insured persons, lower-case email otherwise.
/// Accepts full-width digits, spaces, a missing or look-alike hyphen.
pub fn login_id(raw: &str, prefix: &str) -> String {
    let folded: String = fold(raw)
        .chars()
        .map(|c| if HYPHENS.contains(&c) { '-' } else { c })
        .collect();
    if folded.contains('@') {
        return folded.to_lowercase();
    }
    let digits: String = folded.chars().filter(|c| *c != '-').collect();
    if digits.chars().all(|c| c.is_ascii_digit())
        && digits.len() == prefix.len() + 9
        && digits.starts_with(prefix)
    {
        return format!("{prefix}-{}", &digits[prefix.len()..]);
    }
    folded
}

/// The login ID of an insured person: prefix + symbol (3 digits) + number (6 digits).
pub fn insured_login_id(prefix: &str, symbol: &str, number: &str) -> String {
    format!("{prefix}-{symbol:0>3}{number:0>6}")
}

fn kana_to_katakana(c: char) -> char {
    match c {
        '\u{3041}'..='\u{3096}' => char::from_u32(u32::from(c) + 0x60).unwrap_or(c),
        _ => c,
    }
}

/// 記号 canonical form: NFKC (full-width → half-width, half-width kana → full-width),
/// spaces removed, hiragana → katakana, letters upper-case; an all-digit symbol loses
/// its leading zeros (`091` = `91`).
pub fn symbol(raw: &str) -> String {
    let s: String = fold(raw)
        .chars()
        .map(kana_to_katakana)
        .flat_map(char::to_uppercase)
        .collect();
    strip_zeros_if_digits(s)
}

/// 番号 canonical form: digits only, leading zeros stripped (`012345` = `12345`);
/// `None` if anything but digits remains.
pub fn number(raw: &str) -> Option<String> {
    let s = fold(raw);
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(strip_zeros_if_digits(s))
}

fn strip_zeros_if_digits(s: String) -> String {
    if !s.is_empty() && s.chars().all(|c| c.is_ascii_digit()) {
        let t = s.trim_start_matches('0');
        if t.is_empty() {
            "0".to_owned()
        } else {
            t.to_owned()
        }
    } else {
        s
    }
}

/// Insurer number: 6 or 8 ASCII digits (after NFKC) with a valid check digit.
pub fn insurer_number(raw: &str) -> Option<String> {
    let s = fold(raw);
    if !(s.len() == 8 || s.len() == 6) || !s.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let digits: Vec<u32> = s.chars().filter_map(|c| c.to_digit(10)).collect();
    let (body, check) = digits.split_at(digits.len() - 1);
    let mut sum = 0;
    for (i, d) in body.iter().rev().enumerate() {
        let p = if i % 2 == 0 { d * 2 } else { *d };
        sum += p / 10 + p % 10;
    }
    ((10 - sum % 10) % 10 == check[0]).then_some(s)
}

/// Name in katakana without spaces; `None` if it is not all katakana.
pub fn name_kana(raw: &str) -> Option<String> {
    let s: String = raw
        .trim()
        .nfkc()
        .filter(|c| !c.is_whitespace())
        .map(kana_to_katakana)
        .map(|c| if HYPHENS.contains(&c) { 'ー' } else { c })
        .collect();
    (!s.is_empty() && s.chars().all(|c| ('\u{30A1}'..='\u{30FC}').contains(&c))).then_some(s)
}

/// Email normalised for matching and storage (trimmed, NFKC, lower-case);
/// `None` if the syntax is not usable.
pub fn email(raw: &str) -> Option<String> {
    let s = raw.trim().nfkc().collect::<String>().to_lowercase();
    if s.len() > 254
        || s.chars()
            .any(|c| c.is_whitespace() || !c.is_ascii() || c.is_ascii_control())
    {
        return None;
    }
    let (local, domain) = s.split_once('@')?;
    let ok_local = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let ok_domain = labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
    (ok_local && ok_domain).then_some(s)
}

/// `ke***@example.jp`.
pub fn mask_email(email: &str) -> String {
    match email.split_once('@') {
        Some((local, domain)) => {
            let head: String = local.chars().take(2).collect();
            format!("{head}***@{domain}")
        }
        None => "***".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn login_ids() {
        assert_eq!(
            login_id(" ７１３２ー０９１２００００１ ", "7132"),
            "7132-091200001"
        );
        assert_eq!(login_id("7132091200001", "7132"), "7132-091200001");
        assert_eq!(login_id("7132–091200001", "7132"), "7132-091200001");
        assert_eq!(login_id("Hanako@Example.JP", "7132"), "hanako@example.jp");
        assert_eq!(insured_login_id("7132", "91", "200001"), "7132-091200001");
        assert_eq!(insured_login_id("7132", "123", "4567"), "7132-123004567");
    }

    #[test]
    fn symbols_numbers_names() {
        assert_eq!(symbol("はび"), "ハビ");
        assert_eq!(symbol("ﾊﾋﾞ"), "ハビ");
        assert_eq!(symbol(" ０９１ "), "91");
        assert_eq!(number("012345").as_deref(), Some("12345"));
        assert_eq!(number("１２ ３４５").as_deref(), Some("12345"));
        assert_eq!(number("12a"), None);
        assert_eq!(
            name_kana("けんこう　はなこ").as_deref(),
            Some("ケンコウハナコ")
        );
        assert_eq!(name_kana("Hanako"), None);
    }

    #[test]
    fn insurer_check_digit() {
        assert!(insurer_number("06139984").is_some());
        assert!(insurer_number("33120015").is_some());
        assert!(insurer_number("63139984").is_some());
        assert!(insurer_number("63139985").is_none());
        assert!(insurer_number("06139985").is_none());
    }

    #[test]
    fn emails() {
        assert_eq!(
            email(" Taro@Example.jp ").as_deref(),
            Some("taro@example.jp")
        );
        assert!(email("a..b@docomo.ne.jp").is_none());
        assert!(email("ab.@docomo.ne.jp").is_none());
        assert!(email("nodomain@").is_none());
        assert_eq!(mask_email("hanako@example.jp"), "ha***@example.jp");
    }
}
