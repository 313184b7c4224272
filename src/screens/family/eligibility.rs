//! Guide ② (資格照会): 記号 ①, 番号 ② and 保険者番号 ③, with the document guide showing
//! where each is printed on the document the member holds, and the guide's privacy
//! notice in full ([`super::privacy`]). The rules check the numbers (check digit, the
//! society's insurer numbers) before anything is sent.
//!
//! The 記号 may be kana (the guide's paper certificate shows ハビ): its field has two
//! keyboard buttons, "数字で入力" (the numeric keypad, for the usual digits) and
//! "カナで入力" (the 五十音 kana keyboard), each saying what it types, so a member never
//! has to find a mode switch inside a keyboard. Both edit the same text, which the rules
//! normalise on "next" as for typed input.

use iced::widget::{column, row, text};
use iced::{Element, Length};
use kenpos_client::ClientError;
use kenpos_contract::{DocumentType, EligibilityRequest};
use kenpos_rules::{
    EligibilityError, EligibilityNumber, EligibilitySymbol, InsurerNumber, InsurerNumberError,
    NotThisSociety,
};

use zeroize::Zeroizing;

use crate::config::Privacy;
use crate::i18n::{self, Language};
use crate::theme::{self, Look};
use crate::widgets::document_guide::{self, Document, Mark};
use crate::widgets::keypad::{self, Dock, Key, KeypadKind, Next, Press};
use crate::widgets::{buttons, form};

/// 記号 field id.
pub const SYMBOL: &str = "family_symbol";
/// 番号 field id.
pub const NUMBER: &str = "family_number";
/// 保険者番号 field id.
pub const INSURER: &str = "family_insurer";

// --- on-screen keypad (issue 8) ---
/// "Type digits" button beside the 記号 field (the numeric keypad).
pub const SYMBOL_KEYPAD: &str = "family_symbol_keypad";
/// "Type kana" button beside the 記号 field (the kana keyboard, for a 記号 like ハビ).
pub const SYMBOL_KANA_KEYPAD: &str = "family_symbol_kana_keypad";
/// "Keyboard" button beside the 番号 field.
pub const NUMBER_KEYPAD: &str = "family_number_keypad";
/// "Keyboard" button beside the 保険者番号 field.
pub const INSURER_KEYPAD: &str = "family_insurer_keypad";

/// The keyboards a field can have open: numeric, except [`Field::SymbolKana`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// 記号, numeric keypad.
    Symbol,
    /// 記号, kana keyboard.
    SymbolKana,
    /// 番号.
    Number,
    /// 保険者番号.
    Insurer,
}
// --- end keypad ---

/// What the member entered.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    document: Document,
    focused: Option<Mark>,
    symbol: Zeroizing<String>,
    number: Zeroizing<String>,
    insurer: Zeroizing<String>,
    symbol_error: Option<EligibilityError>,
    number_error: Option<EligibilityError>,
    insurer_error: Option<InsurerNumberError>,
    not_this_society: Option<NotThisSociety>,
    error: Option<ClientError>,
    busy: bool,
    keypad: Dock<Field>,
    society: document_guide::Society,
}

