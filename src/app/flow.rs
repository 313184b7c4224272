//! The insured person's path as the root runs it: which step is shown, the member's
//! backend session, and what each screen action and backend reply does.

use iced::Task;
use kenpos_client::{ClientError, LoginOutcome};
use kenpos_contract::{
    ConsentsResponse, EmailSentResponse, Lang, LoginStartResponse, OnboardingSummary, Secret,
};
use kenpos_rules::BirthDate;

use super::{App, Message, Screen};
use crate::i18n::Language;
use crate::screens::Path;
use crate::screens::insured::{confirm, consent, email_sent, login_id, password, setup};

/// Which step of the insured path is on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Guide ①.
    LoginId,
    /// Guide ②.
    Password,
    /// Guide ③.
    Consent,
    /// Guide ④.
    Setup,
    /// Guide ⑤.
    Confirm,
    /// Guide ⑥.
    Sent,
    /// Logged in, and nothing is owed: the account is ready.
    Ready,
}

impl Step {
    /// 0-based index for the step indicator.
    pub fn index(self) -> usize {
        match self {
            Step::LoginId => 0,
            Step::Password => 1,
            Step::Consent => 2,
            Step::Setup => 3,
            Step::Confirm => 4,
            Step::Sent => 5,
            Step::Ready => 2,
        }
    }

    /// The step indicator's labels (Fluent ids): the six steps of the guide, or, for a
    /// member whose account was already set up, the two steps taken and "ready" (no
    /// email was sent).
    pub fn labels(self) -> &'static [&'static str] {
        match self {
            Step::Ready => &["steps-login-id", "steps-password", "steps-ready"],
            _ => crate::screens::Path::InsuredLogin.steps(),
        }
    }
}

/// The logged-in member.
#[derive(Debug, Clone)]
pub struct Member {
    session: kenpos_client::Session,
    login_id: String,
    birth_date: Option<BirthDate>,
}

/// Everything of the insured path; dropped whole when the session ends.
#[derive(Debug, Clone)]
pub struct Flow {
    /// The step on screen.
    pub step: Step,
    /// Guide ①.
    pub login_id: login_id::State,
    /// Guide ②.
    pub password: Option<password::State>,
    /// Guide ③.
    pub consent: consent::State,
    /// Guide ④.
    pub setup: Option<setup::State>,
    /// Guide ⑤.
    pub confirm: Option<confirm::State>,
    /// Guide ⑥.
    pub sent: Option<email_sent::State>,
    flow_token: Option<Secret>,
    typed_birth_date: Option<BirthDate>,
    member: Option<Member>,
}

impl PartialEq for Flow {
    fn eq(&self, other: &Self) -> bool {
        self.step == other.step
            && self.login_id == other.login_id
            && self.password == other.password
            && self.consent == other.consent
            && self.setup == other.setup
            && self.confirm == other.confirm
            && self.sent == other.sent
    }
}

impl Flow {
    /// A new path for a society's login-ID prefix.
    pub fn new(prefix: &str) -> Flow {
        Flow {
            step: Step::LoginId,
            login_id: login_id::State::new(prefix),
            password: None,
            consent: consent::State::default(),
            setup: None,
            confirm: None,
            sent: None,
            flow_token: None,
            typed_birth_date: None,
            member: None,
        }
    }

    /// The member's backend session, if logged in (to log out when the session ends).
    pub fn backend_session(&self) -> Option<&kenpos_client::Session> {
        self.member.as_ref().map(|m| &m.session)
    }
}

/// A backend reply for the insured path.
#[derive(Debug, Clone)]
pub enum Reply {
    /// Login step 1.
    LoginStarted(Result<LoginStartResponse, ClientError>),
    /// Login step 2.
    LoggedIn(Result<LoginOutcome, ClientError>),
    /// Consent documents in a language.
    Consents(Language, Result<ConsentsResponse, ClientError>),
    /// Consent recorded.
    ConsentRecorded(Result<(), ClientError>),
    /// Basic setup accepted.
    SetupDone(Result<OnboardingSummary, ClientError>),
    /// Signup email sent.
    EmailSent(Result<EmailSentResponse, ClientError>),
    /// Signup email sent again.
    Resent(Result<EmailSentResponse, ClientError>),
}

fn lang_of(language: Language) -> Lang {
    match language {
        Language::Ja => Lang::Ja,
        Language::En => Lang::En,
    }
}

impl App {
    fn flow(&mut self) -> Option<&mut Flow> {
        match &mut self.screen {
            Screen::Insured(flow) => Some(flow),
            _ => None,
        }
    }

    /// Fetches the consent documents in the current language unless they are on hand.
    pub(super) fn ensure_consents(&mut self) -> Task<Message> {
        let language = self.language;
        match self.flow() {
            Some(flow)
                if flow.step == Step::Consent && !flow.consent.has_documents_in(language) => {}
            _ => return Task::none(),
        }
        self.request(
            move |c| async move { c.consents(lang_of(language)).await },
            move |r| Reply::Consents(language, r),
        )
    }

