//! The root's side of the paths: opening one, passing it its messages, and doing what it
//! asks ([`paths::Action`]): a backend call for the session on display, the end of the
//! session, the recovery screen, another path. Nothing here knows a path's steps.

use iced::Task;

use super::{App, Message, Screen};
use crate::paths::{self, Request, family, insured};
use crate::screens::{Path, recovery};
use crate::stats::Exit;

impl App {
    /// Opens a path from the welcome screen (or from another path).
    pub(super) fn open(&mut self, path: Path) -> Task<Message> {
        tracing::info!(?path, "path opened");
        self.screen = match path {
            Path::InsuredLogin => Screen::Insured(Box::new(insured::Insured::new(&self.config))),
            Path::FamilySignup => Screen::Family(Box::new(family::Family::new(&self.config))),
            Path::Recovery => Screen::Recovery(self.new_recovery(None)),
        };
        Task::none()
    }

    /// The recovery screen, from a path's "forgot" link.
    fn open_recovery(&mut self, from: paths::Recovery) -> Task<Message> {
        tracing::info!(?from, "recovery opened from a path");
        self.screen = Screen::Recovery(match from {
            paths::Recovery::At(forgot) => self.new_recovery(Some(forgot)),
            paths::Recovery::ByEmail => self.new_recovery(None).with_card_help(false),
        });
        Task::none()
    }

    fn new_recovery(&self, forgot: Option<crate::screens::Forgot>) -> recovery::State {
        recovery::State::with(self.config.society.login_id_prefix.as_str(), forgot)
            .with_keypads(self.config.display.on_screen_keyboards)
    }

    /// The member turns out to belong on another path (a failed insured login that may
    /// be a continued member's; "build the ID from the card" from recovery). What was
    /// typed on this path is dropped (and wiped) and its replies no longer count, but the
    /// language and look stay: it is the same member.
    fn switch_path(&mut self, path: Path) -> Task<Message> {
        let clipboard = self.clear_clipboard(&self.screen);
        self.next_generation();
        let open = self.open(path);
        if path == Path::InsuredLogin {
            self.focus_on_open = Some(crate::screens::insured::login_id::SYMBOL);
        }
        Task::batch([clipboard, open])
    }

    /// Runs a backend call for the session on display. It is cancelled when the
    /// session ends (or changes path), and an answer that arrives after that is dropped.
    fn request(&mut self, request: Request<Message>) -> Task<Message> {
        let Some(backend) = &self.backend else {
            return Task::none();
        };
        let generation = self.generation;
        let (task, handle) = Task::perform(request.run(backend.client().clone()), move |answer| {
            Message::Answer(generation, Box::new(answer))
        })
        .abortable();
        self.in_flight.push(handle.abort_on_drop());
        task
    }

    /// Does what a path asked for.
    fn run(&mut self, action: paths::Action<Message>) -> Task<Message> {
        match action {
            paths::Action::None => Task::none(),
            paths::Action::Request(request) => self.request(request),
            paths::Action::Task(task) => task,
            paths::Action::FocusOnOpen(id) => {
                self.focus_on_open = Some(id);
                Task::none()
            }
            paths::Action::End(exit) => self.end_session(exit),
            paths::Action::Recovery(from) => self.open_recovery(from),
            paths::Action::Switch(path) => self.switch_path(path),
        }
    }

    /// A message of the insured path, if it is on display.
    pub(super) fn update_insured(&mut self, message: insured::Message) -> Task<Message> {
        let Screen::Insured(path) = &mut self.screen else {
            return Task::none();
        };
        let action = path.update(message, self.language).map(Message::Insured);
        self.run(action)
    }

    /// A message of the family path, if it is on display.
    pub(super) fn update_family(&mut self, message: family::Message) -> Task<Message> {
        let Screen::Family(path) = &mut self.screen else {
            return Task::none();
        };
        let action = path.update(message, self.language).map(Message::Family);
        self.run(action)
    }

    /// The language changed: the path on display fetches what depends on it.
    pub(super) fn language_changed(&mut self) -> Task<Message> {
        let lang = self.language;
        let action = match &mut self.screen {
            Screen::Insured(path) => path.language_changed(lang).map(Message::Insured),
            Screen::Family(path) => path.language_changed(lang).map(Message::Family),
            _ => paths::Action::None,
        };
        self.run(action)
    }

    /// A message of the recovery screen.
    pub(super) fn update_recovery(&mut self, message: recovery::Message) -> Task<Message> {
        let Screen::Recovery(state) = &mut self.screen else {
            return Task::none();
        };
        match state.update(message) {
            recovery::Action::None => Task::none(),
            recovery::Action::Back => self.end_session(Exit::Back),
            recovery::Action::BuildLoginId => self.switch_path(Path::InsuredLogin),
            recovery::Action::ForgotLoginId(email, key) => {
                state.set_busy(true);
                self.request(Request::new(
                    move |c| async move { c.forgot_login_id(&email, &key).await },
                    Message::Recovered,
                ))
            }
            recovery::Action::ForgotPassword(id, key) => {
                state.set_busy(true);
                self.request(Request::new(
                    move |c| async move { c.forgot_password(&id, &key).await },
                    Message::Recovered,
                ))
            }
        }
    }

    /// What a path's page needs from the root.
    pub(super) fn path_view(&self) -> paths::View<'_> {
        paths::View {
            look: self.look(),
            lang: self.language,
            society: &self.config.society,
            sender_domain: &self.config.backend.sender_domain,
            portal: self.portal(),
        }
    }
}
