//! Leaving kiosk mode (staff): the full-screen PIN pad, then the staff menu.
//!
//! The pad only collects digits; the root checks the PIN against the configured
//! argon2id hash and keeps the wrong-PIN throttle (so closing the pad does not reset
//! it). The digits live in a [`Zeroizing`] string and never appear in `Debug` output.

use std::fmt;

use iced::widget::{Column, Row, button, column, container, text};
use iced::{Alignment, Element, Length, alignment};
use zeroize::Zeroizing;

use crate::i18n::{self, Language};
use crate::kiosk::pin::MAX_PIN_DIGITS;
use crate::theme::{self, Look};
use crate::widgets::buttons;
use crate::widgets::keypad::Key;

/// Height of a pad key at scale 1.0 (≥ 48 px for a touch kiosk).
pub const PAD_KEY_HEIGHT: f32 = 72.0;
/// Width of a pad key.
pub const PAD_KEY_WIDTH: f32 = 150.0;
/// Gap between keys.
const PAD_GAP: f32 = 12.0;
/// One typed digit, as shown (a black circle).
const DOT: char = '\u{25CF}';

/// `count` dots with spaces between them (the PIN is never shown).
fn masked(count: usize) -> String {
    let dots: Vec<String> = std::iter::repeat_n(DOT.to_string(), count).collect();
    dots.join(" ")
}

/// The widget id of a pad key: `kiosk_pin_key_0` … `kiosk_pin_key_9`,
/// `kiosk_pin_key_delete`, `kiosk_pin_key_clear`, `kiosk_pin_ok`, `kiosk_pin_cancel`.
pub fn key_id(key: &Key) -> String {
    match key {
        Key::Insert(d) => format!("kiosk_pin_key_{d}"),
        Key::Delete => "kiosk_pin_key_delete".to_owned(),
        _ => "kiosk_pin_key_clear".to_owned(),
    }
}
/// Widget id of OK.
pub const OK: &str = "kiosk_pin_ok";
/// Widget id of cancel.
pub const CANCEL: &str = "kiosk_pin_cancel";

/// What is on screen.
#[derive(Debug, Clone, PartialEq)]
pub enum State {
    /// The PIN pad.
    Pad(Pad),
    /// The staff menu, after the right PIN.
    Menu,
}

/// The PIN pad.
#[derive(Clone, PartialEq, Default)]
pub struct Pad {
    pin: Zeroizing<String>,
    wrong: bool,
    checking: bool,
}

impl fmt::Debug for Pad {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pad")
            .field("pin", &"<hidden>")
            .field("wrong", &self.wrong)
            .field("checking", &self.checking)
            .finish()
    }
}

/// Taps.
#[derive(Clone, PartialEq, Eq)]
pub enum Message {
    /// A pad key (digit, delete, clear).
    Key(Key),
    /// OK: check the PIN.
    Ok,
    /// Cancel: back to the kiosk.
    Cancel,
    /// Menu: open the staff panel.
    StaffPanel,
    /// Menu: quit the app.
    Quit,
    /// Menu: back to the kiosk.
    BackToKiosk,
}

impl fmt::Debug for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Message::Key(_) => f.write_str("Key(..)"),
            Message::Ok => f.write_str("Ok"),
            Message::Cancel => f.write_str("Cancel"),
            Message::StaffPanel => f.write_str("StaffPanel"),
            Message::Quit => f.write_str("Quit"),
            Message::BackToKiosk => f.write_str("BackToKiosk"),
        }
    }
}

/// What the root should do.
#[derive(Clone, PartialEq, Eq)]
pub enum Action {
    /// Nothing.
    None,
    /// Check this PIN (the pad has emptied itself).
    Check(Zeroizing<String>),
    /// Close the pad or menu: back to the welcome screen.
    BackToKiosk,
    /// Open the staff panel.
    StaffPanel,
    /// Quit the app.
    Quit,
}

impl fmt::Debug for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Action::None => f.write_str("None"),
            Action::Check(_) => f.write_str("Check(..)"),
            Action::BackToKiosk => f.write_str("BackToKiosk"),
            Action::StaffPanel => f.write_str("StaffPanel"),
            Action::Quit => f.write_str("Quit"),
        }
    }
}

impl State {
    /// A new, empty pad.
    pub fn pad() -> State {
        State::Pad(Pad::default())
    }

