//! On-screen keypads for a touch kiosk without a hardware keyboard: a numeric keypad
//! (with era, 年 月 日 and `/` keys for birth dates), a Latin keyboard for email and
//! passwords (with one-tap mail domains) and a 五十音 kana keyboard for katakana names.
//!
//! # How a screen uses them
//!
//! iced 0.14 tells a screen nothing when a text input gains focus, so a field gets the
//! keypad in two ways:
//! - a **"keyboard" button beside the field** ([`toggle`]) opens the keypad for that field
//!   (and closes it when it is already open for it);
//! - **typing** into a field (its `on_input` message) moves an *open* keypad to that
//!   field ([`Dock::typed`]); typing on a hardware keyboard with no keypad open does not
//!   open one.
//!
//! The screen keeps a [`Dock`] (which field has the keypad, shift) and hands the root
//! its open keypad through [`bottom_dock`]: the root draws it at the bottom of the
//! window, outside the scrolling page (always in view, like a phone's keyboard), with
//! the field's name and what it holds. Each key goes to [`Dock::press`], which returns
//! the field's new text (computed by the pure [`apply`]) or asks for the next field. A
//! hardware keyboard (and IME) keeps working alongside: the keys only edit the same
//! string the text input shows. Keyboards can be turned off in config
//! (`display.on_screen_keyboards`); then no "keyboard" buttons are drawn.
//!
//! The dock shrinks the page; [`beside`] marks the field's row so that, when its keypad
//! opens, the page scrolls the row to the top of what is left
//! (`widgets::focus::reveal`). Keys and "keyboard" buttons are for touch: they are not
//! Tab stops (a keyboard user types directly).
//!
//! Every key sits in a container with a snake_case widget id ([`key_id`]) so tests can
//! tap it and measure it.

mod dock;
mod edit;
mod kana;
mod latin;
mod numeric;

pub use dock::{Dock, Press};
pub use edit::{DOMAINS, Key, apply};
pub use kana::KANA_COLUMNS;

use iced::widget::{button, container, text};
use iced::{Element, Length, alignment};

use crate::i18n::{self, Language};
use crate::theme::{self, Look};
use crate::widgets::outline::{self, outline};

/// Height of a key at scale 1.0 (WCAG 2.5.8 asks ≥ 24 px; a kiosk key ≥ 48 px).
pub const KEY_HEIGHT: f32 = 60.0;
/// Gap between keys at scale 1.0 (≥ 8 px).
pub const KEY_GAP: f32 = 10.0;
/// Width of a digit key on the numeric keypad.
pub const DIGIT_WIDTH: f32 = 96.0;
/// Width of a function key (delete, clear, next) on the numeric keypad.
pub const FUNCTION_WIDTH: f32 = 200.0;

/// Which keypad.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeypadKind {
    /// Digits, delete, clear, next (記号, 番号, login ID, insurer number).
    Numeric,
    /// Numeric plus 明治 大正 昭和 平成 令和, 年 月 日 and `/` (birth dates).
    Date,
    /// Letters, digits, `@ . - _ +`, space, shift; with one-tap mail domains when
    /// `domains` (email fields).
    Latin {
        /// Letters in upper case (shift is on).
        shifted: bool,
        /// Show the mail-domain keys.
        domains: bool,
    },
    /// 五十音 katakana with ゛ ゜ 小 ー, space, delete, clear, next.
    Kana,
}

/// What the primary key ([`Key::Next`]) does on a field, and so what it says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// It moves to the next field: "次の欄へ / Next field".
    Field,
    /// It finishes: closes the keyboard, or takes the screen's one step (log in, send,
    /// use the ID): "決定 / Done".
    Done,
}

impl Next {
    fn label_id(self) -> &'static str {
        match self {
            Next::Field => "keypad-next",
            Next::Done => "keypad-done",
        }
    }
}

/// The keypad: each key press becomes `on_key(key)`; `next` names what the primary key
/// does.
pub fn view<'a, M: Clone + 'a>(
    look: Look,
    language: Language,
    kind: KeypadKind,
    next: Next,
    on_key: impl Fn(Key) -> M,
) -> Element<'a, M> {
    let keys = match kind {
        KeypadKind::Numeric => numeric::view(look, language, false, next, &on_key),
        KeypadKind::Date => numeric::view(look, language, true, next, &on_key),
        KeypadKind::Latin { shifted, domains } => {
            latin::view(look, language, shifted, domains, next, &on_key)
        }
        KeypadKind::Kana => kana::view(look, language, next, &on_key),
    };
    outline::panel(look, 14, keys)
}

