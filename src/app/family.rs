//! The family / voluntarily continued members' path as the root runs it.

use iced::Task;
use iced::widget::{column, text};
use kenpos_client::{Client, ClientError};
use kenpos_contract::{
    ConsentVersions, ConsentsResponse, EligibilityResponse, EmailSentResponse, ErrorCode, Secret,
    SignupRequest,
};
use kenpos_rules::InsurerNumber;

use super::{App, Message, Screen};
use crate::i18n::{self, Language};
use crate::screens::Path;
use crate::screens::family::{confirm, eligibility, setup};
use crate::screens::insured::{consent, email_sent};
use crate::theme::{self, Look};
use crate::widgets::{buttons, steps};

/// Which step is on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FamilyStep {
    /// Guide ①: what this path is and what to have ready.
    Start,
    /// Guide ②: 資格照会.
    Eligibility,
    /// The consent documents.
    Consent,
    /// Guide ③: basic setup.
    Setup,
    /// Guide ④: confirmation.
    Confirm,
    /// Guide ⑤: email sent.
    Sent,
}

impl FamilyStep {
    /// 0-based index for the step indicator.
    pub fn index(self) -> usize {
        match self {
            FamilyStep::Start | FamilyStep::Eligibility => 0,
            FamilyStep::Consent => 1,
            FamilyStep::Setup => 2,
            FamilyStep::Confirm => 3,
            FamilyStep::Sent => 4,
        }
    }
}

/// Everything of the family path; dropped whole when the session ends.
#[derive(Debug, Clone, PartialEq)]
pub struct FamilyFlow {
    /// The step on screen.
    pub step: FamilyStep,
    /// Guide ②.
    pub eligibility: eligibility::State,
    /// The consent step (shared screen).
    pub consent: consent::State,
    /// Guide ③.
    pub setup: setup::State,
    /// Guide ④.
    pub confirm: Option<confirm::State>,
    /// Guide ⑤ (shared screen).
    pub sent: Option<email_sent::State>,
    eligibility_token: Option<Secret>,
    consent_versions: Option<ConsentVersions>,
}

impl FamilyFlow {
    /// A new path.
    pub fn new(sender_domain: String) -> FamilyFlow {
        FamilyFlow {
            step: FamilyStep::Start,
            eligibility: eligibility::State::default(),
            consent: consent::State::default(),
            setup: setup::State::new(sender_domain),
            confirm: None,
            sent: None,
            eligibility_token: None,
            consent_versions: None,
        }
    }

    /// The society's name and insurer number for the document drawings.
    pub fn with_society(mut self, society: crate::widgets::document_guide::Society) -> FamilyFlow {
        self.eligibility.set_society(society);
        self
    }

    /// Offers on-screen keyboards or not (config `display.on_screen_keyboards`).
    pub fn with_keypads(mut self, enabled: bool) -> FamilyFlow {
        self.eligibility.set_keypads(enabled);
        self.setup.set_keypads(enabled);
        self
    }

    /// The on-screen keyboard open on the step on display, for the dock at the bottom
    /// of the window.
    pub fn keypad(&self, look: Look, lang: Language) -> Option<iced::Element<'_, FamilyMessage>> {
        match self.step {
            FamilyStep::Eligibility => self
                .eligibility
                .keypad(look, lang)
                .map(|e| e.map(FamilyMessage::Eligibility)),
            FamilyStep::Setup => self
                .setup
                .keypad(look, lang)
                .map(|e| e.map(FamilyMessage::Setup)),
            FamilyStep::Start | FamilyStep::Consent | FamilyStep::Confirm | FamilyStep::Sent => {
                None
            }
        }
    }
}

/// Screen messages of the family path.
#[derive(Debug, Clone)]
pub enum FamilyMessage {
    /// Guide ①: proceed.
    Begin,
    /// Guide ①: back to the welcome screen.
    Leave,
    /// Guide ②.
    Eligibility(eligibility::Message),
    /// Consent.
    Consent(consent::Message),
    /// Guide ③.
    Setup(setup::Message),
    /// Guide ④.
    Confirm(confirm::Message),
    /// Guide ⑤.
    Sent(email_sent::Message),
}

/// Backend replies of the family path.
#[derive(Debug, Clone)]
pub enum FamilyReply {
    /// The eligibility check.
    Eligible(Result<EligibilityResponse, ClientError>),
    /// Consent documents in a language.
    Consents(Language, Result<ConsentsResponse, ClientError>),
    /// Signup done and email sent.
    SignedUp(Result<EmailSentResponse, ClientError>),
    /// Email sent again.
    Resent(Result<EmailSentResponse, ClientError>),
}

impl App {
    fn family(&mut self) -> Option<&mut FamilyFlow> {
        match &mut self.screen {
            Screen::Family(flow) => Some(flow),
            _ => None,
        }
    }

