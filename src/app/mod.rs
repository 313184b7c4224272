//! The root of the application: owns navigation, language, look and the member's
//! session; turns screen actions into backend requests and screen changes.

mod funnel; // the anonymous step funnel (issue 18)
mod idle; // idle timer glue (issue 7)
mod keys; // Escape on each screen (issue 8)
mod kiosk; // staff exit, fullscreen fallback, clipboard (issue 7)
mod route; // what the paths ask for (issue 17)
mod run;
mod staff;

use std::time::Duration;

use iced::widget::{column, container, scrollable, text};
use iced::{Element, Length, Subscription, Task, Theme};
use kenpos_client::ClientError;

pub use kiosk::KioskMessage;
pub use run::{APP_ID, run, settings, window_settings};
pub use staff::StaffReply;

use crate::backend::Backend;
use crate::config::{Config, ConfigError};
use crate::i18n::{self, Language};
use crate::paths::{family, insured};
use crate::screens::shared::{email_sent, office_contact};
use crate::screens::{
    config_error, countdown, kiosk_exit, recovery, staff as staff_screen, welcome,
};
use crate::theme::{self, Palette};
use crate::widgets::header;

/// How often the welcome screen checks the backend again, so that its "server
/// unreachable" notice comes and goes with the backend (a kiosk may start before the
/// network does).
pub const HEALTH_EVERY: Duration = Duration::from_secs(30);

/// How the app starts: with a usable config and backend, or with the error that stops it.
#[derive(Debug, Clone)]
pub enum Boot {
    /// The config loaded; the backend link is set up.
    Ready(Box<Config>, Backend),
    /// The config file is unusable: show the config error screen.
    ConfigError(ConfigError),
}

/// The screen on display.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    /// Welcome: language and path.
    Welcome(welcome::State),
    /// The insured person's path.
    Insured(Box<insured::Insured>),
    /// The family / voluntarily continued members' path.
    Family(Box<family::Family>),
    /// Forgot login ID / password.
    Recovery(recovery::State),
    /// The staff panel (windowed mode).
    Staff(staff_screen::State),
    /// The config could not be used.
    ConfigError(config_error::State),
    /// Kiosk mode: the staff exit PIN pad, then the staff menu.
    Kiosk(kiosk_exit::State),
}

/// Everything that can happen.
#[derive(Debug, Clone)]
pub enum Message {
    /// From the header.
    Header(header::Message),
    /// From the welcome screen.
    Welcome(welcome::Message),
    /// From the insured path: its screens and its backend answers.
    Insured(insured::Message),
    /// From the family path: its screens and its backend answers.
    Family(family::Message),
    /// From the recovery screen.
    Recovery(recovery::Message),
    /// A backend answer for the session of this generation (dropped if that session
    /// has ended).
    Answer(u64, Box<Message>),
    /// From the staff panel.
    Staff(staff_screen::Message),
    /// A staff panel reply.
    StaffReply(StaffReply),
    /// The window manager asked to close the window.
    CloseRequested(iced::window::Id),
    /// Time to check the backend again (every [`HEALTH_EVERY`] on the welcome screen).
    CheckBackend,
    /// The check of the backend: reachable or not.
    BackendChecked(bool),
    /// The recovery request was answered.
    Recovered(Result<(), ClientError>),
    /// A logout finished (nothing to do; the session was already dropped).
    LoggedOut,
    /// Idle input, ticks and the countdown overlay's buttons (see `app/idle.rs`).
    Idle(countdown::Message),
    /// Staff exit, window fallback (see `app/kiosk.rs`).
    Kiosk(KioskMessage),
}

/// The root state.
#[derive(Debug)]
pub struct App {
    config: Config,
    backend: Option<Backend>,
    language: Language,
    palette: Palette,
    large_text: bool,
    screen: Screen,
    /// The member session's number: a backend answer for an older one is dropped.
    generation: u64,
    /// The session's backend calls still running: dropped, and so cancelled (with the
    /// secrets their futures hold), when the session ends or changes path.
    in_flight: Vec<iced::task::Handle>,
    portal_qr: Option<crate::widgets::qr::Code>,
    idle: crate::idle::Tracker,
    backend_down: bool,
    kiosk: kiosk::KioskState,
    /// The field to focus when the next page opens (instead of its first field).
    focus_on_open: Option<&'static str>,
    /// The anonymous step funnel (issue 18).
    funnel: crate::stats::Funnel,
}

