//! The insured path when things go wrong: a wrong password (one neutral message),
//! lockout (the office contact), the language switched mid-path (nothing typed is lost),
//! the backend lost mid-path (a clear message, input kept, try again), and the neutral
//! forgot-ID / forgot-password replies.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::insured_step as step;

use common::keys::Keys;
use common::{Harness, field_value, shows, walk};
use kenpos_kiosk::app::App;
use kenpos_kiosk::i18n::{Language, tr};
use kenpos_kiosk::paths::insured::Step;
use kenpos_kiosk::screens::insured::{login_id, password};
use kenpos_kiosk::screens::recovery;

const JA: Language = Language::Ja;
const EN: Language = Language::En;

#[test]
fn unknown_id_and_wrong_password_get_the_same_neutral_message() {
    let h = Harness::start();
    let neutral = tr(JA, "backend-login-failed");

    let mut app = h.app();
    walk::to_password(&h, &mut app, JA, "7132-091200001");
    h.type_into(&mut app, password::PASSWORD, "19991231");
    h.click(&mut app, &tr(JA, "insured-password-next"));
    assert_eq!(step(&app), Some(Step::Password));
    assert!(shows(&app, &neutral));
    assert!(shows(&app, &tr(JA, "forgot-login-id")));
    assert!(shows(&app, &tr(JA, "forgot-password")));

    let mut other = h.app();
    walk::to_password(&h, &mut other, JA, "7132-999999999");
    h.type_into(&mut other, password::PASSWORD, "19991231");
    h.click(&mut other, &tr(JA, "insured-password-next"));
    assert!(
        shows(&other, &neutral),
        "an unknown ID gets the very same message"
    );
}

#[test]
fn lockout_shows_the_office_contact() {
    let h = Harness::start();
    let mut app = h.app();
    walk::to_password(&h, &mut app, JA, "7132-123004567");
    h.type_into(&mut app, password::PASSWORD, "wrong-password");
    let mut locked = false;
    for _ in 0..30 {
        h.click(&mut app, &tr(JA, "insured-password-next"));
        if shows(&app, &tr(JA, "backend-locked")) {
            locked = true;
            break;
        }
        // Throttled: wait out the cooldown on the backend's clock.
        h.clock.advance(time::Duration::seconds(31));
    }
    assert!(locked, "the account never locked");
    assert!(shows(&app, &tr(JA, "office-title")));
    let office = kenpos_kiosk::config::Office::default();
    assert!(shows(
        &app,
        &kenpos_kiosk::i18n::tr_args(
            JA,
            "office-phone",
            &[("phone", office.phone.as_str().into())]
        )
    ));
    // What was typed is still there.
    h.click(&mut app, &tr(JA, "insured-password-show"));
    assert_eq!(field_value(&app, password::PASSWORD), "wrong-password");
}

#[test]
fn switching_language_mid_path_keeps_what_was_typed() {
    let h = Harness::start();
    let mut app = h.app();
    walk::to_login_id(&h, &mut app, JA);
    h.type_into(&mut app, login_id::SYMBOL, "123");
    h.type_into(&mut app, login_id::NUMBER, "4567");
    h.type_into(&mut app, login_id::LOGIN_ID, "7132-12300456");
    h.click(&mut app, &tr(JA, "header-switch-language"));
    assert_eq!(app.language(), EN);
    assert!(shows(&app, &tr(EN, "insured-id-title")));
    assert_eq!(field_value(&app, login_id::SYMBOL), "123");
    assert_eq!(field_value(&app, login_id::NUMBER), "4567");
    assert_eq!(field_value(&app, login_id::LOGIN_ID), "7132-12300456");
    assert!(shows(&app, "7132-123004567"), "the preview survives too");
    h.click(&mut app, &tr(EN, "insured-card-use"));
    h.click(&mut app, &tr(EN, "insured-id-next"));
    h.type_into(&mut app, password::BIRTH, "S55.1.21");
    h.click(&mut app, &tr(EN, "header-switch-language"));
    assert_eq!(field_value(&app, password::BIRTH), "S55.1.21");
    let born = kenpos_rules::BirthDate::parse("1980-01-21").unwrap();
    assert_eq!(
        kenpos_kiosk::screens::shared::birth_date_in_words(EN, &born),
        "21 January 1980 (Showa 55)"
    );
    assert!(shows(
        &app,
        &kenpos_kiosk::i18n::tr_args(
            JA,
            "birth-readback",
            &[(
                "date",
                kenpos_kiosk::screens::shared::birth_date_in_words(JA, &born).into()
            )]
        )
    ));
}

