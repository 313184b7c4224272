//! Taps by widget id: the on-screen keyboards' keys and the "keyboard" buttons.

use iced::widget;
use iced_test::simulator::Simulator;
use kenpos_kiosk::app::{self, App};
use kenpos_kiosk::widgets::keypad::{self, Key};

use super::Harness;

/// Taps the widget with id `id` (a key's container or a "keyboard" button) and runs
/// what follows.
pub fn tap(h: &Harness, app: &mut App, id: &str) {
    let messages = super::interact(app, |ui| {
        ui.click(widget::Id::from(id.to_owned()))
            .unwrap_or_else(|e| panic!("cannot tap {id}: {e}"));
    });
    assert!(!messages.is_empty(), "tapping {id} did nothing");
    for message in messages {
        h.send(app, message);
    }
}

/// Taps these keys of the open on-screen keyboard, in order.
pub fn tap_keys(h: &Harness, app: &mut App, keys: &[Key]) {
    for key in keys {
        tap(h, app, &keypad::key_id(key));
    }
}

/// The keys that type `text` (characters only; shift is added by the caller).
pub fn chars(text: &str) -> Vec<Key> {
    text.chars().map(Key::Insert).collect()
}

/// Whether a widget with id `id` is in the view.
pub fn has_widget(app: &App, id: &str) -> bool {
    let mut ui = Simulator::with_size(app::settings(), super::SIZE, app.view());
    ui.find(widget::Id::from(id.to_owned())).is_ok()
}

/// The character with Unicode code point `code` (keys written by code point).
pub fn ch(code: u32) -> char {
    char::from_u32(code).expect("a Unicode scalar value")
}

/// The 年 key of the date keypad.
pub fn year() -> Key {
    Key::Insert('\u{5E74}')
}

/// The 月 key of the date keypad.
pub fn month() -> Key {
    Key::Insert('\u{6708}')
}

/// The 日 key of the date keypad.
pub fn day() -> Key {
    Key::Insert('\u{65E5}')
}
