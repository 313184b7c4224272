//! Guide ②: the password, with "my first password is my birth date" (any form the rules
//! accept, read back in words, fills the 8 digits).

use iced::widget::{column, row, text};
use iced::{Alignment, Element, Length};
use kenpos_client::ClientError;
use kenpos_contract::{ErrorCode, Secret};
use kenpos_rules::{BirthDate, BirthDateError};
use zeroize::Zeroizing;

use crate::config::Office;
use crate::i18n::{self, Arg, Language};
use crate::screens::Forgot;
use crate::screens::shared::{birth_date_in_words, office_contact};
use crate::theme::{self, Look};
use crate::widgets::keypad::{self, Dock, Key, KeypadKind, Next, Press};
use crate::widgets::{buttons, form};

/// Password field id.
pub const PASSWORD: &str = "insured_password";
/// Birth-date helper field id.
pub const BIRTH: &str = "insured_birth";

// --- on-screen keypad (issue 8) ---
/// "Keyboard" button beside the password field.
pub const PASSWORD_KEYPAD: &str = "insured_password_keypad";
/// "Keyboard" button beside the birth-date field.
pub const BIRTH_KEYPAD: &str = "insured_birth_keypad";

/// The fields an on-screen keypad can be open for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The password (Latin keyboard).
    Password,
    /// The birth-date helper (numeric keypad with eras).
    Birth,
}
// --- end keypad ---

/// What the member typed.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    login_id: String,
    password: Zeroizing<String>,
    show: bool,
    birth: Zeroizing<String>,
    empty: bool,
    error: Option<ClientError>,
    busy: bool,
    keypad: Dock<Field>,
}

/// Input and taps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// The password field changed.
    Password(String),
    /// Show or hide the password.
    ToggleShow,
    /// The birth-date helper changed.
    Birth(String),
    /// Put the birth date's 8 digits into the password field.
    UseBirthDate,
    /// Log in.
    Submit,
    /// Back to the login ID.
    Back,
    /// One of the "forgot" links.
    Forgot(Forgot),
    /// "Register as a family / continued member" after a failed login.
    OpenFamily,
    /// The "keyboard" button beside a field (opens or closes its keypad).
    Keypad(Field),
    /// A key of the on-screen keypad.
    Key(Key),
}

/// What the root should do.
#[derive(Debug, Clone)]
pub enum Action {
    /// Nothing.
    None,
    /// Log in with this password; `birth_date` is the password read as a birth date
    /// (a first password is one), to prefill basic setup after a first login.
    Submit {
        /// The password.
        password: Secret,
        /// The password as a birth date, if it reads as one.
        birth_date: Option<BirthDate>,
    },
    /// Back.
    Back,
    /// Open the forgot path at this choice.
    Forgot(Forgot),
    /// Open the family / continued members' path (the member may be one of them).
    OpenFamily,
}

impl State {
    /// The screen for a login ID.
    pub fn new(login_id: String) -> State {
        State {
            login_id,
            password: Zeroizing::new(String::new()),
            show: false,
            birth: Zeroizing::new(String::new()),
            empty: false,
            error: None,
            busy: false,
            keypad: Dock::new(true),
        }
    }

    /// Offers on-screen keypads or not (config `display.on_screen_keyboards`).
    pub fn with_keypads(mut self, enabled: bool) -> State {
        self.keypad.set_enabled(enabled);
        self
    }

    /// A key on the keypad of the open field.
    fn key(&mut self, key: Key) -> Action {
        let Some(field) = self.keypad.open_for() else {
            return Action::None;
        };
        let text = match field {
            Field::Password => self.password.as_str(),
            Field::Birth => self.birth.as_str(),
        };
        match (self.keypad.press(text, &key), field) {
            (Press::Edited(text), Field::Password) => self.update(Message::Password(text)),
            (Press::Edited(text), Field::Birth) => self.update(Message::Birth(text)),
            (Press::Next, Field::Password) => {
                self.keypad.close();
                self.update(Message::Submit)
            }
            (Press::Next, Field::Birth) => {
                self.keypad.close();
                self.update(Message::UseBirthDate)
            }
            (Press::Nothing, _) => Action::None,
        }
    }

