//! The welcome screen: language, and which path the member takes.

use iced::widget::{self, button, column, container, row, text};
use iced::{Alignment, Element, Length};

use super::Path;
use crate::i18n::{self, Language};
use crate::theme::{self, Look};
use crate::widgets::focus;

/// The welcome screen has no state of its own.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State;

/// What the member can do here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    /// One of the two big language buttons.
    Language(Language),
    /// One of the three choices.
    Choose(Path),
}

/// What the root should do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Use this language.
    SetLanguage(Language),
    /// Open this path.
    Open(Path),
}

impl State {
    /// Handles a message.
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Language(language) => Action::SetLanguage(language),
            Message::Choose(path) => Action::Open(path),
        }
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

        let choices = column(Path::ALL.map(|path| choice(look, language, path)))
            .spacing(20)
            .width(Length::Fill);

        column![
            text(i18n::tr(language, "welcome-title")).size(theme::TEXT_TITLE),
            text(i18n::tr(language, "welcome-intro")).size(theme::TEXT_BODY),
            languages,
            text(i18n::tr(language, "welcome-choose")).size(theme::TEXT_BODY),
            choices,
        ]
        .spacing(24)
        .align_x(Alignment::Center)
        .max_width(960)
        .into()
    }
}

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
    let button = button(container(label).center_y(Length::Fill).padding([0, 12]))
        .width(Length::Fill)
        .height(Length::Fixed(theme::CHOICE_BUTTON_HEIGHT))
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