/// The widget id of a key's container: `keypad_key_7`, `keypad_key_a`,
/// `keypad_key_at`, `keypad_key_era_showa`, `keypad_key_kana_30a2`,
/// `keypad_key_domain_docomo_ne_jp`, `keypad_key_delete`, ...
pub fn key_id(key: &Key) -> String {
    let name = match key {
        Key::Insert(c) if c.is_ascii_alphanumeric() => c.to_ascii_lowercase().to_string(),
        Key::Insert(c) => match c {
            '@' => "at".to_owned(),
            '.' => "dot".to_owned(),
            '-' => "hyphen".to_owned(),
            '_' => "underscore".to_owned(),
            '+' => "plus".to_owned(),
            '/' => "slash".to_owned(),
            ' ' | '\u{3000}' => "space".to_owned(),
            '\u{5E74}' => "year".to_owned(),
            '\u{6708}' => "month".to_owned(),
            '\u{65E5}' => "day".to_owned(),
            other => format!("kana_{:04x}", u32::from(*other)),
        },
        Key::Text(domain) => format!(
            "domain_{}",
            domain
                .trim_start_matches('@')
                .replace(|c: char| !c.is_ascii_alphanumeric(), "_")
        ),
        Key::Era(era) => format!("era_{}", era.key()),
        Key::Dakuten => "dakuten".to_owned(),
        Key::Handakuten => "handakuten".to_owned(),
        Key::Small => "small".to_owned(),
        Key::Delete => "delete".to_owned(),
        Key::Clear => "clear".to_owned(),
        Key::Shift => "shift".to_owned(),
        Key::Next => "next".to_owned(),
    };
    format!("keypad_key_{name}")
}

/// The label a key shows (from Fluent, or the character itself).
fn label(language: Language, key: &Key, shifted: bool) -> String {
    let id = match key {
        Key::Insert(' ' | '\u{3000}') => "keypad-space",
        Key::Insert('\u{5E74}') => "keypad-year",
        Key::Insert('\u{6708}') => "keypad-month",
        Key::Insert('\u{65E5}') => "keypad-day",
        Key::Insert(c) if shifted => return c.to_uppercase().collect(),
        Key::Insert(c) => return c.to_string(),
        Key::Text(domain) => return (*domain).to_owned(),
        Key::Era(era) => {
            return i18n::tr_args(language, "keypad-era", &[("era", era.key().into())]);
        }
        Key::Dakuten => "keypad-dakuten",
        Key::Handakuten => "keypad-handakuten",
        Key::Small => "keypad-small",
        Key::Delete => "keypad-delete",
        Key::Clear => "keypad-clear",
        Key::Shift => "keypad-shift",
        Key::Next => Next::Field.label_id(),
    };
    i18n::tr(language, id)
}

/// How a key is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tone {
    /// A character key: outlined.
    Plain,
    /// Next: the primary colour.
    Primary,
    /// A toggle that is on (shift): filled.
    Selected,
}

/// The primary key: [`Key::Next`], saying what it does on this field.
fn next_key<'a, M: Clone + 'a>(
    look: Look,
    language: Language,
    next: Next,
    width: Length,
    on_key: &impl Fn(Key) -> M,
) -> Element<'a, M> {
    let label = i18n::tr(language, next.label_id());
    labelled(look, Key::Next, label, width, Tone::Primary, false, on_key)
}

/// One key: a button filling a container that carries the key's widget id.
fn key<'a, M: Clone + 'a>(
    look: Look,
    language: Language,
    key: Key,
    width: Length,
    tone: Tone,
    shifted: bool,
    on_key: &impl Fn(Key) -> M,
) -> Element<'a, M> {
    let text = label(language, &key, shifted);
    labelled(look, key, text, width, tone, shifted, on_key)
}

/// One key with its face text.
fn labelled<'a, M: Clone + 'a>(
    look: Look,
    key: Key,
    label: String,
    width: Length,
    tone: Tone,
    shifted: bool,
    on_key: &impl Fn(Key) -> M,
) -> Element<'a, M> {
    let size = match key {
        Key::Text(_) => theme::TEXT_SMALL,
        Key::Era(_)
        | Key::Delete
        | Key::Clear
        | Key::Next
        | Key::Shift
        | Key::Small
        | Key::Insert(' ' | '\u{3000}') => theme::TEXT_BODY,
        Key::Dakuten | Key::Handakuten => theme::TEXT_TITLE,
        _ => theme::TEXT_BUTTON,
    };
    let face = container(text(label).size(size * look.keys))
        .center_y(Length::Fill)
        .align_x(alignment::Horizontal::Center)
        .width(Length::Fill);
    let pressed = match key {
        Key::Insert(c) if shifted => Key::Insert(c.to_uppercase().next().unwrap_or(c)),
        other => other,
    };
    container(
        button(face)
            .padding([0, 4])
            .width(Length::Fill)
            .height(Length::Fill)
            .on_press(on_key(pressed))
            .style(move |_, status| match tone {
                Tone::Plain => theme::secondary_button(look, status),
                Tone::Primary => theme::primary_button(look, status),
                Tone::Selected => theme::selected_button(look, status),
            }),
    )
    .id(key_id(&key))
    .width(width)
    .height(Length::Fixed(KEY_HEIGHT * look.keys))
    .into()
}

/// A blank as wide as a key (keeps the grid aligned; not a key).
fn blank<'a, M: 'a>(width: Length) -> Element<'a, M> {
    iced::widget::space().width(width).into()
}