    /// The login ID this password is for.
    pub fn login_id(&self) -> &str {
        &self.login_id
    }

    /// Marks a request in flight.
    pub fn set_busy(&mut self, busy: bool) {
        self.busy = busy;
    }

    /// Shows a backend error; what was typed stays.
    pub fn set_error(&mut self, error: Option<ClientError>) {
        self.error = error;
    }

    fn birth_date(&self) -> Option<Result<BirthDate, BirthDateError>> {
        (!self.birth.trim().is_empty()).then(|| BirthDate::parse(&self.birth))
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Password(value) => {
                self.password = Zeroizing::new(value);
                self.empty = false;
                self.keypad.typed(Field::Password);
            }
            Message::ToggleShow => self.show = !self.show,
            Message::Birth(value) => {
                self.birth = Zeroizing::new(value);
                self.keypad.typed(Field::Birth);
            }
            Message::Keypad(field) => self.keypad.toggle(field),
            Message::Key(key) => return self.key(key),
            Message::UseBirthDate => {
                if let Some(Ok(date)) = self.birth_date() {
                    self.password = Zeroizing::new(date.initial_password());
                    self.empty = false;
                }
            }
            Message::Submit => {
                if self.busy {
                    return Action::None;
                }
                if self.password.is_empty() {
                    self.empty = true;
                    return Action::None;
                }
                self.error = None;
                return Action::Submit {
                    password: Secret::new(self.password.as_str()),
                    birth_date: BirthDate::parse(&self.password).ok(),
                };
            }
            Message::Back => return Action::Back,
            Message::Forgot(forgot) => return Action::Forgot(forgot),
            Message::OpenFamily => return Action::OpenFamily,
        }
        Action::None
    }

    /// The Fluent ids of the error messages on display (for the anonymous funnel: the
    /// message, never what was typed).
    pub fn shown_errors(&self) -> Vec<&'static str> {
        let mut ids = Vec::new();
        if self.empty {
            ids.push("insured-password-empty");
        }
        if let Some(Err(e)) = self.birth_date() {
            ids.push(kenpos_rules::Explain::message_id(&e));
        }
        ids.extend(self.error.as_ref().map(ClientError::message_id));
        ids
    }

    /// The screen.
    pub fn view(&self, look: Look, lang: Language, office: &Office) -> Element<'_, Message> {
        let password_row = form::secret_input(
            look,
            lang,
            PASSWORD,
            &self.password,
            self.show,
            Message::Password,
            Some(Message::Submit),
            Message::ToggleShow,
        );
        let password_row = keypad::beside(
            look,
            lang,
            &self.keypad,
            Field::Password,
            PASSWORD_KEYPAD,
            password_row,
            Message::Keypad(Field::Password),
        );
        let password_error = self.empty.then(|| i18n::tr(lang, "insured-password-empty"));
        let password_field = form::field(
            look,
            i18n::tr(lang, "insured-password-label"),
            password_row,
            None,
            password_error,
        );

        let birth = self.birth_date();
        let (readback, birth_error) = match &birth {
            Some(Ok(date)) => (Some(birth_date_in_words(lang, date)), None),
            Some(Err(e)) => (None, Some(i18n::explain(lang, e))),
            None => (None, None),
        };
        let mut helper = column![
            text(i18n::tr(lang, "insured-birth-title")).size(theme::TEXT_BUTTON),
            form::field(
                look,
                i18n::tr(lang, "insured-birth-label"),
                keypad::beside(
                    look,
                    lang,
                    &self.keypad,
                    Field::Birth,
                    BIRTH_KEYPAD,
                    form::input(
                        BIRTH,
                        String::new(),
                        &self.birth,
                        Message::Birth,
                        Some(Message::UseBirthDate)
                    ),
                    Message::Keypad(Field::Birth),
                ),
                Some(i18n::tr(lang, "birth-hint")),
                birth_error
            ),
        ]
        .spacing(12);
        helper = helper.push(form::readback(
            readback.map(|readback| {
                row![
                    text(i18n::tr_args(
                        lang,
                        "birth-readback",
                        &[("date", Arg::Str(readback))]
                    ))
                    .size(theme::TEXT_BUTTON)
                    .width(Length::Fill),
                    buttons::secondary(
                        look,
                        i18n::tr(lang, "insured-birth-use"),
                        Some(Message::UseBirthDate)
                    ),
                ]
                .spacing(16)
                .align_y(Alignment::Center)
                .into()
            }),
            theme::PRIMARY_BUTTON_HEIGHT,
        ));

        let mut content = column![
            text(i18n::tr(lang, "insured-password-title")).size(theme::TEXT_TITLE),
            text(i18n::tr_args(
                lang,
                "insured-password-for",
                &[("login_id", self.login_id.as_str().into())]
            ))
            .size(theme::TEXT_BODY),
            password_field,
        ]
        .spacing(18);
        if let Some(error) = &self.error {
            content = content.push(form::backend_error(
                look,
                lang,
                error,
                Message::Submit,
                self.busy,
            ));
            if matches!(error, ClientError::Locked) {
                content = content.push(office_contact(look, lang, office));
            }
            if matches!(
                error,
                ClientError::Rejected {
                    code: ErrorCode::LoginFailed
                }
            ) {
                content = content.push(maybe_family(look, lang));
            }
        }
        let next_label = if self.busy {
            "common-sending"
        } else {
            "insured-password-next"
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
            .push(form::panel(look, helper))
            .push(form::forgot_links(
                look,
                lang,
                Forgot::ALL.map(Message::Forgot),
            ))
            .into()
    }
}

