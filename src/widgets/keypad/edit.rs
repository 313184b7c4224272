//! The pure part of the keypads: what a key does to the text of a field.
//!
//! No iced here, so every rule is unit-testable: insert, delete the last character (an
//! era name as a whole), clear, dakuten/handakuten/small on the previous kana (tapping
//! again takes the mark off), era keys insert the era's name, domain keys replace what
//! follows an `@`.

use kenpos_rules::Era;

/// One key of a keypad.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    /// Inserts one character (a digit, a letter, a kana, a symbol, a space).
    Insert(char),
    /// Inserts a text: a mail domain such as `@docomo.ne.jp` (replacing what follows an
    /// `@` already typed).
    Text(&'static str),
    /// Inserts an era's name in kanji (`昭和`).
    Era(Era),
    /// ゛ on the previous kana (か→が, ウ→ヴ; again: が→か).
    Dakuten,
    /// ゜ on the previous kana (は→ぱ; again: ぱ→は).
    Handakuten,
    /// Small form of the previous kana (ア→ァ, ツ→ッ, ヤ→ャ; again: back).
    Small,
    /// Deletes the last character (or the era name it ends with).
    Delete,
    /// Empties the field.
    Clear,
    /// Shift (upper case) on the Latin keyboard: the text does not change.
    Shift,
    /// Moves on to the next field: the text does not change.
    Next,
}

/// Mail domains with a one-tap key: the carriers' phone mail and common free mail.
pub const DOMAINS: [&str; 8] = [
    "@docomo.ne.jp",
    "@ezweb.ne.jp",
    "@au.com",
    "@softbank.ne.jp",
    "@i.softbank.jp",
    "@gmail.com",
    "@icloud.com",
    "@yahoo.co.jp",
];

/// The text after pressing `key` on a field holding `text`.
pub fn apply(text: &str, key: &Key) -> String {
    let mut out = text.to_owned();
    match key {
        Key::Insert(c) => out.push(*c),
        Key::Text(t) => {
            if t.starts_with('@')
                && let Some(at) = out.find('@')
            {
                out.truncate(at);
            }
            out.push_str(t);
        }
        Key::Era(era) => out.push_str(era.kanji()),
        Key::Delete => {
            match Era::ALL.into_iter().find(|e| out.ends_with(e.kanji())) {
                Some(era) => out.truncate(out.len() - era.kanji().len()),
                None => {
                    out.pop();
                }
            };
        }
        Key::Clear => out.clear(),
        Key::Dakuten | Key::Handakuten | Key::Small => {
            let changed = out.chars().last().and_then(|last| {
                let mark = match key {
                    Key::Dakuten => dakuten,
                    Key::Handakuten => handakuten,
                    _ => small,
                };
                mark(last)
            });
            if let Some(changed) = changed {
                out.pop();
                out.push(changed);
            }
        }
        Key::Shift | Key::Next => {}
    }
    out
}

/// Hiragana and katakana differ by this many code points.
const KANA_SHIFT: u32 = 0x60;

/// Runs `f` on the katakana form of `c` and returns the result in `c`'s script.
fn on_katakana(c: char, f: impl Fn(u32) -> Option<u32>) -> Option<char> {
    let code = u32::from(c);
    let (kata, hiragana) = match code {
        0x3041..=0x3096 => (code + KANA_SHIFT, true),
        0x30A1..=0x30FA => (code, false),
        _ => return None,
    };
    let changed = f(kata)?;
    let changed = if hiragana {
        changed.checked_sub(KANA_SHIFT)?
    } else {
        changed
    };
    if hiragana && !(0x3041..=0x3096).contains(&changed) {
        return None;
    }
    char::from_u32(changed)
}

/// ウ and ヴ.
const KATA_U: u32 = 0x30A6;
const KATA_VU: u32 = 0x30F4;

/// (first plain kana, last code point, group size) of the voiceable katakana runs:
/// カ..ヂ alternate plain/voiced, ツ..ド too, ハ..ポ go plain/voiced/semi-voiced.
const RUNS: [(u32, u32, u32); 3] = [
    (0x30AB, 0x30C2, 2),
    (0x30C4, 0x30C9, 2),
    (0x30CF, 0x30DD, 3),
];

/// (plain kana, how far it is voiced now: 0 plain, 1 ゛, 2 ゜, run's group size).
fn voicing(kata: u32) -> Option<(u32, u32, u32)> {
    RUNS.iter().find_map(|&(first, last, size)| {
        (first..=last).contains(&kata).then(|| {
            let step = (kata - first) % size;
            (kata - step, step, size)
        })
    })
}

fn dakuten(c: char) -> Option<char> {
    on_katakana(c, |k| match k {
        KATA_U => Some(KATA_VU),
        KATA_VU => Some(KATA_U),
        _ => voicing(k).map(|(plain, step, _)| if step == 1 { plain } else { plain + 1 }),
    })
}

fn handakuten(c: char) -> Option<char> {
    on_katakana(c, |k| {
        voicing(k).and_then(|(plain, step, size)| {
            (size == 3).then_some(if step == 2 { plain } else { plain + 2 })
        })
    })
}

/// (small, full-size) katakana pairs.
const SMALL: [(u32, u32); 12] = [
    (0x30A1, 0x30A2),
    (0x30A3, 0x30A4),
    (0x30A5, 0x30A6),
    (0x30A7, 0x30A8),
    (0x30A9, 0x30AA),
    (0x30C3, 0x30C4),
    (0x30E3, 0x30E4),
    (0x30E5, 0x30E6),
    (0x30E7, 0x30E8),
    (0x30EE, 0x30EF),
    (0x30F5, 0x30AB),
    (0x30F6, 0x30B1),
];