#[test]
fn backend_lost_mid_path_keeps_input_and_offers_try_again() {
    let mut h = Harness::start();
    let mut app = h.app();
    walk::to_password(&h, &mut app, JA, "7132-091200001");
    h.type_into(&mut app, password::PASSWORD, "20000121");
    h.stop_backend();
    h.click(&mut app, &tr(JA, "insured-password-next"));
    assert_eq!(step(&app), Some(Step::Password));
    assert!(shows(&app, &tr(JA, "backend-offline")));
    assert!(shows(&app, &tr(JA, "common-try-again")));
    h.click(&mut app, &tr(JA, "insured-password-show"));
    assert_eq!(field_value(&app, password::PASSWORD), "20000121");
    // Trying again while the backend is still down says so again, and keeps the input.
    h.click(&mut app, &tr(JA, "common-try-again"));
    assert!(shows(&app, &tr(JA, "backend-offline")));
    assert_eq!(field_value(&app, password::PASSWORD), "20000121");
}

#[test]
fn invalid_ids_are_explained_at_the_field() {
    let h = Harness::start();
    let mut app = h.app();
    walk::to_login_id(&h, &mut app, JA);
    // 枝番 typed on the end of the number.
    h.type_into(&mut app, login_id::SYMBOL, "91");
    h.type_into(&mut app, login_id::NUMBER, "20000102");
    let branch = kenpos_rules::LoginId::from_card("7132", "91", "20000102").unwrap_err();
    assert!(shows(&app, &kenpos_kiosk::i18n::explain(JA, &branch)));
    // The insurer number typed where the number goes.
    let mut app = h.app();
    walk::to_login_id(&h, &mut app, JA);
    h.type_into(&mut app, login_id::SYMBOL, "91");
    h.type_into(&mut app, login_id::NUMBER, "06139984");
    let insurer = kenpos_rules::LoginId::from_card("7132", "91", "06139984").unwrap_err();
    assert!(shows(&app, &kenpos_kiosk::i18n::explain(JA, &insurer)));
    // Submitting a malformed ID stays on the screen with the reason.
    h.type_into(&mut app, login_id::LOGIN_ID, "7132-12");
    h.click(&mut app, &tr(JA, "insured-id-next"));
    assert_eq!(step(&app), Some(Step::LoginId));
    let short = kenpos_rules::LoginId::parse_for("7132", "7132-12").unwrap_err();
    assert!(shows(&app, &kenpos_kiosk::i18n::explain(JA, &short)));
}

/// The card helper checks 番号 with each digit, and its message changes (a 4-line 枝番
/// reading at 8 digits, a 3-line "at most 6 digits" at 7, none at 6): what is below the
/// message keeps its place all the while (and the window redraws only the message).
#[test]
fn the_card_helper_does_not_jump_as_its_message_changes() {
    let h = Harness::start();
    let mut app = h.app();
    walk::to_login_id(&h, &mut app, JA);
    h.click(&mut app, &tr(JA, "header-switch-language"));
    h.type_into(&mut app, login_id::SYMBOL, "91");
    let mut keys = Keys::new(&app);
    let mut gap = |app: &App| {
        let texts = keys.texts(app);
        let y = |key: &str| {
            let label = tr(EN, key);
            texts
                .iter()
                .find(|t| t.name == label)
                .unwrap_or_else(|| panic!("no {label}"))
                .bounds
                .y
        };
        y("insured-card-which-document") - y("insured-card-number")
    };
    let mut gaps = Vec::new();
    for (number, reason) in [
        ("20000112", Some("20000112")),
        ("2000011", Some("2000011")),
        ("200001", None),
    ] {
        h.clear(&mut app, login_id::NUMBER);
        h.type_into(&mut app, login_id::NUMBER, number);
        if let Some(typed) = reason {
            let error = kenpos_rules::LoginId::from_card("7132", "91", typed).unwrap_err();
            assert!(
                shows(&app, &kenpos_kiosk::i18n::explain(EN, &error)),
                "{number}"
            );
        }
        gaps.push(gap(&app));
    }
    assert!(gaps.windows(2).all(|w| w[0] == w[1]), "{gaps:?}");
}

