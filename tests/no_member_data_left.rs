//! Leaving nothing behind: the insured path with canary values, ended by the idle
//! countdown (synthetic time) and by "start over"; afterwards no canary is in the app's
//! state (its `Debug` output) or in the log file. Also: a panic's payload never reaches
//! the log. One binary, one test, because the global log subscriber is set once per
//! process and its file is read after the writer is flushed.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::insured_step as step;

use std::time::Duration;

use common::{Harness, field_value, walk};
use kenpos_kiosk::app::{App, Message, Screen};
use kenpos_kiosk::i18n::{Language, tr};
use kenpos_kiosk::paths::insured::Step;
use kenpos_kiosk::screens::countdown;
use kenpos_kiosk::screens::insured::{login_id, password, setup};

const JA: Language = Language::Ja;

const EMAIL: &str = "canary.zx81@example.jp";
const PASSWORD: &str = "canary-pass-zx81 long";
const PANIC_CANARY: &str = "panic-canary-qv42";

/// Everything the member typed or that identifies them.
const CANARIES: &[&str] = &[
    "canary.zx81",
    "canary-pass-zx81",
    "zx81",
    "20000121",
    "2000-01-21",
    "091200001",
    "200001",
];

/// Welcome → ID from the card → password from the birth date → consent → basic setup
/// with the canary email and password typed (not yet sent).
fn to_setup_with_canaries(h: &Harness, app: &mut App) {
    walk::to_password_by_card(h, app, JA);
    h.type_into(app, password::BIRTH, "2000-01-21");
    h.click(app, &tr(JA, "insured-birth-use"));
    h.click(app, &tr(JA, "insured-password-show"));
    assert_eq!(field_value(app, password::PASSWORD), "20000121");
    h.click(app, &tr(JA, "insured-password-next"));
    assert_eq!(step(app), Some(Step::Consent));
    walk::agree(h, app, JA);
    assert_eq!(step(app), Some(Step::Setup));
    h.type_into(app, setup::EMAIL, EMAIL);
    h.type_into(app, setup::NEW_PASSWORD, PASSWORD);
    h.type_into(app, setup::CONFIRM, PASSWORD);
}

fn assert_no_canary(what: &str, text: &str) {
    for canary in CANARIES {
        assert!(!text.contains(canary), "{what} still holds {canary:?}");
    }
    for structure in ["Member", "BirthDate", "Insured("] {
        assert!(
            !text.contains(structure),
            "{what} still holds a {structure}"
        );
    }
}

fn ended_by_idle_countdown(h: &Harness) {
    let mut app = h.app();
    to_setup_with_canaries(h, &mut app);
    h.click(&mut app, &tr(JA, "setup-next"));
    assert_eq!(step(&app), Some(Step::Confirm));
    h.click(&mut app, &tr(JA, "confirm-send"));
    assert_eq!(step(&app), Some(Step::Sent));
    let before = format!("{app:?}");
    assert!(before.contains("200001"), "the probe sees member data");

    // Idle on the email-sent screen: warning, then zero.
    let t = app.idle().now().unwrap();
    for after in [90, 100, 119, 120] {
        h.send(
            &mut app,
            Message::Idle(countdown::Message::Tick(t + Duration::from_secs(after))),
        );
    }
    assert!(matches!(app.screen(), Screen::Welcome(_)));
    assert_no_canary("app after the idle countdown", &format!("{app:?}"));
}

fn ended_by_start_over(h: &Harness) {
    let mut app = h.app();
    to_setup_with_canaries(h, &mut app);
    // Typed values live in zeroizing types whose Debug is redacted: probe the screen.
    assert_eq!(
        field_value(&app, setup::EMAIL),
        EMAIL,
        "the probe sees the typed email"
    );
    // The countdown's "start over" (the header's works the same way).
    let t = app.idle().now().unwrap();
    h.send(
        &mut app,
        Message::Idle(countdown::Message::Tick(t + Duration::from_secs(180))),
    );
    h.click(&mut app, &tr(JA, "idle-start-over"));
    assert!(matches!(app.screen(), Screen::Welcome(_)));
    assert_no_canary("app after start over", &format!("{app:?}"));
    // The path starts empty again: the state was dropped, not hidden.
    walk::to_login_id(h, &mut app, JA);
    for id in [login_id::LOGIN_ID, login_id::SYMBOL, login_id::NUMBER] {
        let value = field_value(&app, id);
        assert!(
            !value.contains("200001") && !value.contains("91"),
            "{id} kept {value:?}"
        );
    }
}

fn panic_payload_is_not_logged() {
    kenpos_kiosk::panic_hook::install();
    let result = std::panic::catch_unwind(|| {
        panic!("{PANIC_CANARY} {EMAIL}");
    });
    assert!(result.is_err());
}

#[test]
fn nothing_member_related_is_left_behind() {
    let dir = tempfile::tempdir().unwrap();
    let guard = kenpos_kiosk::logging::init(Some(dir.path().to_owned()));
    assert!(guard.is_some(), "logging to the temp dir");

    ended_by_idle_countdown(&Harness::start());
    ended_by_start_over(&Harness::start());
    panic_payload_is_not_logged();

    drop(guard); // flushes the file
    let mut log = String::new();
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        log.push_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    assert!(log.contains("session ended"), "the log was written: {log}");
    assert!(
        log.contains("login_ok"),
        "the backend's events are in it too"
    );
    assert!(
        log.contains(kenpos_kiosk::panic_hook::MESSAGE),
        "the panic was logged"
    );
    assert!(log.contains("no_member_data_left.rs"), "with its location");
    assert!(!log.contains(PANIC_CANARY), "but not its payload");
    for canary in CANARIES {
        assert!(!log.contains(canary), "the log holds {canary:?}:\n{log}");
    }
}
