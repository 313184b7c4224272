//! Which field of a screen has the keypad open, and shift: the state a screen keeps.

use super::{Key, apply};

/// What a key press means for the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Press {
    /// The field now holds this text.
    Edited(String),
    /// Move on to the next field (or submit, after the last).
    Next,
    /// Nothing to do (shift, or no keypad open).
    Nothing,
}

/// Which field (if any) has the keypad, and whether shift is on. `F` is the screen's
/// own field enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dock<F> {
    enabled: bool,
    open: Option<F>,
    shifted: bool,
}

impl<F: Copy + Eq> Dock<F> {
    /// No keypad open; `enabled` false (config) means none can be opened.
    pub fn new(enabled: bool) -> Dock<F> {
        Dock {
            enabled,
            open: None,
            shifted: false,
        }
    }

    /// Whether keypads may be shown at all.
    pub fn enabled(&self) -> bool {
        self.enabled
    }

    /// Turns keypads on or off (off closes an open one).
    pub fn set_enabled(&mut self, enabled: bool) {
        self.enabled = enabled;
        if !enabled {
            self.open = None;
        }
    }

    /// The field the keypad is open for.
    pub fn open_for(&self) -> Option<F> {
        self.open
    }

    /// Whether the keypad is open for `field`.
    pub fn is_open_for(&self, field: F) -> bool {
        self.open == Some(field)
    }

    /// Whether shift is on.
    pub fn shifted(&self) -> bool {
        self.shifted
    }

    /// The "keyboard" button of `field` was tapped: open for it, or close.
    pub fn toggle(&mut self, field: F) {
        self.shifted = false;
        self.open = if !self.enabled || self.open == Some(field) {
            None
        } else {
            Some(field)
        };
    }

    /// Opens the keypad for `field` (e.g. after "next").
    pub fn open(&mut self, field: F) {
        if self.enabled {
            self.open = Some(field);
            self.shifted = false;
        }
    }

    /// Closes the keypad.
    pub fn close(&mut self) {
        self.open = None;
        self.shifted = false;
    }

    /// `field` was typed into: an open keypad follows it.
    pub fn typed(&mut self, field: F) {
        if self.open.is_some() && self.open != Some(field) {
            self.open(field);
        }
    }

    /// A key was pressed on the keypad of the open field, which holds `text`.
    pub fn press(&mut self, text: &str, key: &Key) -> Press {
        if self.open.is_none() {
            return Press::Nothing;
        }
        match key {
            Key::Shift => {
                self.shifted = !self.shifted;
                Press::Nothing
            }
            Key::Next => Press::Next,
            other => {
                // Shift applies to one letter, as on a phone.
                if matches!(other, Key::Insert(c) if c.is_alphabetic()) {
                    self.shifted = false;
                }
                Press::Edited(apply(text, other))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Field {
        A,
        B,
    }

    #[test]
    fn the_dock_opens_follows_typing_and_closes() {
        let mut dock = Dock::new(true);
        dock.typed(Field::A);
        assert_eq!(dock.open_for(), None, "typing alone does not open a keypad");
        dock.toggle(Field::A);
        assert_eq!(dock.open_for(), Some(Field::A));
        dock.typed(Field::B);
        assert_eq!(
            dock.open_for(),
            Some(Field::B),
            "an open keypad follows typing"
        );
        dock.toggle(Field::B);
        assert_eq!(dock.open_for(), None);
        assert_eq!(dock.press("1", &Key::Insert('2')), Press::Nothing);
    }

    #[test]
    fn shift_is_for_one_letter_and_keys_edit_the_text() {
        let mut dock = Dock::new(true);
        dock.toggle(Field::A);
        assert_eq!(dock.press("ab", &Key::Shift), Press::Nothing);
        assert!(dock.shifted());
        assert_eq!(
            dock.press("ab", &Key::Insert('C')),
            Press::Edited("abC".into())
        );
        assert!(!dock.shifted());
        assert_eq!(dock.press("ab", &Key::Next), Press::Next);
        assert_eq!(dock.press("ab", &Key::Delete), Press::Edited("a".into()));
    }

    #[test]
    fn a_disabled_dock_never_opens() {
        let mut dock = Dock::new(false);
        dock.toggle(Field::A);
        dock.open(Field::B);
        assert_eq!(dock.open_for(), None);
        let mut dock = Dock::new(true);
        dock.toggle(Field::A);
        dock.set_enabled(false);
        assert_eq!(dock.open_for(), None);
    }
}
