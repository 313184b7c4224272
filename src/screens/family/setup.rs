//! Guide ③ (基本設定): name in katakana (hiragana and half-width kana are converted as
//! the member types), birth date (Western or 和暦, read back in words), email (it becomes
//! the login ID), password with its confirmation, newsletter (off by default).

use iced::Element;
use iced::widget::{column, row, text};
use kenpos_client::{ClientError, field_message_id};
use kenpos_contract::field;
use kenpos_rules::{
    BirthDate, BirthDateError, EmailAddress, EmailError, KanaNameError, PasswordContext,
    PasswordPolicy, PasswordWeakness, check_new_password, kana_as_typed, katakana_name,
};
use zeroize::Zeroizing;

use crate::i18n::{self, Arg, Language};
use crate::screens::shared::birth_date_in_words;
use crate::theme::{self, Look};
use crate::widgets::keypad::{self, Dock, Key, KeypadKind, Next, Press};
use crate::widgets::{buttons, form};

/// Name field id.
pub const NAME: &str = "family_name_kana";
/// Birth date field id.
pub const BIRTH: &str = "family_birth";
/// Email field id.
pub const EMAIL: &str = "family_email";
/// Password field id.
pub const PASSWORD: &str = "family_password";
/// Confirmation field id.
pub const CONFIRM: &str = "family_confirm";

// --- on-screen keypad (issue 8) ---
/// "Keyboard" button beside the name field (kana keyboard).
pub const NAME_KEYPAD: &str = "family_name_kana_keypad";
/// "Keyboard" button beside the birth date field (date keypad with eras).
pub const BIRTH_KEYPAD: &str = "family_birth_keypad";
/// "Keyboard" button beside the email field (Latin keyboard with mail domains).
pub const EMAIL_KEYPAD: &str = "family_email_keypad";
/// "Keyboard" button beside the password field (Latin keyboard).
pub const PASSWORD_KEYPAD: &str = "family_password_keypad";
/// "Keyboard" button beside the confirmation field (Latin keyboard).
pub const CONFIRM_KEYPAD: &str = "family_confirm_keypad";

/// The fields an on-screen keyboard can be open for, in the order "next" goes through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// Name in katakana (kana keyboard).
    Name,
    /// Birth date (date keypad with eras).
    Birth,
    /// Email (Latin keyboard with mail domains).
    Email,
    /// Password (Latin keyboard).
    Password,
    /// Confirmation (Latin keyboard).
    Confirm,
}

impl Field {
    /// The field "next" moves to (none after the confirmation).
    fn next(self) -> Option<Field> {
        match self {
            Field::Name => Some(Field::Birth),
            Field::Birth => Some(Field::Email),
            Field::Email => Some(Field::Password),
            Field::Password => Some(Field::Confirm),
            Field::Confirm => None,
        }
    }
}
// --- end keypad ---

/// What the setup produced, checked by the rules.
#[derive(Debug, Clone, PartialEq)]
pub struct Entered {
    /// Full-width katakana, family and given name separated by U+3000.
    pub name_kana: String,
    /// The birth date.
    pub birth_date: BirthDate,
    /// The email address (the login ID).
    pub email: EmailAddress,
    /// The password.
    pub password: Zeroizing<String>,
    /// Newsletter opt-in.
    pub newsletter: bool,
}

/// What the member typed.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    sender_domain: String,
    name: Zeroizing<String>,
    birth: Zeroizing<String>,
    email: Zeroizing<String>,
    password: Zeroizing<String>,
    confirm: Zeroizing<String>,
    show: bool,
    newsletter: bool,
    name_error: Option<KanaNameError>,
    birth_error: Option<BirthDateError>,
    email_error: Option<EmailError>,
    weaknesses: Vec<PasswordWeakness>,
    mismatch: bool,
    error: Option<ClientError>,
    keypad: Dock<Field>,
}