    /// A screen message of the insured path.
    pub(super) fn update_insured(&mut self, message: InsuredMessage) -> Task<Message> {
        let Some(flow) = self.flow() else {
            return Task::none();
        };
        // A message from a screen that is no longer shown (a late second tap) is dropped.
        let current = match &message {
            InsuredMessage::LoginId(_) => flow.step == Step::LoginId,
            InsuredMessage::Password(_) => flow.step == Step::Password,
            InsuredMessage::Consent(_) => flow.step == Step::Consent,
            InsuredMessage::Setup(_) => flow.step == Step::Setup,
            InsuredMessage::Confirm(_) => flow.step == Step::Confirm,
            InsuredMessage::Sent(_) => flow.step == Step::Sent,
            InsuredMessage::Finish => flow.step == Step::Ready,
        };
        if !current {
            return Task::none();
        }
        match message {
            InsuredMessage::Finish => self.end_session(crate::stats::Exit::Completed),
            InsuredMessage::LoginId(m) => match flow.login_id.update(m) {
                login_id::Action::None => Task::none(),
                login_id::Action::Back => self.end_session(crate::stats::Exit::Back),
                login_id::Action::Forgot(forgot) => self.open_recovery_at(forgot),
                login_id::Action::Focus(id) => iced::widget::operation::focus(id),
                login_id::Action::Submit(id) => {
                    flow.login_id.set_busy(true);
                    let id = id.to_string();
                    self.request(
                        move |c| async move { c.login_start(&id).await },
                        Reply::LoginStarted,
                    )
                }
            },
            InsuredMessage::Password(m) => {
                let Some(state) = flow.password.as_mut() else {
                    return Task::none();
                };
                match state.update(m) {
                    password::Action::None => Task::none(),
                    password::Action::Back => {
                        flow.step = Step::LoginId;
                        Task::none()
                    }
                    password::Action::Forgot(forgot) => self.open_recovery_at(forgot),
                    password::Action::OpenFamily => self.switch_path(Path::FamilySignup),
                    password::Action::Submit(password) => {
                        // A login step is used up by one try: the first try uses the one
                        // the login-ID screen started, each later try starts a new one.
                        let flow_token = flow.flow_token.take();
                        let login_id = state.login_id().to_owned();
                        state.set_busy(true);
                        flow.typed_birth_date = BirthDate::parse(password.expose()).ok();
                        self.request(
                            move |c| async move {
                                let flow_token = match flow_token {
                                    Some(token) => token,
                                    None => c.login_start(&login_id).await?.flow_token,
                                };
                                c.login_finish(&flow_token, &password).await
                            },
                            Reply::LoggedIn,
                        )
                    }
                }
            }
            InsuredMessage::Consent(m) => match flow.consent.update(m) {
                consent::Action::None => Task::none(),
                consent::Action::Reload => {
                    flow.consent = consent::State::default();
                    self.ensure_consents()
                }
                consent::Action::Back => {
                    flow.step = Step::Password;
                    Task::none()
                }
                consent::Action::Submit(versions) => {
                    let Some(session) = flow.backend_session().cloned() else {
                        return Task::none();
                    };
                    flow.consent.set_busy(true);
                    self.request(
                        move |c| async move { c.record_consent(&session, &versions).await },
                        Reply::ConsentRecorded,
                    )
                }
            },
            InsuredMessage::Setup(m) => {
                let Some(state) = flow.setup.as_mut() else {
                    return Task::none();
                };
                match state.update(m) {
                    setup::Action::None => Task::none(),
                    setup::Action::ShowError(id) => crate::widgets::focus::page::show_field(id),
                    setup::Action::Back => {
                        flow.step = Step::Consent;
                        Task::none()
                    }
                    setup::Action::Submit(request) => {
                        let Some(session) = flow.member.as_ref().map(|m| m.session.clone()) else {
                            return Task::none();
                        };
                        state.set_busy(true);
                        self.request(
                            move |c| async move { c.onboarding_setup(&session, &request).await },
                            Reply::SetupDone,
                        )
                    }
                }
            }
            InsuredMessage::Confirm(m) => {
                let Some(state) = flow.confirm.as_mut() else {
                    return Task::none();
                };
                match state.update(m) {
                    confirm::Action::None => Task::none(),
                    confirm::Action::Change(item) => {
                        flow.step = Step::Setup;
                        let id = match item {
                            confirm::Item::Email => setup::EMAIL,
                            confirm::Item::Password => setup::NEW_PASSWORD,
                            confirm::Item::Newsletter => setup::CONFIRM,
                        };
                        self.focus_on_open = Some(id);
                        Task::none()
                    }
                    confirm::Action::Send(key) => {
                        let Some(session) = flow.member.as_ref().map(|m| m.session.clone()) else {
                            return Task::none();
                        };
                        state.set_busy(true);
                        self.request(
                            move |c| async move { c.send_onboarding_email(&session, &key).await },
                            Reply::EmailSent,
                        )
                    }
                }
            }
            InsuredMessage::Sent(m) => {
                let Some(state) = flow.sent.as_mut() else {
                    return Task::none();
                };
                match state.update(m) {
                    email_sent::Action::None => Task::none(),
                    email_sent::Action::Finish => self.end_session(crate::stats::Exit::Completed),
                    email_sent::Action::Resend(token, key) => {
                        state.set_busy(true);
                        self.request(
                            move |c| async move { c.resend_email(&token, &key).await },
                            Reply::Resent,
                        )
                    }
                }
            }
        }
    }

