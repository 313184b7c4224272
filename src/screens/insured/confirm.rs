//! Guide ⑤: check what was entered, change any item, then send the signup email.

use iced::widget::{column, row, text};
use iced::{Alignment, Element, Length};
use kenpos_client::{ClientError, IdempotencyKey};
use kenpos_contract::OnboardingSummary;

use crate::i18n::{self, Language};
use crate::theme::{self, Look};
use crate::widgets::{buttons, form};

/// Which item to change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// The email address.
    Email,
    /// The new password.
    Password,
    /// The newsletter choice.
    Newsletter,
}

impl Item {
    /// The setup screen's field where this item is changed.
    pub fn field(self) -> &'static str {
        match self {
            Item::Email => super::setup::EMAIL,
            Item::Password => super::setup::NEW_PASSWORD,
            Item::Newsletter => super::setup::CONFIRM,
        }
    }
}

/// The summary the backend accepted, and the key of this send.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    summary: OnboardingSummary,
    key: IdempotencyKey,
    error: Option<ClientError>,
    busy: bool,
}

/// Taps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    /// Change an item.
    Change(Item),
    /// Send the signup email.
    Send,
}

/// What the root should do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Nothing.
    None,
    /// Back to setup, at this item.
    Change(Item),
    /// Send, with this idempotency key (the same key on every retry of this send).
    Send(IdempotencyKey),
}

impl State {
    /// The confirmation of a summary.
    pub fn new(summary: OnboardingSummary) -> State {
        State {
            summary,
            key: IdempotencyKey::new(),
            error: None,
            busy: false,
        }
    }

    /// Marks a request in flight.
    pub fn set_busy(&mut self, busy: bool) {
        self.busy = busy;
    }

    /// Shows a backend error.
    pub fn set_error(&mut self, error: Option<ClientError>) {
        self.error = error;
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Change(item) => Action::Change(item),
            Message::Send if self.busy => Action::None,
            Message::Send => {
                self.error = None;
                Action::Send(self.key.clone())
            }
        }
    }

    /// The Fluent ids of the error messages on display (for the anonymous funnel: the
    /// message, never what was typed).
    pub fn shown_errors(&self) -> Vec<&'static str> {
        self.error.iter().map(ClientError::message_id).collect()
    }

    /// The screen.
    pub fn view(&self, look: Look, lang: Language) -> Element<'_, Message> {
        let line = |label: &str, value: String, change: Option<Item>| -> Element<'_, Message> {
            let mut r = row![
                column![
                    text(i18n::tr(lang, label))
                        .size(theme::TEXT_SMALL)
                        .color(look.muted),
                    text(value).size(theme::TEXT_BUTTON)
                ]
                .spacing(4)
                .width(Length::Fill)
            ]
            .spacing(16)
            .align_y(Alignment::Center);
            if let Some(item) = change {
                r = r.push(buttons::secondary(
                    look,
                    i18n::tr(lang, "confirm-change"),
                    Some(Message::Change(item)),
                ));
            }
            form::panel(look, r)
        };
        let yes_no = |yes: bool, y: &str, n: &str| i18n::tr(lang, if yes { y } else { n });
        let mut content = column![
            text(i18n::tr(lang, "confirm-title")).size(theme::TEXT_TITLE),
            text(i18n::tr(lang, "confirm-intro")).size(theme::TEXT_BODY),
            line("setup-login-id", self.summary.login_id.clone(), None),
            line("setup-email", self.summary.email.clone(), Some(Item::Email)),
            line(
                "confirm-password",
                yes_no(
                    self.summary.password_change,
                    "confirm-password-new",
                    "confirm-password-keep"
                ),
                Some(Item::Password)
            ),
            line(
                "setup-newsletter-title",
                yes_no(
                    self.summary.newsletter,
                    "confirm-newsletter-yes",
                    "confirm-newsletter-no"
                ),
                Some(Item::Newsletter)
            ),
        ]
        .spacing(14);
        if let Some(error) = &self.error {
            content = content.push(form::backend_error(
                look,
                lang,
                error,
                Message::Send,
                self.busy,
            ));
        }
        let label = if self.busy {
            "common-sending"
        } else {
            "confirm-send"
        };
        content
            .push(buttons::primary(
                look,
                i18n::tr(lang, label),
                (!self.busy).then_some(Message::Send),
            ))
            .into()
    }
}