/// Input and taps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// The member picked the document they hold.
    Document(Document),
    /// A mark on the picture was tapped.
    Mark(Mark),
    /// 記号 changed.
    Symbol(String),
    /// 番号 changed.
    Number(String),
    /// 保険者番号 changed.
    Insurer(String),
    /// Agree and check.
    Submit,
    /// Back.
    Back,
    /// Already registered: forgot ID or password.
    GoForgot,
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
    /// Focus this field.
    Focus(&'static str),
    /// The numbers were refused here: focus this field (the first with an error) and
    /// bring it and its message into view (the button is far below it).
    ShowError(&'static str),
    /// Check eligibility.
    Submit(EligibilityRequest),
    /// Back.
    Back,
    /// Open the forgot path.
    Forgot,
}

fn document_type(document: Document) -> DocumentType {
    match document {
        Document::Card => DocumentType::Card,
        Document::PaperCertificate => DocumentType::Paper,
        Document::EligibilityCertificate => DocumentType::EligibilityCertificate,
        Document::EligibilityNotice => DocumentType::EligibilityNotice,
        Document::MyNumberCardOnly => DocumentType::Mynaportal,
    }
}

impl Default for State {
    fn default() -> Self {
        State {
            document: Document::ALL[0],
            focused: None,
            symbol: Zeroizing::default(),
            number: Zeroizing::default(),
            insurer: Zeroizing::default(),
            symbol_error: None,
            number_error: None,
            insurer_error: None,
            not_this_society: None,
            error: None,
            busy: false,
            keypad: Dock::new(true),
            society: document_guide::Society::default(),
        }
    }
}

impl State {
    /// The society's name and insurer number for the document drawings.
    pub fn set_society(&mut self, society: document_guide::Society) {
        self.society = society;
    }

    /// Offers on-screen keypads or not (config `display.on_screen_keyboards`).
    pub fn set_keypads(&mut self, enabled: bool) {
        self.keypad.set_enabled(enabled);
    }

    /// A key on the keypad of the open field: "next" moves on to the next field, and
    /// after the 保険者番号 checks the numbers (as the "next" button does).
    fn key(&mut self, key: Key, society: &[InsurerNumber]) -> Action {
        let Some(field) = self.keypad.open_for() else {
            return Action::None;
        };
        let text = match field {
            Field::Symbol | Field::SymbolKana => self.symbol.as_str(),
            Field::Number => self.number.as_str(),
            Field::Insurer => self.insurer.as_str(),
        };
        let message = match (self.keypad.press(text, &key), field) {
            (Press::Edited(text), Field::Symbol | Field::SymbolKana) => Message::Symbol(text),
            (Press::Edited(text), Field::Number) => Message::Number(text),
            (Press::Edited(text), Field::Insurer) => Message::Insurer(text),
            (Press::Next, Field::Symbol | Field::SymbolKana) => {
                self.keypad.open(Field::Number);
                self.focused = Some(Mark::Number);
                return Action::None;
            }
            (Press::Next, Field::Number) => {
                self.keypad.open(Field::Insurer);
                self.focused = Some(Mark::InsurerNumber);
                return Action::None;
            }
            (Press::Next, Field::Insurer) => {
                self.keypad.close();
                Message::Submit
            }
            (Press::Nothing, _) => return Action::None,
        };
        self.update(message, society)
    }

    /// `field` was typed into (or its mark tapped): an open keypad follows it, except
    /// that the kana keyboard stays open on the 記号 (its keys type into the 記号 too).
    fn follow(&mut self, field: Field) {
        let kana_on_symbol = field == Field::Symbol && self.keypad.is_open_for(Field::SymbolKana);
        if !kana_on_symbol {
            self.keypad.typed(field);
        }
    }

    /// The mark highlighted on the document picture (the field last typed in or tapped).
    pub fn focused(&self) -> Option<Mark> {
        self.focused
    }

    /// Marks a request in flight.
    pub fn set_busy(&mut self, busy: bool) {
        self.busy = busy;
    }

    /// Shows a backend error; what was typed stays.
    pub fn set_error(&mut self, error: Option<ClientError>) {
        self.error = error;
    }

    /// Handles a message; `society` holds the society's insurer numbers.
    pub fn update(&mut self, message: Message, society: &[InsurerNumber]) -> Action {
        match message {
            Message::Document(document) => self.document = document,
            Message::Mark(mark) => {
                self.focused = Some(mark);
                // An open keypad follows the field whose mark was tapped.
                self.follow(match mark {
                    Mark::Symbol => Field::Symbol,
                    Mark::Number => Field::Number,
                    Mark::InsurerNumber => Field::Insurer,
                });
                return Action::Focus(match mark {
                    Mark::Symbol => SYMBOL,
                    Mark::Number => NUMBER,
                    Mark::InsurerNumber => INSURER,
                });
            }
            Message::Symbol(value) => {
                self.symbol = Zeroizing::new(value);
                self.symbol_error = None;
                self.focused = Some(Mark::Symbol);
                self.follow(Field::Symbol);
            }
            Message::Number(value) => {
                self.number = Zeroizing::new(value);
                self.number_error = None;
                self.focused = Some(Mark::Number);
                self.follow(Field::Number);
            }
            Message::Insurer(value) => {
                self.insurer = Zeroizing::new(value);
                self.insurer_error = None;
                self.not_this_society = None;
                self.focused = Some(Mark::InsurerNumber);
                self.follow(Field::Insurer);
            }
            Message::Keypad(field) => {
                self.keypad.toggle(field);
                if self.keypad.is_open_for(field) {
                    self.focused = Some(match field {
                        Field::Symbol | Field::SymbolKana => Mark::Symbol,
                        Field::Number => Mark::Number,
                        Field::Insurer => Mark::InsurerNumber,
                    });
                }
            }
            Message::Key(key) => return self.key(key, society),
            Message::Back => return Action::Back,
            Message::GoForgot => return Action::Forgot,
            Message::Submit => return self.submit(society),
        }
        Action::None
    }

    fn submit(&mut self, society: &[InsurerNumber]) -> Action {
        if self.busy {
            return Action::None;
        }
        let symbol = EligibilitySymbol::parse(&self.symbol);
        let number = EligibilityNumber::parse(&self.number);
        let insurer = InsurerNumber::parse(&self.insurer);
        self.symbol_error = symbol.as_ref().err().cloned();
        self.number_error = number.as_ref().err().cloned();
        self.insurer_error = insurer.as_ref().err().cloned();
        self.not_this_society = insurer
            .as_ref()
            .ok()
            .and_then(|n| n.ensure_one_of(society).err());
        match (symbol, number, insurer) {
            (Ok(symbol), Ok(number), Ok(insurer)) if self.not_this_society.is_none() => {
                self.error = None;
                Action::Submit(EligibilityRequest {
                    symbol: symbol.as_str().to_owned(),
                    number: number.as_str().to_owned(),
                    insurer_number: insurer.as_str().to_owned(),
                    document_type: document_type(self.document),
                })
            }
            _ => {
                if self.symbol_error.is_some() {
                    Action::ShowError(SYMBOL)
                } else if self.number_error.is_some() {
                    Action::ShowError(NUMBER)
                } else {
                    Action::ShowError(INSURER)
                }
            }
        }
    }

    /// The Fluent ids of the error messages on display (for the anonymous funnel: the
    /// message, never what was typed).
    pub fn shown_errors(&self) -> Vec<&'static str> {
        let mut ids: Vec<&'static str> = crate::screens::rule_ids(&self.symbol_error)
            .chain(crate::screens::rule_ids(&self.number_error))
            .chain(crate::screens::rule_ids(&self.insurer_error))
            .chain(crate::screens::rule_ids(&self.not_this_society))
            .collect();
        ids.extend(self.error.as_ref().map(ClientError::message_id));
        ids
    }

    /// The screen; `privacy` is the society's contact for personal information.
    pub fn view(&self, look: Look, lang: Language, privacy: &Privacy) -> Element<'_, Message> {
        let field = |label: &str,
                     id: &'static str,
                     (keypad_field, toggle_id): (Field, &'static str),
                     value: &str,
                     on: fn(String) -> Message,
                     error: Option<String>| {
            form::field(
                look,
                i18n::tr(lang, label),
                keypad::beside(
                    look,
                    lang,
                    &self.keypad,
                    keypad_field,
                    toggle_id,
                    form::input(id, String::new(), value, on, Some(Message::Submit)),
                    Message::Keypad(keypad_field),
                ),
                Some(i18n::tr(lang, "family-half-width-ok")),
                error,
            )
        };
        let insurer_error = self
            .insurer_error
            .as_ref()
            .map(|e| i18n::explain(lang, e))
            .or_else(|| {
                self.not_this_society
                    .as_ref()
                    .map(|e| i18n::explain(lang, e))
            });
        let fields = column![
            self.symbol_field(look, lang),
            field(
                "family-number",
                NUMBER,
                (Field::Number, NUMBER_KEYPAD),
                &self.number,
                Message::Number,
                self.number_error.as_ref().map(|e| i18n::explain(lang, e))
            ),
            field(
                "family-insurer",
                INSURER,
                (Field::Insurer, INSURER_KEYPAD),
                &self.insurer,
                Message::Insurer,
                insurer_error
            ),
        ]
        .spacing(14)
        .width(Length::FillPortion(1));
        let guide = column![
            text(i18n::tr(lang, "family-which-document")).size(theme::TEXT_BODY),
            document_guide::picker(look, lang, self.document, Message::Document),
            document_guide::view(
                look,
                lang,
                &self.society,
                document_guide::Holder::Family,
                self.document,
                &Mark::ALL,
                self.focused,
                Message::Mark
            ),
        ]
        .spacing(12)
        .width(Length::FillPortion(1));

        let mut content = column![
            text(i18n::tr(lang, "family-eligibility-title")).size(theme::TEXT_TITLE),
            text(i18n::tr(lang, "family-eligibility-intro")).size(theme::TEXT_BODY),
            row![fields, guide].spacing(24),
            super::privacy::view(look, lang, privacy),
        ]
        .spacing(18);
        if let Some(error) = &self.error {
            let registered =
                error.code() == Some(kenpos_contract::ErrorCode::EligibilityAlreadyRegistered);
            content = content.push(form::backend_error(
                look,
                lang,
                error,
                Message::Submit,
                self.busy,
            ));
            if registered {
                content = content
                    .push(text(i18n::tr(lang, "family-registered-login")).size(theme::TEXT_BODY))
                    .push(buttons::secondary(
                        look,
                        i18n::tr(lang, "forgot-login-or-password"),
                        Some(Message::GoForgot),
                    ));
            }
        }
        let label = if self.busy {
            "common-sending"
        } else {
            "family-eligibility-next"
        };
        content
            .push(
                row![
                    buttons::secondary(look, i18n::tr(lang, "common-back"), Some(Message::Back)),
                    buttons::primary(
                        look,
                        i18n::tr(lang, label),
                        (!self.busy).then_some(Message::Submit)
                    ),
                ]
                .spacing(16),
            )
            .into()
    }
}

