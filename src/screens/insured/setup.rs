//! Guide ④: basic setup — the login ID (read-only), email, a new password to replace the
//! birth-date one (strongly encouraged), newsletter (off by default).

use iced::Element;
use iced::widget::{column, row, text};
use kenpos_client::{ClientError, field_message_id};
use kenpos_contract::field;
use kenpos_contract::{OnboardingSetupRequest, Secret};
use kenpos_rules::{
    BirthDate, EmailAddress, EmailError, LoginId, PasswordContext, PasswordPolicy,
    PasswordWeakness, check_new_password,
};
use zeroize::Zeroizing;

use crate::i18n::{self, Language};
use crate::theme::{self, Look};
use crate::widgets::keypad::{self, Dock, Key, KeypadKind, Next, Press};
use crate::widgets::{buttons, form};

/// Email field id.
pub const EMAIL: &str = "setup_email";
/// New password field id.
pub const NEW_PASSWORD: &str = "setup_new_password";
/// Confirmation field id.
pub const CONFIRM: &str = "setup_confirm_password";

// --- on-screen keypad (issue 8) ---
/// "Keyboard" button beside the email field.
pub const EMAIL_KEYPAD: &str = "setup_email_keypad";
/// "Keyboard" button beside the new password field.
pub const NEW_PASSWORD_KEYPAD: &str = "setup_new_password_keypad";
/// "Keyboard" button beside the confirmation field.
pub const CONFIRM_KEYPAD: &str = "setup_confirm_password_keypad";

/// The fields an on-screen keyboard can be open for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// Email (Latin keyboard with mail domains).
    Email,
    /// New password (Latin keyboard).
    NewPassword,
    /// Confirmation (Latin keyboard).
    Confirm,
}
// --- end keypad ---

/// What the member entered.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    login_id: String,
    birth_date: Option<BirthDate>,
    sender_domain: String,
    email: Zeroizing<String>,
    new_password: Zeroizing<String>,
    confirm: Zeroizing<String>,
    show: bool,
    keep_initial: bool,
    newsletter: bool,
    email_error: Option<EmailError>,
    weaknesses: Vec<PasswordWeakness>,
    mismatch: bool,
    choose_required: bool,
    error: Option<ClientError>,
    busy: bool,
    keypad: Dock<Field>,
}

/// Input and taps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// Email changed.
    Email(String),
    /// New password changed.
    NewPassword(String),
    /// Confirmation changed.
    Confirm(String),
    /// Show or hide the passwords.
    ToggleShow,
    /// Keep the birth-date password for now.
    KeepInitial(bool),
    /// Newsletter opt-in.
    Newsletter(bool),
    /// Proceed to confirmation.
    Submit,
    /// Back.
    Back,
    /// The "keyboard" button beside a field (opens or closes its keyboard).
    Keypad(Field),
    /// A key of the on-screen keyboard.
    Key(Key),
}

/// What the root should do.
#[derive(Debug, Clone)]
pub enum Action {
    /// Nothing.
    None,
    /// Send the setup to the backend.
    Submit(OnboardingSetupRequest),
    /// Back.
    Back,
    /// Refused here: focus this field (the first with a message) and bring it into view.
    ShowError(&'static str),
}

impl State {
    /// The setup for a member (the birth date, when known, makes the password check
    /// refuse it).
    pub fn new(login_id: String, birth_date: Option<BirthDate>, sender_domain: String) -> State {
        State {
            login_id,
            birth_date,
            sender_domain,
            email: Zeroizing::default(),
            new_password: Zeroizing::new(String::new()),
            confirm: Zeroizing::new(String::new()),
            show: false,
            keep_initial: false,
            newsletter: false,
            email_error: None,
            weaknesses: Vec::new(),
            mismatch: false,
            choose_required: false,
            error: None,
            busy: false,
            keypad: Dock::new(true),
        }
    }

    /// Offers on-screen keyboards or not (config `display.on_screen_keyboards`).
    pub fn with_keypads(mut self, enabled: bool) -> State {
        self.keypad.set_enabled(enabled);
        self
    }

