//! Forgot login ID / forgot password / forgot both (the office contact, as the member
//! guide says). Replies are neutral: they never say whether an account exists.

use iced::Element;
use iced::widget::{column, row, text};
use kenpos_client::{ClientError, IdempotencyKey};
use kenpos_rules::{EmailAddress, LoginId};

use zeroize::Zeroizing;

use crate::config::Office;
use crate::i18n::{self, Language};
use crate::screens::shared::office_contact;
use crate::theme::{self, Look};
use crate::widgets::keypad::{self, Dock, Key, KeypadKind, Next, Press};
use crate::widgets::{buttons, form};

/// The recovery field id.
pub const FIELD: &str = "recovery_field";
/// The "keyboard" button beside the field (issue 8: every path by touch alone).
pub const FIELD_KEYPAD: &str = "recovery_field_keypad";

/// The one field an on-screen keyboard opens for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Field;

pub use super::Forgot;

/// The recovery path.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    prefix: String,
    forgot: Option<Forgot>,
    input: Zeroizing<String>,
    invalid: bool,
    sent: bool,
    key: IdempotencyKey,
    error: Option<ClientError>,
    busy: bool,
    keypad: Dock<Field>,
    /// Whether "forgot the login ID" first says how an insured person builds it from
    /// the card (not when the member came from the family path).
    card_help: bool,
    /// The member read that and asked for the email instead.
    past_card_help: bool,
}

/// Input and taps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// Which thing was forgotten.
    Choose(Forgot),
    /// The field changed.
    Input(String),
    /// Send.
    Submit,
    /// Back.
    Back,
    /// The "keyboard" button beside the field.
    Keypad,
    /// "Build the ID from the card" (a first-time insured person).
    BuildLoginId,
    /// "Email me instead" after the card help.
    EmailInstead,
    /// A key of the on-screen keyboard.
    Key(Key),
}

/// What the root should do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Nothing.
    None,
    /// Email the login ID to this address.
    ForgotLoginId(String, IdempotencyKey),
    /// Email a reset link for this login ID or email.
    ForgotPassword(String, IdempotencyKey),
    /// Back to the welcome screen.
    Back,
    /// Open the insured login at the card builder.
    BuildLoginId,
}

impl State {
    /// The choice of what was forgotten, for a society's login-ID prefix.
    pub fn new(prefix: &str) -> State {
        State::with(prefix, None)
    }

    /// Starts at a given choice (from the login screens' "forgot" links).
    pub fn with(prefix: &str, forgot: Option<Forgot>) -> State {
        State {
            prefix: prefix.to_owned(),
            forgot,
            input: Zeroizing::default(),
            invalid: false,
            sent: false,
            key: IdempotencyKey::new(),
            error: None,
            busy: false,
            keypad: Dock::new(true),
            card_help: true,
            past_card_help: false,
        }
    }

    /// Offers the on-screen keyboard or not (config `display.on_screen_keyboards`).
    pub fn with_keypads(mut self, enabled: bool) -> State {
        self.keypad.set_enabled(enabled);
        self
    }

    /// Whether "forgot the login ID" first offers the card builder (default yes; no
    /// for a member who came from the family path, whose login ID is their email).
    pub fn with_card_help(mut self, card_help: bool) -> State {
        self.card_help = card_help;
        self
    }

    /// A new choice or "back" keeps whether keyboards and the card help are offered.
    fn restart(&self, forgot: Option<Forgot>) -> State {
        State::with(&self.prefix, forgot)
            .with_keypads(self.keypad.enabled())
            .with_card_help(self.card_help)
    }

    /// Whether the card help is on display instead of the email form.
    fn showing_card_help(&self) -> bool {
        self.forgot == Some(Forgot::LoginId) && self.card_help && !self.past_card_help
    }

    /// What the member chose as forgotten, if anything yet.
    pub fn forgot(&self) -> Option<Forgot> {
        self.forgot
    }

    /// Marks a request in flight.
    pub fn set_busy(&mut self, busy: bool) {
        self.busy = busy;
    }