// --- the 記号 field: digits or kana (issue 14) ---
impl State {
    /// The 記号 field with its two keyboard buttons (digits, kana) and, when keyboards
    /// are offered, a hint that a kana 記号 is typed with "カナで入力".
    fn symbol_field(&self, look: Look, lang: Language) -> Element<'_, Message> {
        let input = form::input(
            SYMBOL,
            String::new(),
            &self.symbol,
            Message::Symbol,
            Some(Message::Submit),
        );
        let error = self.symbol_error.as_ref().map(|e| i18n::explain(lang, e));
        if !self.keypad.enabled() {
            let hint = Some(i18n::tr(lang, "family-half-width-ok"));
            return form::field(look, i18n::tr(lang, "family-symbol"), input, hint, error);
        }
        let button = |field: Field, id: &'static str, label: &'static str| {
            let open = self.keypad.is_open_for(field);
            keypad::toggle_labelled(look, lang, id, label, open, Message::Keypad(field))
        };
        let open =
            self.keypad.is_open_for(Field::Symbol) || self.keypad.is_open_for(Field::SymbolKana);
        let with_buttons = crate::widgets::focus::reveal::when(
            open,
            row![
                input,
                button(Field::Symbol, SYMBOL_KEYPAD, "family-symbol-keypad-digits"),
                button(
                    Field::SymbolKana,
                    SYMBOL_KANA_KEYPAD,
                    "family-symbol-keypad-kana"
                ),
            ]
            .spacing(12)
            .align_y(iced::Alignment::Center),
        );
        // Two sentences, one a line.
        let hint = format!(
            "{}\n{}",
            i18n::tr(lang, "family-half-width-ok"),
            i18n::tr(lang, "family-symbol-kana-hint")
        );
        form::field(
            look,
            i18n::tr(lang, "family-symbol"),
            with_buttons,
            Some(hint),
            error,
        )
    }
}