/// The "keyboard" button beside a field: opens the keypad for it, or closes it.
/// `id` is the button's container widget id (e.g. `insured_symbol_keypad`).
pub fn toggle<'a, M: Clone + 'a>(
    look: Look,
    language: Language,
    id: &'static str,
    open: bool,
    on_press: M,
) -> Element<'a, M> {
    toggle_labelled(look, language, id, "keypad-toggle-open", open, on_press)
}

/// A "keyboard" button that says which keyboard it opens (message `label`), for a field
/// with two (the family path's 記号: digits or kana); "close" while it is open.
pub fn toggle_labelled<'a, M: Clone + 'a>(
    look: Look,
    language: Language,
    id: &'static str,
    label: &'static str,
    open: bool,
    on_press: M,
) -> Element<'a, M> {
    let label = if open { "keypad-toggle-close" } else { label };
    container(
        button(
            container(text(i18n::tr(language, label)).size(theme::TEXT_SMALL))
                .center_y(Length::Fill),
        )
        .height(Length::Fixed(crate::widgets::form::FIELD_HEIGHT))
        .padding([0, 16])
        .on_press(on_press)
        .style(move |_, status| {
            if open {
                theme::selected_button(look, status)
            } else {
                theme::secondary_button(look, status)
            }
        }),
    )
    .id(id)
    .into()
}

/// A field's input with its "keyboard" button beside it (when keypads are enabled).
pub fn beside<'a, M: Clone + 'a, F: Copy + Eq>(
    look: Look,
    language: Language,
    dock: &Dock<F>,
    field: F,
    toggle_id: &'static str,
    input: impl Into<Element<'a, M>>,
    on_toggle: M,
) -> Element<'a, M> {
    if !dock.enabled() {
        return input.into();
    }
    let open = dock.is_open_for(field);
    crate::widgets::focus::reveal::when(
        open,
        iced::widget::row![
            input.into(),
            toggle(look, language, toggle_id, open, on_toggle)
        ]
        .spacing(12)
        .align_y(iced::Alignment::Center),
    )
}

/// The open keypad as a dock at the bottom of the window (outside the scrolling page, so
/// it is always in view, like a phone's keyboard), with the field's name and content.
pub fn bottom_dock<'a, M: 'a>(
    look: Look,
    label: String,
    value: String,
    keys: Element<'a, M>,
) -> Element<'a, M> {
    let echo = iced::widget::row![
        iced::widget::text(label)
            .size(crate::theme::TEXT_BODY * look.keys)
            .color(look.muted),
        iced::widget::text(value).size(crate::theme::TEXT_TITLE * look.keys),
    ]
    .spacing(16)
    .align_y(iced::Alignment::Center);
    // Framed, not filled: every key tap redraws the echo above the keys, and a filled
    // dock would be filled in full again each time (see `widgets::outline`).
    outline(
        look.border,
        iced::widget::container(iced::widget::column![echo, keys].spacing(8).max_width(1000))
            .padding([10, 24])
            .width(iced::Length::Fill)
            .center_x(iced::Length::Fill)
            .style(move |_| theme::panel(look)),
    )
}

/// The keypad for `field`, if it is open for it.
#[allow(clippy::too_many_arguments)]
pub fn docked<'a, M: Clone + 'a, F: Copy + Eq>(
    look: Look,
    language: Language,
    dock: &Dock<F>,
    field: F,
    kind: KeypadKind,
    next: Next,
    on_key: impl Fn(Key) -> M,
) -> Option<Element<'a, M>> {
    dock.is_open_for(field)
        .then(|| view(look, language, kind, next, on_key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_ids_are_snake_case_and_distinct() {
        let mut keys = vec![
            Key::Delete,
            Key::Clear,
            Key::Next,
            Key::Shift,
            Key::Dakuten,
            Key::Handakuten,
            Key::Small,
            Key::Insert(' '),
            Key::Insert('/'),
            Key::Insert('@'),
            Key::Insert('.'),
            Key::Insert('-'),
            Key::Insert('_'),
            Key::Insert('+'),
            Key::Insert(numeric::YEAR),
            Key::Insert(numeric::MONTH),
            Key::Insert(numeric::DAY),
        ];
        keys.extend(
            "0123456789abcdefghijklmnopqrstuvwxyz"
                .chars()
                .map(Key::Insert),
        );
        keys.extend(DOMAINS.iter().map(|&d| Key::Text(d)));
        keys.extend(kenpos_rules::Era::ALL.into_iter().map(Key::Era));
        keys.extend(
            KANA_COLUMNS
                .iter()
                .flatten()
                .filter_map(|&c| char::from_u32(c).filter(|_| c != 0))
                .map(Key::Insert),
        );
        let ids: std::collections::BTreeSet<String> = keys.iter().map(key_id).collect();
        assert_eq!(ids.len(), keys.len(), "two keys share an id");
        for id in ids {
            assert!(
                id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                "{id} is not snake_case"
            );
        }
    }
}
