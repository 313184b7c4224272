//! The config error screen: which file, which line and what is wrong, in both
//! languages at once (whoever reads it may not read the default language).

use iced::Element;
use iced::widget::{column, rule, text};

use crate::config::{CaProblem, ConfigError, ConfigErrorKind};
use crate::i18n::{self, Arg, Language};
use crate::theme::{self, Look};
use crate::widgets::outline;

/// The error being shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    error: ConfigError,
}

/// Nothing to do here but read: staff fix the file and restart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {}

impl State {
    /// The screen for `error`.
    pub fn new(error: ConfigError) -> State {
        State { error }
    }

    /// The error.
    pub fn error(&self) -> &ConfigError {
        &self.error
    }

    /// The screen: the same message in Japanese and English.
    pub fn view(&self, look: Look) -> Element<'_, Message> {
        let blocks = Language::ALL.map(|language| self.block(look, language));
        let [ja, en] = blocks;
        outline::panel(
            look,
            24,
            column![ja, rule::horizontal(2), en]
                .spacing(28)
                .max_width(1000),
        )
    }

    fn block(&self, look: Look, language: Language) -> Element<'_, Message> {
        let file: Arg = self.error.path.display().to_string().into();
        let place = match self.error.line {
            Some(line) => i18n::tr_args(
                language,
                "config-error-where",
                &[("file", file), ("line", (line as u64).into())],
            ),
            None => i18n::tr_args(language, "config-error-file", &[("file", file)]),
        };
        let (what, detail) = match &self.error.kind {
            ConfigErrorKind::NotFound => (i18n::tr(language, "config-error-not-found"), None),
            ConfigErrorKind::Unreadable(detail) => {
                (i18n::tr(language, "config-error-unreadable"), Some(detail))
            }
            ConfigErrorKind::Invalid(detail) => {
                (i18n::tr(language, "config-error-invalid"), Some(detail))
            }
            ConfigErrorKind::CaFile { file, problem } => {
                let (id, detail) = match problem {
                    CaProblem::NotFound => ("config-error-ca-not-found", None),
                    CaProblem::Unreadable(d) => ("config-error-ca-unreadable", Some(d)),
                    CaProblem::NoCertificate => ("config-error-ca-no-certificate", None),
                    CaProblem::Malformed(d) => ("config-error-ca-malformed", Some(d)),
                };
                let file: Arg = file.display().to_string().into();
                (i18n::tr_args(language, id, &[("ca", file)]), detail)
            }
        };
        let mut block = column![
            text(i18n::tr(language, "config-error-title")).size(theme::TEXT_TITLE),
            text(place).size(theme::TEXT_BODY),
            text(what).size(theme::TEXT_BODY).color(look.danger),
        ]
        .spacing(12);
        if let Some(detail) = detail {
            block = block.push(
                text(i18n::tr_args(
                    language,
                    "config-error-detail",
                    &[("detail", detail.clone().into())],
                ))
                .size(theme::TEXT_SMALL)
                .line_height(1.6),
            );
        }
        block
            .push(text(i18n::tr(language, "config-error-fix")).size(theme::TEXT_BODY))
            .into()
    }
}
