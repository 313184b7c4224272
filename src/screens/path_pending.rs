//! Shown for a path whose screens this build does not have yet: says so plainly, shows
//! what the path involves, and offers the way back.

use iced::widget::{column, text};
use iced::{Element, Length};

use super::Path;
use crate::i18n::{self, Language};
use crate::theme::{self, Look};
use crate::widgets::{buttons, steps};

/// Which path was chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    path: Path,
}

/// What the member can do here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    /// Back to the welcome screen.
    Back,
}

/// What the root should do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Go back.
    Back,
}

impl State {
    /// The screen for `path`.
    pub fn new(path: Path) -> State {
        State { path }
    }

    /// The path it stands for.
    pub fn path(&self) -> Path {
        self.path
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Back => Action::Back,
        }
    }

    /// The screen.
    pub fn view(&self, look: Look, language: Language) -> Element<'_, Message> {
        let mut content =
            column![text(i18n::tr(language, self.path.title_id())).size(theme::TEXT_TITLE)]
                .spacing(24);
        if !self.path.steps().is_empty() {
            content = content.push(steps::view(look, language, self.path.steps(), 0));
        }
        content
            .push(text(i18n::tr(language, "path-pending-body")).size(theme::TEXT_BODY))
            .push(buttons::secondary(
                look,
                i18n::tr(language, "common-back"),
                Some(Message::Back),
            ))
            .max_width(960)
            .width(Length::Fill)
            .into()
    }
}
