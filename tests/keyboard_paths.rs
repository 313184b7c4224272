//! Keyboard-only operation (issue 8): both paths and forgot-ID completed with Tab,
//! Shift-Tab, Enter, Space, Escape and typing only — no clicks — against the reference
//! backend over loopback; the focus ring is drawn in the theme's focus colour in both
//! palettes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{family_step, insured_step as step};

use common::keys::Keys;
use common::{Harness, field_value, shows, walk};
use iced::keyboard::key;
use kenpos_kiosk::app::{App, Screen};
use kenpos_kiosk::i18n::{Language, tr};
use kenpos_kiosk::paths::family::Step as FamilyStep;
use kenpos_kiosk::paths::insured::Step;
use kenpos_kiosk::screens::family::{eligibility, setup as family_setup};
use kenpos_kiosk::screens::insured::{login_id, password, setup};
use kenpos_kiosk::screens::shared::consent;

const JA: Language = Language::Ja;

/// Consent by keyboard: Tab into the notice's box, End scrolls it to its end (which
/// unlocks its box), Space ticks both boxes, Enter on "next".
fn consent_by_keyboard(h: &Harness, app: &mut App, keys: &mut Keys) {
    keys.tab_to_widget(h, app, consent::PRIVACY_SCROLL);
    assert!(shows(app, &tr(JA, "consent-scroll-hint")));
    keys.named(h, app, key::Named::End, false);
    assert!(
        !shows(app, &tr(JA, "consent-scroll-hint")),
        "End in the focused box scrolls to its end"
    );
    keys.tab_to_label(h, app, &tr(JA, "consent-privacy-agree"));
    keys.space(h, app);
    keys.tab_to_label(h, app, &tr(JA, "consent-terms-agree"));
    keys.space(h, app);
    keys.tab_to_label(h, app, &tr(JA, "consent-next"));
    keys.enter(h, app);
}

#[test]
fn insured_path_by_keyboard_only() {
    let h = Harness::start();
    let mut app = h.app();
    let mut keys = Keys::new(&app);

    keys.tab_to_label(&h, &mut app, &tr(JA, "welcome-choice-insured"));
    keys.enter(&h, &mut app);
    assert_eq!(step(&app), Some(Step::LoginId));

    keys.tab_to_field(&h, &mut app, login_id::SYMBOL);
    keys.type_text(&h, &mut app, "９１");
    keys.tab_to_field(&h, &mut app, login_id::NUMBER);
    keys.type_text(&h, &mut app, "200001");
    keys.tab_to_label(&h, &mut app, &tr(JA, "insured-card-use"));
    keys.enter(&h, &mut app);
    assert_eq!(field_value(&app, login_id::LOGIN_ID), "7132-091200001");
    keys.tab_to_label(&h, &mut app, &tr(JA, "insured-id-next"));
    keys.enter(&h, &mut app);
    assert_eq!(step(&app), Some(Step::Password));

    // Escape goes back a step and keeps what was typed; Tab, type, Enter submits.
    keys.escape(&h, &mut app);
    assert_eq!(step(&app), Some(Step::LoginId), "Escape goes back");
    assert_eq!(field_value(&app, login_id::LOGIN_ID), "7132-091200001");
    keys.tab_to_field(&h, &mut app, login_id::LOGIN_ID);
    keys.enter(&h, &mut app);
    assert_eq!(
        step(&app),
        Some(Step::Password),
        "Enter in the field submits"
    );

    keys.tab_to_field(&h, &mut app, password::PASSWORD);
    keys.type_text(&h, &mut app, "20000121");
    keys.enter(&h, &mut app);
    assert_eq!(step(&app), Some(Step::Consent));

    consent_by_keyboard(&h, &mut app, &mut keys);
    assert_eq!(step(&app), Some(Step::Setup));

    keys.tab_to_field(&h, &mut app, setup::EMAIL);
    keys.type_text(&h, &mut app, "keys.only@example.jp");
    keys.tab_to_field(&h, &mut app, setup::NEW_PASSWORD);
    keys.type_text(&h, &mut app, "quiet harbour lights");
    keys.tab_to_field(&h, &mut app, setup::CONFIRM);
    keys.type_text(&h, &mut app, "quiet harbour lights");
    keys.enter(&h, &mut app);
    assert_eq!(step(&app), Some(Step::Confirm), "{:?}", app.screen());

    keys.tab_to_label(&h, &mut app, &tr(JA, "confirm-send"));
    keys.enter(&h, &mut app);
    assert_eq!(step(&app), Some(Step::Sent));
    let mails = walk::mails_to(&h, "keys.only@example.jp");
    assert_eq!(mails, 1, "one signup email");

    keys.tab_to_label(&h, &mut app, &tr(JA, "sent-finish"));
    keys.enter(&h, &mut app);
    assert!(matches!(app.screen(), Screen::Welcome(_)));
}

