//! Guide ②: the password, with "my first password is my birth date" (any form the rules
//! accept, read back in words, fills the 8 digits).

use iced::widget::{button, column, container, row, text};
use iced::{Alignment, Element, Length};
use kenpos_client::ClientError;
use kenpos_contract::Secret;
use kenpos_rules::{BirthDate, BirthDateError};
use zeroize::Zeroizing;

use crate::config::Office;
use crate::i18n::{self, Arg, Language};
use crate::theme::{self, Look};
use crate::widgets::{buttons, form};

/// Password field id.
pub const PASSWORD: &str = "insured_password";
/// Birth-date helper field id.
pub const BIRTH: &str = "insured_birth";

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
    /// Forgot ID or password.
    Forgot,
}

/// What the root should do.
#[derive(Debug, Clone)]
pub enum Action {
    /// Nothing.
    None,
    /// Log in with this password.
    Submit(Secret),
    /// Back.
    Back,
    /// Open the forgot path.
    Forgot,
}

/// A birth date read back in words (ja: 1980年1月21日（昭和55年）; en: 21 January 1980).
pub fn birth_date_in_words(lang: Language, date: &BirthDate) -> String {
    let (era, era_year) = date
        .era()
        .map_or(("none", 0), |(era, year)| (era.key(), i64::from(year)));
    i18n::tr_args(
        lang,
        "date-in-words",
        &[
            ("year", date.year().to_string().into()),
            ("month", i64::from(date.month()).into()),
            ("day", i64::from(date.day()).into()),
            ("era", era.into()),
            ("era_year", era_year.into()),
        ],
    )
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
            }
            Message::ToggleShow => self.show = !self.show,
            Message::Birth(value) => self.birth = Zeroizing::new(value),
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
                return Action::Submit(Secret::new(self.password.as_str()));
            }
            Message::Back => return Action::Back,
            Message::Forgot => return Action::Forgot,
        }
        Action::None
    }

    /// The screen.
    pub fn view(&self, look: Look, lang: Language, office: &Office) -> Element<'_, Message> {
        let show_label = if self.show {
            "insured-password-hide"
        } else {
            "insured-password-show"
        };
        let password_row = row![
            form::input(
                PASSWORD,
                String::new(),
                &self.password,
                Message::Password,
                Some(Message::Submit)
            )
            .secure(!self.show),
            button(
                container(text(i18n::tr(lang, show_label)).size(theme::TEXT_SMALL))
                    .center_y(Length::Fill)
            )
            .height(Length::Fixed(form::FIELD_HEIGHT))
            .padding([0, 16])
            .on_press(Message::ToggleShow)
            .style(move |_, status| theme::secondary_button(look, status)),
        ]
        .spacing(12)
        .align_y(Alignment::Center);
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
                form::input(
                    BIRTH,
                    String::new(),
                    &self.birth,
                    Message::Birth,
                    Some(Message::UseBirthDate)
                ),
                Some(i18n::tr(lang, "insured-birth-hint")),
                birth_error
            ),
        ]
        .spacing(12);
        if let Some(readback) = readback {
            helper = helper.push(
                row![
                    text(i18n::tr_args(
                        lang,
                        "insured-birth-readback",
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
                .align_y(Alignment::Center),
            );
        }

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
            let retry = error.is_transient().then(|| {
                buttons::secondary(
                    look,
                    i18n::tr(lang, "common-try-again"),
                    (!self.busy).then_some(Message::Submit),
                )
            });
            content = content.push(form::error_banner(
                look,
                i18n::client_error(lang, error),
                retry,
            ));
            if matches!(error, ClientError::Locked) {
                content = content.push(office_contact(look, lang, office));
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
            .push(buttons::secondary(
                look,
                i18n::tr(lang, "insured-forgot"),
                Some(Message::Forgot),
            ))
            .into()
    }
}

/// The office contact panel (phone and hours from the config).
pub fn office_contact<'a, M: 'a>(look: Look, lang: Language, office: &Office) -> Element<'a, M> {
    let mut content = column![
        text(i18n::tr(lang, "office-title")).size(theme::TEXT_BUTTON),
        text(i18n::tr_args(
            lang,
            "office-phone",
            &[("phone", office.phone.as_str().into())]
        ))
        .size(theme::TEXT_TITLE),
        text(i18n::tr_args(
            lang,
            "office-hours",
            &[("hours", office.hours(lang).into())]
        ))
        .size(theme::TEXT_BODY),
    ]
    .spacing(8);
    if !office.email.is_empty() {
        content = content.push(
            text(i18n::tr_args(
                lang,
                "office-email",
                &[("email", office.email.as_str().into())],
            ))
            .size(theme::TEXT_BODY),
        );
    }
    form::panel(look, content)
}
