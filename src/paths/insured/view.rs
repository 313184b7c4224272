//! What the insured path shows and how it reads from outside: the page of the step on
//! display, its on-screen keyboard, what Escape means, the email-sent clock, and what
//! the funnel, the idle timer and the clipboard check need to know.

use iced::widget::{column, text};
use iced::{Element, Subscription};

use super::{At, Insured, Message};
use crate::i18n::{self, Language};
use crate::paths::{View, shared};
use crate::screens::insured::{confirm, login_id, password, setup};
use crate::screens::shared::{consent, email_sent, office_contact};
use crate::stats::Stage;
use crate::theme::{self, Look};
use crate::widgets::buttons;
use crate::widgets::keypad::KeypadKind;

impl Insured {
    /// The page: the step indicator and the step's screen.
    pub fn view<'a>(&'a self, v: View<'a>) -> Element<'a, Message> {
        let (look, lang) = (v.look, v.lang);
        let body: Element<'a, Message> = match &self.at {
            At::LoginId => self.login_id.view(look, lang).map(Message::LoginId),
            At::Password(state) => state.view(look, lang, v.office()).map(Message::Password),
            At::Consent(state) => state.view(look, lang).map(Message::Consent),
            At::Setup(state) => state.view(look, lang).map(Message::Setup),
            At::Confirm(state) => state.view(look, lang).map(Message::Confirm),
            At::Sent(state) => shared::sent_view(state, v).map(Message::Sent),
            At::Ready => self.ready_view(v),
        };
        let step = self.step();
        shared::page(v, step.labels(), step.index(), body)
    }

    /// A member whose account was already set up: how to log in at home, and "finish".
    fn ready_view<'a>(&'a self, v: View<'a>) -> Element<'a, Message> {
        let (look, lang) = (v.look, v.lang);
        let login = self
            .kept
            .password
            .as_ref()
            .map_or(email_sent::Login::Email, |password| {
                email_sent::Login::Id(password.login_id().to_owned().into())
            });
        column![
            text(i18n::tr(lang, "ready-title")).size(theme::TEXT_TITLE),
            text(i18n::tr(lang, "ready-body")).size(theme::TEXT_BODY),
            email_sent::at_home(look, lang, &login, v.portal),
            office_contact(look, lang, v.office()),
            buttons::primary(look, i18n::tr(lang, "sent-finish"), Some(Message::Finish)),
        ]
        .spacing(20)
        .into()
    }

    /// The on-screen keyboard open on the step on display, docked under the page.
    pub fn keypad(&self, look: Look, lang: Language) -> Option<Element<'_, Message>> {
        match &self.at {
            At::LoginId => self
                .login_id
                .keypad(look, lang)
                .map(|e| e.map(Message::LoginId)),
            At::Password(state) => state.keypad(look, lang).map(|e| e.map(Message::Password)),
            At::Setup(state) => state.keypad(look, lang).map(|e| e.map(Message::Setup)),
            At::Consent(_) | At::Confirm(_) | At::Sent(_) | At::Ready => None,
        }
    }

    /// What Escape sends: the step's own "back" (the same as its back button); nothing
    /// where there is no way back (email sent, ready).
    pub fn escape(&self) -> Option<Message> {
        Some(match self.at {
            At::LoginId => Message::LoginId(login_id::Message::Back),
            At::Password(_) => Message::Password(password::Message::Back),
            At::Consent(_) => Message::Consent(consent::Message::Back),
            At::Setup(_) => Message::Setup(setup::Message::Back),
            At::Confirm(_) => Message::Confirm(confirm::Message::Change(confirm::Item::Email)),
            At::Sent(_) | At::Ready => return None,
        })
    }

    /// The email-sent screen's clock, while it is on display.
    pub fn subscription(&self) -> Subscription<Message> {
        shared::sent_clock(self.sent().is_some()).map(Message::Sent)
    }

    /// The funnel's name for the step on display.
    pub fn stage(&self) -> Stage {
        match self.at {
            At::LoginId => Stage::LoginId,
            At::Password(_) => Stage::Password,
            At::Consent(_) => Stage::Consent,
            At::Setup(_) => Stage::Setup,
            At::Confirm(_) => Stage::Confirm,
            At::Sent(_) => Stage::EmailSent,
            At::Ready => Stage::Ready,
        }
    }

    /// The Fluent ids of the error messages on the step on display.
    pub fn shown_errors(&self) -> Vec<&'static str> {
        match &self.at {
            At::LoginId => self.login_id.shown_errors(),
            At::Password(state) => state.shown_errors(),
            At::Consent(state) => state.shown_errors(),
            At::Setup(state) => state.shown_errors(),
            At::Confirm(state) => state.shown_errors(),
            At::Sent(state) => state.shown_errors(),
            At::Ready => Vec::new(),
        }
    }

    /// The kind of on-screen keyboard open on the step on display.
    pub fn open_keypad(&self) -> Option<KeypadKind> {
        match &self.at {
            At::LoginId => self.login_id.open_keypad(),
            At::Password(state) => state.open_keypad(),
            At::Setup(state) => state.open_keypad(),
            At::Consent(_) | At::Confirm(_) | At::Sent(_) | At::Ready => None,
        }
    }

    /// Whether the step on display takes a password or an email (the longer idle time).
    pub fn has_sensitive_input(&self) -> bool {
        matches!(self.at, At::Password(_) | At::Setup(_))
    }

    /// Everything the member typed on this path (for the end-of-session clipboard
    /// check only).
    pub fn typed(&self) -> Vec<&str> {
        let password = match &self.at {
            At::Password(state) => Some(state),
            _ => self.kept.password.as_ref(),
        };
        let setup = match &self.at {
            At::Setup(state) => Some(state),
            _ => self.kept.setup.as_ref(),
        };
        let mut values: Vec<&str> = self.login_id.typed().to_vec();
        values.extend(password.iter().flat_map(|s| s.typed()));
        values.extend(setup.iter().flat_map(|s| s.typed()));
        values
    }
}
