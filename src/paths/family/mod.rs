//! The path of family members (被扶養者) and voluntarily continued members (任意継続),
//! guide ①–⑤: what to have ready, the eligibility check, consent, basic setup,
//! confirmation, email sent. The path owns its screens' states, the eligibility token,
//! the consent given and what each screen action and backend answer does; `view.rs`
//! draws it.

mod view;

use kenpos_client::ClientError;
use kenpos_contract::{
    ConsentVersions, ConsentsResponse, EligibilityResponse, EmailSentResponse, ErrorCode, Secret,
};
use kenpos_rules::InsurerNumber;

use super::{Action, Recovery, Request, shared};
use crate::config::Config;
use crate::i18n::Language;
use crate::screens::family::{confirm, eligibility, setup};
use crate::screens::shared::{consent, email_sent};
use crate::stats::Exit;
use crate::widgets::document_guide;

/// Which step is on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
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

impl Step {
    /// 0-based index for the step indicator.
    pub fn index(self) -> usize {
        match self {
            Step::Start | Step::Eligibility => 0,
            Step::Consent => 1,
            Step::Setup => 2,
            Step::Confirm => 3,
            Step::Sent => 4,
        }
    }
}

/// The step on screen, with the state of its screen.
#[derive(Debug, Clone, PartialEq)]
enum At {
    Start,
    Eligibility(eligibility::State),
    Consent(consent::State),
    Setup(setup::State),
    Confirm(confirm::State),
    Sent(email_sent::State),
}

/// The screens of steps the member went back from (or has not reached yet): what was
/// typed there waits for the member's return.
#[derive(Debug, Clone, PartialEq)]
struct Kept {
    eligibility: Option<eligibility::State>,
    consent: Option<consent::State>,
    setup: Option<setup::State>,
}

/// Everything of the family path; dropped whole when the session ends.
#[derive(Debug, Clone, PartialEq)]
pub struct Family {
    at: At,
    kept: Kept,
    eligibility_token: Option<Secret>,
    consent_versions: Option<ConsentVersions>,
    /// The society's insurer numbers, read once from the config.
    insurers: Vec<InsurerNumber>,
}

/// Screen messages and backend answers of the family path.
#[derive(Debug, Clone)]
pub enum Message {
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
    /// The eligibility check.
    Eligible(Result<EligibilityResponse, ClientError>),
    /// Consent documents in a language.
    Consents(Language, Result<ConsentsResponse, ClientError>),
    /// Signup done and email sent.
    SignedUp(Result<EmailSentResponse, ClientError>),
    /// Email sent again.
    Resent(Result<EmailSentResponse, ClientError>),
}

impl Family {
    /// A new path with the society's insurer numbers, drawings and keyboard setting.
    pub fn new(config: &Config) -> Family {
        let keypads = config.display.on_screen_keyboards;
        let mut eligibility = eligibility::State::default();
        eligibility.set_keypads(keypads);
        eligibility.set_society(document_guide::Society::from_config(&config.society));
        let mut setup = setup::State::new(config.backend.sender_domain.clone());
        setup.set_keypads(keypads);
        Family {
            at: At::Start,
            kept: Kept {
                eligibility: Some(eligibility),
                consent: None,
                setup: Some(setup),
            },
            eligibility_token: None,
            consent_versions: None,
            insurers: config
                .society
                .insurer_numbers
                .iter()
                .filter_map(|n| InsurerNumber::parse(n.as_str()).ok())
                .collect(),
        }
    }

    /// The step on screen.
    pub fn step(&self) -> Step {
        match self.at {
            At::Start => Step::Start,
            At::Eligibility(_) => Step::Eligibility,
            At::Consent(_) => Step::Consent,
            At::Setup(_) => Step::Setup,
            At::Confirm(_) => Step::Confirm,
            At::Sent(_) => Step::Sent,
        }
    }

    /// The eligibility screen (on display or kept).
    pub fn eligibility(&self) -> Option<&eligibility::State> {
        match &self.at {
            At::Eligibility(state) => Some(state),
            _ => self.kept.eligibility.as_ref(),
        }
    }

    /// The setup screen (on display or kept).
    pub fn setup(&self) -> Option<&setup::State> {
        match &self.at {
            At::Setup(state) => Some(state),
            _ => self.kept.setup.as_ref(),
        }
    }

    /// The confirmation screen, when it is on display.
    pub fn confirm(&self) -> Option<&confirm::State> {
        match &self.at {
            At::Confirm(state) => Some(state),
            _ => None,
        }
    }

    /// Shows another step; the screen left behind is kept with what was typed there
    /// (eligibility, consent, setup).
    fn go(&mut self, to: At) {
        match std::mem::replace(&mut self.at, to) {
            At::Eligibility(state) => self.kept.eligibility = Some(state),
            At::Consent(state) => self.kept.consent = Some(state),
            At::Setup(state) => self.kept.setup = Some(state),
            At::Start | At::Confirm(_) | At::Sent(_) => {}
        }
    }

    /// Back to (or on to) the eligibility check, as the member left it.
    fn open_eligibility(&mut self) -> Option<&mut eligibility::State> {
        let state = self.kept.eligibility.take()?;
        self.go(At::Eligibility(state));
        match &mut self.at {
            At::Eligibility(state) => Some(state),
            _ => None,
        }
    }

    /// Back to (or on to) basic setup, as the member left it.
    fn open_setup(&mut self) -> Option<&mut setup::State> {
        let state = self.kept.setup.take()?;
        self.go(At::Setup(state));
        match &mut self.at {
            At::Setup(state) => Some(state),
            _ => None,
        }
    }

