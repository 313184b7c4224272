//! The root's side of kiosk operation (issue 7): the staff exit (gesture, key chord,
//! PIN pad, throttle, staff menu), the fullscreen fallback and the clipboard wipe at
//! the end of a session. The pure rules are in [`crate::kiosk`].

use std::time::{Duration, Instant, SystemTime};

use iced::window::{self, Mode};
use iced::{Element, Point, Size, Subscription, Task, keyboard};
use zeroize::Zeroizing;

use super::{App, Message, Screen};
use crate::config::Mode as AppMode;
use crate::kiosk::clipboard;
use crate::kiosk::lockout_file::{self, Record};
use crate::kiosk::window::{Fallback, fallback};
use crate::kiosk::{TapGesture, Throttle};
use crate::screens::kiosk_exit;

/// The root's kiosk state: lives as long as the app, across sessions and pads.
#[derive(Debug, Default)]
pub struct KioskState {
    throttle: Throttle,
    gesture: TapGesture,
    /// The latest time the root has seen (ticks carry theirs; tests advance it).
    now: Option<Instant>,
}

/// Kiosk messages.
#[derive(Debug, Clone)]
pub enum KioskMessage {
    /// From the PIN pad or the staff menu.
    Exit(kiosk_exit::Message),
    /// The staff key chord (Ctrl+Alt+Shift+S) was pressed.
    Chord,
    /// One second passed while the pad is locked (the countdown).
    Tick(Instant),
    /// The PIN check finished: right or wrong.
    Checked(bool),
    /// The kiosk window's mode and its monitor's size, some time after start.
    WindowChecked(window::Id, Mode, Size, Option<Size>),
}

/// Maps a key press to the staff chord, Ctrl+Alt+Shift+S (for `event::listen_with`).
pub fn chord(
    event: iced::Event,
    _status: iced::event::Status,
    _window: window::Id,
) -> Option<Message> {
    let iced::Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. }) = event else {
        return None;
    };
    let s = matches!(key.as_ref(), keyboard::Key::Character(c) if c.eq_ignore_ascii_case("s"));
    (s && modifiers.control() && modifiers.alt() && modifiers.shift())
        .then_some(Message::Kiosk(KioskMessage::Chord))
}

impl App {
    /// Logged once at start: kiosk mode without an exit PIN has no way out for staff.
    pub(super) fn log_exit_pin(&self) {
        if self.config.mode == AppMode::Kiosk && self.config.kiosk.exit_pin_hash.is_none() {
            tracing::warn!(
                "kiosk mode without kiosk.exit_pin_hash: the staff exit gesture and key chord do nothing"
            );
        }
    }

    /// Reads the wrong-PIN lock-out kept by an earlier run (kiosk mode with a PIN). A
    /// damaged or unreadable file counts as a first lock-out: a crash must not hand out
    /// fresh tries.
    pub(super) fn restore_exit_lockout(&mut self) {
        if self.config.mode != AppMode::Kiosk || self.config.kiosk.exit_pin_hash.is_none() {
            return;
        }
        let (now, wall) = (self.kiosk_now(), SystemTime::now());
        let record = match lockout_file::load(&self.config.kiosk.lockout_file) {
            Ok(record) => record.unwrap_or_default(),
            Err(error) => {
                tracing::warn!(%error, "staff exit pad locked for safety");
                Record::damaged(wall)
            }
        };
        self.kiosk.throttle = record.throttle(now, wall);
    }

    /// Keeps the throttle on disk after every wrong or right PIN.
    fn save_exit_lockout(&self, now: Instant) {
        let record = Record::of(&self.kiosk.throttle, now, SystemTime::now());
        if let Err(error) = lockout_file::save(&self.config.kiosk.lockout_file, record) {
            tracing::warn!(%error, "the wrong-PIN lock-out will not survive a restart");
        }
    }

    /// The kiosk clock: the later of the last time seen and the system clock.
    fn kiosk_now(&mut self) -> Instant {
        let now = self
            .kiosk
            .now
            .map_or_else(Instant::now, |seen| seen.max(Instant::now()));
        self.kiosk.now = Some(now);
        now
    }

    /// Seconds left in the wrong-PIN lock-out (for the pad), at the last time seen.
    pub fn exit_locked_for(&self) -> Option<u64> {
        let now = self.kiosk.now.unwrap_or_else(Instant::now);
        self.kiosk.throttle.seconds_left(now)
    }