    /// The request came back: neutral "sent" on success.
    pub fn done(&mut self, result: Result<(), ClientError>) {
        self.busy = false;
        match result {
            Ok(()) => {
                self.sent = true;
                self.error = None;
            }
            Err(error) => self.error = Some(error),
        }
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Choose(forgot) => {
                if self.forgot != Some(forgot) {
                    *self = self.restart(Some(forgot));
                }
            }
            Message::Input(value) => {
                self.input = Zeroizing::new(value);
                self.invalid = false;
                self.keypad.typed(Field);
            }
            Message::Keypad => self.keypad.toggle(Field),
            Message::BuildLoginId => return Action::BuildLoginId,
            Message::EmailInstead => self.past_card_help = true,
            Message::Key(key) => match self.keypad.press(&self.input, &key) {
                Press::Edited(text) => return self.update(Message::Input(text)),
                Press::Next => {
                    self.keypad.close();
                    return self.update(Message::Submit);
                }
                Press::Nothing => {}
            },
            Message::Back => {
                if self.forgot.is_some() && !self.busy {
                    *self = self.restart(None);
                    return Action::None;
                }
                return Action::Back;
            }
            Message::Submit => {
                if self.busy || self.sent || self.showing_card_help() {
                    return Action::None;
                }
                match self.forgot {
                    Some(Forgot::LoginId) => match EmailAddress::parse(&self.input) {
                        Ok(email) => {
                            return Action::ForgotLoginId(
                                email.as_str().to_owned(),
                                self.key.clone(),
                            );
                        }
                        Err(_) => self.invalid = true,
                    },
                    Some(Forgot::Password) => {
                        if let Ok(id) = LoginId::parse_for(&self.prefix, &self.input) {
                            return Action::ForgotPassword(id.to_string(), self.key.clone());
                        }
                        match EmailAddress::parse(&self.input) {
                            Ok(email) => {
                                return Action::ForgotPassword(
                                    email.as_str().to_owned(),
                                    self.key.clone(),
                                );
                            }
                            Err(_) => self.invalid = true,
                        }
                    }
                    Some(Forgot::Both) | None => {}
                }
            }
        }
        Action::None
    }

    /// The Fluent ids of the error messages on display (for the anonymous funnel: the
    /// message, never what was typed).
    pub fn shown_errors(&self) -> Vec<&'static str> {
        let mut ids = Vec::new();
        if self.invalid {
            ids.push("recovery-invalid");
        }
        ids.extend(self.error.as_ref().map(ClientError::message_id));
        ids
    }

    /// The screen.
    pub fn view(&self, look: Look, lang: Language, office: &Office) -> Element<'_, Message> {
        let choice = |forgot: Forgot, label: &str| -> Element<'_, Message> {
            if self.forgot == Some(forgot) {
                buttons::primary(look, i18n::tr(lang, label), Some(Message::Choose(forgot)))
            } else {
                buttons::secondary(look, i18n::tr(lang, label), Some(Message::Choose(forgot)))
            }
        };
        let mut content = column![
            text(i18n::tr(lang, "path-recovery-title")).size(theme::TEXT_TITLE),
            text(i18n::tr(lang, "recovery-intro")).size(theme::TEXT_BODY),
            column![
                choice(Forgot::LoginId, "forgot-login-id"),
                choice(Forgot::Password, "forgot-password"),
                choice(Forgot::Both, "forgot-both"),
            ]
            .spacing(12),
        ]
        .spacing(18);
        let (label, hint) = match self.forgot {
            Some(Forgot::LoginId) => ("recovery-email", "recovery-id-hint"),
            Some(Forgot::Password) => ("recovery-id-or-email", "recovery-password-hint"),
            Some(Forgot::Both) => {
                return content
                    .push(text(i18n::tr(lang, "recovery-both-advice")).size(theme::TEXT_BODY))
                    .push(office_contact(look, lang, office))
                    .push(buttons::secondary(
                        look,
                        i18n::tr(lang, "common-back"),
                        Some(Message::Back),
                    ))
                    .into();
            }
            None => {
                return content
                    .push(buttons::secondary(
                        look,
                        i18n::tr(lang, "common-back"),
                        Some(Message::Back),
                    ))
                    .into();
            }
        };
        if self.showing_card_help() {
            return content
                .push(self.card_help_view(look, lang))
                .push(buttons::secondary(
                    look,
                    i18n::tr(lang, "common-back"),
                    Some(Message::Back),
                ))
                .into();
        }
        if self.sent {
            content = content.push(form::panel(
                look,
                text(i18n::tr(lang, "recovery-sent")).size(theme::TEXT_BODY),
            ));
        } else {
            content = content.push(form::field(
                look,
                i18n::tr(lang, label),
                keypad::beside(
                    look,
                    lang,
                    &self.keypad,
                    Field,
                    FIELD_KEYPAD,
                    form::input(
                        FIELD,
                        String::new(),
                        &self.input,
                        Message::Input,
                        Some(Message::Submit),
                    ),
                    Message::Keypad,
                ),
                Some(i18n::tr(lang, hint)),
                self.invalid.then(|| {
                    i18n::tr_args(
                        lang,
                        "recovery-invalid",
                        &[("prefix", self.prefix.as_str().into())],
                    )
                }),
            ));
            if let Some(error) = &self.error {
                content = content.push(form::error_banner(
                    look,
                    i18n::client_error(lang, error),
                    None,
                ));
            }
        }
        let label = if self.busy {
            "common-sending"
        } else {
            "recovery-send"
        };
        content
            .push(
                row![
                    buttons::secondary(look, i18n::tr(lang, "common-back"), Some(Message::Back)),
                    buttons::primary(
                        look,
                        i18n::tr(lang, label),
                        (!self.busy && !self.sent).then_some(Message::Submit)
                    ),
                ]
                .spacing(16),
            )
            .into()
    }
}

