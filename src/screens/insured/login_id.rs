//! Guide ①: the login ID, with "make my ID from my card" (記号 + 番号 → `7132-…`).

use iced::widget::{column, row, text};
use iced::{Alignment, Element, Length};
use kenpos_client::ClientError;
use kenpos_rules::{LoginId, LoginIdError, LoginIdField};

use zeroize::Zeroizing;

use crate::i18n::{self, Language};
use crate::screens::Forgot;
use crate::theme::{self, Look};
use crate::widgets::document_guide::{self, Document, Mark};
use crate::widgets::keypad::{self, Dock, Key, KeypadKind, Next, Press};
use crate::widgets::{buttons, form};

/// Widget ids of the fields.
pub const LOGIN_ID: &str = "insured_login_id";
/// 記号 field.
pub const SYMBOL: &str = "insured_symbol";
/// 番号 field.
pub const NUMBER: &str = "insured_number";

// --- on-screen keypad (issue 8) ---
/// "Keyboard" button beside the login ID field.
pub const LOGIN_ID_KEYPAD: &str = "insured_login_id_keypad";
/// "Keyboard" button beside the 記号 field.
pub const SYMBOL_KEYPAD: &str = "insured_symbol_keypad";
/// "Keyboard" button beside the 番号 field.
pub const NUMBER_KEYPAD: &str = "insured_number_keypad";

/// The fields an on-screen keypad can be open for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The login ID.
    LoginId,
    /// 記号.
    Symbol,
    /// 番号.
    Number,
}
// --- end keypad ---

/// What the member typed, and what went wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    prefix: String,
    login_id: Zeroizing<String>,
    symbol: Zeroizing<String>,
    number: Zeroizing<String>,
    error: Option<LoginIdError>,
    backend_error: Option<ClientError>,
    busy: bool,
    document: Document,
    focused: Option<Mark>,
    keypad: Dock<Field>,
    society: document_guide::Society,
}

/// Input and taps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// The login ID field changed.
    LoginId(String),
    /// The 記号 field changed.
    Symbol(String),
    /// The 番号 field changed.
    Number(String),
    /// "Use this ID": copy the built ID into the login ID field.
    UseCardId,
    /// Next.
    Submit,
    /// Back to the welcome screen.
    Back,
    /// One of the "forgot" links.
    Forgot(Forgot),
    /// The member picked the document they hold.
    Document(Document),
    /// A mark on the document picture was tapped: focus its field.
    Mark(Mark),
    /// The "keyboard" button beside a field (opens or closes its keypad).
    Keypad(Field),
    /// A key of the on-screen keypad.
    Key(Key),
}

/// What the root should do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Nothing.
    None,
    /// Start the login with this ID.
    Submit(LoginId),
    /// Back.
    Back,
    /// Open the forgot-ID/password path at this choice.
    Forgot(Forgot),
    /// Focus the field with this widget id.
    Focus(&'static str),
}

impl State {
    /// An empty screen for a society's login-ID prefix.
    pub fn new(prefix: &str) -> State {
        State {
            prefix: prefix.to_owned(),
            login_id: Zeroizing::default(),
            symbol: Zeroizing::default(),
            number: Zeroizing::default(),
            error: None,
            backend_error: None,
            busy: false,
            document: Document::ALL[0],
            focused: None,
            keypad: Dock::new(true),
            society: document_guide::Society::default(),
        }
    }

    /// Offers on-screen keypads or not (config `display.on_screen_keyboards`).
    pub fn set_keypads(&mut self, enabled: bool) {
        self.keypad.set_enabled(enabled);
    }

    /// The society's name and insurer number for the document drawings.
    pub fn set_society(&mut self, society: document_guide::Society) {
        self.society = society;
    }

    /// A key on the keypad of the open field.
    fn key(&mut self, key: Key) -> Action {
        let Some(field) = self.keypad.open_for() else {
            return Action::None;
        };
        let text = match field {
            Field::LoginId => &self.login_id,
            Field::Symbol => &self.symbol,
            Field::Number => &self.number,
        };
        match (self.keypad.press(text, &key), field) {
            (Press::Edited(text), Field::LoginId) => self.update(Message::LoginId(text)),
            (Press::Edited(text), Field::Symbol) => self.update(Message::Symbol(text)),
            (Press::Edited(text), Field::Number) => self.update(Message::Number(text)),
            (Press::Next, Field::LoginId) => {
                self.keypad.close();
                self.update(Message::Submit)
            }
            (Press::Next, Field::Symbol) => {
                self.keypad.open(Field::Number);
                Action::None
            }
            (Press::Next, Field::Number) => {
                self.keypad.close();
                self.update(Message::UseCardId)
            }
            (Press::Nothing, _) => Action::None,
        }
    }