impl App {
    /// The starting state.
    pub fn new(boot: Boot) -> App {
        let (config, backend, screen) = match boot {
            Boot::Ready(config, backend) => (
                *config,
                Some(backend),
                Screen::Welcome(welcome::State::default()),
            ),
            Boot::ConfigError(error) => (
                Config::default(),
                None,
                Screen::ConfigError(config_error::State::new(error)),
            ),
        };
        let portal_qr = crate::widgets::qr::Code::new(config.society.portal_url.as_bytes());
        let mut app = App {
            language: config.default_language,
            palette: Palette::Light,
            large_text: false,
            screen,
            generation: 0,
            in_flight: Vec::new(),
            portal_qr,
            backend_down: false,
            kiosk: kiosk::KioskState::default(),
            focus_on_open: None,
            funnel: crate::stats::Funnel::new(&config.stats),
            idle: crate::idle::Tracker::new(crate::idle::Timeouts::from_config(&config.idle)),
            backend,
            config,
        };
        app.reset_look();
        app.log_exit_pin();
        app.restore_exit_lockout();
        app
    }

    /// The check: is the backend reachable? At start, every [`HEALTH_EVERY`] on the
    /// welcome screen and when a session ends. (The welcome screen shows the office
    /// contact while it is not; the paths explain and offer "try again".)
    pub fn boot_task(&self) -> Task<Message> {
        let Some(backend) = &self.backend else {
            return Task::none();
        };
        let client = backend.client().clone();
        Task::perform(
            async move { client.health().await.is_ok() },
            Message::BackendChecked,
        )
    }

    /// Whether the start-up check found the backend unreachable.
    pub fn backend_down(&self) -> bool {
        self.backend_down
    }

    /// The current language.
    pub fn language(&self) -> Language {
        self.language
    }

    /// The screen on display.
    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    /// The current palette.
    pub fn palette(&self) -> Palette {
        self.palette
    }

    /// Whether large-text mode is on.
    pub fn large_text(&self) -> bool {
        self.large_text
    }

    /// The colours and sizes the screens draw with.
    pub fn look(&self) -> theme::Look {
        let mut look = self.palette.look();
        if self.large_text {
            look.keys = 1.0 / theme::LARGE_TEXT_SCALE;
        }
        look
    }

    /// A new member session (or path): answers to the old one no longer count, and its
    /// calls still running are cancelled.
    fn next_generation(&mut self) {
        self.generation += 1;
        self.in_flight.clear();
    }

    fn reset_look(&mut self) {
        self.palette = if self.config.display.high_contrast {
            Palette::HighContrast
        } else {
            Palette::Light
        };
        self.large_text = self.config.display.large_text;
    }

    /// Ends the member's session: every screen state is dropped (secrets zeroize on
    /// drop), the backend session is logged out, late replies are ignored, and the
    /// welcome screen appears in the default language and look.
    fn end_session(&mut self, how: crate::stats::Exit) -> Task<Message> {
        tracing::info!("session ended");
        self.funnel.end_session(how, std::time::Instant::now());
        let screen =
            std::mem::replace(&mut self.screen, Screen::Welcome(welcome::State::default()));
        let clipboard = self.clear_clipboard(&screen);
        self.next_generation();
        self.language = self.config.default_language;
        self.reset_look();
        let logout = match (&screen, &self.backend) {
            (Screen::Insured(path), Some(backend)) => {
                path.backend_session().cloned().map(|session| {
                    let client = backend.client().clone();
                    Task::perform(async move { client.logout(&session).await }, |_| {
                        Message::LoggedOut
                    })
                })
            }
            _ => None,
        };
        drop(screen);
        // The welcome screen says whether the backend can be reached now.
        Task::batch([
            logout.unwrap_or_else(Task::none),
            clipboard,
            self.boot_task(),
        ])
    }