    /// The language changed: the consent documents follow it.
    pub fn language_changed(&mut self, lang: Language) -> Action<Message> {
        match &self.at {
            At::Consent(consent) => shared::fetch_consents(consent, lang, Message::Consents),
            _ => Action::None,
        }
    }

    /// A screen message or a backend answer. A message from a screen that is no longer
    /// shown (a late second tap) is dropped.
    pub fn update(&mut self, message: Message, lang: Language) -> Action<Message> {
        match (message, &mut self.at) {
            (Message::Begin, At::Start) => {
                self.open_eligibility();
                Action::None
            }
            (Message::Leave, At::Start) => Action::End(Exit::Back),
            (Message::Eligibility(m), At::Eligibility(state)) => {
                match state.update(m, &self.insurers) {
                    eligibility::Action::None => Action::None,
                    eligibility::Action::Back => {
                        self.go(At::Start);
                        Action::None
                    }
                    eligibility::Action::Forgot => Action::Recovery(Recovery::ByEmail),
                    eligibility::Action::Focus(id) => {
                        Action::Task(iced::widget::operation::focus(id))
                    }
                    eligibility::Action::ShowError(id) => {
                        Action::Task(crate::widgets::focus::page::show_field(id))
                    }
                    eligibility::Action::Submit(request) => {
                        state.set_busy(true);
                        Action::Request(Request::new(
                            move |c| async move { c.check_eligibility(&request).await },
                            Message::Eligible,
                        ))
                    }
                }
            }
            (Message::Consent(m), At::Consent(consent)) => match consent.update(m) {
                consent::Action::None => Action::None,
                consent::Action::Reload => {
                    shared::reload_consents(consent, lang, Message::Consents)
                }
                consent::Action::Back => {
                    self.open_eligibility();
                    Action::None
                }
                consent::Action::Submit(versions) => {
                    self.consent_versions = Some(versions);
                    self.open_setup();
                    Action::None
                }
            },
            (Message::Setup(m), At::Setup(state)) => match state.update(m) {
                setup::Action::None => Action::None,
                setup::Action::ShowError(id) => {
                    Action::Task(crate::widgets::focus::page::show_field(id))
                }
                setup::Action::Back => {
                    let consent = self.kept.consent.take().unwrap_or_default();
                    self.go(At::Consent(consent));
                    Action::None
                }
                setup::Action::Submit(entered) => {
                    self.go(At::Confirm(confirm::State::new(*entered)));
                    Action::None
                }
            },
            (Message::Confirm(m), At::Confirm(state)) => match state.update(m) {
                confirm::Action::None => Action::None,
                confirm::Action::Change(item) => {
                    self.open_setup();
                    Action::FocusOnOpen(item.field())
                }
                confirm::Action::Send(key) => {
                    let (Some(token), Some(consent)) = (
                        self.eligibility_token.clone(),
                        self.consent_versions.clone(),
                    ) else {
                        return Action::None;
                    };
                    let request = state.signup(token, consent);
                    state.set_busy(true);
                    Action::Request(Request::new(
                        move |c| async move { c.signup(&request, &key).await },
                        Message::SignedUp,
                    ))
                }
            },
            (Message::Sent(m), At::Sent(sent)) => shared::update_sent(sent, m, Message::Resent),
            (Message::Eligible(result), _) => self.eligible(result, lang),
            (Message::Consents(language, result), At::Consent(consent)) => {
                consent.loaded(language, result.map(|r| r.documents));
                Action::None
            }
            (Message::SignedUp(result), _) => {
                self.signed_up(result);
                Action::None
            }
            (Message::Resent(result), At::Sent(sent)) => {
                sent.resent(result);
                Action::None
            }
            _ => Action::None,
        }
    }

    /// The eligibility check's answer: consent next, or the reason shown at the check.
    fn eligible(
        &mut self,
        result: Result<EligibilityResponse, ClientError>,
        lang: Language,
    ) -> Action<Message> {
        let At::Eligibility(state) = &mut self.at else {
            return Action::None;
        };
        state.set_busy(false);
        match result {
            Ok(eligible) => {
                tracing::info!("eligibility confirmed");
                self.eligibility_token = Some(eligible.eligibility_token);
                state.set_error(None);
                let consent = self.kept.consent.take().unwrap_or_default();
                let fetch = shared::fetch_consents(&consent, lang, Message::Consents);
                self.go(At::Consent(consent));
                fetch
            }
            Err(error) => {
                state.set_error(Some(error));
                Action::None
            }
        }
    }

    /// The signup's answer: the email-sent screen; or back to the step the backend
    /// refused (the eligibility check expired; a field of basic setup).
    fn signed_up(&mut self, result: Result<EmailSentResponse, ClientError>) {
        let At::Confirm(state) = &mut self.at else {
            return;
        };
        state.set_busy(false);
        match result {
            Ok(sent) => {
                tracing::info!("signup link sent");
                self.go(At::Sent(email_sent::State::new(sent)));
            }
            Err(
                error @ ClientError::Expired {
                    code: ErrorCode::EligibilityExpired,
                },
            ) => {
                self.eligibility_token = None;
                if let Some(eligibility) = self.open_eligibility() {
                    eligibility.set_error(Some(error));
                }
            }
            Err(error @ (ClientError::Validation { .. } | ClientError::Rejected { .. })) => {
                if let Some(setup) = self.open_setup() {
                    setup.set_error(Some(error));
                }
            }
            Err(error) => state.set_error(Some(error)),
        }
    }
}
