//! The insured person's path end to end against the reference backend on loopback,
//! driven through the UI (iced_test, headless): build the ID from 91 / 200001 →
//! password from the birth date → consent gate → basic setup → confirm → email in the
//! outbox with a 24-hour link → verify → log in again with the new password.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::insured_step as step;

use common::{Harness, field_value, shows, walk};
use kenpos_kiosk::app::Screen;
use kenpos_kiosk::i18n::{Language, tr};
use kenpos_kiosk::paths::insured::Step;
use kenpos_kiosk::screens::insured::{password, setup};
use kenpos_kiosk::screens::shared::consent;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

const JA: Language = Language::Ja;

/// Welcome → login ID built from the card (full-width digits) → password screen.
fn to_password(h: &Harness, app: &mut kenpos_kiosk::app::App) {
    walk::to_login_id(h, app, JA);
    walk::type_card(h, app, "９１", "200001");
    assert!(
        shows(app, walk::LOGIN_ID),
        "the live preview shows the built ID"
    );
    walk::use_card_and_go_on(h, app, JA);
}

#[test]
fn insured_member_signs_up_and_logs_in_with_the_new_password() {
    let h = Harness::start();
    let mut app = h.app();
    to_password(&h, &mut app);

    // "My first password is my birth date", typed in 和暦 and read back in words.
    h.type_into(&mut app, password::BIRTH, "平成12年1月21日");
    assert!(shows(&app, &tr(JA, "insured-birth-use")));
    let born = kenpos_rules::BirthDate::parse("2000-01-21").unwrap();
    let words = kenpos_kiosk::screens::shared::birth_date_in_words(JA, &born);
    assert_eq!(words, "2000年1月21日（平成12年）");
    let readback = kenpos_kiosk::i18n::tr_args(JA, "birth-readback", &[("date", words.into())]);
    assert!(shows(&app, &readback), "{readback}");
    h.click(&mut app, &tr(JA, "insured-birth-use"));
    assert_eq!(
        field_value(&app, password::PASSWORD),
        "••••••••",
        "masked by default"
    );
    h.click(&mut app, &tr(JA, "insured-password-show"));
    assert_eq!(field_value(&app, password::PASSWORD), "20000121");
    h.click(&mut app, &tr(JA, "insured-password-next"));
    assert_eq!(step(&app), Some(Step::Consent));

    // The notice's box cannot be ticked before its end has been shown.
    assert!(shows(&app, &tr(JA, "consent-scroll-hint")));
    assert_eq!(
        h.try_click(&mut app, &tr(JA, "consent-privacy-agree")),
        0,
        "the notice's box is disabled"
    );
    h.click(&mut app, &tr(JA, "consent-terms-agree"));
    let next = tr(JA, "consent-next");
    assert_eq!(
        h.try_click(&mut app, &next),
        0,
        "next is disabled until both boxes are ticked"
    );
    for message in common::draw_frame(&app) {
        h.send(&mut app, message);
    }
    assert!(
        shows(&app, &tr(JA, "consent-scroll-hint")),
        "a frame without scrolling must not unlock the box"
    );
    common::scroll_to_end(&h, &mut app, consent::PRIVACY_SCROLL);
    assert!(!shows(&app, &tr(JA, "consent-scroll-hint")));
    h.click(&mut app, &tr(JA, "consent-privacy-agree"));
    h.click(&mut app, &next);
    assert_eq!(step(&app), Some(Step::Setup));

    // Basic setup: the birth date is refused as the new password.
    assert!(shows(&app, "7132-091200001"));
    h.type_into(&mut app, setup::EMAIL, "taro.kenko＠example.jp");
    h.type_into(&mut app, setup::NEW_PASSWORD, "20000121");
    h.type_into(&mut app, setup::CONFIRM, "20000121");
    h.click(&mut app, &tr(JA, "setup-next"));
    assert_eq!(step(&app), Some(Step::Setup));
    assert!(
        shows(&app, &tr(JA, "rules-password-birth-date")),
        "{:?}",
        app.screen()
    );
    h.clear(&mut app, setup::NEW_PASSWORD);
    h.type_into(&mut app, setup::NEW_PASSWORD, "blue whale lantern");
    h.clear(&mut app, setup::CONFIRM);
    h.type_into(&mut app, setup::CONFIRM, "blue whale lantern");
    h.click(&mut app, &tr(JA, "setup-next"));
    assert_eq!(step(&app), Some(Step::Confirm), "setup should pass");
    assert!(shows(&app, "taro.kenko@example.jp"));

    // Send twice in a row: one email only.
    let send = tr(JA, "confirm-send");
    let messages = common::interact(&app, |ui| {
        ui.click(send.as_str()).unwrap();
        ui.click(send.as_str()).unwrap();
    });
    assert_eq!(messages.len(), 2);
    for message in messages {
        h.send(&mut app, message);
    }
    assert_eq!(step(&app), Some(Step::Sent));
    let signup_mails: Vec<_> = h
        .outbox()
        .into_iter()
        .filter(|m| m.to == "taro.kenko@example.jp")
        .collect();
    assert_eq!(signup_mails.len(), 1, "exactly one signup email");
    let link = signup_mails[0].link.clone().unwrap();
    assert!(shows(&app, &tr(JA, "sent-finish")));
    // What the member needs at home: the login ID again (large), half-width, the site.
    assert!(shows(&app, &tr(JA, "home-login-id")));
    assert!(shows(&app, "7132-091200001"));
    assert!(shows(&app, &tr(JA, "home-half-width")));
    assert!(shows(&app, "https://www.kenpos.jp/"));
    assert!(!shows(&app, &tr(JA, "home-login-email")));

    // The link lasts 24 hours.
    let created = OffsetDateTime::parse(&signup_mails[0].created_at, &Rfc3339).unwrap();
    let Screen::Insured(flow) = app.screen() else {
        panic!()
    };
    let expires = flow.sent().unwrap().expires_at().unwrap();
    assert_eq!((expires - created).whole_hours(), 24);

    // Finish ends the session.
    h.click(&mut app, &tr(JA, "sent-finish"));
    assert!(matches!(app.screen(), Screen::Welcome(_)));

    // Verify the link (as the member's phone would), then log in with the new password.
    walk::verify(&h, &link);
    to_password(&h, &mut app);
    h.type_into(&mut app, password::PASSWORD, "20000121");
    h.click(&mut app, &tr(JA, "insured-password-next"));
    assert_eq!(
        step(&app),
        Some(Step::Password),
        "the birth-date password no longer works"
    );
    assert!(shows(&app, &tr(JA, "backend-login-failed")));
    h.clear(&mut app, password::PASSWORD);
    h.type_into(&mut app, password::PASSWORD, "blue whale lantern");
    h.click(&mut app, &tr(JA, "insured-password-next"));
    assert_eq!(
        step(&app),
        Some(Step::Ready),
        "logged in with the new password, nothing owed"
    );
    // The step indicator says what happened (no email was sent this time).
    assert!(shows(&app, &tr(JA, "steps-ready")));
    assert!(!shows(&app, &tr(JA, "steps-email")));
    assert!(
        shows(&app, "7132-091200001"),
        "the login ID for use at home"
    );
    assert!(shows(&app, &tr(JA, "home-half-width")));
    // Finish finishes here too.
    h.click(&mut app, &tr(JA, "sent-finish"));
    assert!(
        matches!(app.screen(), Screen::Welcome(_)),
        "finish on the ready screen ends the session"
    );
}
