//! Keyboard-only operation at the root: what Escape means on each screen. (Tab and
//! Enter are handled by the widgets: `widgets::focus` and the text inputs' submit.)

use super::{App, KioskMessage, Message, Screen};
use crate::screens::{kiosk_exit, recovery, staff, welcome};

impl App {
    /// The message Escape sends on the current screen: the screen's own "back" (the
    /// same as tapping its back button), or nothing where there is no way back (the
    /// welcome screen, the email-sent screen, the config error).
    pub(super) fn escape_message(&self) -> Option<Message> {
        match &self.screen {
            Screen::Welcome(state) => state
                .question()
                .map(|_| Message::Welcome(welcome::Message::Ask(None))),
            Screen::ConfigError(_) => None,
            Screen::Kiosk(state) => Some(Message::Kiosk(KioskMessage::Exit(match state {
                kiosk_exit::State::Pad(_) => kiosk_exit::Message::Cancel,
                kiosk_exit::State::Menu => kiosk_exit::Message::BackToKiosk,
            }))),
            Screen::Recovery(_) => Some(Message::Recovery(recovery::Message::Back)),
            Screen::Staff(_) => Some(Message::Staff(staff::Message::Back)),
            Screen::Insured(path) => path.escape().map(Message::Insured),
            Screen::Family(path) => path.escape().map(Message::Family),
        }
    }
}
