//! Keyboard-only operation at the root: what Escape means on each screen. (Tab and
//! Enter are handled by the widgets: `widgets::focus` and the text inputs' submit.)

use super::{App, FamilyMessage, FamilyStep, InsuredMessage, KioskMessage, Message, Screen, Step};
use crate::screens::family::{eligibility, setup as family_setup};
use crate::screens::insured::{confirm, consent, login_id, password, setup};
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
            Screen::Insured(flow) => {
                let message = match flow.step {
                    Step::LoginId => InsuredMessage::LoginId(login_id::Message::Back),
                    Step::Password => InsuredMessage::Password(password::Message::Back),
                    Step::Consent => InsuredMessage::Consent(consent::Message::Back),
                    Step::Setup => InsuredMessage::Setup(setup::Message::Back),
                    Step::Confirm => {
                        InsuredMessage::Confirm(confirm::Message::Change(confirm::Item::Email))
                    }
                    Step::Sent | Step::Ready => return None,
                };
                Some(Message::Insured(message))
            }
            Screen::Family(flow) => {
                let message = match flow.step {
                    FamilyStep::Start => FamilyMessage::Leave,
                    FamilyStep::Eligibility => {
                        FamilyMessage::Eligibility(eligibility::Message::Back)
                    }
                    FamilyStep::Consent => FamilyMessage::Consent(consent::Message::Back),
                    FamilyStep::Setup => FamilyMessage::Setup(family_setup::Message::Back),
                    FamilyStep::Confirm => FamilyMessage::Confirm(
                        crate::screens::family::confirm::Message::Change(family_setup::NAME),
                    ),
                    FamilyStep::Sent => return None,
                };
                Some(Message::Family(message))
            }
        }
    }
}
