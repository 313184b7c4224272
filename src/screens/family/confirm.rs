//! Guide ④ (確認): everything entered, a "change" per item, then "send email".

use iced::widget::{column, row, text};
use iced::{Alignment, Element, Length};
use kenpos_client::{ClientError, IdempotencyKey};
use kenpos_contract::{ConsentVersions, Secret, SignupRequest};

use super::setup::{self, Entered};
use crate::i18n::{self, Language};
use crate::screens::shared::birth_date_in_words;
use crate::theme::{self, Look};
use crate::widgets::{buttons, form};

/// Which item to change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// The name in katakana.
    Name,
    /// The birth date.
    BirthDate,
    /// The email address (the login ID).
    Email,
    /// The password.
    Password,
    /// The newsletter choice (asked beside the email address).
    Newsletter,
}

impl Item {
    /// The setup screen's field where this item is changed.
    pub fn field(self) -> &'static str {
        match self {
            Item::Name => setup::NAME,
            Item::BirthDate => setup::BIRTH,
            Item::Email | Item::Newsletter => setup::EMAIL,
            Item::Password => setup::PASSWORD,
        }
    }
}

/// The entries being confirmed, and the key of this send.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    entered: Entered,
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
    /// Sign up and send, with this key (the same on every retry of this send).
    Send(IdempotencyKey),
}

impl State {
    /// The confirmation of what was entered.
    pub fn new(entered: Entered) -> State {
        State {
            entered,
            key: IdempotencyKey::new(),
            error: None,
            busy: false,
        }
    }

    /// What was entered.
    pub fn entered(&self) -> &Entered {
        &self.entered
    }

    /// The signup request for what was entered, with the eligibility check's token and
    /// the consent given.
    pub fn signup(&self, eligibility_token: Secret, consent: ConsentVersions) -> SignupRequest {
        let entered = &self.entered;
        SignupRequest {
            eligibility_token,
            name_kana: entered.name_kana.clone(),
            birth_date: entered.birth_date.to_string(),
            email: entered.email.as_str().to_owned(),
            password: Secret::new(entered.password.as_str()),
            newsletter: entered.newsletter,
            consent,
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
        let line = |label: &str, value: String, item: Item| -> Element<'_, Message> {
            form::panel(
                look,
                row![
                    column![
                        text(i18n::tr(lang, label))
                            .size(theme::TEXT_SMALL)
                            .color(look.muted),
                        text(value).size(theme::TEXT_BUTTON)
                    ]
                    .spacing(4)
                    .width(Length::Fill),
                    buttons::secondary(
                        look,
                        i18n::tr(lang, "confirm-change"),
                        Some(Message::Change(item))
                    ),
                ]
                .spacing(16)
                .align_y(Alignment::Center),
            )
        };
        let e = &self.entered;
        let newsletter = i18n::tr(
            lang,
            if e.newsletter {
                "confirm-newsletter-yes"
            } else {
                "confirm-newsletter-no"
            },
        );
        let mut content = column![
            text(i18n::tr(lang, "confirm-title")).size(theme::TEXT_TITLE),
            text(i18n::tr(lang, "confirm-intro")).size(theme::TEXT_BODY),
            line("family-name", e.name_kana.clone(), Item::Name),
            line(
                "family-birth",
                birth_date_in_words(lang, &e.birth_date),
                Item::BirthDate
            ),
            line(
                "family-login-email",
                e.email.as_str().to_owned(),
                Item::Email
            ),
            line(
                "confirm-password",
                i18n::tr(lang, "family-password-set"),
                Item::Password
            ),
            line("setup-newsletter-title", newsletter, Item::Newsletter),
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