    /// A key on the keyboard of the open field.
    fn key(&mut self, key: Key) -> Action {
        let Some(field) = self.keypad.open_for() else {
            return Action::None;
        };
        let text = match field {
            Field::Email => self.email.as_str(),
            Field::NewPassword => self.new_password.as_str(),
            Field::Confirm => self.confirm.as_str(),
        };
        match (self.keypad.press(text, &key), field) {
            (Press::Edited(text), Field::Email) => self.update(Message::Email(text)),
            (Press::Edited(text), Field::NewPassword) => self.update(Message::NewPassword(text)),
            (Press::Edited(text), Field::Confirm) => self.update(Message::Confirm(text)),
            (Press::Next, Field::Email) => {
                self.keypad.open(Field::NewPassword);
                Action::None
            }
            (Press::Next, Field::NewPassword) => {
                self.keypad.open(Field::Confirm);
                Action::None
            }
            (Press::Next, Field::Confirm) => {
                self.keypad.close();
                Action::None
            }
            (Press::Nothing, _) => Action::None,
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

    fn field_error(&self, lang: Language, field: &str) -> Option<String> {
        match &self.error {
            Some(ClientError::Validation { fields, .. }) => fields
                .iter()
                .find(|f| f.field == field)
                .map(|f| i18n::tr(lang, field_message_id(f.code))),
            _ => None,
        }
    }

    fn check_password(&self) -> Vec<PasswordWeakness> {
        let login_id = LoginId::parse(&self.login_id).ok();
        let email = EmailAddress::parse(&self.email).ok();
        let context = PasswordContext {
            birth_date: self.birth_date.as_ref(),
            login_id: login_id.as_ref(),
            email: email.as_ref(),
        };
        check_new_password(&self.new_password, &context, &PasswordPolicy::default())
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Email(value) => {
                self.email = Zeroizing::new(value);
                self.email_error = None;
                self.keypad.typed(Field::Email);
            }
            Message::NewPassword(value) => {
                self.new_password = Zeroizing::new(value);
                self.weaknesses.clear();
                self.choose_required = false;
                self.keypad.typed(Field::NewPassword);
            }
            Message::Confirm(value) => {
                self.confirm = Zeroizing::new(value);
                self.mismatch = false;
                self.keypad.typed(Field::Confirm);
            }
            Message::Keypad(field) => self.keypad.toggle(field),
            Message::Key(key) => return self.key(key),
            Message::ToggleShow => self.show = !self.show,
            Message::KeepInitial(keep) => {
                self.keep_initial = keep;
                self.choose_required = false;
            }
            Message::Newsletter(on) => self.newsletter = on,
            Message::Back => return Action::Back,
            Message::Submit => return self.submit(),
        }
        Action::None
    }

    fn submit(&mut self) -> Action {
        if self.busy {
            return Action::None;
        }
        let email = EmailAddress::parse(&self.email);
        self.email_error = email.as_ref().err().cloned();
        let mut new_password = None;
        if self.new_password.is_empty() {
            self.choose_required = !self.keep_initial;
        } else {
            self.weaknesses = self.check_password();
            self.mismatch = *self.new_password != *self.confirm;
            if self.weaknesses.is_empty() && !self.mismatch {
                new_password = Some(Secret::new(self.new_password.as_str()));
            }
        }
        let password_ok = if self.new_password.is_empty() {
            self.keep_initial
        } else {
            new_password.is_some()
        };
        match email {
            Ok(email) if password_ok => {
                self.error = None;
                Action::Submit(OnboardingSetupRequest {
                    email: email.as_str().to_owned(),
                    new_password,
                    newsletter: self.newsletter,
                })
            }
            _ => Action::ShowError(if self.email_error.is_some() {
                EMAIL
            } else if self.mismatch && self.weaknesses.is_empty() {
                CONFIRM
            } else {
                NEW_PASSWORD
            }),
        }
    }

    /// The Fluent ids of the error messages on display (for the anonymous funnel: the
    /// message, never what was typed).
    pub fn shown_errors(&self) -> Vec<&'static str> {
        let mut ids: Vec<&'static str> = crate::screens::rule_ids(&self.email_error)
            .chain(crate::screens::rule_ids(&self.weaknesses))
            .collect();
        if self.mismatch {
            ids.push("setup-password-mismatch");
        }
        if self.choose_required {
            ids.push("setup-password-choose");
        }
        ids.extend(self.error.as_ref().map(ClientError::message_id));
        ids
    }

    /// The screen.
    pub fn view(&self, look: Look, lang: Language) -> Element<'_, Message> {
        let id_field = form::field(
            look,
            i18n::tr(lang, "setup-login-id"),
            text(self.login_id.clone()).size(theme::TEXT_TITLE),
            Some(i18n::tr(lang, "setup-login-id-fixed")),
            None,
        );

        let email_error = self
            .email_error
            .as_ref()
            .map(|e| i18n::explain(lang, e))
            .or_else(|| self.field_error(lang, field::EMAIL));
        let email_col = column![
            form::field(
                look,
                i18n::tr(lang, "setup-email"),
                keypad::beside(
                    look,
                    lang,
                    &self.keypad,
                    Field::Email,
                    EMAIL_KEYPAD,
                    form::input(EMAIL, String::new(), &self.email, Message::Email, None),
                    Message::Keypad(Field::Email),
                ),
                Some(i18n::tr(lang, "setup-email-hint")),
                email_error,
            ),
            form::email_notes(look, lang, &self.email, &self.sender_domain)
        ]
        .spacing(6);

