//! Leaving kiosk mode (issue 7): the discreet gesture and the key chord open the PIN
//! pad (ending the member's session first); wrong PINs lock the pad with a countdown
//! that survives closing it; the right PIN opens the staff menu and the staff panel;
//! no PIN hash, no way in; windowed mode keeps its Staff button. And the clipboard at
//! the end of a session.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::{Duration, Instant};

use common::{Harness, interact, shows, walk};
use iced::Task;
use iced::widget;
use iced_test::futures::futures::StreamExt;
use kenpos_kiosk::app::{App, KioskMessage, Message, Screen};
use kenpos_kiosk::config::{Config, Mode};
use kenpos_kiosk::i18n::{Language, tr, tr_args};
use kenpos_kiosk::kiosk::PinHash;
use kenpos_kiosk::paths::insured::Step;
use kenpos_kiosk::screens::insured::login_id;
use kenpos_kiosk::screens::kiosk_exit::{self, State};
use kenpos_kiosk::widgets::keypad::Key;

const JA: Language = Language::Ja;
const PIN: &str = "246810";
const SOCIETY: &str = "けんぽす健康保険組合";

/// The argon2id hash of [`PIN`] that `pin hash` makes (weaker ones are refused).
fn pin_hash() -> PinHash {
    PinHash::parse(&kenpos_kiosk::kiosk::pin::hash_pin(PIN).unwrap()).unwrap()
}

/// An app whose wrong-PIN lock-out is kept in `dir` (each test has its own).
fn app(h: &Harness, mode: Mode, hash: Option<PinHash>, dir: &tempfile::TempDir) -> App {
    let mut config = Config {
        mode,
        ..common::config()
    };
    config.kiosk.exit_pin_hash = hash;
    config.kiosk.lockout_file = dir.path().join("exit-pin-lockout");
    h.app_with(config)
}

fn tap_society(h: &Harness, app: &mut App, times: usize) {
    for _ in 0..times {
        h.click(app, SOCIETY);
    }
}

fn press(h: &Harness, app: &mut App, id: String) -> usize {
    let messages = interact(app, |ui| {
        ui.click(widget::Id::from(id.clone()))
            .unwrap_or_else(|e| panic!("no {id}: {e}"));
    });
    let count = messages.len();
    for message in messages {
        h.send(app, message);
    }
    count
}

fn enter(h: &Harness, app: &mut App, pin: &str) {
    for d in pin.chars() {
        assert_eq!(
            press(h, app, kiosk_exit::key_id(&Key::Insert(d))),
            1,
            "key {d}"
        );
    }
    assert_eq!(press(h, app, kiosk_exit::OK.to_owned()), 1, "OK");
}

fn on_pad(app: &App) -> bool {
    matches!(app.screen(), Screen::Kiosk(State::Pad(_)))
}

fn locked_line(seconds: u64) -> String {
    tr_args(JA, "kiosk-pin-locked", &[("seconds", seconds.into())])
}

#[test]
fn the_gesture_ends_the_session_and_opens_the_pad() {
    let h = Harness::start();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(&h, Mode::Kiosk, Some(pin_hash()), &dir);
    // A member is half-way through the login ID.
    walk::to_login_id(&h, &mut app, JA);
    h.type_into(&mut app, login_id::SYMBOL, "91");
    assert!(matches!(app.screen(), Screen::Insured(flow) if flow.step() == Step::LoginId));
    // Four taps are not enough; the fifth within 3 s opens the pad.
    tap_society(&h, &mut app, 4);
    assert!(matches!(app.screen(), Screen::Insured(_)));
    tap_society(&h, &mut app, 1);
    assert!(on_pad(&app));
    assert!(shows(&app, &tr(JA, "kiosk-pin-title")));
    assert!(
        !shows(&app, SOCIETY),
        "the pad is full screen, without the header"
    );
    // Cancel: back to a fresh welcome screen; the member's input is gone.
    assert_eq!(press(&h, &mut app, kiosk_exit::CANCEL.to_owned()), 1);
    assert!(matches!(app.screen(), Screen::Welcome(_)));
    walk::to_login_id(&h, &mut app, JA);
    assert_eq!(common::field_value(&app, login_id::SYMBOL), "");
}