    fn exit_enabled(&self) -> bool {
        self.config.mode == AppMode::Kiosk
            && self.config.kiosk.exit_pin_hash.is_some()
            && !matches!(self.screen, Screen::ConfigError(_) | Screen::Kiosk(_))
    }

    /// A tap on the society's name.
    pub(super) fn society_tap(&mut self) -> Task<Message> {
        if !self.exit_enabled() {
            return Task::none();
        }
        let now = self.kiosk_now();
        if self.kiosk.gesture.tap(now) {
            self.open_exit_pad()
        } else {
            Task::none()
        }
    }

    /// Ends any member session, then shows the PIN pad.
    fn open_exit_pad(&mut self) -> Task<Message> {
        let wipe = self.end_session(crate::stats::Exit::StartOver);
        // No ticks ran while the pad was closed: the countdown starts from now.
        self.kiosk_now();
        tracing::info!("staff exit pad opened");
        self.screen = Screen::Kiosk(kiosk_exit::State::pad());
        wipe
    }

    /// A kiosk message.
    pub(super) fn update_kiosk(&mut self, message: KioskMessage) -> Task<Message> {
        match message {
            KioskMessage::Chord if self.exit_enabled() => self.open_exit_pad(),
            KioskMessage::Chord => Task::none(),
            KioskMessage::Tick(now) => {
                self.kiosk.now = Some(self.kiosk.now.map_or(now, |seen| seen.max(now)));
                Task::none()
            }
            KioskMessage::Checked(right) => self.exit_checked(right),
            KioskMessage::Exit(message) => self.update_exit(message),
            KioskMessage::WindowChecked(id, mode, size, monitor) => {
                window_fallback(id, fallback(mode, size, monitor))
            }
        }
    }

    fn update_exit(&mut self, message: kiosk_exit::Message) -> Task<Message> {
        let now = self.kiosk_now();
        let locked = self.kiosk.throttle.locked_for(now).is_some();
        let Screen::Kiosk(state) = &mut self.screen else {
            return Task::none();
        };
        match state.update(message, locked) {
            kiosk_exit::Action::None => Task::none(),
            kiosk_exit::Action::BackToKiosk => {
                tracing::info!("staff exit closed: back to the kiosk");
                self.end_session(crate::stats::Exit::StartOver)
            }
            kiosk_exit::Action::StaffPanel => self.open_staff(),
            kiosk_exit::Action::Quit => {
                tracing::info!("quit by staff from the kiosk");
                iced::exit()
            }
            kiosk_exit::Action::Check(pin) => {
                let Some(hash) = self.config.kiosk.exit_pin_hash.clone() else {
                    return Task::none();
                };
                Task::perform(
                    async move {
                        tokio::task::spawn_blocking(move || hash.verify(&pin))
                            .await
                            .unwrap_or(false)
                    },
                    |right| Message::Kiosk(KioskMessage::Checked(right)),
                )
            }
        }
    }

    /// The PIN check's result. A wrong PIN counts even if the pad was closed meanwhile.
    fn exit_checked(&mut self, right: bool) -> Task<Message> {
        let now = self.kiosk_now();
        let on_pad = matches!(&self.screen, Screen::Kiosk(kiosk_exit::State::Pad(_)));
        if right && on_pad {
            tracing::info!("staff exit PIN accepted: staff menu");
            self.kiosk.throttle.succeed();
            self.save_exit_lockout(now);
            self.screen = Screen::Kiosk(kiosk_exit::State::Menu);
            return Task::none();
        }
        if !right {
            match self.kiosk.throttle.fail(now) {
                Some(lockout) => tracing::warn!(
                    lockout_secs = lockout.as_secs(),
                    "wrong staff exit PIN: pad locked"
                ),
                None => tracing::info!("wrong staff exit PIN"),
            }
            self.save_exit_lockout(now);
        }
        if let Screen::Kiosk(state) = &mut self.screen {
            state.rejected();
        }
        Task::none()
    }

    /// The key chord (kiosk mode with a PIN) and the lock-out countdown.
    pub(super) fn kiosk_subscription(&self) -> Subscription<Message> {
        let chord =
            if self.config.mode == AppMode::Kiosk && self.config.kiosk.exit_pin_hash.is_some() {
                iced::event::listen_with(chord)
            } else {
                Subscription::none()
            };
        let tick = if matches!(self.screen, Screen::Kiosk(_)) && self.exit_locked_for().is_some() {
            iced::time::every(Duration::from_secs(1))
                .map(|now| Message::Kiosk(KioskMessage::Tick(now)))
        } else {
            Subscription::none()
        };
        Subscription::batch([chord, tick])
    }