fn small(c: char) -> Option<char> {
    on_katakana(c, |k| {
        SMALL.iter().find_map(|&(small, full)| {
            if k == full {
                Some(small)
            } else if k == small {
                Some(full)
            } else {
                None
            }
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(code: u32) -> char {
        char::from_u32(code).unwrap_or_default()
    }

    fn s(codes: &[u32]) -> String {
        codes.iter().map(|&c| k(c)).collect()
    }

    #[test]
    fn digits_delete_and_clear() {
        let mut text = String::new();
        for d in ['9', '1'] {
            text = apply(&text, &Key::Insert(d));
        }
        assert_eq!(text, "91");
        assert_eq!(apply(&text, &Key::Delete), "9");
        assert_eq!(apply("", &Key::Delete), "");
        assert_eq!(apply("200001", &Key::Clear), "");
        assert_eq!(apply("12", &Key::Next), "12");
        assert_eq!(apply("ab", &Key::Shift), "ab");
    }

    #[test]
    fn dakuten_handakuten_and_small_mark_the_previous_kana() {
        // か→が (hiragana), カ→ガ, again →カ; ウ→ヴ; ツ→ヅ.
        assert_eq!(apply(&s(&[0x304B]), &Key::Dakuten), s(&[0x304C]));
        assert_eq!(apply(&s(&[0x30AB]), &Key::Dakuten), s(&[0x30AC]));
        assert_eq!(apply(&s(&[0x30AC]), &Key::Dakuten), s(&[0x30AB]));
        assert_eq!(apply(&s(&[0x30A6]), &Key::Dakuten), s(&[0x30F4]));
        assert_eq!(apply(&s(&[0x30C4]), &Key::Dakuten), s(&[0x30C5]));
        // は→ぱ, ハ→パ, バ→パ, パ+゛→バ, パ+゜→ハ; ゜ on カ does nothing.
        assert_eq!(apply(&s(&[0x306F]), &Key::Handakuten), s(&[0x3071]));
        assert_eq!(apply(&s(&[0x30CF]), &Key::Handakuten), s(&[0x30D1]));
        assert_eq!(apply(&s(&[0x30D0]), &Key::Handakuten), s(&[0x30D1]));
        assert_eq!(apply(&s(&[0x30D1]), &Key::Dakuten), s(&[0x30D0]));
        assert_eq!(apply(&s(&[0x30D1]), &Key::Handakuten), s(&[0x30CF]));
        assert_eq!(apply(&s(&[0x30AB]), &Key::Handakuten), s(&[0x30AB]));
        // Marks never stand alone: nothing before, or not a kana.
        assert_eq!(apply("", &Key::Dakuten), "");
        assert_eq!(apply("A", &Key::Dakuten), "A");
        assert_eq!(apply(&s(&[0x30A2]), &Key::Dakuten), s(&[0x30A2]));
        // Small: ア→ァ, ツ→ッ, ヤ→ャ, ケ→ヶ, よ→ょ, and back.
        assert_eq!(apply(&s(&[0x30A2]), &Key::Small), s(&[0x30A1]));
        assert_eq!(apply(&s(&[0x30C4]), &Key::Small), s(&[0x30C3]));
        assert_eq!(apply(&s(&[0x30E4]), &Key::Small), s(&[0x30E3]));
        assert_eq!(apply(&s(&[0x30B1]), &Key::Small), s(&[0x30F6]));
        assert_eq!(apply(&s(&[0x3088]), &Key::Small), s(&[0x3087]));
        assert_eq!(apply(&s(&[0x30C3]), &Key::Small), s(&[0x30C4]));
        assert_eq!(apply(&s(&[0x30AD]), &Key::Small), s(&[0x30AD]));
        // Only the last character changes.
        assert_eq!(
            apply(&s(&[0x30AB, 0x30C8]), &Key::Dakuten),
            s(&[0x30AB, 0x30C9])
        );
    }

    #[test]
    fn era_keys_insert_the_era_name_and_delete_takes_it_whole() {
        let mut text = apply("", &Key::Era(Era::Showa));
        for key in [
            Key::Insert('5'),
            Key::Insert('5'),
            Key::Insert(k(0x5E74)),
            Key::Insert('1'),
            Key::Insert(k(0x6708)),
            Key::Insert('2'),
            Key::Insert('1'),
            Key::Insert(k(0x65E5)),
        ] {
            text = apply(&text, &key);
        }
        assert_eq!(
            text,
            format!(
                "{}55{}1{}21{}",
                Era::Showa.kanji(),
                k(0x5E74),
                k(0x6708),
                k(0x65E5)
            )
        );
        let parsed = kenpos_rules::BirthDate::parse(&text).map(|d| d.initial_password());
        assert_eq!(parsed.ok().as_deref(), Some("19800121"));
        assert_eq!(apply(Era::Heisei.kanji(), &Key::Delete), "");
        assert_eq!(
            apply(&format!("{}1", Era::Reiwa.kanji()), &Key::Delete),
            Era::Reiwa.kanji()
        );
    }

    #[test]
    fn domain_keys_replace_what_follows_the_at_sign() {
        assert_eq!(apply("taro", &Key::Text(DOMAINS[0])), "taro@docomo.ne.jp");
        assert_eq!(apply("taro@gm", &Key::Text("@gmail.com")), "taro@gmail.com");
        assert_eq!(
            apply("taro@au.com", &Key::Text("@ezweb.ne.jp")),
            "taro@ezweb.ne.jp"
        );
    }
}