#[test]
fn wrong_pins_lock_the_pad_across_reopening_until_the_clock_moves_on() {
    let h = Harness::start();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(&h, Mode::Kiosk, Some(pin_hash()), &dir);
    h.send(&mut app, Message::Kiosk(KioskMessage::Chord));
    assert!(on_pad(&app), "the key chord opens the pad");

    enter(&h, &mut app, "111111");
    assert!(shows(&app, &tr(JA, "kiosk-pin-wrong")));
    enter(&h, &mut app, "2468");
    assert_eq!(app.exit_locked_for(), None);
    enter(&h, &mut app, "135790");
    assert_eq!(app.exit_locked_for(), Some(30));
    assert!(shows(&app, &locked_line(30)));
    // Locked: the keys do nothing.
    assert_eq!(
        press(&h, &mut app, kiosk_exit::key_id(&Key::Insert('2'))),
        0
    );

    // Closing and reopening the pad does not reset the lock-out.
    press(&h, &mut app, kiosk_exit::CANCEL.to_owned());
    assert!(matches!(app.screen(), Screen::Welcome(_)));
    tap_society(&h, &mut app, 5);
    assert!(on_pad(&app));
    assert!(shows(&app, &locked_line(30)));

    // The countdown follows the clock (ticks carry their time).
    let start = Instant::now();
    h.send(
        &mut app,
        Message::Kiosk(KioskMessage::Tick(start + Duration::from_secs(12))),
    );
    assert!(shows(&app, &locked_line(18)) || shows(&app, &locked_line(19)));
    h.send(
        &mut app,
        Message::Kiosk(KioskMessage::Tick(start + Duration::from_secs(31))),
    );
    assert_eq!(app.exit_locked_for(), None);
    assert!(!shows(&app, &locked_line(30)));

    // The right PIN: the staff menu, then the staff panel.
    enter(&h, &mut app, PIN);
    assert!(matches!(app.screen(), Screen::Kiosk(State::Menu)));
    assert!(shows(&app, &tr(JA, "kiosk-menu-quit")));
    h.click(&mut app, &tr(JA, "kiosk-menu-staff-panel"));
    assert!(matches!(app.screen(), Screen::Staff(_)));

    // The right PIN reset the throttle: three more wrong ones lock for 30 s, not 60.
    h.send(&mut app, Message::Kiosk(KioskMessage::Chord));
    assert!(on_pad(&app), "the chord works from the staff panel too");
    for _ in 0..3 {
        enter(&h, &mut app, "999999");
    }
    assert_eq!(app.exit_locked_for(), Some(30));
}

#[test]
fn a_second_lock_out_doubles() {
    let h = Harness::start();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(&h, Mode::Kiosk, Some(pin_hash()), &dir);
    h.send(&mut app, Message::Kiosk(KioskMessage::Chord));
    for _ in 0..3 {
        enter(&h, &mut app, "000000");
    }
    assert_eq!(app.exit_locked_for(), Some(30));
    let later = Instant::now() + Duration::from_secs(31);
    h.send(&mut app, Message::Kiosk(KioskMessage::Tick(later)));
    for _ in 0..3 {
        enter(&h, &mut app, "000000");
    }
    assert_eq!(app.exit_locked_for(), Some(60));
    assert!(shows(&app, &locked_line(60)));
}

#[test]
fn a_restart_does_not_end_a_lock_out_or_give_fresh_tries() {
    let h = Harness::start();
    let dir = tempfile::tempdir().unwrap();
    let mut first = app(&h, Mode::Kiosk, Some(pin_hash()), &dir);
    h.send(&mut first, Message::Kiosk(KioskMessage::Chord));
    for _ in 0..3 {
        enter(&h, &mut first, "000000");
    }
    assert_eq!(first.exit_locked_for(), Some(30));
    drop(first);

    // The kiosk unit starts the app again: the pad is still locked.
    let mut second = app(&h, Mode::Kiosk, Some(pin_hash()), &dir);
    h.send(&mut second, Message::Kiosk(KioskMessage::Chord));
    assert!(on_pad(&second));
    let left = second.exit_locked_for().unwrap();
    assert!((29..=31).contains(&left), "{left}");
    assert!(shows(&second, &locked_line(left)));
    assert_eq!(
        press(&h, &mut second, kiosk_exit::key_id(&Key::Insert('2'))),
        0,
        "the keys do nothing"
    );

    // After it ends, the count carried over: the next lock-out is 60 s, not 30.
    let later = Instant::now() + Duration::from_secs(31);
    h.send(&mut second, Message::Kiosk(KioskMessage::Tick(later)));
    for _ in 0..2 {
        enter(&h, &mut second, "000000");
    }
    drop(second);
    // Two wrong PINs, a restart, one more: that is the third.
    let mut third = app(&h, Mode::Kiosk, Some(pin_hash()), &dir);
    h.send(&mut third, Message::Kiosk(KioskMessage::Chord));
    assert_eq!(third.exit_locked_for(), None);
    enter(&h, &mut third, "000000");
    assert_eq!(third.exit_locked_for(), Some(60));

    // A damaged file locks the pad rather than forgetting.
    std::fs::write(dir.path().join("exit-pin-lockout"), "garbage").unwrap();
    let fourth = app(&h, Mode::Kiosk, Some(pin_hash()), &dir);
    assert_eq!(fourth.exit_locked_for(), Some(30));
}

