//! The root's side of the idle timer: keeps the [`Tracker`](crate::idle::Tracker) in
//! step with the screen, turns its events into a session end, and draws the overlay.

use std::time::{Duration, Instant};

use iced::widget::stack;
use iced::{Element, Subscription, Task};

use super::{App, Message, Screen};
use crate::idle::IdleEvent;
use crate::screens::countdown;
use crate::widgets::focus;

impl Screen {
    /// Whether the screen has password or email entry (the longer idle timeout).
    pub fn has_sensitive_input(&self) -> bool {
        match self {
            Screen::Insured(path) => path.has_sensitive_input(),
            Screen::Family(path) => path.has_sensitive_input(),
            Screen::Recovery(_) => true,
            Screen::Welcome(_) | Screen::Staff(_) | Screen::ConfigError(_) | Screen::Kiosk(_) => {
                false
            }
        }
    }

    /// Whether a member's session runs on this screen (every screen after the welcome
    /// screen; the config error screen is for staff).
    pub fn has_session(&self) -> bool {
        !matches!(self, Screen::Welcome(_) | Screen::ConfigError(_))
    }
}

impl App {
    /// The idle tracker (for tests and the staff panel).
    pub fn idle(&self) -> &crate::idle::Tracker {
        &self.idle
    }

    /// After every update: start or stop the session clock and pick the idle time for
    /// the screen on display.
    pub(super) fn sync_idle(&mut self, now: Instant) {
        if self.screen.has_session() {
            self.idle.start(now);
            self.idle.set_sensitive(self.screen.has_sensitive_input());
        } else {
            self.idle.stop();
        }
    }

    /// Idle input, ticks and the overlay's buttons.
    pub(super) fn update_idle(&mut self, message: countdown::Message) -> Task<Message> {
        match message {
            countdown::Message::Activity(now) => {
                self.idle.on_activity(now);
                Task::none()
            }
            countdown::Message::Tick(now) => match (self.idle.warning(), self.idle.tick(now)) {
                (_, IdleEvent::None) => Task::none(),
                (_, IdleEvent::Warn(reason)) => {
                    tracing::info!(?reason, "idle warning shown");
                    // Keys must not reach a field hidden under the overlay.
                    iced::advanced::widget::operate(
                        iced::advanced::widget::operation::focusable::unfocus(),
                    )
                }
                (warning, IdleEvent::EndSession) => {
                    tracing::info!("idle countdown ran out");
                    let capped =
                        warning.is_some_and(|w| w.reason == crate::idle::Reason::SessionCap);
                    self.end_session(if capped {
                        crate::stats::Exit::SessionCap
                    } else {
                        crate::stats::Exit::Idle
                    })
                }
            },
            countdown::Message::Continue => {
                // The later of the clock and the last tick (ticks carry their own time).
                let now = self
                    .idle
                    .now()
                    .map_or(Instant::now(), |n| n.max(Instant::now()));
                if self.idle.extend(now) {
                    tracing::info!("idle warning dismissed");
                }
                Task::none()
            }
            countdown::Message::StartOver => {
                tracing::info!("start over from the idle warning");
                self.end_session(crate::stats::Exit::StartOver)
            }
        }
    }

    /// Activity from every key, mouse and touch event (`listen_with` also sees events
    /// a widget captured), and a one-second tick while a session runs.
    pub(super) fn idle_subscription(&self) -> Subscription<Message> {
        let activity = iced::event::listen_with(countdown::activity).map(Message::Idle);
        if self.idle.is_active() {
            let tick = iced::time::every(Duration::from_secs(1))
                .map(|now| Message::Idle(countdown::Message::Tick(now)));
            Subscription::batch([activity, tick])
        } else {
            activity
        }
    }

    /// The page, with the countdown overlay on top while a warning shows. Keyboard
    /// focus (Tab) stays inside whichever is on top; Escape on the overlay continues.
    pub(super) fn with_idle_overlay<'a>(&self, page: Element<'a, Message>) -> Element<'a, Message> {
        match (self.idle.warning(), self.idle.seconds_left()) {
            (Some(warning), Some(seconds)) => stack![
                page,
                focus::scope(
                    countdown::view(self.look(), warning, seconds).map(Message::Idle),
                    warning
                        .can_continue()
                        .then_some(Message::Idle(countdown::Message::Continue)),
                )
            ]
            .into(),
            _ => focus::scope(page, self.escape_message()),
        }
    }
}
