//! The funnel glue (issue 18): which path and step is on display, and the language and
//! look in use, counted after every message. How a session ended is given by the callers
//! of `end_session`.

use std::time::Instant;

use super::{App, Screen};
use crate::stats::{Keyboard, Route, Setting, Stage};
use crate::theme::Palette;
use crate::widgets::keypad::KeypadKind;

impl App {
    /// The path and step a member is on, or `None` (welcome, staff, kiosk exit).
    pub(super) fn funnel_stage(&self) -> Option<(Route, Stage)> {
        match &self.screen {
            Screen::Insured(path) => Some((Route::Insured, path.stage())),
            Screen::Family(path) => Some((Route::Family, path.stage())),
            Screen::Recovery(_) => Some((Route::Recovery, Stage::Recovery)),
            Screen::Welcome(_) | Screen::Staff(_) | Screen::ConfigError(_) | Screen::Kiosk(_) => {
                None
            }
        }
    }

    /// The Fluent ids of the error messages on the step on display.
    fn shown_errors(&self) -> Vec<&'static str> {
        match &self.screen {
            Screen::Insured(path) => path.shown_errors(),
            Screen::Family(path) => path.shown_errors(),
            Screen::Recovery(state) => state.shown_errors(),
            Screen::Welcome(_) | Screen::Staff(_) | Screen::ConfigError(_) | Screen::Kiosk(_) => {
                Vec::new()
            }
        }
    }

    /// The on-screen keyboard open on the step on display, by the kind of field it serves.
    fn open_keyboard(&self) -> Option<Keyboard> {
        let kind = match &self.screen {
            Screen::Insured(path) => path.open_keypad(),
            Screen::Family(path) => path.open_keypad(),
            Screen::Recovery(state) => state.open_keypad(),
            Screen::Welcome(_) | Screen::Staff(_) | Screen::ConfigError(_) | Screen::Kiosk(_) => {
                None
            }
        }?;
        Some(match kind {
            KeypadKind::Numeric | KeypadKind::Date => Keyboard::Numeric,
            KeypadKind::Kana => Keyboard::Kana,
            KeypadKind::Latin { .. } => Keyboard::Latin,
        })
    }

    /// Counts the step on display and, while a member is on a path, the language and
    /// display settings in use.
    pub(super) fn count_funnel(&mut self) {
        let on = self.funnel_stage();
        self.funnel.observe(on, Instant::now());
        if on.is_none() {
            return;
        }
        let errors = self.shown_errors();
        self.funnel.errors_on_display(&errors);
        if let Some(keyboard) = self.open_keyboard() {
            self.funnel.tally().keyboard(keyboard);
        }
        let (language, large, contrast) = (
            self.language.code(),
            self.large_text,
            self.palette == Palette::HighContrast,
        );
        let tally = self.funnel.tally();
        tally.language(language);
        if large {
            tally.setting(Setting::LargeText);
        }
        if contrast {
            tally.setting(Setting::HighContrast);
        }
    }
}
