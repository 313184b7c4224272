//! The right door for every member (issue 14): the welcome screen's "not sure" helper
//! opens the right path; a failed insured login offers the family path (continued and
//! special retired members are insured persons too); the login screens carry the
//! guide's two "forgot" links and "forgot both"; an insured member who "forgot" the ID
//! is first told how it is built from the card.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{Harness, family_step, field_value, insured_step, shows, walk};
use kenpos_kiosk::app::{App, Screen};
use kenpos_kiosk::i18n::{Language, tr};
use kenpos_kiosk::paths::family::Step as FamilyStep;
use kenpos_kiosk::paths::insured::Step;
use kenpos_kiosk::screens::insured::{login_id, password};
use kenpos_kiosk::screens::{Forgot, recovery, welcome};

const JA: Language = Language::Ja;
const EN: Language = Language::En;

fn welcome_question(app: &App) -> Option<welcome::Question> {
    match app.screen() {
        Screen::Welcome(state) => state.question(),
        _ => None,
    }
}

#[test]
fn not_sure_at_work_opens_the_insured_login() {
    let h = Harness::start();
    let mut app = h.app();
    h.click(&mut app, &tr(JA, "welcome-not-sure"));
    assert_eq!(welcome_question(&app), Some(welcome::Question::AtWork));
    assert!(shows(&app, &tr(JA, "welcome-helper-at-work")));
    assert!(
        !shows(&app, &tr(JA, "welcome-choice-insured")),
        "one question at a time"
    );
    h.click(&mut app, &tr(JA, "welcome-helper-yes"));
    assert_eq!(insured_step(&app), Some(Step::LoginId));
}

#[test]
fn not_at_work_but_continued_opens_the_family_signup_and_back_returns_to_the_choices() {
    let h = Harness::start();
    let mut app = h.app();
    h.click(&mut app, &tr(JA, "header-switch-language"));
    h.click(&mut app, &tr(EN, "welcome-not-sure"));
    h.click(&mut app, &tr(EN, "welcome-helper-no"));
    assert_eq!(
        welcome_question(&app),
        Some(welcome::Question::FamilyOrContinued)
    );
    assert!(shows(&app, &tr(EN, "welcome-helper-family")));
    // Back leaves the helper for the three choices.
    h.click(&mut app, &tr(EN, "common-back"));
    assert_eq!(welcome_question(&app), None);
    assert!(shows(&app, &tr(EN, "welcome-choice-family")));
    h.click(&mut app, &tr(EN, "welcome-not-sure"));
    h.click(&mut app, &tr(EN, "welcome-helper-no"));
    h.click(&mut app, &tr(EN, "welcome-helper-yes"));
    assert_eq!(family_step(&app), Some(FamilyStep::Start));
    assert_eq!(app.language(), EN);
}

#[test]
fn not_sure_of_either_answer_sends_the_member_to_the_staff() {
    let h = Harness::start();
    for answers in [
        vec!["welcome-helper-unsure"],
        vec!["welcome-helper-no", "welcome-helper-no"],
        vec!["welcome-helper-no", "welcome-helper-unsure"],
    ] {
        let mut app = h.app();
        h.click(&mut app, &tr(JA, "welcome-not-sure"));
        for answer in &answers {
            h.click(&mut app, &tr(JA, answer));
        }
        assert_eq!(
            welcome_question(&app),
            Some(welcome::Question::AskStaff),
            "{answers:?}"
        );
        assert!(shows(&app, &tr(JA, "welcome-helper-ask-staff")));
        // Escape goes back to the choices too.
        let mut keys = common::keys::Keys::new(&app);
        keys.escape(&h, &mut app);
        assert_eq!(welcome_question(&app), None);
    }
}