// --- "forgot the login ID" for an insured person who never logged in ---
impl State {
    /// The guide's rule first: the ID is built from the card and the first password is
    /// the birth date; the email form is for members who registered an address.
    fn card_help_view(&self, look: Look, lang: Language) -> Element<'_, Message> {
        form::panel(
            look,
            column![
                text(i18n::tr(lang, "recovery-card-title")).size(theme::TEXT_BUTTON),
                text(i18n::tr_args(
                    lang,
                    "recovery-card-body",
                    &[("prefix", self.prefix.as_str().into())]
                ))
                .size(theme::TEXT_BODY),
                buttons::primary(
                    look,
                    i18n::tr(lang, "insured-card-title"),
                    Some(Message::BuildLoginId)
                ),
                text(i18n::tr(lang, "recovery-card-registered")).size(theme::TEXT_BODY),
                buttons::secondary(
                    look,
                    i18n::tr(lang, "recovery-card-email"),
                    Some(Message::EmailInstead)
                ),
            ]
            .spacing(16),
        )
    }
}

// --- on-screen keyboard (issue 8) ---
impl State {
    /// The kind of on-screen keyboard open now, if one is (for the anonymous funnel).
    pub fn open_keypad(&self) -> Option<KeypadKind> {
        let asking = matches!(self.forgot, Some(Forgot::LoginId | Forgot::Password));
        if self.showing_card_help() || self.sent || !asking {
            return None;
        }
        self.keypad.open_for().map(|_| self.keypad_kind())
    }

    fn keypad_kind(&self) -> KeypadKind {
        KeypadKind::Latin {
            shifted: self.keypad.shifted(),
            domains: true,
        }
    }

    /// The open keyboard (Latin with the mail domains: an email address, or a login ID
    /// in digits and `-`), docked at the bottom of the window with what the field holds.
    pub fn keypad(&self, look: Look, lang: Language) -> Option<Element<'_, Message>> {
        if self.showing_card_help() {
            return None;
        }
        let label = match self.forgot? {
            Forgot::LoginId => "recovery-email",
            Forgot::Password => "recovery-id-or-email",
            Forgot::Both => return None,
        };
        if self.sent {
            return None;
        }
        let kind = self.keypad_kind();
        keypad::docked(
            look,
            lang,
            &self.keypad,
            Field,
            kind,
            Next::Done,
            Message::Key,
        )
        .map(|keys| keypad::bottom_dock(look, i18n::tr(lang, label), self.input.to_string(), keys))
    }
}

// --- clipboard check at the end of a session (issue 7) ---
impl State {
    /// What the member typed here, for the end-of-session clipboard check (the root
    /// copies it into zeroizing strings and drops them after the check).
    pub fn typed(&self) -> [&str; 1] {
        [&self.input]
    }
}