#[test]
fn without_a_pin_hash_nothing_opens_and_windowed_mode_keeps_its_staff_button() {
    let h = Harness::start();
    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = app(&h, Mode::Kiosk, None, &dir);
    tap_society(&h, &mut kiosk, 10);
    h.send(&mut kiosk, Message::Kiosk(KioskMessage::Chord));
    assert!(matches!(kiosk.screen(), Screen::Welcome(_)));
    assert!(!shows(&kiosk, &tr(JA, "header-staff")));

    let mut windowed = app(&h, Mode::Windowed, Some(pin_hash()), &dir);
    tap_society(&h, &mut windowed, 5);
    h.send(&mut windowed, Message::Kiosk(KioskMessage::Chord));
    assert!(matches!(windowed.screen(), Screen::Welcome(_)));
    h.click(&mut windowed, &tr(JA, "header-staff"));
    assert!(matches!(windowed.screen(), Screen::Staff(_)));
}

/// Runs a Task, answering clipboard reads with `clipboard`; returns the clipboard
/// actions it asked for (`read`, `write:<contents>`).
fn clipboard_actions(h: &Harness, task: Task<Message>, clipboard: Option<&str>) -> Vec<String> {
    let Some(mut stream) = iced_test::runtime::task::into_stream(task) else {
        return Vec::new();
    };
    h.runtime.block_on(async {
        let mut seen = Vec::new();
        while let Some(action) = stream.next().await {
            if let iced_test::runtime::Action::Clipboard(action) = action {
                match action {
                    iced_test::runtime::clipboard::Action::Read { channel, .. } => {
                        seen.push("read".to_owned());
                        let _ = channel.send(clipboard.map(str::to_owned));
                    }
                    iced_test::runtime::clipboard::Action::Write { contents, .. } => {
                        seen.push(format!("write:{contents}"));
                    }
                }
            }
        }
        seen
    })
}

fn start_over_with_symbol(h: &Harness, app: &mut App) -> Task<Message> {
    walk::to_login_id(h, app, JA);
    h.type_into(app, login_id::SYMBOL, "91");
    app.update(Message::Header(
        kenpos_kiosk::widgets::header::Message::StartOver,
    ))
}

#[test]
fn the_clipboard_is_emptied_when_a_session_ends() {
    let h = Harness::start();
    let dir = tempfile::tempdir().unwrap();
    // Kiosk mode: always, without reading it.
    let mut kiosk = app(&h, Mode::Kiosk, None, &dir);
    let task = start_over_with_symbol(&h, &mut kiosk);
    assert_eq!(clipboard_actions(&h, task, Some("anything")), ["write:"]);
    // Windowed mode: only when it holds what the session typed.
    let mut windowed = app(&h, Mode::Windowed, None, &dir);
    let task = start_over_with_symbol(&h, &mut windowed);
    assert_eq!(clipboard_actions(&h, task, Some("91")), ["read", "write:"]);
    let mut windowed = app(&h, Mode::Windowed, None, &dir);
    let task = start_over_with_symbol(&h, &mut windowed);
    assert_eq!(clipboard_actions(&h, task, Some("staff notes")), ["read"]);
    // Nothing typed: nothing to compare.
    let mut windowed = app(&h, Mode::Windowed, None, &dir);
    walk::to_login_id(&h, &mut windowed, JA);
    let task = windowed.update(Message::Header(
        kenpos_kiosk::widgets::header::Message::StartOver,
    ));
    assert!(clipboard_actions(&h, task, Some("91")).is_empty());
}
