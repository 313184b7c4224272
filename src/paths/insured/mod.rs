//! The insured person's path (本人, guide ①–⑥): login ID, password, consent, basic
//! setup, confirmation, email sent; or "ready" when a member who logs in owes nothing.
//! The path owns its screens' states, its backend session and what each screen action
//! and backend answer does (`answers.rs`); `view.rs` draws it.

mod answers;
mod view;

use kenpos_client::{ClientError, LoginOutcome};
use kenpos_contract::{
    ConsentsResponse, EmailSentResponse, LoginStartResponse, OnboardingSummary, Secret,
};
use kenpos_rules::{BirthDate, LoginId};

use super::{Action, Recovery, Request, shared};
use crate::config::Config;
use crate::i18n::Language;
use crate::screens::Path;
use crate::screens::insured::{confirm, login_id, password, setup};
use crate::screens::shared::{consent, email_sent};
use crate::stats::Exit;
use crate::widgets::document_guide;

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
            _ => Path::InsuredLogin.steps(),
        }
    }
}

/// The step on screen, with the state of its screen. (Guide ①'s screen is always
/// there: [`Insured::login_id`].)
#[derive(Debug, Clone, PartialEq)]
enum At {
    LoginId,
    Password(password::State),
    Consent(consent::State),
    Setup(setup::State),
    Confirm(confirm::State),
    Sent(email_sent::State),
    Ready,
}

/// The screens of steps the member went back from: what was typed there waits for the
/// member's return.
#[derive(Debug, Clone, Default, PartialEq)]
struct Kept {
    password: Option<password::State>,
    consent: Option<consent::State>,
    setup: Option<setup::State>,
}

/// The logged-in member.
#[derive(Debug, Clone)]
struct Member {
    session: kenpos_client::Session,
    login_id: String,
    birth_date: Option<BirthDate>,
}

/// A login in progress: the step the login-ID screen started (used by the first
/// password try) and the password read as a birth date.
#[derive(Debug, Clone, Default)]
struct Login {
    flow_token: Option<Secret>,
    typed_birth_date: Option<BirthDate>,
}

/// Everything of the insured path; dropped whole when the session ends (the screens'
/// secrets zeroize on drop).
#[derive(Debug, Clone)]
pub struct Insured {
    login_id: login_id::State,
    at: At,
    kept: Kept,
    login: Login,
    member: Option<Member>,
    keypads: bool,
    sender_domain: String,
}

impl PartialEq for Insured {
    /// What the member sees and typed (the backend session is not compared).
    fn eq(&self, other: &Self) -> bool {
        self.login_id == other.login_id && self.at == other.at && self.kept == other.kept
    }
}

/// Screen messages and backend answers of the insured path.
#[derive(Debug, Clone)]
pub enum Message {
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
    /// Login step 1 for this ID.
    LoginStarted(LoginId, Result<LoginStartResponse, ClientError>),
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

impl Insured {
    /// A new path with the society's login-ID prefix, drawings and keyboard setting.
    pub fn new(config: &Config) -> Insured {
        let keypads = config.display.on_screen_keyboards;
        let mut login_id = login_id::State::new(config.society.login_id_prefix.as_str());
        login_id.set_keypads(keypads);
        login_id.set_society(document_guide::Society::from_config(&config.society));
        Insured {
            login_id,
            at: At::LoginId,
            kept: Kept::default(),
            login: Login::default(),
            member: None,
            keypads,
            sender_domain: config.backend.sender_domain.clone(),
        }
    }

    /// The step on screen.
    pub fn step(&self) -> Step {
        match self.at {
            At::LoginId => Step::LoginId,
            At::Password(_) => Step::Password,
            At::Consent(_) => Step::Consent,
            At::Setup(_) => Step::Setup,
            At::Confirm(_) => Step::Confirm,
            At::Sent(_) => Step::Sent,
            At::Ready => Step::Ready,
        }
    }

    /// The email-sent screen, when it is on display.
    pub fn sent(&self) -> Option<&email_sent::State> {
        match &self.at {
            At::Sent(sent) => Some(sent),
            _ => None,
        }
    }

    /// The member's backend session, if logged in (to log out when the session ends).
    pub fn backend_session(&self) -> Option<&kenpos_client::Session> {
        self.member.as_ref().map(|m| &m.session)
    }

