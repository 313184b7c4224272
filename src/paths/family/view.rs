//! What the family path shows and how it reads from outside: the page of the step on
//! display (guide ①'s "what to have ready" is drawn here), its on-screen keyboard, what
//! Escape means, the email-sent clock, and what the funnel, the idle timer and the
//! clipboard check need to know.

use iced::widget::{column, row, text};
use iced::{Element, Subscription};

use super::{At, Family, Message};
use crate::i18n::{self, Language};
use crate::paths::{View, shared};
use crate::screens::Path;
use crate::screens::family::{confirm, eligibility, setup};
use crate::screens::shared::consent;
use crate::stats::Stage;
use crate::theme::{self, Look};
use crate::widgets::keypad::KeypadKind;
use crate::widgets::{buttons, form};

impl Family {
    /// The page: the step indicator and the step's screen.
    pub fn view<'a>(&'a self, v: View<'a>) -> Element<'a, Message> {
        let (look, lang) = (v.look, v.lang);
        let body: Element<'a, Message> = match &self.at {
            At::Start => start_view(look, lang),
            At::Eligibility(state) => state
                .view(look, lang, v.privacy())
                .map(Message::Eligibility),
            At::Consent(state) => state.view(look, lang).map(Message::Consent),
            At::Setup(state) => state.view(look, lang).map(Message::Setup),
            At::Confirm(state) => state.view(look, lang).map(Message::Confirm),
            At::Sent(state) => shared::sent_view(state, v).map(Message::Sent),
        };
        shared::page(v, Path::FamilySignup.steps(), self.step().index(), body)
    }

    /// The on-screen keyboard open on the step on display, docked under the page.
    pub fn keypad(&self, look: Look, lang: Language) -> Option<Element<'_, Message>> {
        match &self.at {
            At::Eligibility(state) => state
                .keypad(look, lang)
                .map(|e| e.map(Message::Eligibility)),
            At::Setup(state) => state.keypad(look, lang).map(|e| e.map(Message::Setup)),
            At::Start | At::Consent(_) | At::Confirm(_) | At::Sent(_) => None,
        }
    }

    /// What Escape sends: the step's own "back" (the same as its back button); nothing
    /// on the email-sent screen.
    pub fn escape(&self) -> Option<Message> {
        Some(match self.at {
            At::Start => Message::Leave,
            At::Eligibility(_) => Message::Eligibility(eligibility::Message::Back),
            At::Consent(_) => Message::Consent(consent::Message::Back),
            At::Setup(_) => Message::Setup(setup::Message::Back),
            At::Confirm(_) => Message::Confirm(confirm::Message::Change(confirm::Item::Name)),
            At::Sent(_) => return None,
        })
    }

    /// The email-sent screen's clock, while it is on display.
    pub fn subscription(&self) -> Subscription<Message> {
        shared::sent_clock(matches!(self.at, At::Sent(_))).map(Message::Sent)
    }

    /// The funnel's name for the step on display.
    pub fn stage(&self) -> Stage {
        match self.at {
            At::Start => Stage::Start,
            At::Eligibility(_) => Stage::Eligibility,
            At::Consent(_) => Stage::Consent,
            At::Setup(_) => Stage::Setup,
            At::Confirm(_) => Stage::Confirm,
            At::Sent(_) => Stage::EmailSent,
        }
    }

    /// The Fluent ids of the error messages on the step on display.
    pub fn shown_errors(&self) -> Vec<&'static str> {
        match &self.at {
            At::Start => Vec::new(),
            At::Eligibility(state) => state.shown_errors(),
            At::Consent(state) => state.shown_errors(),
            At::Setup(state) => state.shown_errors(),
            At::Confirm(state) => state.shown_errors(),
            At::Sent(state) => state.shown_errors(),
        }
    }

    /// The kind of on-screen keyboard open on the step on display.
    pub fn open_keypad(&self) -> Option<KeypadKind> {
        match &self.at {
            At::Eligibility(state) => state.open_keypad(),
            At::Setup(state) => state.open_keypad(),
            At::Start | At::Consent(_) | At::Confirm(_) | At::Sent(_) => None,
        }
    }

    /// Whether the step on display takes a password or an email (the longer idle time).
    pub fn has_sensitive_input(&self) -> bool {
        matches!(self.at, At::Setup(_))
    }

    /// Everything the member typed on this path (for the end-of-session clipboard
    /// check only).
    pub fn typed(&self) -> Vec<&str> {
        let mut values: Vec<&str> = Vec::new();
        values.extend(self.eligibility().iter().flat_map(|s| s.typed()));
        values.extend(self.setup().iter().flat_map(|s| s.typed()));
        values
    }
}

/// Guide ①: what this path is for and what to have ready.
fn start_view<'a>(look: Look, lang: Language) -> Element<'a, Message> {
    column![
        text(i18n::tr(lang, "path-family-title")).size(theme::TEXT_TITLE),
        text(i18n::tr(lang, "family-start-body")).size(theme::TEXT_BODY),
        form::panel(
            look,
            column![
                text(i18n::tr(lang, "family-start-ready")).size(theme::TEXT_BUTTON),
                text(i18n::tr(lang, "family-start-ready-list")).size(theme::TEXT_BODY),
            ]
            .spacing(8)
        ),
        row![
            buttons::secondary(look, i18n::tr(lang, "common-back"), Some(Message::Leave)),
            buttons::primary(
                look,
                i18n::tr(lang, "family-start-next"),
                Some(Message::Begin)
            ),
        ]
        .spacing(16),
    ]
    .spacing(20)
    .into()
}
