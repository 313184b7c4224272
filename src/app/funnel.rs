//! The funnel glue (issue 18): which path and step is on display, and the language and
//! look in use, counted after every message. How a session ended is given by the callers
//! of `end_session`.

use std::time::Instant;

use super::{App, FamilyStep, Screen, Step};
use crate::stats::{Keyboard, Route, Setting, Stage};
use crate::theme::Palette;
use crate::widgets::keypad::KeypadKind;

impl App {
    /// The path and step a member is on, or `None` (welcome, staff, kiosk exit).
    pub(super) fn funnel_stage(&self) -> Option<(Route, Stage)> {
        match &self.screen {
            Screen::Insured(flow) => Some((
                Route::Insured,
                match flow.step {
                    Step::LoginId => Stage::LoginId,
                    Step::Password => Stage::Password,
                    Step::Consent => Stage::Consent,
                    Step::Setup => Stage::Setup,
                    Step::Confirm => Stage::Confirm,
                    Step::Sent => Stage::EmailSent,
                    Step::Ready => Stage::Ready,
                },
            )),
            Screen::Family(flow) => Some((
                Route::Family,
                match flow.step {
                    FamilyStep::Start => Stage::Start,
                    FamilyStep::Eligibility => Stage::Eligibility,
                    FamilyStep::Consent => Stage::Consent,
                    FamilyStep::Setup => Stage::Setup,
                    FamilyStep::Confirm => Stage::Confirm,
                    FamilyStep::Sent => Stage::EmailSent,
                },
            )),
            Screen::Recovery(_) => Some((Route::Recovery, Stage::Recovery)),
            Screen::Welcome(_) | Screen::Staff(_) | Screen::ConfigError(_) | Screen::Kiosk(_) => {
                None
            }
        }
    }

    /// The Fluent ids of the error messages on the step on display.
    fn shown_errors(&self) -> Vec<&'static str> {
        match &self.screen {
            Screen::Insured(flow) => match flow.step {
                Step::LoginId => Some(flow.login_id.shown_errors()),
                Step::Password => flow.password.as_ref().map(|s| s.shown_errors()),
                Step::Consent => Some(flow.consent.shown_errors()),
                Step::Setup => flow.setup.as_ref().map(|s| s.shown_errors()),
                Step::Confirm => flow.confirm.as_ref().map(|s| s.shown_errors()),
                Step::Sent => flow.sent.as_ref().map(|s| s.shown_errors()),
                Step::Ready => None,
            }
            .unwrap_or_default(),
            Screen::Family(flow) => match flow.step {
                FamilyStep::Start => None,
                FamilyStep::Eligibility => Some(flow.eligibility.shown_errors()),
                FamilyStep::Consent => Some(flow.consent.shown_errors()),
                FamilyStep::Setup => Some(flow.setup.shown_errors()),
                FamilyStep::Confirm => flow.confirm.as_ref().map(|s| s.shown_errors()),
                FamilyStep::Sent => flow.sent.as_ref().map(|s| s.shown_errors()),
            }
            .unwrap_or_default(),
            Screen::Recovery(state) => state.shown_errors(),
            Screen::Welcome(_) | Screen::Staff(_) | Screen::ConfigError(_) | Screen::Kiosk(_) => {
                Vec::new()
            }
        }
    }

    /// The on-screen keyboard open on the step on display, by the kind of field it serves.
    fn open_keyboard(&self) -> Option<Keyboard> {
        let kind = match &self.screen {
            Screen::Insured(flow) => match flow.step {
                Step::LoginId => flow.login_id.open_keypad(),
                Step::Password => flow.password.as_ref().and_then(|s| s.open_keypad()),
                Step::Setup => flow.setup.as_ref().and_then(|s| s.open_keypad()),
                Step::Consent | Step::Confirm | Step::Sent | Step::Ready => None,
            },
            Screen::Family(flow) => match flow.step {
                FamilyStep::Eligibility => flow.eligibility.open_keypad(),
                FamilyStep::Setup => flow.setup.open_keypad(),
                FamilyStep::Start
                | FamilyStep::Consent
                | FamilyStep::Confirm
                | FamilyStep::Sent => None,
            },
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