    /// Shows another step; the screen left behind is kept if the member may come back
    /// to it with what they typed (password, consent, setup).
    fn go(&mut self, to: At) {
        match std::mem::replace(&mut self.at, to) {
            At::Password(state) => self.kept.password = Some(state),
            At::Consent(state) => self.kept.consent = Some(state),
            At::Setup(state) => self.kept.setup = Some(state),
            At::LoginId | At::Confirm(_) | At::Sent(_) | At::Ready => {}
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
        match message {
            Message::LoginId(m) if matches!(self.at, At::LoginId) => self.login_id_message(m),
            Message::Password(m) => self.password_message(m),
            Message::Consent(m) => self.consent_message(m, lang),
            Message::Setup(m) => self.setup_message(m),
            Message::Confirm(m) => self.confirm_message(m),
            Message::Sent(m) => match &mut self.at {
                At::Sent(sent) => shared::update_sent(sent, m, Message::Resent),
                _ => Action::None,
            },
            Message::Finish if matches!(self.at, At::Ready) => Action::End(Exit::Completed),
            Message::LoginId(_) | Message::Finish => Action::None,
            Message::LoginStarted(id, result) => self.login_started(id, result),
            Message::LoggedIn(result) => self.logged_in(result, lang),
            Message::Consents(language, result) => {
                if let At::Consent(consent) = &mut self.at {
                    consent.loaded(language, result.map(|r| r.documents));
                }
                Action::None
            }
            Message::ConsentRecorded(result) => self.consent_recorded(result),
            Message::SetupDone(result) => self.setup_done(result),
            Message::EmailSent(result) => self.email_sent(result),
            Message::Resent(result) => {
                if let At::Sent(sent) = &mut self.at {
                    sent.resent(result);
                }
                Action::None
            }
        }
    }

    fn login_id_message(&mut self, m: login_id::Message) -> Action<Message> {
        match self.login_id.update(m) {
            login_id::Action::None => Action::None,
            login_id::Action::Back => Action::End(Exit::Back),
            login_id::Action::Forgot(forgot) => Action::Recovery(Recovery::At(forgot)),
            login_id::Action::Focus(id) => Action::Task(iced::widget::operation::focus(id)),
            login_id::Action::Submit(id) => {
                self.login_id.set_busy(true);
                let typed = id.to_string();
                Action::Request(Request::new(
                    move |c| async move { c.login_start(&typed).await },
                    move |result| Message::LoginStarted(id, result),
                ))
            }
        }
    }

    fn password_message(&mut self, m: password::Message) -> Action<Message> {
        let At::Password(state) = &mut self.at else {
            return Action::None;
        };
        match state.update(m) {
            password::Action::None => Action::None,
            password::Action::Back => {
                self.go(At::LoginId);
                Action::None
            }
            password::Action::Forgot(forgot) => Action::Recovery(Recovery::At(forgot)),
            password::Action::OpenFamily => Action::Switch(Path::FamilySignup),
            password::Action::Submit {
                password,
                birth_date,
            } => {
                // A login step is used up by one try: the first try uses the one the
                // login-ID screen started, each later try starts a new one.
                let flow_token = self.login.flow_token.take();
                let login_id = state.login_id().to_owned();
                state.set_busy(true);
                self.login.typed_birth_date = birth_date;
                Action::Request(Request::new(
                    move |c| async move {
                        let flow_token = match flow_token {
                            Some(token) => token,
                            None => c.login_start(&login_id).await?.flow_token,
                        };
                        c.login_finish(&flow_token, &password).await
                    },
                    Message::LoggedIn,
                ))
            }
        }
    }

    fn consent_message(&mut self, m: consent::Message, lang: Language) -> Action<Message> {
        let At::Consent(consent) = &mut self.at else {
            return Action::None;
        };
        match consent.update(m) {
            consent::Action::None => Action::None,
            consent::Action::Reload => shared::reload_consents(consent, lang, Message::Consents),
            consent::Action::Back => {
                if let Some(password) = self.kept.password.take() {
                    self.go(At::Password(password));
                }
                Action::None
            }
            consent::Action::Submit(versions) => {
                let Some(session) = self.member.as_ref().map(|m| m.session.clone()) else {
                    return Action::None;
                };
                consent.set_busy(true);
                Action::Request(Request::new(
                    move |c| async move { c.record_consent(&session, &versions).await },
                    Message::ConsentRecorded,
                ))
            }
        }
    }

    fn setup_message(&mut self, m: setup::Message) -> Action<Message> {
        let At::Setup(state) = &mut self.at else {
            return Action::None;
        };
        match state.update(m) {
            setup::Action::None => Action::None,
            setup::Action::ShowError(id) => {
                Action::Task(crate::widgets::focus::page::show_field(id))
            }
            setup::Action::Back => {
                let consent = self.kept.consent.take().unwrap_or_default();
                self.go(At::Consent(consent));
                Action::None
            }
            setup::Action::Submit(request) => {
                let Some(session) = self.member.as_ref().map(|m| m.session.clone()) else {
                    return Action::None;
                };
                state.set_busy(true);
                Action::Request(Request::new(
                    move |c| async move { c.onboarding_setup(&session, &request).await },
                    Message::SetupDone,
                ))
            }
        }
    }

    fn confirm_message(&mut self, m: confirm::Message) -> Action<Message> {
        let At::Confirm(state) = &mut self.at else {
            return Action::None;
        };
        match state.update(m) {
            confirm::Action::None => Action::None,
            confirm::Action::Change(item) => {
                if let Some(setup) = self.kept.setup.take() {
                    self.go(At::Setup(setup));
                }
                Action::FocusOnOpen(item.field())
            }
            confirm::Action::Send(key) => {
                let Some(session) = self.member.as_ref().map(|m| m.session.clone()) else {
                    return Action::None;
                };
                state.set_busy(true);
                Action::Request(Request::new(
                    move |c| async move { c.send_onboarding_email(&session, &key).await },
                    Message::EmailSent,
                ))
            }
        }
    }
}