    fn family_request<T: Send + 'static, Fut: Future<Output = T> + Send + 'static>(
        &self,
        call: impl FnOnce(Client) -> Fut,
        reply: impl FnOnce(T) -> FamilyReply + Send + 'static,
    ) -> Task<Message> {
        let Some(backend) = &self.backend else {
            return Task::none();
        };
        let generation = self.generation;
        Task::perform(call(backend.client().clone()), move |r| {
            Message::FamilyReply(generation, reply(r))
        })
    }

    /// Fetches the consent documents of the family path in the current language.
    pub(super) fn ensure_family_consents(&mut self) -> Task<Message> {
        let language = self.language;
        match self.family() {
            Some(flow)
                if flow.step == FamilyStep::Consent && !flow.consent.has_documents_in(language) => {
            }
            _ => return Task::none(),
        }
        let lang = match language {
            Language::Ja => kenpos_contract::Lang::Ja,
            Language::En => kenpos_contract::Lang::En,
        };
        self.family_request(
            move |c| async move { c.consents(lang).await },
            move |r| FamilyReply::Consents(language, r),
        )
    }

    /// A screen message of the family path.
    pub(super) fn update_family(&mut self, message: FamilyMessage) -> Task<Message> {
        let society: Vec<InsurerNumber> = self
            .config
            .society
            .insurer_numbers
            .iter()
            .filter_map(|n| InsurerNumber::parse(n.as_str()).ok())
            .collect();
        let Some(flow) = self.family() else {
            return Task::none();
        };
        // A message from a screen that is no longer shown (a late second tap) is dropped.
        let current = match &message {
            FamilyMessage::Begin | FamilyMessage::Leave => flow.step == FamilyStep::Start,
            FamilyMessage::Eligibility(_) => flow.step == FamilyStep::Eligibility,
            FamilyMessage::Consent(_) => flow.step == FamilyStep::Consent,
            FamilyMessage::Setup(_) => flow.step == FamilyStep::Setup,
            FamilyMessage::Confirm(_) => flow.step == FamilyStep::Confirm,
            FamilyMessage::Sent(_) => flow.step == FamilyStep::Sent,
        };
        if !current {
            return Task::none();
        }
        match message {
            FamilyMessage::Begin => {
                flow.step = FamilyStep::Eligibility;
                Task::none()
            }
            FamilyMessage::Leave => self.end_session(crate::stats::Exit::Back),
            FamilyMessage::Eligibility(m) => match flow.eligibility.update(m, &society) {
                eligibility::Action::None => Task::none(),
                eligibility::Action::Back => {
                    flow.step = FamilyStep::Start;
                    Task::none()
                }
                eligibility::Action::Forgot => self.open_recovery(),
                eligibility::Action::Focus(id) => iced::widget::operation::focus(id),
                eligibility::Action::ShowError(id) => crate::widgets::focus::page::show_field(id),
                eligibility::Action::Submit(request) => {
                    flow.eligibility.set_busy(true);
                    self.family_request(
                        move |c| async move { c.check_eligibility(&request).await },
                        FamilyReply::Eligible,
                    )
                }
            },
            FamilyMessage::Consent(m) => match flow.consent.update(m) {
                consent::Action::None => Task::none(),
                consent::Action::Reload => {
                    flow.consent = consent::State::default();
                    self.ensure_family_consents()
                }
                consent::Action::Back => {
                    flow.step = FamilyStep::Eligibility;
                    Task::none()
                }
                consent::Action::Submit(versions) => {
                    flow.consent_versions = Some(versions);
                    flow.step = FamilyStep::Setup;
                    Task::none()
                }
            },
            FamilyMessage::Setup(m) => match flow.setup.update(m) {
                setup::Action::None => Task::none(),
                setup::Action::ShowError(id) => crate::widgets::focus::page::show_field(id),
                setup::Action::Back => {
                    flow.step = FamilyStep::Consent;
                    Task::none()
                }
                setup::Action::Submit(entered) => {
                    flow.confirm = Some(confirm::State::new(*entered));
                    flow.step = FamilyStep::Confirm;
                    Task::none()
                }
            },
            FamilyMessage::Confirm(m) => {
                let Some(state) = flow.confirm.as_mut() else {
                    return Task::none();
                };
                match state.update(m) {
                    confirm::Action::None => Task::none(),
                    confirm::Action::Change(field) => {
                        flow.step = FamilyStep::Setup;
                        self.focus_on_open = Some(field);
                        Task::none()
                    }
                    confirm::Action::Send(key) => {
                        let (Some(token), Some(consent)) = (
                            flow.eligibility_token.clone(),
                            flow.consent_versions.clone(),
                        ) else {
                            return Task::none();
                        };
                        let entered = state.entered();
                        let request = SignupRequest {
                            eligibility_token: token,
                            name_kana: entered.name_kana.clone(),
                            birth_date: entered.birth_date.to_string(),
                            email: entered.email.as_str().to_owned(),
                            password: Secret::new(entered.password.as_str()),
                            newsletter: entered.newsletter,
                            consent,
                        };
                        state.set_busy(true);
                        self.family_request(
                            move |c| async move { c.signup(&request, &key).await },
                            FamilyReply::SignedUp,
                        )
                    }
                }
            }
            FamilyMessage::Sent(m) => {
                let Some(state) = flow.sent.as_mut() else {
                    return Task::none();
                };
                match state.update(m) {
                    email_sent::Action::None => Task::none(),
                    email_sent::Action::Finish => self.end_session(crate::stats::Exit::Completed),
                    email_sent::Action::Resend(token, key) => {
                        state.set_busy(true);
                        self.family_request(
                            move |c| async move { c.resend_email(&token, &key).await },
                            FamilyReply::Resent,
                        )
                    }
                }
            }
        }
    }