#[test]
fn a_failed_insured_login_offers_the_family_path_and_drops_what_was_typed() {
    let h = Harness::start();
    let mut app = h.app();
    walk::to_password(&h, &mut app, JA, "7132-999999999");
    assert!(
        !shows(&app, &tr(JA, "insured-maybe-family")),
        "nothing has failed yet"
    );
    h.type_into(&mut app, password::PASSWORD, "19991231");
    h.click(&mut app, &tr(JA, "insured-password-next"));
    assert!(shows(&app, &tr(JA, "backend-login-failed")));
    assert!(shows(&app, &tr(JA, "insured-maybe-family")));
    h.click(&mut app, &tr(JA, "insured-open-family"));
    assert_eq!(family_step(&app), Some(FamilyStep::Start));
    // Back to the insured login: a fresh start, nothing of the failed login left.
    h.click(&mut app, &tr(JA, "header-start-over"));
    walk::to_login_id(&h, &mut app, JA);
    let mut fresh = h.app();
    walk::to_login_id(&h, &mut fresh, JA);
    assert_eq!(
        field_value(&app, login_id::LOGIN_ID),
        field_value(&fresh, login_id::LOGIN_ID)
    );
    assert!(!field_value(&app, login_id::LOGIN_ID).contains("999999999"));
}

fn recovery_choice(app: &App) -> Option<Forgot> {
    match app.screen() {
        Screen::Recovery(state) => state.forgot(),
        _ => None,
    }
}

#[test]
fn both_login_screens_link_to_each_forgot_choice() {
    let h = Harness::start();
    for (label, forgot) in [
        ("forgot-login-id", Forgot::LoginId),
        ("forgot-password", Forgot::Password),
        ("forgot-both", Forgot::Both),
    ] {
        // From the login-ID screen.
        let mut app = h.app();
        walk::to_login_id(&h, &mut app, JA);
        h.click(&mut app, &tr(JA, label));
        assert_eq!(recovery_choice(&app), Some(forgot), "{label}");
        // From the password screen.
        let mut app = h.app();
        walk::to_password(&h, &mut app, JA, walk::LOGIN_ID);
        h.click(&mut app, &tr(JA, label));
        assert_eq!(recovery_choice(&app), Some(forgot), "{label}");
    }
    let mut app = h.app();
    walk::to_login_id(&h, &mut app, JA);
    h.click(&mut app, &tr(JA, "forgot-both"));
    assert!(shows(&app, &tr(JA, "recovery-both-advice")));
    assert!(shows(&app, &tr(JA, "office-title")));
}

#[test]
fn forgot_login_id_first_explains_the_card_and_the_birth_date_then_builds_the_id() {
    let h = Harness::start();
    let mut app = h.app();
    walk::to_login_id(&h, &mut app, JA);
    h.click(&mut app, &tr(JA, "forgot-login-id"));
    let card = kenpos_kiosk::i18n::tr_args(JA, "recovery-card-body", &[("prefix", "7132".into())]);
    assert!(shows(&app, &card));
    assert!(
        common::interact(&app, |ui| {
            assert!(ui.find(iced::widget::Id::new(recovery::FIELD)).is_err());
        })
        .is_empty(),
        "no email form before the card help"
    );
    h.click(&mut app, &tr(JA, "insured-card-title"));
    assert_eq!(insured_step(&app), Some(Step::LoginId));
    h.type_into(&mut app, login_id::SYMBOL, "91");
    h.type_into(&mut app, login_id::NUMBER, "200001");
    assert!(shows(&app, "7132-091200001"));
}

#[test]
fn forgot_login_id_email_form_follows_the_card_help_and_still_sends() {
    let h = Harness::start();
    let mut app = h.app();
    h.click(&mut app, &tr(JA, "welcome-choice-forgot"));
    h.click(&mut app, &tr(JA, "forgot-login-id"));
    assert!(shows(&app, &tr(JA, "recovery-card-title")));
    h.click(&mut app, &tr(JA, "recovery-card-email"));
    h.type_into(&mut app, recovery::FIELD, "michiko@example.jp");
    h.click(&mut app, &tr(JA, "recovery-send"));
    assert!(shows(&app, &tr(JA, "recovery-sent")));
    assert!(h.outbox().iter().any(|m| m.to == "michiko@example.jp"));
}
