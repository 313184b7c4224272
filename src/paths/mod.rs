//! The member paths, one room each: `insured` (本人: log in with the card-built ID) and
//! `family` (被扶養者・任意継続: sign up after an eligibility check). A path owns its
//! steps, the screens' states, its messages (its backend replies included), `update ->
//! Action` and `view`. The root runs what a path asks for ([`Action`]): backend calls,
//! the end of the session, another path; the steps both paths share are in `shared`.

use std::future::Future;
use std::pin::Pin;

use iced::Task;
use kenpos_client::Client;

use crate::config::{Office, Privacy, Society};
use crate::i18n::Language;
use crate::screens::shared::email_sent;
use crate::screens::{Forgot, Path};
use crate::stats::Exit;
use crate::theme::Look;

pub mod family;
pub mod insured;
mod shared;

type Call<M> = Box<dyn FnOnce(Client) -> Pin<Box<dyn Future<Output = M> + Send>> + Send>;

/// A backend call whose answer comes back as one of the asking path's own messages.
/// The root runs it for the session on display; the answer of a session that has ended
/// by then is dropped.
pub struct Request<M> {
    call: Call<M>,
}

impl<M: Send + 'static> Request<M> {
    /// A call, and the message its result becomes.
    pub fn new<T, Fut>(
        call: impl FnOnce(Client) -> Fut + Send + 'static,
        answer: impl FnOnce(T) -> M + Send + 'static,
    ) -> Request<M>
    where
        Fut: Future<Output = T> + Send + 'static,
    {
        Request {
            call: Box::new(move |client| {
                let pending = call(client);
                Box::pin(async move { answer(pending.await) })
            }),
        }
    }

    /// The same call, answered as another message.
    pub fn map<N: Send + 'static>(self, f: impl FnOnce(M) -> N + Send + 'static) -> Request<N> {
        Request {
            call: Box::new(move |client| {
                let pending = (self.call)(client);
                Box::pin(async move { f(pending.await) })
            }),
        }
    }

    /// Starts the call with this client.
    pub fn run(self, client: Client) -> impl Future<Output = M> + Send {
        (self.call)(client)
    }
}

impl<M> std::fmt::Debug for Request<M> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Request")
    }
}

/// Where the recovery screen opens from a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recovery {
    /// From an insured login screen's "forgot" link, at that choice (with card help).
    At(Forgot),
    /// From the family path: its login ID is the email, so no card help.
    ByEmail,
}

/// What a path asks the root to do.
#[derive(Debug)]
pub enum Action<M> {
    /// Nothing.
    None,
    /// Call the backend; the answer comes back as the path's message.
    Request(Request<M>),
    /// Run a widget operation (focus, show a field).
    Task(Task<M>),
    /// The next page opens with this field focused (instead of its first).
    FocusOnOpen(&'static str),
    /// The session ends (finish, back from the first step).
    End(Exit),
    /// Open the recovery screen.
    Recovery(Recovery),
    /// The member belongs on another path: open it, dropping what was typed here.
    Switch(Path),
}

impl<M: Send + 'static> Action<M> {
    /// The same action for a message wrapped by `f`.
    pub fn map<N: Send + 'static>(self, f: impl Fn(M) -> N + Send + Sync + 'static) -> Action<N> {
        match self {
            Action::None => Action::None,
            Action::Request(request) => Action::Request(request.map(f)),
            Action::Task(task) => Action::Task(task.map(f)),
            Action::FocusOnOpen(id) => Action::FocusOnOpen(id),
            Action::End(exit) => Action::End(exit),
            Action::Recovery(at) => Action::Recovery(at),
            Action::Switch(path) => Action::Switch(path),
        }
    }
}

/// What a path's view needs from the root: the look, the language and the society's
/// settings.
#[derive(Debug, Clone, Copy)]
pub struct View<'a> {
    /// Colours and sizes.
    pub look: Look,
    /// The member's language.
    pub lang: Language,
    /// The society: office, privacy contact.
    pub society: &'a Society,
    /// Where the signup emails come from (for "allow this domain").
    pub sender_domain: &'a str,
    /// The KENPOS site for the last screen.
    pub portal: email_sent::Portal<'a>,
}

impl<'a> View<'a> {
    fn office(&self) -> &'a Office {
        &self.society.office
    }

    fn privacy(&self) -> &'a Privacy {
        &self.society.privacy
    }
}