    /// A backend reply of the family path.
    pub(super) fn family_reply(&mut self, reply: FamilyReply) -> Task<Message> {
        let Some(flow) = self.family() else {
            return Task::none();
        };
        match reply {
            FamilyReply::Eligible(result) => {
                flow.eligibility.set_busy(false);
                match result {
                    Ok(eligible) => {
                        tracing::info!("eligibility confirmed");
                        flow.eligibility_token = Some(eligible.eligibility_token);
                        flow.eligibility.set_error(None);
                        flow.step = FamilyStep::Consent;
                        return self.ensure_family_consents();
                    }
                    Err(error) => flow.eligibility.set_error(Some(error)),
                }
            }
            FamilyReply::Consents(language, result) => {
                flow.consent.loaded(language, result.map(|r| r.documents))
            }
            FamilyReply::SignedUp(result) => {
                if let Some(state) = flow.confirm.as_mut() {
                    state.set_busy(false);
                }
                match result {
                    Ok(sent) => {
                        tracing::info!("signup link sent");
                        flow.sent = Some(email_sent::State::new(sent));
                        flow.step = FamilyStep::Sent;
                    }
                    Err(
                        error @ ClientError::Expired {
                            code: ErrorCode::EligibilityExpired,
                        },
                    ) => {
                        flow.eligibility_token = None;
                        flow.eligibility.set_error(Some(error));
                        flow.step = FamilyStep::Eligibility;
                    }
                    Err(
                        error @ (ClientError::Validation { .. } | ClientError::Rejected { .. }),
                    ) => {
                        flow.setup.set_error(Some(error));
                        flow.step = FamilyStep::Setup;
                    }
                    Err(error) => {
                        if let Some(state) = flow.confirm.as_mut() {
                            state.set_error(Some(error));
                        }
                    }
                }
            }
            FamilyReply::Resent(result) => {
                if let Some(state) = flow.sent.as_mut() {
                    state.resent(result);
                }
            }
        }
        Task::none()
    }

    /// The family path's screens.
    pub(super) fn family_view<'a>(&'a self, flow: &'a FamilyFlow) -> iced::Element<'a, Message> {
        let look = self.look();
        let lang = self.language;
        let office = &self.config.society.office;
        let body: iced::Element<'a, FamilyMessage> = match flow.step {
            FamilyStep::Start => start_view(look, lang),
            FamilyStep::Eligibility => flow
                .eligibility
                .view(look, lang, &self.config.society.privacy)
                .map(FamilyMessage::Eligibility),
            FamilyStep::Consent => flow.consent.view(look, lang).map(FamilyMessage::Consent),
            FamilyStep::Setup => flow.setup.view(look, lang).map(FamilyMessage::Setup),
            FamilyStep::Confirm => match &flow.confirm {
                Some(state) => state.view(look, lang).map(FamilyMessage::Confirm),
                None => flow.setup.view(look, lang).map(FamilyMessage::Setup),
            },
            FamilyStep::Sent => match &flow.sent {
                Some(state) => state
                    .view(
                        look,
                        lang,
                        office,
                        &self.config.backend.sender_domain,
                        self.portal(),
                    )
                    .map(FamilyMessage::Sent),
                None => text(i18n::tr(lang, "common-loading")).into(),
            },
        };
        column![
            steps::view(look, lang, Path::FamilySignup.steps(), flow.step.index()),
            body.map(Message::Family)
        ]
        .spacing(24)
        .max_width(1000)
        .into()
    }
}

fn start_view<'a>(look: Look, lang: Language) -> iced::Element<'a, FamilyMessage> {
    column![
        text(i18n::tr(lang, "path-family-title")).size(theme::TEXT_TITLE),
        text(i18n::tr(lang, "family-start-body")).size(theme::TEXT_BODY),
        crate::widgets::form::panel(
            look,
            column![
                text(i18n::tr(lang, "family-start-ready")).size(theme::TEXT_BUTTON),
                text(i18n::tr(lang, "family-start-ready-list")).size(theme::TEXT_BODY),
            ]
            .spacing(8)
        ),
        iced::widget::row![
            buttons::secondary(
                look,
                i18n::tr(lang, "common-back"),
                Some(FamilyMessage::Leave)
            ),
            buttons::primary(
                look,
                i18n::tr(lang, "family-start-next"),
                Some(FamilyMessage::Begin)
            ),
        ]
        .spacing(16),
    ]
    .spacing(20)
    .into()
}