#[test]
fn family_path_by_keyboard_only() {
    let h = Harness::start();
    let mut app = h.app();
    let mut keys = Keys::new(&app);

    keys.tab_to_label(&h, &mut app, &tr(JA, "welcome-choice-family"));
    keys.enter(&h, &mut app);
    assert_eq!(family_step(&app), Some(FamilyStep::Start));
    keys.tab_to_label(&h, &mut app, &tr(JA, "family-start-next"));
    keys.enter(&h, &mut app);
    assert_eq!(family_step(&app), Some(FamilyStep::Eligibility));

    keys.tab_to_field(&h, &mut app, eligibility::SYMBOL);
    keys.type_text(&h, &mut app, "91");
    keys.tab_to_field(&h, &mut app, eligibility::NUMBER);
    keys.type_text(&h, &mut app, "200001");
    keys.tab_to_field(&h, &mut app, eligibility::INSURER);
    keys.type_text(&h, &mut app, "06139984");
    keys.enter(&h, &mut app);
    assert_eq!(family_step(&app), Some(FamilyStep::Consent));

    consent_by_keyboard(&h, &mut app, &mut keys);
    assert_eq!(family_step(&app), Some(FamilyStep::Setup));

    keys.tab_to_field(&h, &mut app, family_setup::NAME);
    keys.type_text(&h, &mut app, "けんこう　はなこ");
    keys.tab_to_field(&h, &mut app, family_setup::BIRTH);
    keys.type_text(&h, &mut app, "H14.5.10");
    keys.tab_to_field(&h, &mut app, family_setup::EMAIL);
    keys.type_text(&h, &mut app, "hanako.keys@example.jp");
    keys.tab_to_field(&h, &mut app, family_setup::PASSWORD);
    keys.type_text(&h, &mut app, "sakura tree morning");
    keys.tab_to_field(&h, &mut app, family_setup::CONFIRM);
    keys.type_text(&h, &mut app, "sakura tree morning");
    // The newsletter box by Space, then back to it with Shift-Tab.
    keys.tab_to_label(&h, &mut app, &tr(JA, "setup-newsletter"));
    keys.space(&h, &mut app);
    keys.shift_tab(&h, &mut app);
    assert_ne!(
        keys.focused_text(&app),
        tr(JA, "setup-newsletter"),
        "Shift-Tab moves back"
    );
    keys.tab_to_label(&h, &mut app, &tr(JA, "setup-next"));
    keys.enter(&h, &mut app);
    assert_eq!(
        family_step(&app),
        Some(FamilyStep::Confirm),
        "{:?}",
        app.screen()
    );
    let Screen::Family(flow) = app.screen() else {
        panic!()
    };
    assert!(flow.confirm().unwrap().entered().newsletter);

    keys.tab_to_label(&h, &mut app, &tr(JA, "confirm-send"));
    keys.enter(&h, &mut app);
    assert_eq!(family_step(&app), Some(FamilyStep::Sent));
    let mails = walk::mails_to(&h, "hanako.keys@example.jp");
    assert_eq!(mails, 1, "one signup email");
}