    /// Handles a tap. `locked`: the throttle's lock-out is running (keys do nothing).
    pub fn update(&mut self, message: Message, locked: bool) -> Action {
        match (self, message) {
            (_, Message::Cancel | Message::BackToKiosk) => Action::BackToKiosk,
            (State::Menu, Message::StaffPanel) => Action::StaffPanel,
            (State::Menu, Message::Quit) => Action::Quit,
            (State::Pad(pad), Message::Key(key)) if !locked && !pad.checking => {
                pad.wrong = false;
                match key {
                    Key::Insert(d) if d.is_ascii_digit() && pad.pin.len() < MAX_PIN_DIGITS => {
                        pad.pin.push(d);
                    }
                    Key::Delete => {
                        pad.pin.pop();
                    }
                    Key::Clear => pad.pin.clear(),
                    _ => {}
                }
                Action::None
            }
            (State::Pad(pad), Message::Ok) if !locked && !pad.checking && !pad.pin.is_empty() => {
                pad.checking = true;
                pad.wrong = false;
                Action::Check(std::mem::take(&mut pad.pin))
            }
            _ => Action::None,
        }
    }

    /// The root checked the PIN: it was wrong (the pad shows so, empty).
    pub fn rejected(&mut self) {
        if let State::Pad(pad) = self {
            pad.checking = false;
            pad.wrong = true;
            pad.pin.clear();
        }
    }

    /// How many digits are typed (for the dots and for tests; never the digits).
    pub fn typed_len(&self) -> usize {
        match self {
            State::Pad(pad) => pad.pin.chars().count(),
            State::Menu => 0,
        }
    }

    /// The screen. `locked`: seconds left in the lock-out.
    pub fn view(&self, look: Look, lang: Language, locked: Option<u64>) -> Element<'_, Message> {
        let body = match self {
            State::Pad(pad) => pad.view(look, lang, locked),
            State::Menu => menu(look, lang),
        };
        container(body)
            .padding([48, 32])
            .center_x(Length::Fill)
            .into()
    }
}

impl Pad {
    fn view(&self, look: Look, lang: Language, locked: Option<u64>) -> Element<'_, Message> {
        let dots = if self.pin.is_empty() {
            text(i18n::tr(lang, "kiosk-pin-empty"))
                .size(theme::TEXT_BODY)
                .color(look.muted)
        } else {
            text(masked(self.pin.chars().count())).size(theme::TEXT_TITLE)
        };
        let status = match (locked, self.checking, self.wrong) {
            (Some(seconds), _, _) => Some(
                text(i18n::tr_args(
                    lang,
                    "kiosk-pin-locked",
                    &[("seconds", seconds.into())],
                ))
                .color(look.danger),
            ),
            (None, true, _) => Some(text(i18n::tr(lang, "kiosk-pin-checking"))),
            (None, false, true) => Some(text(i18n::tr(lang, "kiosk-pin-wrong")).color(look.danger)),
            (None, false, false) => None,
        };
        let enabled = locked.is_none() && !self.checking;
        let key = |k: Key, label: String| {
            pad_key(look, key_id(&k), label, enabled.then_some(Message::Key(k)))
        };
        let digit = |d: char| key(Key::Insert(d), d.to_string());
        let mut grid = Column::new().spacing(PAD_GAP).align_x(Alignment::Center);
        for row in [['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9']] {
            grid = grid.push(
                row.into_iter()
                    .fold(Row::new().spacing(PAD_GAP), |r, d| r.push(digit(d))),
            );
        }
        grid = grid.push(
            Row::new()
                .spacing(PAD_GAP)
                .push(key(Key::Clear, i18n::tr(lang, "keypad-clear")))
                .push(digit('0'))
                .push(key(Key::Delete, i18n::tr(lang, "keypad-delete"))),
        );
        let actions = Row::new()
            .spacing(PAD_GAP)
            .push(
                container(buttons::secondary(
                    look,
                    i18n::tr(lang, "kiosk-pin-cancel"),
                    Some(Message::Cancel),
                ))
                .id(CANCEL)
                .width(Length::Fixed(PAD_KEY_WIDTH * 1.5 + PAD_GAP / 2.0)),
            )
            .push(
                container(buttons::primary(
                    look,
                    i18n::tr(lang, "kiosk-pin-ok"),
                    (enabled && !self.pin.is_empty()).then_some(Message::Ok),
                ))
                .id(OK)
                .width(Length::Fixed(PAD_KEY_WIDTH * 1.5 + PAD_GAP / 2.0)),
            );
        let mut page = column![
            text(i18n::tr(lang, "kiosk-pin-title")).size(theme::TEXT_TITLE),
            text(i18n::tr(lang, "kiosk-pin-intro")).size(theme::TEXT_BODY),
            container(dots)
                .height(Length::Fixed(48.0))
                .center_y(Length::Fixed(48.0)),
        ]
        .spacing(16)
        .align_x(Alignment::Center);
        if let Some(status) = status {
            page = page.push(status.size(theme::TEXT_BODY));
        }
        page.push(grid).push(actions).max_width(720).into()
    }
}

