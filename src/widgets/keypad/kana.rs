//! The 五十音 kana keyboard for katakana names: eleven columns ア カ サ タ ナ ハ マ ヤ ラ
//! ワ ン read left to right, each column its five vowels top to bottom, and a bottom row
//! of ゛ ゜ 小 ー, space (between family and given name), delete, clear and next.
//!
//! The keys insert full-width katakana; labels are computed from code points.

use iced::widget::{Column, Row};
use iced::{Element, Length};

use super::{KEY_GAP, Key, Next, Tone, blank, key, next_key};
use crate::i18n::Language;
use crate::theme::Look;

/// The columns, as katakana code points top (ア段) to bottom (オ段); 0 is a blank.
pub const KANA_COLUMNS: [[u32; 5]; 11] = [
    [0x30A2, 0x30A4, 0x30A6, 0x30A8, 0x30AA], // a
    [0x30AB, 0x30AD, 0x30AF, 0x30B1, 0x30B3], // ka
    [0x30B5, 0x30B7, 0x30B9, 0x30BB, 0x30BD], // sa
    [0x30BF, 0x30C1, 0x30C4, 0x30C6, 0x30C8], // ta
    [0x30CA, 0x30CB, 0x30CC, 0x30CD, 0x30CE], // na
    [0x30CF, 0x30D2, 0x30D5, 0x30D8, 0x30DB], // ha
    [0x30DE, 0x30DF, 0x30E0, 0x30E1, 0x30E2], // ma
    [0x30E4, 0, 0x30E6, 0, 0x30E8],           // ya
    [0x30E9, 0x30EA, 0x30EB, 0x30EC, 0x30ED], // ra
    [0x30EF, 0, 0, 0, 0x30F2],                // wa, wo
    [0x30F3, 0, 0, 0, 0],                     // n
];

/// ー (katakana prolonged sound mark).
const LONG: u32 = 0x30FC;
/// Full-width space, between family and given name.
const SPACE: char = '\u{3000}';

pub(super) fn view<'a, M: Clone + 'a>(
    look: Look,
    language: Language,
    next: Next,
    on_key: &impl Fn(Key) -> M,
) -> Element<'a, M> {
    let units = Length::FillPortion;
    let plain =
        |k: Key, width: u16| key(look, language, k, units(width), Tone::Plain, false, on_key);
    let mut rows = Column::new().spacing(KEY_GAP * look.keys);
    for vowel in 0..5 {
        let line =
            KANA_COLUMNS
                .iter()
                .fold(Row::new().spacing(KEY_GAP * look.keys), |line, column| {
                    line.push(
                        match char::from_u32(column[vowel]).filter(|_| column[vowel] != 0) {
                            Some(c) => plain(Key::Insert(c), 4),
                            None => blank(units(4)),
                        },
                    )
                });
        rows = rows.push(line);
    }
    let long = char::from_u32(LONG).map_or_else(|| blank(units(4)), |c| plain(Key::Insert(c), 4));
    rows.push(
        Row::new()
            .spacing(KEY_GAP * look.keys)
            .push(plain(Key::Dakuten, 4))
            .push(plain(Key::Handakuten, 4))
            .push(plain(Key::Small, 6))
            .push(long)
            .push(plain(Key::Insert(SPACE), 6))
            .push(plain(Key::Delete, 6))
            .push(plain(Key::Clear, 7))
            .push(next_key(look, language, next, units(7), on_key)),
    )
    .into()
}