#[test]
fn forgot_replies_are_neutral_and_forgot_both_shows_the_office() {
    let h = Harness::start();
    for email in ["michiko@example.jp", "nobody@example.jp"] {
        let mut app = h.app();
        h.click(&mut app, &tr(JA, "welcome-choice-forgot"));
        h.click(&mut app, &tr(JA, "forgot-login-id"));
        h.click(&mut app, &tr(JA, "recovery-card-email"));
        h.type_into(&mut app, recovery::FIELD, email);
        h.click(&mut app, &tr(JA, "recovery-send"));
        assert!(shows(&app, &tr(JA, "recovery-sent")), "{email}");
    }
    let mails: Vec<_> = h
        .outbox()
        .into_iter()
        .filter(|m| m.to == "michiko@example.jp")
        .collect();
    assert_eq!(mails.len(), 1, "the registered member got the ID email");
    assert!(h.outbox().iter().all(|m| m.to != "nobody@example.jp"));

    let mut app = h.app();
    h.click(&mut app, &tr(JA, "welcome-choice-forgot"));
    h.click(&mut app, &tr(JA, "forgot-password"));
    h.type_into(&mut app, recovery::FIELD, "7132-300300001");
    h.click(&mut app, &tr(JA, "recovery-send"));
    assert!(shows(&app, &tr(JA, "recovery-sent")));

    let mut app = h.app();
    h.click(&mut app, &tr(JA, "welcome-choice-forgot"));
    h.click(&mut app, &tr(JA, "forgot-both"));
    assert!(shows(&app, &tr(JA, "recovery-both-advice")));
    assert!(shows(&app, &tr(JA, "office-title")));
}

#[test]
fn the_login_screen_shows_where_the_numbers_are_on_the_chosen_document() {
    use kenpos_kiosk::widgets::document_guide::{Document, Mark, where_id};
    let h = Harness::start();
    let mut app = h.app();
    walk::to_login_id(&h, &mut app, JA);
    for document in [
        Document::Card,
        Document::PaperCertificate,
        Document::EligibilityCertificate,
        Document::EligibilityNotice,
    ] {
        h.click(&mut app, &tr(JA, document.name_id()));
        for mark in [Mark::Symbol, Mark::Number] {
            let id = where_id(document, mark).unwrap();
            assert!(shows(&app, &tr(JA, id)), "{document:?} {mark:?}");
        }
        // The insured login uses ① and ② only.
        if let Some(id) = where_id(document, Mark::InsurerNumber) {
            let line = kenpos_kiosk::i18n::tr_args(JA, id, &[("insurer", "06139984".into())]);
            assert!(
                !shows(&app, &line),
                "{document:?} shows ③ on the login screen"
            );
        }
    }
    h.click(&mut app, &tr(JA, Document::MyNumberCardOnly.name_id()));
    assert!(!shows(
        &app,
        &tr(JA, where_id(Document::Card, Mark::Symbol).unwrap())
    ));
    // Typed input survives switching documents.
    h.type_into(&mut app, login_id::SYMBOL, "91");
    h.click(&mut app, &tr(JA, Document::Card.name_id()));
    assert_eq!(field_value(&app, login_id::SYMBOL), "91");
}

#[test]
fn another_societys_prefix_is_used_in_every_message_about_the_id() {
    use kenpos_kiosk::config::LoginIdPrefix;
    use kenpos_kiosk::i18n::tr_args;
    let h = Harness::start();
    let mut config = common::config();
    config.society.login_id_prefix = LoginIdPrefix::try_from("0421".to_owned()).unwrap();
    let app_for = || h.app_with(config.clone());
    let prefix = [("prefix", "0421".into())];

    // A malformed ID: the example starts with this society's prefix, not the default.
    let mut app = app_for();
    walk::to_login_id(&h, &mut app, JA);
    h.type_into(&mut app, login_id::LOGIN_ID, "0421-12");
    h.click(&mut app, &tr(JA, "insured-id-next"));
    assert_eq!(step(&app), Some(Step::LoginId));
    let malformed = tr_args(JA, "rules-login-id-malformed-for", &prefix);
    assert!(malformed.contains("0421-091200001"), "{malformed}");
    assert!(shows(&app, &malformed));

    // Forgot password: an ID with the default society's prefix is not this society's.
    for lang in [JA, EN] {
        let mut app = app_for();
        if lang == EN {
            h.click(&mut app, &tr(JA, "welcome-language-en"));
        }
        h.click(&mut app, &tr(lang, "welcome-choice-forgot"));
        h.click(&mut app, &tr(lang, "forgot-password"));
        h.type_into(&mut app, recovery::FIELD, "7132-300300001");
        h.click(&mut app, &tr(lang, "recovery-send"));
        let invalid = tr_args(lang, "recovery-invalid", &prefix);
        assert!(invalid.contains("0421-"), "{invalid}");
        assert!(shows(&app, &invalid), "{lang:?}");
        assert!(!shows(&app, &tr(lang, "recovery-sent")));
        assert_eq!(field_value(&app, recovery::FIELD), "7132-300300001");
    }
}