    /// A backend reply of the insured path.
    pub(super) fn insured_reply(&mut self, reply: Reply) -> Task<Message> {
        let sender = self.config.backend.sender_domain.clone();
        let Some(flow) = self.flow() else {
            return Task::none();
        };
        match reply {
            Reply::LoginStarted(result) => {
                flow.login_id.set_busy(false);
                match result {
                    Ok(started) => {
                        flow.flow_token = Some(started.flow_token);
                        flow.login_id.set_backend_error(None);
                        let id = flow.login_id.typed_id();
                        if flow.password.as_ref().is_none_or(|p| p.login_id() != id) {
                            flow.password = Some(
                                password::State::new(id)
                                    .with_keypads(flow.login_id.keypads_enabled()),
                            );
                        }
                        flow.step = Step::Password;
                    }
                    Err(error) => flow.login_id.set_backend_error(Some(error)),
                }
                Task::none()
            }
            Reply::LoggedIn(result) => {
                let Some(state) = flow.password.as_mut() else {
                    return Task::none();
                };
                state.set_busy(false);
                match result {
                    Ok(outcome) => {
                        tracing::info!("logged in");
                        let birth_date = if outcome.initial_password {
                            flow.typed_birth_date.take()
                        } else {
                            None
                        };
                        flow.member = Some(Member {
                            session: outcome.session,
                            login_id: outcome.login_id.clone(),
                            birth_date,
                        });
                        state.set_error(None);
                        if outcome.first_login {
                            flow.step = Step::Consent;
                            return self.ensure_consents();
                        }
                        flow.step = Step::Ready;
                    }
                    Err(ClientError::Expired { .. }) => {
                        flow.step = Step::LoginId;
                        flow.login_id.set_backend_error(Some(ClientError::Expired {
                            code: kenpos_contract::ErrorCode::LoginFlowExpired,
                        }));
                    }
                    Err(error) => state.set_error(Some(error)),
                }
                Task::none()
            }
            Reply::Consents(language, result) => {
                flow.consent.loaded(language, result.map(|r| r.documents));
                Task::none()
            }
            Reply::ConsentRecorded(result) => {
                flow.consent.set_busy(false);
                match result {
                    Ok(()) => {
                        flow.consent.set_error(None);
                        if flow.setup.is_none()
                            && let Some(member) = &flow.member
                        {
                            flow.setup = Some(
                                setup::State::new(
                                    member.login_id.clone(),
                                    member.birth_date,
                                    sender,
                                )
                                .with_keypads(flow.login_id.keypads_enabled()),
                            );
                        }
                        flow.step = Step::Setup;
                    }
                    Err(error) => flow.consent.set_error(Some(error)),
                }
                Task::none()
            }
            Reply::SetupDone(result) => {
                let Some(state) = flow.setup.as_mut() else {
                    return Task::none();
                };
                state.set_busy(false);
                match result {
                    Ok(summary) => {
                        state.set_error(None);
                        flow.confirm = Some(confirm::State::new(summary));
                        flow.step = Step::Confirm;
                    }
                    Err(error) => state.set_error(Some(error)),
                }
                Task::none()
            }
            Reply::EmailSent(result) => {
                let Some(state) = flow.confirm.as_mut() else {
                    return Task::none();
                };
                state.set_busy(false);
                match result {
                    Ok(sent) => {
                        tracing::info!("signup link sent");
                        let sent = email_sent::State::new(sent);
                        flow.sent = Some(match &flow.password {
                            Some(password) => sent.with_login_id(password.login_id()),
                            None => sent,
                        });
                        flow.step = Step::Sent;
                    }
                    Err(error) => state.set_error(Some(error)),
                }
                Task::none()
            }
            Reply::Resent(result) => {
                if let Some(state) = flow.sent.as_mut() {
                    state.resent(result);
                }
                Task::none()
            }
        }
    }
}

/// Screen messages of the insured path.
#[derive(Debug, Clone)]
pub enum InsuredMessage {
    /// Guide ①.
    LoginId(login_id::Message),
    /// Guide ②.
    Password(password::Message),
    /// Guide ③.
    Consent(consent::Message),
    /// Guide ④.
    Setup(setup::Message),
    /// Guide ⑤.
    Confirm(confirm::Message),
    /// Guide ⑥.
    Sent(email_sent::Message),
    /// "Finish" on the screen of a member whose account was already set up.
    Finish,
}
