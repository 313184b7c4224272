//! The family / voluntarily continued members' path end to end against the reference
//! backend on loopback, through the UI: eligibility check → consent → basic setup with a
//! hiragana name → confirm → email in the outbox → verify → log in with email and
//! password. Also: no match, already registered, a bad check digit, 枝番 typed into the
//! number, and the document guide following the field in use.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::family_step as step;

use common::{Harness, field_value, shows, walk};
use kenpos_kiosk::app::{App, Screen};
use kenpos_kiosk::i18n::{Language, explain, tr};
use kenpos_kiosk::paths::family::Step as FamilyStep;
use kenpos_kiosk::screens::family::{eligibility, setup};
use kenpos_kiosk::widgets::document_guide::{Document, Mark};

const JA: Language = Language::Ja;

fn focused(app: &App) -> Option<Mark> {
    match app.screen() {
        Screen::Family(flow) => flow.eligibility().and_then(|e| e.focused()),
        _ => None,
    }
}

fn check(h: &Harness, app: &mut App, symbol: &str, number: &str, insurer: &str) {
    h.type_into(app, eligibility::SYMBOL, symbol);
    h.type_into(app, eligibility::NUMBER, number);
    h.type_into(app, eligibility::INSURER, insurer);
    h.click(app, &tr(JA, "family-eligibility-next"));
}

#[test]
fn dependent_signs_up_and_logs_in_with_email_and_password() {
    let h = Harness::start();
    let mut app = h.app();
    walk::to_eligibility(&h, &mut app, JA);
    check(&h, &mut app, "９１", "200001", "06139984");
    assert_eq!(step(&app), Some(FamilyStep::Consent));

    walk::agree(&h, &mut app, JA);
    assert_eq!(step(&app), Some(FamilyStep::Setup));

    // Hiragana becomes katakana as it is typed; 和暦 birth date; carrier address.
    h.type_into(&mut app, setup::NAME, "けんこう　はなこ");
    assert_eq!(field_value(&app, setup::NAME), "ケンコウ　ハナコ");
    h.type_into(&mut app, setup::BIRTH, "H14.5.10");
    h.type_into(&mut app, setup::EMAIL, "hanako.kenko@docomo.ne.jp");
    assert!(
        shows(&app, "kenpos.jp"),
        "the sender domain to allow is shown"
    );
    h.type_into(&mut app, setup::PASSWORD, "sakura tree morning");
    h.type_into(&mut app, setup::CONFIRM, "sakura tree morning");
    h.click(&mut app, &tr(JA, "setup-next"));
    assert_eq!(step(&app), Some(FamilyStep::Confirm));
    assert!(shows(&app, "ケンコウ　ハナコ"));
    assert!(shows(&app, "2002年5月10日（平成14年）"));

    h.click(&mut app, &tr(JA, "confirm-send"));
    assert_eq!(step(&app), Some(FamilyStep::Sent));
    let link = walk::only_link_to(&h, "hanako.kenko@docomo.ne.jp");
    // What the member needs at home: the email is the login ID, half-width, the site.
    assert!(shows(&app, &tr(JA, "home-login-email")));
    assert!(shows(&app, &tr(JA, "home-half-width")));
    assert!(shows(&app, "https://www.kenpos.jp/"));
    assert!(!shows(&app, &tr(JA, "home-login-id")));
    h.click(&mut app, &tr(JA, "sent-finish"));
    assert!(matches!(app.screen(), Screen::Welcome(_)));

    walk::verify(&h, &link);
    assert!(!walk::first_login(
        &h,
        "hanako.kenko@docomo.ne.jp",
        "sakura tree morning"
    ));
}

