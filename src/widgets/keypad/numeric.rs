//! The numeric keypad, phone layout (1 2 3 on top), with delete, clear and next on the
//! right; for birth dates also a row of era keys, 年 月 日 and `/`.
//!
//! ```text
//! [明治][大正][昭和][平成][令和]            (dates only)
//! [1][2][3] [年]  [delete]
//! [4][5][6] [月]  [clear ]
//! [7][8][9] [日]
//! [ ][0][/]       [next  ]
//! ```

use iced::widget::{Column, Row, column, row};
use iced::{Element, Length};
use kenpos_rules::Era;

use super::{DIGIT_WIDTH, FUNCTION_WIDTH, KEY_GAP, Key, Next, Tone, blank, key, next_key};
use crate::i18n::Language;
use crate::theme::Look;

/// 年, 月, 日.
pub(super) const YEAR: char = '\u{5E74}';
pub(super) const MONTH: char = '\u{6708}';
pub(super) const DAY: char = '\u{65E5}';
/// Width of 年 月 日 (room for "年 year" in English).
const UNIT_WIDTH: f32 = 140.0;
/// Width of an era key (room for "Showa 昭和" in English).
const ERA_WIDTH: f32 = 176.0;

pub(super) fn view<'a, M: Clone + 'a>(
    look: Look,
    language: Language,
    date: bool,
    next: Next,
    on_key: &impl Fn(Key) -> M,
) -> Element<'a, M> {
    let digit = Length::Fixed(DIGIT_WIDTH * look.keys);
    let function = Length::Fixed(FUNCTION_WIDTH * look.keys);
    let plain = |k: Key, width: Length| key(look, language, k, width, Tone::Plain, false, on_key);

    let digit_rows = [['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9']];
    let units = [YEAR, MONTH, DAY];
    let functions: [Option<Key>; 4] = [Some(Key::Delete), Some(Key::Clear), None, Some(Key::Next)];

    let mut grid = Column::new().spacing(KEY_GAP * look.keys);
    for (index, function_key) in functions.into_iter().enumerate() {
        let mut line = Row::new().spacing(KEY_GAP * look.keys);
        match digit_rows.get(index) {
            Some(digits) => {
                for d in digits {
                    line = line.push(plain(Key::Insert(*d), digit));
                }
            }
            None => {
                line = line
                    .push(blank(digit))
                    .push(plain(Key::Insert('0'), digit))
                    .push(if date {
                        plain(Key::Insert('/'), digit)
                    } else {
                        blank(digit)
                    });
            }
        }
        if date {
            let unit_width = Length::Fixed(UNIT_WIDTH * look.keys);
            line = line.push(match units.get(index) {
                Some(unit) => plain(Key::Insert(*unit), unit_width),
                None => blank(unit_width),
            });
        }
        line = line.push(blank(Length::Fixed(KEY_GAP * look.keys)));
        line = line.push(match function_key {
            Some(Key::Next) => next_key(look, language, next, function, on_key),
            Some(k) => plain(k, function),
            None => blank(function),
        });
        grid = grid.push(line);
    }

    if date {
        let eras =
            Era::ALL
                .into_iter()
                .fold(Row::new().spacing(KEY_GAP * look.keys), |line, era| {
                    line.push(key(
                        look,
                        language,
                        Key::Era(era),
                        Length::Fixed(ERA_WIDTH * look.keys),
                        Tone::Plain,
                        false,
                        on_key,
                    ))
                });
        column![eras, grid].spacing(KEY_GAP * look.keys).into()
    } else {
        row![grid].into()
    }
}