/// Input and taps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// Name changed.
    Name(String),
    /// Birth date changed.
    Birth(String),
    /// Email changed.
    Email(String),
    /// Password changed.
    Password(String),
    /// Confirmation changed.
    Confirm(String),
    /// Show or hide the passwords.
    ToggleShow,
    /// Newsletter opt-in.
    Newsletter(bool),
    /// Proceed to confirm.
    Submit,
    /// Back.
    Back,
    /// The "keyboard" button beside a field (opens or closes its keyboard).
    Keypad(Field),
    /// A key of the on-screen keyboard.
    Key(Key),
}

/// What the root should do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Nothing.
    None,
    /// Everything checks: confirm this.
    Submit(Box<Entered>),
    /// Back.
    Back,
    /// Refused here: focus this field (the first with a message) and bring it into view.
    ShowError(&'static str),
}

impl State {
    /// An empty setup.
    pub fn new(sender_domain: String) -> State {
        State {
            sender_domain,
            name: Zeroizing::default(),
            birth: Zeroizing::default(),
            email: Zeroizing::default(),
            password: Zeroizing::new(String::new()),
            confirm: Zeroizing::new(String::new()),
            show: false,
            newsletter: false,
            name_error: None,
            birth_error: None,
            email_error: None,
            weaknesses: Vec::new(),
            mismatch: false,
            error: None,
            keypad: Dock::new(true),
        }
    }

    /// Offers on-screen keyboards or not (config `display.on_screen_keyboards`).
    pub fn set_keypads(&mut self, enabled: bool) {
        self.keypad.set_enabled(enabled);
    }

    /// A key on the keyboard of the open field: an edit goes through the same message
    /// as typing (so hiragana rules etc. apply), "next" opens the next field's keyboard
    /// and closes it after the confirmation.
    fn key(&mut self, key: Key) -> Action {
        let Some(field) = self.keypad.open_for() else {
            return Action::None;
        };
        let text = match field {
            Field::Name => self.name.as_str(),
            Field::Birth => self.birth.as_str(),
            Field::Email => self.email.as_str(),
            Field::Password => self.password.as_str(),
            Field::Confirm => self.confirm.as_str(),
        };
        match self.keypad.press(text, &key) {
            Press::Edited(text) => self.update(match field {
                Field::Name => Message::Name(text),
                Field::Birth => Message::Birth(text),
                Field::Email => Message::Email(text),
                Field::Password => Message::Password(text),
                Field::Confirm => Message::Confirm(text),
            }),
            Press::Next => {
                match field.next() {
                    Some(next) => self.keypad.open(next),
                    None => self.keypad.close(),
                }
                Action::None
            }
            Press::Nothing => Action::None,
        }
    }

    /// Shows a backend error (field errors appear at their fields).
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

