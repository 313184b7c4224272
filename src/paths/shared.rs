//! The steps both paths share, written once: the consent documents (fetched in the
//! member's language, again when it changes or after a failed load), the email-sent
//! screen (its one-second clock, resend, finish) and the page around a path's screen
//! (the step indicator above it).

use std::time::Duration;

use iced::widget::column;
use iced::{Element, Subscription};
use kenpos_client::ClientError;
use kenpos_contract::{ConsentsResponse, EmailSentResponse};

use super::{Action, Request, View};
use crate::i18n::Language;
use crate::screens::shared::{consent, email_sent};
use crate::stats::Exit;
use crate::widgets::steps;

/// How a path's message carries the consent documents in a language.
pub(super) type ConsentsAnswer<M> = fn(Language, Result<ConsentsResponse, ClientError>) -> M;

/// How a path's message carries a resend's answer.
pub(super) type ResentAnswer<M> = fn(Result<EmailSentResponse, ClientError>) -> M;

/// Fetches the consent documents in `lang` unless the screen has them already.
pub(super) fn fetch_consents<M: Send + 'static>(
    consent: &consent::State,
    lang: Language,
    answer: ConsentsAnswer<M>,
) -> Action<M> {
    if consent.has_documents_in(lang) {
        return Action::None;
    }
    Action::Request(Request::new(
        move |client| async move { client.consents(lang.into()).await },
        move |result| answer(lang, result),
    ))
}

/// "Try again" after the documents could not be loaded: starts the screen afresh.
pub(super) fn reload_consents<M: Send + 'static>(
    consent: &mut consent::State,
    lang: Language,
    answer: ConsentsAnswer<M>,
) -> Action<M> {
    *consent = consent::State::default();
    fetch_consents(consent, lang, answer)
}

/// A message of the email-sent screen: the clock, "resend" (with this send's key, so a
/// double tap sends once), "finish" (the session ends, completed).
pub(super) fn update_sent<M: Send + 'static>(
    sent: &mut email_sent::State,
    message: email_sent::Message,
    answer: ResentAnswer<M>,
) -> Action<M> {
    match sent.update(message) {
        email_sent::Action::None => Action::None,
        email_sent::Action::Finish => Action::End(Exit::Completed),
        email_sent::Action::Resend(token, key) => {
            sent.set_busy(true);
            Action::Request(Request::new(
                move |client| async move { client.resend_email(&token, &key).await },
                answer,
            ))
        }
    }
}

/// The email-sent screen.
pub(super) fn sent_view<'a>(
    sent: &'a email_sent::State,
    v: View<'a>,
) -> Element<'a, email_sent::Message> {
    sent.view(v.look, v.lang, v.office(), v.sender_domain, v.portal)
}

/// The email-sent screen's clock while it is on display: the resend countdown ticks
/// once a second. (iced's `Subscription::map` takes only non-capturing functions, so
/// each path wraps the ticks itself.)
pub(super) fn sent_clock(on_display: bool) -> Subscription<email_sent::Message> {
    if !on_display {
        return Subscription::none();
    }
    iced::time::every(Duration::from_secs(1)).map(email_sent::Message::Tick)
}

/// A path's page: the step indicator, then the screen.
pub(super) fn page<'a, M: 'a>(
    v: View<'a>,
    labels: &'static [&'static str],
    index: usize,
    body: Element<'a, M>,
) -> Element<'a, M> {
    column![steps::view(v.look, v.lang, labels, index), body]
        .spacing(24)
        .max_width(1000)
        .into()
}
