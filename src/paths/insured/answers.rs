//! The backend's answers on the insured path: each one lands on the screen that asked
//! (an answer for a screen no longer on display is dropped) and may open the next step.

use kenpos_client::{ClientError, LoginOutcome};
use kenpos_contract::{EmailSentResponse, ErrorCode, LoginStartResponse, OnboardingSummary};
use kenpos_rules::LoginId;

use super::{At, Insured, Member, Message};
use crate::i18n::Language;
use crate::paths::{Action, shared};
use crate::screens::insured::{confirm, password, setup};
use crate::screens::shared::email_sent;

impl Insured {
    /// Login step 1: the ID is known; the password screen opens (the one of an earlier
    /// try is kept if the ID is the same).
    pub(super) fn login_started(
        &mut self,
        id: LoginId,
        result: Result<LoginStartResponse, ClientError>,
    ) -> Action<Message> {
        self.login_id.set_busy(false);
        match result {
            Ok(started) => {
                self.login.flow_token = Some(started.flow_token);
                self.login_id.set_backend_error(None);
                let id = id.to_string();
                let password = match self.kept.password.take() {
                    Some(kept) if kept.login_id() == id => kept,
                    _ => password::State::new(id).with_keypads(self.keypads),
                };
                self.go(At::Password(password));
            }
            Err(error) => self.login_id.set_backend_error(Some(error)),
        }
        Action::None
    }

    /// Login step 2: logged in; consent next on a first login, else "ready".
    pub(super) fn logged_in(
        &mut self,
        result: Result<LoginOutcome, ClientError>,
        lang: Language,
    ) -> Action<Message> {
        let At::Password(state) = &mut self.at else {
            return Action::None;
        };
        state.set_busy(false);
        match result {
            Ok(outcome) => {
                tracing::info!("logged in");
                let birth_date = self.login.typed_birth_date.take();
                state.set_error(None);
                self.member = Some(Member {
                    session: outcome.session,
                    login_id: outcome.login_id,
                    birth_date: if outcome.initial_password {
                        birth_date
                    } else {
                        None
                    },
                });
                if outcome.first_login {
                    let consent = self.kept.consent.take().unwrap_or_default();
                    let fetch = shared::fetch_consents(&consent, lang, Message::Consents);
                    self.go(At::Consent(consent));
                    return fetch;
                }
                self.go(At::Ready);
            }
            Err(ClientError::Expired { .. }) => {
                self.go(At::LoginId);
                self.login_id.set_backend_error(Some(ClientError::Expired {
                    code: ErrorCode::LoginFlowExpired,
                }));
            }
            Err(error) => state.set_error(Some(error)),
        }
        Action::None
    }

    /// Consent recorded: basic setup next (what was typed there before is kept).
    pub(super) fn consent_recorded(&mut self, result: Result<(), ClientError>) -> Action<Message> {
        let At::Consent(consent) = &mut self.at else {
            return Action::None;
        };
        consent.set_busy(false);
        match result {
            Ok(()) => {
                consent.set_error(None);
                let setup = match (self.kept.setup.take(), &self.member) {
                    (Some(kept), _) => kept,
                    (None, Some(member)) => setup::State::new(
                        member.login_id.clone(),
                        member.birth_date,
                        self.sender_domain.clone(),
                    )
                    .with_keypads(self.keypads),
                    (None, None) => return Action::None,
                };
                self.go(At::Setup(setup));
            }
            Err(error) => consent.set_error(Some(error)),
        }
        Action::None
    }

    /// Basic setup accepted: the confirmation of what the backend holds.
    pub(super) fn setup_done(
        &mut self,
        result: Result<OnboardingSummary, ClientError>,
    ) -> Action<Message> {
        let At::Setup(state) = &mut self.at else {
            return Action::None;
        };
        state.set_busy(false);
        match result {
            Ok(summary) => {
                state.set_error(None);
                self.go(At::Confirm(confirm::State::new(summary)));
            }
            Err(error) => state.set_error(Some(error)),
        }
        Action::None
    }

    /// The signup email went out: the email-sent screen, with the login ID to keep.
    pub(super) fn email_sent(
        &mut self,
        result: Result<EmailSentResponse, ClientError>,
    ) -> Action<Message> {
        let At::Confirm(state) = &mut self.at else {
            return Action::None;
        };
        state.set_busy(false);
        match result {
            Ok(sent) => {
                tracing::info!("signup link sent");
                let sent = email_sent::State::new(sent);
                let sent = match &self.kept.password {
                    Some(password) => sent.with_login_id(password.login_id()),
                    None => sent,
                };
                self.go(At::Sent(sent));
            }
            Err(error) => state.set_error(Some(error)),
        }
        Action::None
    }
}