#[test]
fn eligibility_problems_are_shown_where_they_belong() {
    let h = Harness::start();

    // A wrong check digit is caught before anything is sent.
    let mut app = h.app();
    walk::to_eligibility(&h, &mut app, JA);
    check(&h, &mut app, "91", "200001", "06139985");
    assert_eq!(step(&app), Some(FamilyStep::Eligibility));
    let bad = kenpos_rules::InsurerNumber::parse("06139985").unwrap_err();
    assert!(shows(&app, &explain(JA, &bad)));

    // 枝番 typed on the end of the number.
    let mut app = h.app();
    walk::to_eligibility(&h, &mut app, JA);
    check(&h, &mut app, "91", "20000102", "06139984");
    let branch = kenpos_rules::EligibilityNumber::parse("20000102").unwrap_err();
    assert!(shows(&app, &explain(JA, &branch)));
    assert_eq!(step(&app), Some(FamilyStep::Eligibility));

    // No match: neutral, input kept.
    let mut app = h.app();
    walk::to_eligibility(&h, &mut app, JA);
    check(&h, &mut app, "91", "999999", "06139984");
    assert!(shows(&app, &tr(JA, "backend-eligibility-no-match")));
    assert_eq!(field_value(&app, eligibility::NUMBER), "999999");

    // Everyone under these numbers is registered: guidance and the forgot path.
    let mut app = h.app();
    walk::to_eligibility(&h, &mut app, JA);
    check(&h, &mut app, "300", "300001", "06139984");
    assert!(shows(
        &app,
        &tr(JA, "backend-eligibility-already-registered")
    ));
    assert!(shows(&app, &tr(JA, "family-registered-login")));
    h.click(&mut app, &tr(JA, "forgot-login-or-password"));
    assert!(matches!(app.screen(), Screen::Recovery(_)));
}

#[test]
fn the_document_guide_follows_the_field_in_use() {
    let h = Harness::start();
    let mut app = h.app();
    walk::to_eligibility(&h, &mut app, JA);
    for document in [
        Document::Card,
        Document::PaperCertificate,
        Document::EligibilityCertificate,
        Document::EligibilityNotice,
    ] {
        h.click(&mut app, &tr(JA, document.name_id()));
        for (field, mark) in [
            (eligibility::SYMBOL, Mark::Symbol),
            (eligibility::NUMBER, Mark::Number),
            (eligibility::INSURER, Mark::InsurerNumber),
        ] {
            h.type_into(&mut app, field, "1");
            assert_eq!(focused(&app), Some(mark), "{document:?}: typing in {field}");
            let line = kenpos_kiosk::widgets::document_guide::where_id(document, mark).unwrap();
            // The society's own insurer number is the example for ③ (default config).
            let text = kenpos_kiosk::i18n::tr_args(JA, line, &[("insurer", "06139984".into())]);
            assert!(shows(&app, &text), "{document:?} {mark:?}: {text}");
        }
    }
    // The My Number card shows no numbers: the note says where to look instead.
    h.click(&mut app, &tr(JA, Document::MyNumberCardOnly.name_id()));
    assert!(!shows(
        &app,
        &tr(
            JA,
            kenpos_kiosk::widgets::document_guide::where_id(Document::Card, Mark::Symbol).unwrap()
        )
    ));
}

#[test]
fn language_switch_keeps_input_and_a_double_tap_checks_once() {
    let h = Harness::start();
    let mut app = h.app();
    walk::to_eligibility(&h, &mut app, JA);
    h.type_into(&mut app, eligibility::SYMBOL, "500");
    h.type_into(&mut app, eligibility::NUMBER, "12345");
    h.type_into(&mut app, eligibility::INSURER, "06139984");
    h.click(&mut app, &tr(JA, "header-switch-language"));
    let en = Language::En;
    assert!(shows(&app, &tr(en, "family-eligibility-title")));
    assert_eq!(field_value(&app, eligibility::SYMBOL), "500");
    assert_eq!(field_value(&app, eligibility::NUMBER), "12345");
    assert_eq!(field_value(&app, eligibility::INSURER), "06139984");

    // Two taps on "next" before the reply: one request, one step forward.
    let next = tr(en, "family-eligibility-next");
    let messages = common::interact(&app, |ui| {
        ui.click(next.as_str()).unwrap();
        ui.click(next.as_str()).unwrap();
    });
    // As in the runtime, both taps are handled before the reply arrives.
    let tasks: Vec<_> = messages
        .into_iter()
        .map(|m| app.update(m))
        .filter(|t| t.units() > 0)
        .collect();
    assert_eq!(tasks.len(), 1, "the second tap must not send");
    for task in tasks {
        h.send_task(&mut app, task);
    }
    assert_eq!(step(&app), Some(FamilyStep::Consent));
    // The consent documents came in English.
    assert!(shows(&app, &tr(en, "consent-privacy-agree")));
    // A late tap from the eligibility screen, now hidden, does nothing.
    let late = app.update(kenpos_kiosk::app::Message::Family(
        kenpos_kiosk::paths::family::Message::Eligibility(eligibility::Message::Submit),
    ));
    assert_eq!(late.units(), 0);
    assert_eq!(step(&app), Some(FamilyStep::Consent));
}