    /// The KENPOS site for the last screen: its address and QR code.
    fn portal(&self) -> email_sent::Portal<'_> {
        email_sent::Portal {
            url: &self.config.society.portal_url,
            qr: self.portal_qr.as_ref(),
        }
    }

    /// Which page is on display, for [`App::update`] to notice a new one. The language,
    /// the look and anything typed are not part of it: they keep the page where it is.
    fn page(&self) -> (u64, u8, u8) {
        let (screen, step) = match &self.screen {
            Screen::Welcome(state) => (0, state.question().map_or(0, |q| q as u8 + 1)),
            Screen::Insured(path) => (1, path.step() as u8),
            Screen::Family(path) => (2, path.step() as u8),
            Screen::Recovery(_) => (3, 0),
            Screen::Staff(_) => (4, 0),
            Screen::ConfigError(_) => (5, 0),
            Screen::Kiosk(_) => (6, 0),
        };
        (self.generation, screen, step)
    }

    /// Handles a message. A new page (another screen or step, forward, back, start
    /// over, after a wipe) opens at its top with its first field focused.
    pub fn update(&mut self, message: Message) -> Task<Message> {
        let page = self.page();
        let task = self.handle(message);
        self.count_funnel();
        if self.page() == page {
            self.focus_on_open = None;
            return task;
        }
        Task::batch([
            task,
            crate::widgets::focus::page::open(self.focus_on_open.take()),
        ])
    }

    fn handle(&mut self, message: Message) -> Task<Message> {
        let task = match message {
            Message::Header(message) => match message {
                header::Message::ToggleLanguage => {
                    self.language = self.language.other();
                    self.language_changed()
                }
                header::Message::ToggleContrast => {
                    self.palette = match self.palette {
                        Palette::Light => Palette::HighContrast,
                        Palette::HighContrast => Palette::Light,
                    };
                    Task::none()
                }
                header::Message::ToggleLargeText => {
                    self.large_text = !self.large_text;
                    Task::none()
                }
                header::Message::StartOver => self.end_session(crate::stats::Exit::StartOver),
                header::Message::Staff => self.open_staff(),
                header::Message::SocietyTap => self.society_tap(),
            },
            Message::Welcome(message) => {
                let Screen::Welcome(state) = &mut self.screen else {
                    return Task::none();
                };
                match state.update(message) {
                    welcome::Action::SetLanguage(language) => {
                        self.language = language;
                        Task::none()
                    }
                    welcome::Action::Open(path) => self.open(path),
                    welcome::Action::None => Task::none(),
                }
            }
            Message::Insured(message) => self.update_insured(message),
            Message::Family(message) => self.update_family(message),
            Message::Staff(message) => self.update_staff(message),
            Message::CloseRequested(id) => {
                if self.config.mode == crate::config::Mode::Kiosk {
                    tracing::info!("close request ignored in kiosk mode");
                    Task::none()
                } else {
                    iced::window::close(id)
                }
            }
            Message::CheckBackend => self.boot_task(),
            Message::BackendChecked(reachable) => {
                // Logged when it changes, not at every check.
                if reachable == self.backend_down {
                    if reachable {
                        tracing::info!("backend reachable");
                    } else {
                        tracing::warn!("backend unreachable");
                    }
                }
                self.backend_down = !reachable;
                Task::none()
            }
            Message::StaffReply(reply) => self.staff_reply(reply),
            Message::Recovery(message) => self.update_recovery(message),
            Message::Answer(generation, answer) => {
                if generation != self.generation {
                    return Task::none();
                }
                return self.handle(*answer);
            }
            Message::Recovered(result) => {
                if let Screen::Recovery(state) = &mut self.screen {
                    state.done(result);
                }
                Task::none()
            }
            Message::LoggedOut => Task::none(),
            Message::Idle(message) => self.update_idle(message),
            Message::Kiosk(message) => self.update_kiosk(message),
        };
        self.sync_idle(std::time::Instant::now());
        task
    }

    /// Timers: the resend countdown on the email-sent screen; idle input and ticks.
    pub fn subscription(&self) -> Subscription<Message> {
        let timers = match &self.screen {
            Screen::Insured(path) => path.subscription().map(Message::Insured),
            Screen::Family(path) => path.subscription().map(Message::Family),
            Screen::Welcome(_) if self.backend.is_some() => {
                iced::time::every(HEALTH_EVERY).map(|_| Message::CheckBackend)
            }
            _ => Subscription::none(),
        };
        let close = iced::window::close_requests().map(Message::CloseRequested);
        Subscription::batch([
            timers,
            self.idle_subscription(),
            close,
            self.kiosk_subscription(),
        ])
    }

    /// The window title.
    pub fn title(&self) -> String {
        i18n::tr(self.language, "app-title")
    }

    /// The iced theme.
    pub fn theme(&self) -> Theme {
        self.palette.theme()
    }

    /// The UI scale: 1.0, or larger in large-text mode.
    pub fn scale_factor(&self) -> f32 {
        if self.large_text {
            theme::LARGE_TEXT_SCALE
        } else {
            1.0
        }
    }

    /// The on-screen keypad open on the current screen, docked under the page.
    fn keypad_dock(&self) -> Option<Element<'_, Message>> {
        let (look, lang) = (self.look(), self.language);
        match &self.screen {
            Screen::Insured(path) => path.keypad(look, lang).map(|e| e.map(Message::Insured)),
            Screen::Family(path) => path.keypad(look, lang).map(|e| e.map(Message::Family)),
            Screen::Recovery(state) => state.keypad(look, lang).map(|e| e.map(Message::Recovery)),
            _ => None,
        }
    }

    /// The whole window.
    pub fn view(&self) -> Element<'_, Message> {
        let look = self.look();
        let lang = self.language;
        let body: Element<'_, Message> = match &self.screen {
            Screen::Welcome(state) if self.backend_down => column![
                crate::widgets::form::panel(
                    look,
                    column![
                        text(i18n::tr(lang, "welcome-backend-down")).size(theme::TEXT_BODY),
                        office_contact(look, lang, &self.config.society.office),
                    ]
                    .spacing(12)
                ),
                state.view(look, lang).map(Message::Welcome),
            ]
            .spacing(24)
            .max_width(960)
            .into(),
            Screen::Welcome(state) => state.view(look, lang).map(Message::Welcome),
            Screen::Family(path) => path.view(self.path_view()).map(Message::Family),
            Screen::Staff(state) => state
                .view(
                    look,
                    lang,
                    &self.config,
                    crate::cli::version(),
                    self.backend.as_ref().is_some_and(Backend::is_demo),
                )
                .map(Message::Staff),
            Screen::Insured(path) => path.view(self.path_view()).map(Message::Insured),
            Screen::Recovery(state) => column![
                state
                    .view(look, lang, &self.config.society.office)
                    .map(Message::Recovery)
            ]
            .max_width(1000)
            .into(),
            Screen::ConfigError(state) => state.view(look).map(|never| match never {}),
            Screen::Kiosk(state) => self.kiosk_view(state),
        };
        let body = scrollable(container(body).padding(32).center_x(Length::Fill))
            .id(crate::widgets::focus::page::PAGE)
            .height(Length::Fill);
        let page: Element<'_, Message> =
            if matches!(self.screen, Screen::ConfigError(_) | Screen::Kiosk(_)) {
                body.into()
            } else {
                let header = header::Header {
                    society: self.config.society.name(lang),
                    language: lang,
                    look,
                    high_contrast: self.palette == Palette::HighContrast,
                    large_text: self.large_text,
                    demo: self.backend.as_ref().is_some_and(Backend::is_demo),
                    start_over: !matches!(self.screen, Screen::Welcome(_)),
                    staff: self.config.mode == crate::config::Mode::Windowed
                        && matches!(self.screen, Screen::Welcome(_)),
                };
                let mut page = column![header.view().map(Message::Header), body];
                if let Some(dock) = self.keypad_dock() {
                    page = page.push(dock);
                }
                page.into()
            };
        let page = container(page)
            .width(Length::Fill)
            .height(Length::Fill)
            .style(move |_| theme::page(look))
            .into();
        self.with_idle_overlay(page)
    }
}
