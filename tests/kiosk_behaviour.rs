//! Kiosk behaviour at the edges: a backend that is down at start (the welcome screen
//! still works and shows the office contact), close requests (ignored in kiosk mode),
//! and the resend countdown ticking on both paths' email screens.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{Harness, shows, walk};
use kenpos_kiosk::app::{App, Message, Screen};
use kenpos_kiosk::config::{Config, Mode};
use kenpos_kiosk::i18n::{Language, tr};
use kenpos_kiosk::paths::family::Message as FamilyMessage;
use kenpos_kiosk::paths::family::Step as FamilyStep;

const JA: Language = Language::Ja;

fn recipes(app: &App) -> usize {
    iced_test::futures::subscription::into_recipes(app.subscription()).len()
}

#[test]
fn backend_down_at_start_shows_the_office_contact_on_welcome() {
    let mut h = Harness::start();
    let mut up = h.app();
    let check = up.boot_task();
    h.send_task(&mut up, check);
    assert!(!up.backend_down());
    assert!(!shows(&up, &tr(JA, "welcome-backend-down")));

    h.stop_backend();
    let mut app = h.app();
    let check = app.boot_task();
    h.send_task(&mut app, check);
    assert!(app.backend_down());
    assert!(shows(&app, &tr(JA, "welcome-backend-down")));
    assert!(shows(&app, &tr(JA, "office-title")));
    // The welcome screen still works.
    walk::to_login_id(&h, &mut app, JA);
}

#[test]
fn close_requests_are_ignored_in_kiosk_mode_only() {
    let h = Harness::start();
    let mut kiosk = h.app_with(Config {
        mode: Mode::Kiosk,
        ..common::config()
    });
    let ignored = kiosk.update(Message::CloseRequested(iced::window::Id::unique()));
    assert_eq!(ignored.units(), 0, "kiosk mode must not close");
    let mut windowed = h.app_with(Config {
        mode: Mode::Windowed,
        ..common::config()
    });
    let close = windowed.update(Message::CloseRequested(iced::window::Id::unique()));
    assert!(close.units() > 0, "windowed mode closes");
}

#[test]
fn the_family_email_screen_gets_its_resend_countdown_tick() {
    let h = Harness::start();
    let mut app = h.app();
    h.click(&mut app, &tr(JA, "welcome-choice-family"));
    let before = recipes(&app);
    // Through a real signup (the 任意継続 demo member) to the email-sent step.
    h.click(&mut app, &tr(JA, "family-start-next"));
    h.type_into(
        &mut app,
        kenpos_kiosk::screens::family::eligibility::SYMBOL,
        "500",
    );
    h.type_into(
        &mut app,
        kenpos_kiosk::screens::family::eligibility::NUMBER,
        "12345",
    );
    h.type_into(
        &mut app,
        kenpos_kiosk::screens::family::eligibility::INSURER,
        "06139984",
    );
    h.click(&mut app, &tr(JA, "family-eligibility-next"));
    walk::agree(&h, &mut app, JA);
    use kenpos_kiosk::screens::family::setup;
    h.type_into(&mut app, setup::NAME, "ニンイ　ケイコ");
    h.type_into(&mut app, setup::BIRTH, "1965-04-01");
    h.type_into(&mut app, setup::EMAIL, "keiko.nini@example.jp");
    h.type_into(&mut app, setup::PASSWORD, "harbour light evening");
    h.type_into(&mut app, setup::CONFIRM, "harbour light evening");
    h.click(&mut app, &tr(JA, "setup-next"));
    h.click(&mut app, &tr(JA, "confirm-send"));
    assert!(matches!(app.screen(), Screen::Family(flow) if flow.step() == FamilyStep::Sent));
    assert_eq!(
        recipes(&app),
        before + 1,
        "the email screen adds its 1 s tick"
    );
    // The tick reaches the screen.
    let _ = app.update(Message::Family(FamilyMessage::Sent(
        kenpos_kiosk::screens::shared::email_sent::Message::Tick(std::time::Instant::now()),
    )));
    assert!(shows(&app, &tr(JA, "sent-finish")));
}