    /// The PIN pad or the staff menu (full screen, no header).
    pub(super) fn kiosk_view<'a>(&self, state: &'a kiosk_exit::State) -> Element<'a, Message> {
        state
            .view(self.palette.look(), self.language, self.exit_locked_for())
            .map(|m| Message::Kiosk(KioskMessage::Exit(m)))
    }

    /// In kiosk mode, a second after start: is the window fullscreen? (See
    /// [`fallback`].) Nothing in windowed mode.
    pub fn window_check_task(&self) -> Task<Message> {
        if self.config.mode != AppMode::Kiosk {
            return Task::none();
        }
        Task::perform(tokio::time::sleep(Duration::from_secs(1)), |()| ())
            .then(|()| window::latest())
            .then(|id| match id {
                Some(id) => window::mode(id).then(move |mode| {
                    window::size(id).then(move |size| {
                        window::monitor_size(id).map(move |monitor| {
                            Message::Kiosk(KioskMessage::WindowChecked(id, mode, size, monitor))
                        })
                    })
                }),
                None => Task::none(),
            })
    }

    /// The clipboard at the end of a session: kiosk mode always empties it; windowed
    /// mode empties it only if it holds text the session typed (compared in the task,
    /// then dropped: the values are never kept).
    pub(super) fn clear_clipboard(&self, ended: &Screen) -> Task<Message> {
        if clipboard::clear_unread(self.config.mode) {
            return iced::clipboard::write(String::new());
        }
        let typed = ended.typed_values();
        if typed.is_empty() {
            return Task::none();
        }
        iced::clipboard::read().then(move |held| {
            let held = held.map(Zeroizing::new);
            if clipboard::holds_session_text(held.as_ref().map(|h| h.as_str()), &typed) {
                tracing::info!("clipboard held text of the ended session: cleared");
                iced::clipboard::write(String::new())
            } else {
                Task::none()
            }
        })
    }
}

fn window_fallback(id: window::Id, decision: Fallback) -> Task<Message> {
    match decision {
        Fallback::Nothing => Task::none(),
        Fallback::Resize(size) => {
            tracing::warn!(
                width = size.width,
                height = size.height,
                "kiosk window is not fullscreen: fallback resized it to the monitor at (0, 0)"
            );
            Task::batch([window::move_to(id, Point::ORIGIN), window::resize(id, size)])
        }
        Fallback::NoMonitor => {
            tracing::warn!("kiosk window is not fullscreen and the monitor size is unknown");
            Task::none()
        }
    }
}

impl Screen {
    /// Every value the member typed in this screen's session, copied into zeroizing
    /// strings (for the clipboard check only).
    pub fn typed_values(&self) -> Vec<Zeroizing<String>> {
        let mut values: Vec<&str> = Vec::new();
        match self {
            Screen::Insured(path) => values.extend(path.typed()),
            Screen::Family(path) => values.extend(path.typed()),
            Screen::Recovery(state) => values.extend(state.typed()),
            Screen::Welcome(_) | Screen::Staff(_) | Screen::Kiosk(_) | Screen::ConfigError(_) => {}
        }
        values
            .into_iter()
            .filter(|v| !v.trim().is_empty())
            .map(|v| Zeroizing::new(v.to_owned()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(key: &str, modifiers: keyboard::Modifiers) -> iced::Event {
        iced::Event::Keyboard(keyboard::Event::KeyPressed {
            key: keyboard::Key::Character(key.into()),
            modified_key: keyboard::Key::Character(key.into()),
            physical_key: keyboard::key::Physical::Unidentified(
                keyboard::key::NativeCode::Unidentified,
            ),
            location: keyboard::Location::Standard,
            modifiers,
            text: None,
            repeat: false,
        })
    }

    fn is_chord(event: iced::Event) -> bool {
        matches!(
            chord(event, iced::event::Status::Ignored, window::Id::unique()),
            Some(Message::Kiosk(KioskMessage::Chord))
        )
    }

    #[test]
    fn only_ctrl_alt_shift_s_is_the_chord() {
        use keyboard::Modifiers as M;
        let all = M::CTRL | M::ALT | M::SHIFT;
        assert!(is_chord(press("s", all)));
        assert!(is_chord(press("S", all)));
        assert!(!is_chord(press("s", M::CTRL | M::ALT)));
        assert!(!is_chord(press("s", M::CTRL | M::SHIFT)));
        assert!(!is_chord(press("s", M::empty())));
        assert!(!is_chord(press("d", all)));
    }
}