    /// Handles a message.
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Name(value) => {
                self.name = Zeroizing::new(kana_as_typed(&value));
                self.name_error = None;
                self.keypad.typed(Field::Name);
            }
            Message::Birth(value) => {
                self.birth = Zeroizing::new(value);
                self.birth_error = None;
                self.keypad.typed(Field::Birth);
            }
            Message::Email(value) => {
                self.email = Zeroizing::new(value);
                self.email_error = None;
                self.keypad.typed(Field::Email);
            }
            Message::Password(value) => {
                self.password = Zeroizing::new(value);
                self.weaknesses.clear();
                self.keypad.typed(Field::Password);
            }
            Message::Confirm(value) => {
                self.confirm = Zeroizing::new(value);
                self.mismatch = false;
                self.keypad.typed(Field::Confirm);
            }
            Message::Keypad(field) => self.keypad.toggle(field),
            Message::Key(key) => return self.key(key),
            Message::ToggleShow => self.show = !self.show,
            Message::Newsletter(on) => self.newsletter = on,
            Message::Back => return Action::Back,
            Message::Submit => return self.submit(),
        }
        Action::None
    }

    fn submit(&mut self) -> Action {
        let name = katakana_name(&self.name);
        let birth = BirthDate::parse(&self.birth);
        let email = EmailAddress::parse(&self.email);
        self.name_error = name.as_ref().err().cloned();
        self.birth_error = birth.as_ref().err().cloned();
        self.email_error = email.as_ref().err().cloned();
        let context = PasswordContext {
            birth_date: birth.as_ref().ok(),
            login_id: None,
            email: email.as_ref().ok(),
        };
        self.weaknesses = check_new_password(&self.password, &context, &PasswordPolicy::default());
        self.mismatch = *self.password != *self.confirm;
        match (name, birth, email) {
            (Ok(name_kana), Ok(birth_date), Ok(email))
                if self.weaknesses.is_empty() && !self.mismatch =>
            {
                self.error = None;
                Action::Submit(Box::new(Entered {
                    name_kana,
                    birth_date,
                    email,
                    password: self.password.clone(),
                    newsletter: self.newsletter,
                }))
            }
            _ => Action::ShowError(if self.name_error.is_some() {
                NAME
            } else if self.birth_error.is_some() {
                BIRTH
            } else if self.email_error.is_some() {
                EMAIL
            } else if self.weaknesses.is_empty() {
                CONFIRM
            } else {
                PASSWORD
            }),
        }
    }

    /// The Fluent ids of the error messages on display (for the anonymous funnel: the
    /// message, never what was typed).
    pub fn shown_errors(&self) -> Vec<&'static str> {
        let mut ids: Vec<&'static str> = crate::screens::rule_ids(&self.name_error)
            .chain(crate::screens::rule_ids(&self.birth_error))
            .chain(crate::screens::rule_ids(&self.email_error))
            .chain(crate::screens::rule_ids(&self.weaknesses))
            .collect();
        if self.mismatch {
            ids.push("setup-password-mismatch");
        }
        ids.extend(self.error.as_ref().map(ClientError::message_id));
        ids
    }

    /// The screen.
    pub fn view(&self, look: Look, lang: Language) -> Element<'_, Message> {
        let name_error = self
            .name_error
            .as_ref()
            .map(|e| i18n::explain(lang, e))
            .or_else(|| self.field_error(lang, field::NAME_KANA));
        let name = form::field(
            look,
            i18n::tr(lang, "family-name"),
            keypad::beside(
                look,
                lang,
                &self.keypad,
                Field::Name,
                NAME_KEYPAD,
                form::input(NAME, String::new(), &self.name, Message::Name, None),
                Message::Keypad(Field::Name),
            ),
            Some(i18n::tr(lang, "family-name-hint")),
            name_error,
        );

        let readback = (!self.birth.trim().is_empty())
            .then(|| BirthDate::parse(&self.birth).ok())
            .flatten()
            .map(|date| {
                i18n::tr_args(
                    lang,
                    "birth-readback",
                    &[("date", Arg::Str(birth_date_in_words(lang, &date)))],
                )
            });
        let birth_error = self
            .birth_error
            .as_ref()
            .map(|e| i18n::explain(lang, e))
            .or_else(|| self.field_error(lang, field::BIRTH_DATE));
        let mut birth = column![form::field(
            look,
            i18n::tr(lang, "family-birth"),
            keypad::beside(
                look,
                lang,
                &self.keypad,
                Field::Birth,
                BIRTH_KEYPAD,
                form::input(BIRTH, String::new(), &self.birth, Message::Birth, None),
                Message::Keypad(Field::Birth),
            ),
            Some(i18n::tr(lang, "birth-hint")),
            birth_error,
        )]
        .spacing(6);
        birth = birth.push(form::readback(
            readback.map(|line| text(line).size(theme::TEXT_BUTTON).into()),
            theme::TEXT_BUTTON * 1.3,
        ));

        let email_error = self
            .email_error
            .as_ref()
            .map(|e| i18n::explain(lang, e))
            .or_else(|| self.field_error(lang, field::EMAIL));
        let mut email = column![form::field(
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
            Some(i18n::tr(lang, "family-email-is-login")),
            email_error,
        )]
        .spacing(6);
        email = email.push(form::email_notes(
            look,
            lang,
            &self.email,
            &self.sender_domain,
        ));

        let mut reasons: Vec<String> = self
            .weaknesses
            .iter()
            .map(|w| i18n::explain(lang, w))
            .collect();
        if let Some(e) = self.field_error(lang, field::PASSWORD) {
            reasons.push(e);
        }
        let password = column![
            form::field(
                look,
                i18n::tr(lang, "family-password"),
                keypad::beside(
                    look,
                    lang,
                    &self.keypad,
                    Field::Password,
                    PASSWORD_KEYPAD,
                    form::secret_input(
                        look,
                        lang,
                        PASSWORD,
                        &self.password,
                        self.show,
                        Message::Password,
                        None,
                        Message::ToggleShow
                    ),
                    Message::Keypad(Field::Password),
                ),
                Some(i18n::tr(lang, "setup-password-hint")),
                None,
            ),
            column(
                reasons
                    .into_iter()
                    .map(|r| text(r).size(theme::TEXT_BODY).color(look.danger).into())
            )
            .spacing(4),
            form::field(
                look,
                i18n::tr(lang, "family-confirm-password"),
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
        ]
        .spacing(10);

        let mut content = column![
            text(i18n::tr(lang, "setup-title")).size(theme::TEXT_TITLE),
            name,
            birth,
            email,
            form::panel(look, password),
            text(i18n::tr(lang, "setup-newsletter-title")).size(theme::TEXT_BODY),
            form::check(
                look,
                self.newsletter,
                i18n::tr(lang, "setup-newsletter"),
                Some(Message::Newsletter),
            ),
        ]
        .spacing(18);
        if let Some(error) = self
            .error
            .as_ref()
            .filter(|e| !matches!(e, ClientError::Validation { .. }))
        {
            content = content.push(form::error_banner(
                look,
                i18n::client_error(lang, error),
                None,
            ));
        }
        content
            .push(
                row![
                    buttons::secondary(look, i18n::tr(lang, "common-back"), Some(Message::Back)),
                    buttons::primary(look, i18n::tr(lang, "setup-next"), Some(Message::Submit)),
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
        let field = self.keypad.open_for()?;
        let mask = |s: &str| {
            if self.show {
                s.to_owned()
            } else {
                "\u{2022}".repeat(s.chars().count())
            }
        };
        let (label, value) = match field {
            Field::Name => ("family-name", self.name.to_string()),
            Field::Birth => ("family-birth", self.birth.to_string()),
            Field::Email => ("setup-email", self.email.to_string()),
            Field::Password => ("family-password", mask(&self.password)),
            Field::Confirm => ("family-confirm-password", mask(&self.confirm)),
        };
        let kind = self.keypad_kind(field);
        let next = if field.next().is_some() {
            Next::Field
        } else {
            Next::Done
        };
        keypad::docked(look, lang, &self.keypad, field, kind, next, Message::Key)
            .map(|keys| keypad::bottom_dock(look, i18n::tr(lang, label), value, keys))
    }
}

impl State {
    /// The kind of on-screen keyboard open now, if one is (for the anonymous funnel).
    pub fn open_keypad(&self) -> Option<KeypadKind> {
        self.keypad.open_for().map(|field| self.keypad_kind(field))
    }

    fn keypad_kind(&self, field: Field) -> KeypadKind {
        match field {
            Field::Name => KeypadKind::Kana,
            Field::Birth => KeypadKind::Date,
            Field::Email | Field::Password | Field::Confirm => KeypadKind::Latin {
                shifted: self.keypad.shifted(),
                domains: field == Field::Email,
            },
        }
    }
}

// --- clipboard check at the end of a session (issue 7) ---
impl State {
    /// What the member typed here, for the end-of-session clipboard check (the root
    /// copies it into zeroizing strings and drops them after the check).
    pub fn typed(&self) -> [&str; 5] {
        [
            &self.name,
            &self.birth,
            &self.email,
            &self.password,
            &self.confirm,
        ]
    }
}
