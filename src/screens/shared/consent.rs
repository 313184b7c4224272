//! Guide ③: the personal-information notice and the member terms, from the backend in
//! the member's language. The notice's box can be ticked only once its end has been
//! shown (a sensor after the last line: works when the text fits on screen too).

use iced::widget::{column, container, scrollable, sensor, text};
use iced::{Element, Length};
use kenpos_client::ClientError;
use kenpos_contract::{ConsentDocument, ConsentDocumentId, ConsentVersions};

use crate::i18n::{self, Language};
use crate::theme::{self, Look};
use crate::widgets::{buttons, focus, form};

/// The notice's scrollable (tests scroll it).
pub const PRIVACY_SCROLL: &str = "consent_privacy_scroll";

/// The consent step.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    documents: Option<(Language, Vec<ConsentDocument>)>,
    load_error: Option<ClientError>,
    error: Option<ClientError>,
    privacy_read: bool,
    privacy: bool,
    terms: bool,
    busy: bool,
}

/// Input and taps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// The end of the notice came into view.
    PrivacyEndShown,
    /// The notice's box.
    Privacy(bool),
    /// The terms' box.
    Terms(bool),
    /// Proceed to basic setup.
    Submit,
    /// Load the documents again.
    Reload,
    /// Back.
    Back,
}

/// What the root should do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Nothing.
    None,
    /// Record consent to these versions.
    Submit(ConsentVersions),
    /// Fetch the documents (again).
    Reload,
    /// Back.
    Back,
}

impl State {
    /// Whether the documents on hand are in `lang` (the root fetches them otherwise).
    pub fn has_documents_in(&self, lang: Language) -> bool {
        matches!(&self.documents, Some((l, _)) if *l == lang)
    }

    /// The documents arrived (or did not).
    pub fn loaded(&mut self, lang: Language, result: Result<Vec<ConsentDocument>, ClientError>) {
        match result {
            Ok(documents) => {
                self.documents = Some((lang, documents));
                self.load_error = None;
            }
            Err(error) => self.load_error = Some(error),
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

    fn document(&self, id: ConsentDocumentId) -> Option<&ConsentDocument> {
        self.documents
            .as_ref()
            .and_then(|(_, docs)| docs.iter().find(|d| d.id == id))
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::PrivacyEndShown => self.privacy_read = true,
            Message::Privacy(checked) => {
                if self.privacy_read {
                    self.privacy = checked;
                }
            }
            Message::Terms(checked) => self.terms = checked,
            Message::Reload => return Action::Reload,
            Message::Back => return Action::Back,
            Message::Submit => {
                if self.busy || !(self.privacy && self.terms) {
                    return Action::None;
                }
                let versions = match (
                    self.document(ConsentDocumentId::Privacy),
                    self.document(ConsentDocumentId::Terms),
                ) {
                    (Some(privacy), Some(terms)) => Some(ConsentVersions {
                        privacy_version: privacy.version.clone(),
                        terms_version: terms.version.clone(),
                    }),
                    _ => None,
                };
                if let Some(versions) = versions {
                    self.error = None;
                    return Action::Submit(versions);
                }
            }
        }
        Action::None
    }

    /// The Fluent ids of the error messages on display (for the anonymous funnel: the
    /// message, never what was typed).
    pub fn shown_errors(&self) -> Vec<&'static str> {
        self.load_error
            .iter()
            .chain(&self.error)
            .map(ClientError::message_id)
            .collect()
    }

    /// The screen.
    pub fn view(&self, look: Look, lang: Language) -> Element<'_, Message> {
        let mut content = column![
            text(i18n::tr(lang, "consent-title")).size(theme::TEXT_TITLE),
            text(i18n::tr(lang, "consent-intro")).size(theme::TEXT_BODY)
        ]
        .spacing(18);
        if let Some(error) = &self.load_error {
            return content
                .push(form::error_banner(
                    look,
                    i18n::client_error(lang, error),
                    Some(buttons::secondary(
                        look,
                        i18n::tr(lang, "common-try-again"),
                        Some(Message::Reload),
                    )),
                ))
                .push(buttons::secondary(
                    look,
                    i18n::tr(lang, "common-back"),
                    Some(Message::Back),
                ))
                .into();
        }
        let (Some(privacy), Some(terms)) = (
            self.document(ConsentDocumentId::Privacy),
            self.document(ConsentDocumentId::Terms),
        ) else {
            return content
                .push(text(i18n::tr(lang, "common-loading")).size(theme::TEXT_BODY))
                .into();
        };

        let privacy_box = scrollable(
            column![
                text(privacy.title.clone()).size(theme::TEXT_BUTTON),
                text(privacy.body.clone()).size(theme::TEXT_BODY),
                sensor(
                    text(i18n::tr(lang, "consent-end"))
                        .size(theme::TEXT_SMALL)
                        .color(look.muted)
                )
                .on_show(|_| Message::PrivacyEndShown),
            ]
            .spacing(10)
            .padding(16),
        )
        .id(PRIVACY_SCROLL)
        .height(Length::Fixed(260.0));
        let privacy_check = form::check(
            look,
            self.privacy,
            i18n::tr(lang, "consent-privacy-agree"),
            self.privacy_read.then_some(Message::Privacy),
        );
        let terms_box = scrollable(
            column![
                text(terms.title.clone()).size(theme::TEXT_BUTTON),
                text(terms.body.clone()).size(theme::TEXT_BODY)
            ]
            .spacing(10)
            .padding(16),
        )
        .height(Length::Fixed(200.0));
        let terms_check = form::check(
            look,
            self.terms,
            i18n::tr(lang, "consent-terms-agree"),
            Some(Message::Terms),
        );

        content = content.push(form::panel(
            look,
            focus::scroll_ring(look, container(privacy_box)),
        ));
        if !self.privacy_read {
            content = content.push(
                text(i18n::tr(lang, "consent-scroll-hint"))
                    .size(theme::TEXT_BODY)
                    .color(look.muted),
            );
        }
        content = content
            .push(privacy_check)
            .push(form::panel(
                look,
                focus::scroll_ring(look, container(terms_box)),
            ))
            .push(terms_check);
        if let Some(error) = &self.error {
            content = content.push(form::backend_error(
                look,
                lang,
                error,
                Message::Submit,
                self.busy,
            ));
        }
        let ready = self.privacy && self.terms && !self.busy;
        let next_label = if self.busy {
            "common-sending"
        } else {
            "consent-next"
        };
        content
            .push(
                iced::widget::row![
                    buttons::secondary(look, i18n::tr(lang, "common-back"), Some(Message::Back)),
                    buttons::primary(
                        look,
                        i18n::tr(lang, next_label),
                        ready.then_some(Message::Submit)
                    ),
                ]
                .spacing(16),
            )
            .into()
    }
}
