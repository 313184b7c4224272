//! The Latin keyboard for email addresses and passwords: digits, QWERTY letters (shift
//! for one upper-case letter), `@ . - _ +`, space, delete, clear, next; email fields get
//! one-tap mail domains and no space key (an address has no spaces).
//!
//! Widths are `FillPortion`s on a 20-unit row (a letter is 2 units), so the keys of
//! every row line up and share the dock's width.

use iced::widget::{Column, Row};
use iced::{Element, Length};

use super::{DOMAINS, KEY_GAP, Key, Next, Tone, blank, key, next_key};
use crate::i18n::Language;
use crate::theme::Look;

const DIGITS: &str = "1234567890";
const TOP: &str = "qwertyuiop";
const MIDDLE: &str = "asdfghjkl";
const BOTTOM: &str = "zxcvbnm";
const SYMBOLS: [char; 5] = ['@', '.', '-', '_', '+'];
/// Domain keys per row.
const DOMAINS_PER_ROW: usize = 4;

pub(super) fn view<'a, M: Clone + 'a>(
    look: Look,
    language: Language,
    shifted: bool,
    domains: bool,
    next: Next,
    on_key: &impl Fn(Key) -> M,
) -> Element<'a, M> {
    let units = Length::FillPortion;
    let letter = |c: char| {
        key(
            look,
            language,
            Key::Insert(c),
            units(2),
            Tone::Plain,
            shifted,
            on_key,
        )
    };
    let plain =
        |k: Key, width: u16| key(look, language, k, units(width), Tone::Plain, false, on_key);
    let letters = |chars: &str| {
        chars
            .chars()
            .fold(Row::new().spacing(KEY_GAP * look.keys), |line, c| {
                line.push(letter(c))
            })
    };

    let shift_tone = if shifted { Tone::Selected } else { Tone::Plain };
    let mut rows = Column::new().spacing(KEY_GAP * look.keys);
    rows = rows.push(
        DIGITS
            .chars()
            .fold(Row::new().spacing(KEY_GAP * look.keys), |line, c| {
                line.push(plain(Key::Insert(c), 2))
            }),
    );
    rows = rows.push(letters(TOP));
    rows = rows.push(
        Row::new()
            .spacing(KEY_GAP * look.keys)
            .push(blank(units(1)))
            .extend(MIDDLE.chars().map(letter))
            .push(blank(units(1))),
    );
    rows = rows.push(
        Row::new()
            .spacing(KEY_GAP * look.keys)
            .push(key(
                look,
                language,
                Key::Shift,
                units(3),
                shift_tone,
                false,
                on_key,
            ))
            .extend(BOTTOM.chars().map(letter))
            .push(plain(Key::Delete, 3)),
    );
    // An email address has no spaces: email fields get a wider "clear" instead.
    let mut last = Row::new()
        .spacing(KEY_GAP * look.keys)
        .extend(SYMBOLS.iter().map(|&c| plain(Key::Insert(c), 2)));
    last = if domains {
        last.push(plain(Key::Clear, 6))
    } else {
        last.push(plain(Key::Insert(' '), 3))
            .push(plain(Key::Clear, 3))
    };
    rows = rows.push(last.push(next_key(look, language, next, units(4), on_key)));
    if domains {
        for chunk in DOMAINS.chunks(DOMAINS_PER_ROW) {
            rows = rows.push(
                Row::new()
                    .spacing(KEY_GAP * look.keys)
                    .extend(chunk.iter().map(|&d| plain(Key::Text(d), 5))),
            );
        }
    }
    rows.into()
}