#[test]
fn tab_and_shift_tab_visit_every_control_in_reading_order_and_wrap() {
    let h = Harness::start();
    let mut app = h.app();
    let mut keys = Keys::new(&app);
    let all = keys.focusables(&app);
    assert!(all.len() >= 5, "header and welcome controls: {all:?}");
    // Reading order: each focusable starts below, or on the same line to the right.
    for pair in all.windows(2) {
        let (a, b) = (pair[0].bounds, pair[1].bounds);
        assert!(
            b.y > a.y + a.height / 2.0 || (b.x >= a.x && (b.y - a.y).abs() < a.height),
            "{a:?} then {b:?} is not reading order"
        );
    }
    let mut seen = Vec::new();
    for _ in 0..all.len() {
        keys.tab(&h, &mut app);
        seen.push(keys.focused(&app).unwrap().bounds);
    }
    assert_eq!(
        seen,
        all.iter().map(|f| f.bounds).collect::<Vec<_>>(),
        "Tab visits each once, in order"
    );
    keys.tab(&h, &mut app);
    assert_eq!(
        keys.focused(&app).unwrap().bounds,
        all[0].bounds,
        "Tab wraps around"
    );
    keys.shift_tab(&h, &mut app);
    assert_eq!(
        keys.focused(&app).unwrap().bounds,
        all[all.len() - 1].bounds,
        "Shift-Tab wraps back"
    );
    // Escape on the welcome screen does nothing; on the recovery screen it goes back.
    assert_eq!(keys.escape(&h, &mut app), 0);
    keys.tab_to_label(&h, &mut app, &tr(JA, "welcome-choice-forgot"));
    keys.enter(&h, &mut app);
    assert!(matches!(app.screen(), Screen::Recovery(_)));
    keys.escape(&h, &mut app);
    assert!(matches!(app.screen(), Screen::Welcome(_)));
}

#[test]
fn the_focused_control_has_a_ring_in_the_focus_colour_in_both_themes() {
    use kenpos_kiosk::theme::Palette;
    use kenpos_kiosk::widgets::focus::{RING_OFFSET, RING_WIDTH};
    let h = Harness::start();
    for palette in [Palette::Light, Palette::HighContrast] {
        let mut app = h.app();
        if app.palette() != palette {
            h.click(&mut app, &tr(JA, "header-high-contrast"));
        }
        assert_eq!(app.palette(), palette);
        let mut keys = Keys::with_size(&app, iced::Size::new(1280.0, 800.0));
        let label = tr(JA, "welcome-choice-insured");
        keys.tab_to_label(&h, &mut app, &label);
        let focused = keys.focused(&app).unwrap().bounds;
        let ring_x = focused.x - RING_OFFSET - RING_WIDTH / 2.0;
        let ring_y = focused.center_y();
        let focus = palette.look().focus;
        let expected = [focus.r, focus.g, focus.b].map(|c| (c * 255.0).round() as i32);
        let shot = keys.screenshot(&app);
        let drawn = keys.pixel(&shot, ring_x, ring_y).map(i32::from);
        assert!(
            drawn.iter().zip(expected).all(|(a, b)| (a - b).abs() <= 8),
            "{palette:?}: ring pixel {drawn:?}, focus colour {expected:?}"
        );
        // Tab away: the ring goes with the focus.
        keys.tab(&h, &mut app);
        let shot = keys.screenshot(&app);
        let after = keys.pixel(&shot, ring_x, ring_y).map(i32::from);
        assert!(
            after.iter().zip(expected).any(|(a, b)| (a - b).abs() > 40),
            "{palette:?}: the ring stays after focus moved: {after:?}"
        );
    }
}

#[test]
fn forgot_login_id_by_keyboard_only() {
    use kenpos_kiosk::screens::recovery;
    let h = Harness::start();
    let mut app = h.app();
    let mut keys = Keys::new(&app);
    keys.tab_to_label(&h, &mut app, &tr(JA, "welcome-choice-forgot"));
    keys.enter(&h, &mut app);
    keys.tab_to_label(&h, &mut app, &tr(JA, "forgot-login-id"));
    keys.enter(&h, &mut app);
    // The card help first; the email form is one more choice away.
    assert!(shows(&app, &tr(JA, "recovery-card-title")));
    keys.tab_to_label(&h, &mut app, &tr(JA, "recovery-card-email"));
    keys.enter(&h, &mut app);
    keys.tab_to_field(&h, &mut app, recovery::FIELD);
    keys.type_text(&h, &mut app, "michiko@example.jp");
    assert_eq!(field_value(&app, recovery::FIELD), "michiko@example.jp");
    keys.enter(&h, &mut app);
    assert!(shows(&app, &tr(JA, "recovery-sent")));
    assert_eq!(walk::mails_to(&h, "michiko@example.jp"), 1);
    // Escape goes back: to the choice, then to the welcome screen.
    keys.escape(&h, &mut app);
    assert!(matches!(app.screen(), Screen::Recovery(_)));
    assert!(!shows(&app, &tr(JA, "recovery-sent")));
    keys.escape(&h, &mut app);
    assert!(matches!(app.screen(), Screen::Welcome(_)));
}