    /// Marks a request in flight (taps on "next" are ignored meanwhile).
    pub fn set_busy(&mut self, busy: bool) {
        self.busy = busy;
    }

    /// Shows a backend error; what was typed stays.
    pub fn set_backend_error(&mut self, error: Option<ClientError>) {
        self.backend_error = error;
    }

    /// The ID the card fields build, if they are complete and valid.
    fn card_id(&self) -> Option<Result<LoginId, LoginIdError>> {
        (!self.symbol.trim().is_empty() || !self.number.trim().is_empty())
            .then(|| LoginId::from_card(&self.prefix, &self.symbol, &self.number))
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::LoginId(value) => {
                self.login_id = Zeroizing::new(value);
                self.error = None;
                self.keypad.typed(Field::LoginId);
            }
            Message::Symbol(value) => {
                self.symbol = Zeroizing::new(value);
                self.focused = Some(Mark::Symbol);
                self.keypad.typed(Field::Symbol);
            }
            Message::Number(value) => {
                self.number = Zeroizing::new(value);
                self.focused = Some(Mark::Number);
                self.keypad.typed(Field::Number);
            }
            Message::Keypad(field) => self.keypad.toggle(field),
            Message::Key(key) => return self.key(key),
            Message::Document(document) => self.document = document,
            Message::Mark(mark) => {
                self.focused = Some(mark);
                return Action::Focus(if mark == Mark::Number { NUMBER } else { SYMBOL });
            }
            Message::UseCardId => {
                if let Some(Ok(id)) = self.card_id() {
                    self.login_id = Zeroizing::new(id.to_string());
                    self.error = None;
                }
            }
            Message::Submit => {
                if self.busy {
                    return Action::None;
                }
                match LoginId::parse_for(&self.prefix, &self.login_id) {
                    Ok(id) => {
                        self.error = None;
                        self.backend_error = None;
                        return Action::Submit(id);
                    }
                    Err(error) => self.error = Some(error),
                }
            }
            Message::Back => return Action::Back,
            Message::Forgot(forgot) => return Action::Forgot(forgot),
        }
        Action::None
    }

    /// The Fluent ids of the error messages on display (for the anonymous funnel: the
    /// message, never what was typed).
    pub fn shown_errors(&self) -> Vec<&'static str> {
        let mut ids: Vec<&'static str> = crate::screens::rule_ids(&self.error).collect();
        if let Some(Err(e)) = self.card_id() {
            ids.push(kenpos_rules::Explain::message_id(&e));
        }
        ids.extend(self.backend_error.as_ref().map(ClientError::message_id));
        ids
    }

    /// The screen.
    pub fn view(&self, look: Look, lang: Language) -> Element<'_, Message> {
        let id_error = self.error.as_ref().map(|e| i18n::explain(lang, e));
        let id_field = form::field(
            look,
            i18n::tr(lang, "insured-id-label"),
            keypad::beside(
                look,
                lang,
                &self.keypad,
                Field::LoginId,
                LOGIN_ID_KEYPAD,
                form::input(
                    LOGIN_ID,
                    i18n::tr_args(
                        lang,
                        "insured-id-placeholder",
                        &[("prefix", self.prefix.as_str().into())],
                    ),
                    &self.login_id,
                    Message::LoginId,
                    Some(Message::Submit),
                ),
                Message::Keypad(Field::LoginId),
            ),
            Some(i18n::tr_args(
                lang,
                "insured-id-hint",
                &[("prefix", self.prefix.as_str().into())],
            )),
            id_error,
        );

        let card = self.card_id();
        let (symbol_error, number_error) = match &card {
            Some(Err(e)) => {
                let message = i18n::explain(lang, e);
                match e.field() {
                    LoginIdField::Symbol => (Some(message), None),
                    LoginIdField::Number | LoginIdField::WholeId | LoginIdField::Prefix => {
                        (None, Some(message))
                    }
                }
            }
            _ => (None, None),
        };
        let preview = match &card {
            Some(Ok(id)) => id.to_string(),
            _ => i18n::tr_args(
                lang,
                "insured-card-preview-empty",
                &[("prefix", self.prefix.as_str().into())],
            ),
        };
        let use_id = matches!(card, Some(Ok(_))).then_some(Message::UseCardId);
        let card_panel = form::panel(
            look,
            column![
                text(i18n::tr(lang, "insured-card-title")).size(theme::TEXT_BUTTON),
                text(i18n::tr(lang, "insured-card-intro")).size(theme::TEXT_BODY),
                row![
                    form::live_field(
                        look,
                        "card-symbol-error",
                        i18n::tr(lang, "insured-card-symbol"),
                        keypad::beside(
                            look,
                            lang,
                            &self.keypad,
                            Field::Symbol,
                            SYMBOL_KEYPAD,
                            form::input(SYMBOL, String::new(), &self.symbol, Message::Symbol, None),
                            Message::Keypad(Field::Symbol),
                        ),
                        Some(i18n::tr(lang, "insured-card-symbol-hint")),
                        symbol_error
                    ),
                    form::live_field(
                        look,
                        "card-number-error",
                        i18n::tr(lang, "insured-card-number"),
                        keypad::beside(
                            look,
                            lang,
                            &self.keypad,
                            Field::Number,
                            NUMBER_KEYPAD,
                            form::input(NUMBER, String::new(), &self.number, Message::Number, None),
                            Message::Keypad(Field::Number),
                        ),
                        Some(i18n::tr(lang, "insured-card-number-hint")),
                        number_error
                    ),
                ]
                .spacing(16),
            ]
            .push(
                row![
                    column![
                        text(i18n::tr(lang, "insured-card-preview"))
                            .size(theme::TEXT_SMALL)
                            .color(look.muted),
                        text(preview).size(theme::TEXT_TITLE),
                    ]
                    .width(Length::Fill),
                    buttons::secondary(look, i18n::tr(lang, "insured-card-use"), use_id),
                ]
                .spacing(16)
                .align_y(Alignment::Center),
            )
            .push(text(i18n::tr(lang, "insured-card-which-document")).size(theme::TEXT_BODY))
            .push(document_guide::picker(
                look,
                lang,
                self.document,
                Message::Document,
            ))
            .push(document_guide::view(
                look,
                lang,
                &self.society,
                document_guide::Holder::Insured,
                self.document,
                &[Mark::Symbol, Mark::Number],
                self.focused,
                Message::Mark,
            ))
            .spacing(14),
        );

        let mut content = column![
            text(i18n::tr(lang, "insured-id-title")).size(theme::TEXT_TITLE),
            text(i18n::tr(lang, "insured-id-intro")).size(theme::TEXT_BODY),
            id_field,
        ]
        .spacing(18);
        if let Some(error) = &self.backend_error {
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
            "insured-id-next"
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
            .push(card_panel)
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
    /// The open keypad, docked at the bottom of the window, with what its field holds.
    pub fn keypad(&self, look: Look, lang: Language) -> Option<Element<'_, Message>> {
        [
            (Field::LoginId, "insured-id-label", &self.login_id),
            (Field::Symbol, "insured-card-symbol", &self.symbol),
            (Field::Number, "insured-card-number", &self.number),
        ]
        .into_iter()
        .find_map(|(field, label, value)| {
            self.docked(look, lang, field).map(|keys| {
                keypad::bottom_dock(look, i18n::tr(lang, label), value.to_string(), keys)
            })
        })
    }

    /// The kind of on-screen keyboard open now, if one is (for the anonymous funnel).
    pub fn open_keypad(&self) -> Option<KeypadKind> {
        self.keypad.open_for().map(|_| KeypadKind::Numeric)
    }

    /// The numeric keypad for `field`, when it is open for it.
    fn docked(&self, look: Look, lang: Language, field: Field) -> Option<Element<'_, Message>> {
        keypad::docked(
            look,
            lang,
            &self.keypad,
            field,
            KeypadKind::Numeric,
            // 記号 → 番号; the number then fills the ID, the ID goes on to the password.
            if field == Field::Symbol {
                Next::Field
            } else {
                Next::Done
            },
            Message::Key,
        )
    }
}

// --- clipboard check at the end of a session (issue 7) ---
impl State {
    /// What the member typed here, for the end-of-session clipboard check (the root
    /// copies it into zeroizing strings and drops them after the check).
    pub fn typed(&self) -> [&str; 3] {
        [&self.login_id, &self.symbol, &self.number]
    }
}