fn pad_key<'a>(
    look: Look,
    id: String,
    label: String,
    on_press: Option<Message>,
) -> Element<'a, Message> {
    container(
        button(
            container(text(label).size(theme::TEXT_BUTTON))
                .center_y(Length::Fill)
                .align_x(alignment::Horizontal::Center)
                .width(Length::Fill),
        )
        .width(Length::Fill)
        .height(Length::Fill)
        .on_press_maybe(on_press)
        .style(move |_, status| theme::secondary_button(look, status)),
    )
    .id(id)
    .width(Length::Fixed(PAD_KEY_WIDTH))
    .height(Length::Fixed(PAD_KEY_HEIGHT))
    .into()
}

fn menu<'a>(look: Look, lang: Language) -> Element<'a, Message> {
    let wide = |e: Element<'a, Message>| container(e).width(Length::Fixed(480.0));
    column![
        text(i18n::tr(lang, "kiosk-menu-title")).size(theme::TEXT_TITLE),
        text(i18n::tr(lang, "kiosk-menu-intro")).size(theme::TEXT_BODY),
        wide(buttons::primary(
            look,
            i18n::tr(lang, "kiosk-menu-staff-panel"),
            Some(Message::StaffPanel)
        )),
        wide(buttons::secondary(
            look,
            i18n::tr(lang, "kiosk-menu-back"),
            Some(Message::BackToKiosk)
        )),
        wide(buttons::secondary(
            look,
            i18n::tr(lang, "kiosk-menu-quit"),
            Some(Message::Quit)
        )),
    ]
    .spacing(20)
    .align_x(Alignment::Center)
    .max_width(720)
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(state: &mut State, digits: &str) {
        for d in digits.chars() {
            assert_eq!(
                state.update(Message::Key(Key::Insert(d)), false),
                Action::None
            );
        }
    }

    #[test]
    fn the_pad_collects_digits_and_hands_them_over_once() {
        let mut state = State::pad();
        typed(&mut state, "12a4");
        assert_eq!(state.typed_len(), 3, "letters are not digits");
        state.update(Message::Key(Key::Delete), false);
        assert_eq!(state.typed_len(), 2);
        state.update(Message::Key(Key::Clear), false);
        assert_eq!(state.update(Message::Ok, false), Action::None, "empty");
        typed(&mut state, "246810");
        assert!(!format!("{state:?}").contains("246810"));
        match state.update(Message::Ok, false) {
            Action::Check(pin) => assert_eq!(pin.as_str(), "246810"),
            other => panic!("{other:?}"),
        }
        assert_eq!(state.typed_len(), 0);
        // While the root checks, nothing else is sent.
        typed_ignored(&mut state);
        state.rejected();
        typed(&mut state, "1");
        assert_eq!(state.typed_len(), 1);
    }

    fn typed_ignored(state: &mut State) {
        state.update(Message::Key(Key::Insert('9')), false);
        assert_eq!(state.typed_len(), 0);
        assert_eq!(state.update(Message::Ok, false), Action::None);
    }

    #[test]
    fn a_locked_pad_takes_no_digits_but_cancels() {
        let mut state = State::pad();
        state.update(Message::Key(Key::Insert('1')), true);
        assert_eq!(state.typed_len(), 0);
        assert_eq!(state.update(Message::Ok, true), Action::None);
        assert_eq!(state.update(Message::Cancel, true), Action::BackToKiosk);
        assert_eq!(State::Menu.update(Message::Quit, false), Action::Quit);
        assert_eq!(
            State::Menu.update(Message::StaffPanel, false),
            Action::StaffPanel
        );
        assert_eq!(State::pad().update(Message::Quit, false), Action::None);
    }
}