// --- on-screen keypad (issue 8) ---
impl State {
    /// The open keypad, docked at the bottom of the window, with what its field holds.
    /// The kind of on-screen keyboard open now, if one is (for the anonymous funnel).
    pub fn open_keypad(&self) -> Option<KeypadKind> {
        self.keypad.open_for().map(keypad_kind)
    }

    /// The on-screen keyboard docked at the bottom, when one is open.
    pub fn keypad(&self, look: Look, lang: Language) -> Option<Element<'_, Message>> {
        [
            (Field::Symbol, "family-symbol", &self.symbol),
            (Field::SymbolKana, "family-symbol", &self.symbol),
            (Field::Number, "family-number", &self.number),
            (Field::Insurer, "family-insurer", &self.insurer),
        ]
        .into_iter()
        .find_map(|(field, label, value)| {
            keypad::docked(
                look,
                lang,
                &self.keypad,
                field,
                keypad_kind(field),
                // Symbol → number → insurer number, which then checks.
                if field == Field::Insurer {
                    Next::Done
                } else {
                    Next::Field
                },
                Message::Key,
            )
            .map(|keys| keypad::bottom_dock(look, i18n::tr(lang, label), value.to_string(), keys))
        })
    }
}

// --- clipboard check at the end of a session (issue 7) ---
impl State {
    /// What the member typed here, for the end-of-session clipboard check (the root
    /// copies it into zeroizing strings and drops them after the check).
    pub fn typed(&self) -> [&str; 3] {
        [&self.symbol, &self.number, &self.insurer]
    }
}

/// Kana for a 記号 in kana (paper cards), digits for everything else.
fn keypad_kind(field: Field) -> KeypadKind {
    if field == Field::SymbolKana {
        KeypadKind::Kana
    } else {
        KeypadKind::Numeric
    }
}
