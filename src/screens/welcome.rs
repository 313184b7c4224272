//! The welcome screen: language, and which path the member takes.

use iced::widget::{self, button, column, container, row, text};
use iced::{Alignment, Element, Length};

use super::Path;
use crate::i18n::{self, Language};
use crate::theme::{self, Look};
use crate::widgets::{buttons, focus, form};

/// The welcome screen: the choices, or the "not sure which" helper at one question.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    helper: Option<Question>,
}

/// The helper's questions, for a member who does not know which choice is theirs
/// (continued and special retired members are insured persons too, but sign up on the
/// family path).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Question {
    /// "Are you insured through the company you work for now?"
    AtWork,
    /// "Are you a dependent, a continued member or a special retired member?"
    FamilyOrContinued,
    /// Neither answer fits: ask the staff.
    AskStaff,
}

/// What the member can do here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    /// One of the two big language buttons.
    Language(Language),
    /// One of the three choices.
    Choose(Path),
    /// Show this question of the helper ("not sure", an answer), or `None`: the choices.
    Ask(Option<Question>),
}

/// What the root should do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Use this language.
    SetLanguage(Language),
    /// Open this path.
    Open(Path),
    /// Nothing for the root to do.
    None,
}

impl State {
    /// Handles a message.
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Language(language) => Action::SetLanguage(language),
            Message::Choose(path) => Action::Open(path),
            Message::Ask(question) => {
                self.helper = question;
                Action::None
            }
        }
    }

    /// The helper's question on display, if any.
    pub fn question(&self) -> Option<Question> {
        self.helper
    }

    /// The screen.
    pub fn view(&self, look: Look, language: Language) -> Element<'_, Message> {
        let languages = row(Language::ALL.map(|lang| {
            let label = i18n::tr(
                language,
                match lang {
                    Language::Ja => "welcome-language-ja",
                    Language::En => "welcome-language-en",
                },
            );
            let selected = lang == language;
            let button =
                button(container(text(label).size(theme::TEXT_BUTTON)).center(Length::Fill))
                    .width(Length::Fixed(220.0))
                    .height(Length::Fixed(theme::PRIMARY_BUTTON_HEIGHT))
                    .on_press(Message::Language(lang))
                    .style(move |_t, status| {
                        if selected {
                            theme::selected_button(look, status)
                        } else {
                            theme::secondary_button(look, status)
                        }
                    });
            container(focus::ring(look, button, Some(Message::Language(lang))))
                .id(language_id(lang))
                .into()
        }))
        .spacing(24);

        let choices: Element<'_, Message> = match self.helper {
            None => column(Path::ALL.map(|path| choice(look, language, path)))
                .spacing(16)
                .width(Length::Fill)
                .into(),
            Some(question) => helper(look, language, question),
        };

        column![
            text(i18n::tr(language, "welcome-title")).size(theme::TEXT_TITLE),
            text(i18n::tr(language, "welcome-intro")).size(theme::TEXT_BODY),
            languages,
            self.helper.is_none().then(|| {
                row![
                    text(i18n::tr(language, "welcome-choose"))
                        .size(theme::TEXT_BODY)
                        .width(Length::FillPortion(3)),
                    container(buttons::secondary(
                        look,
                        i18n::tr(language, "welcome-not-sure"),
                        Some(Message::Ask(Some(Question::AtWork))),
                    ))
                    .width(Length::FillPortion(2)),
                ]
                .spacing(24)
                .align_y(Alignment::Center)
            }),
            choices,
        ]
        .spacing(18)
        .align_x(Alignment::Center)
        .max_width(960)
        .into()
    }
}

/// One question of the helper with its answers, and "back" to the choices.
fn helper(look: Look, language: Language, question: Question) -> Element<'static, Message> {
    let answer = |label: &str, message: Message| {
        container(buttons::primary(
            look,
            i18n::tr(language, label),
            Some(message),
        ))
        .width(Length::FillPortion(1))
    };
    let ask = Message::Ask;
    let (text_id, answers) = match question {
        Question::AtWork => (
            "welcome-helper-at-work",
            row![
                answer("welcome-helper-yes", Message::Choose(Path::InsuredLogin)),
                answer("welcome-helper-no", ask(Some(Question::FamilyOrContinued))),
                answer("welcome-helper-unsure", ask(Some(Question::AskStaff))),
            ],
        ),
        Question::FamilyOrContinued => (
            "welcome-helper-family",
            row![
                answer("welcome-helper-yes", Message::Choose(Path::FamilySignup)),
                answer("welcome-helper-no", ask(Some(Question::AskStaff))),
                answer("welcome-helper-unsure", ask(Some(Question::AskStaff))),
            ],
        ),
        Question::AskStaff => ("welcome-helper-ask-staff", row![]),
    };
    form::panel(
        look,
        column![
            text(i18n::tr(language, "welcome-helper-title")).size(theme::TEXT_BUTTON),
            text(i18n::tr(language, text_id)).size(theme::TEXT_BODY),
            answers.spacing(16),
            buttons::secondary(
                look,
                i18n::tr(language, "common-back"),
                Some(Message::Ask(None))
            ),
        ]
        .spacing(20),
    )
}

/// Padding above and below a choice's two lines: one line of each makes the button
/// `CHOICE_BUTTON_HEIGHT` tall (text lines are 1.3 × their size, 6 px between them).
const CHOICE_PADDING: f32 =
    (theme::CHOICE_BUTTON_HEIGHT - (theme::TEXT_BUTTON + theme::TEXT_SMALL) * 1.3 - 6.0) / 2.0;

fn choice(look: Look, language: Language, path: Path) -> Element<'static, Message> {
    let (title, detail, primary) = match path {
        Path::InsuredLogin => (
            "welcome-choice-insured",
            "welcome-choice-insured-detail",
            true,
        ),
        Path::FamilySignup => (
            "welcome-choice-family",
            "welcome-choice-family-detail",
            true,
        ),
        Path::Recovery => (
            "welcome-choice-forgot",
            "welcome-choice-forgot-detail",
            false,
        ),
    };
    let id = choice_id(path);
    let label = column![
        text(i18n::tr(language, title)).size(theme::TEXT_BUTTON),
        text(i18n::tr(language, detail)).size(theme::TEXT_SMALL),
    ]
    .spacing(6);
    // At least CHOICE_BUTTON_HEIGHT tall; a detail that wraps makes the button taller.
    let button = button(container(label).padding([CHOICE_PADDING, 12.0]))
        .width(Length::Fill)
        .height(Length::Shrink)
        .on_press(Message::Choose(path))
        .style(move |_t, status| {
            if primary {
                theme::primary_button(look, status)
            } else {
                theme::secondary_button(look, status)
            }
        });
    container(focus::ring(look, button, Some(Message::Choose(path))))
        .id(id)
        .width(Length::Fill)
        .into()
}

/// The widget id around a choice button (tests measure it).
pub fn choice_id(path: Path) -> widget::Id {
    widget::Id::new(match path {
        Path::InsuredLogin => "welcome-choice-insured",
        Path::FamilySignup => "welcome-choice-family",
        Path::Recovery => "welcome-choice-forgot",
    })
}

/// The widget id around a language button (tests measure it).
pub fn language_id(language: Language) -> widget::Id {
    widget::Id::new(match language {
        Language::Ja => "welcome-language-ja",
        Language::En => "welcome-language-en",
    })
}