        let mut password_errors: Vec<String> = self
            .weaknesses
            .iter()
            .map(|w| i18n::explain(lang, w))
            .collect();
        if let Some(e) = self.field_error(lang, field::NEW_PASSWORD) {
            password_errors.push(e);
        }
        if self.choose_required {
            password_errors.push(i18n::tr(lang, "setup-password-choose"));
        }
        let password_col = column![
            text(i18n::tr(lang, "setup-password-why")).size(theme::TEXT_BODY),
            form::field(
                look,
                i18n::tr(lang, "setup-new-password"),
                keypad::beside(
                    look,
                    lang,
                    &self.keypad,
                    Field::NewPassword,
                    NEW_PASSWORD_KEYPAD,
                    form::secret_input(
                        look,
                        lang,
                        NEW_PASSWORD,
                        &self.new_password,
                        self.show,
                        Message::NewPassword,
                        None,
                        Message::ToggleShow
                    ),
                    Message::Keypad(Field::NewPassword),
                ),
                Some(i18n::tr(lang, "setup-password-hint")),
                None,
            ),
            crate::widgets::reserve::slot(
                "password-reasons",
                column(
                    password_errors
                        .into_iter()
                        .map(|e| text(e).size(theme::TEXT_BODY).color(look.danger).into())
                )
                .spacing(4),
                iced::widget::Space::new()
            ),
            form::field(
                look,
                i18n::tr(lang, "setup-confirm-password"),
                keypad::beside(
                    look,
                    lang,
                    &self.keypad,
                    Field::Confirm,
                    CONFIRM_KEYPAD,
                    form::input(
                        CONFIRM,
                        String::new(),
                        &self.confirm,
                        Message::Confirm,
                        Some(Message::Submit)
                    )
                    .secure(!self.show),
                    Message::Keypad(Field::Confirm),
                ),
                None,
                self.mismatch
                    .then(|| i18n::tr(lang, "setup-password-mismatch")),
            ),
            form::check(
                look,
                self.keep_initial,
                i18n::tr(lang, "setup-keep-initial"),
                Some(Message::KeepInitial),
            ),
        ]
        .spacing(12);

        let newsletter = form::check(
            look,
            self.newsletter,
            i18n::tr(lang, "setup-newsletter"),
            Some(Message::Newsletter),
        );

        let mut content = column![
            text(i18n::tr(lang, "setup-title")).size(theme::TEXT_TITLE),
            id_field,
            email_col,
            form::panel(look, password_col),
            text(i18n::tr(lang, "setup-newsletter-title")).size(theme::TEXT_BODY),
            newsletter,
        ]
        .spacing(20);
        if let Some(error) = self
            .error
            .as_ref()
            .filter(|e| !matches!(e, ClientError::Validation { .. }))
        {
            content = content.push(form::backend_error(
                look,
                lang,
                error,
                Message::Submit,
                self.busy,
            ));
        }
        let next_label = if self.busy {
            "common-sending"
        } else {
            "setup-next"
        };
        content
            .push(
                row![
                    buttons::secondary(look, i18n::tr(lang, "common-back"), Some(Message::Back)),
                    buttons::primary(
                        look,
                        i18n::tr(lang, next_label),
                        (!self.busy).then_some(Message::Submit)
                    ),
                ]
                .spacing(16),
            )
            .into()
    }
}

// --- on-screen keypad (issue 8) ---
impl State {
    /// The open keyboard, docked at the bottom of the window, with what its field holds
    /// (passwords masked unless shown).
    pub fn keypad(&self, look: Look, lang: Language) -> Option<Element<'_, Message>> {
        let mask = |s: &str| {
            if self.show {
                s.to_owned()
            } else {
                "\u{2022}".repeat(s.chars().count())
            }
        };
        [
            (Field::Email, "setup-email", self.email.to_string()),
            (
                Field::NewPassword,
                "setup-new-password",
                mask(&self.new_password),
            ),
            (
                Field::Confirm,
                "setup-confirm-password",
                mask(&self.confirm),
            ),
        ]
        .into_iter()
        .find_map(|(field, label, value)| {
            self.docked(look, lang, field)
                .map(|keys| keypad::bottom_dock(look, i18n::tr(lang, label), value, keys))
        })
    }

    /// The kind of on-screen keyboard open now, if one is (for the anonymous funnel).
    pub fn open_keypad(&self) -> Option<KeypadKind> {
        self.keypad.open_for().map(|field| self.keypad_kind(field))
    }

    fn keypad_kind(&self, field: Field) -> KeypadKind {
        KeypadKind::Latin {
            shifted: self.keypad.shifted(),
            domains: field == Field::Email,
        }
    }

    /// The Latin keyboard for `field`, when it is open for it (with one-tap
    /// mail domains for the email).
    fn docked(&self, look: Look, lang: Language, field: Field) -> Option<Element<'_, Message>> {
        let kind = self.keypad_kind(field);
        // Email → new password → confirmation, which closes the keyboard.
        let next = if field == Field::Confirm {
            Next::Done
        } else {
            Next::Field
        };
        keypad::docked(look, lang, &self.keypad, field, kind, next, Message::Key)
    }
}

// --- clipboard check at the end of a session (issue 7) ---
impl State {
    /// What the member typed here, for the end-of-session clipboard check (the root
    /// copies it into zeroizing strings and drops them after the check).
    pub fn typed(&self) -> [&str; 3] {
        [&self.email, &self.new_password, &self.confirm]
    }
}