// --- on-screen keypad (issue 8) ---
impl State {
    /// The open keypad, docked at the bottom of the window, with what its field holds
    /// (the password masked unless shown).
    pub fn keypad(&self, look: Look, lang: Language) -> Option<Element<'_, Message>> {
        let password = if self.show {
            self.password.to_string()
        } else {
            "\u{2022}".repeat(self.password.chars().count())
        };
        [
            (Field::Password, "insured-password-label", password),
            (Field::Birth, "insured-birth-label", self.birth.to_string()),
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

    /// Latin for the password, numeric with eras for the birth date.
    fn keypad_kind(&self, field: Field) -> KeypadKind {
        match field {
            Field::Password => KeypadKind::Latin {
                shifted: self.keypad.shifted(),
                domains: false,
            },
            Field::Birth => KeypadKind::Date,
        }
    }

    /// The keypad for `field`, when it is open for it: Latin for the password,
    /// numeric with eras for the birth date.
    fn docked(&self, look: Look, lang: Language, field: Field) -> Option<Element<'_, Message>> {
        let kind = self.keypad_kind(field);
        // Either field finishes: the password logs in, the birth date fills the password.
        keypad::docked(
            look,
            lang,
            &self.keypad,
            field,
            kind,
            Next::Done,
            Message::Key,
        )
    }
}

/// After a failed login: continued and special retired members are insured persons
/// too, but sign up on the family path (the welcome screen's second choice).
fn maybe_family<'a>(look: Look, lang: Language) -> Element<'a, Message> {
    form::panel(
        look,
        column![
            text(i18n::tr(lang, "insured-maybe-family")).size(theme::TEXT_BODY),
            buttons::secondary(
                look,
                i18n::tr(lang, "insured-open-family"),
                Some(Message::OpenFamily)
            ),
        ]
        .spacing(12),
    )
}

// --- clipboard check at the end of a session (issue 7) ---
impl State {
    /// What the member typed here, for the end-of-session clipboard check (the root
    /// copies it into zeroizing strings and drops them after the check).
    pub fn typed(&self) -> [&str; 2] {
        [&self.password, &self.birth]
    }
}
