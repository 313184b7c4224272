//! The walks that many tests take on their way to the step they test, written once:
//! the insured path's login ID (by the card or typed whole), the consent gate, the
//! family path's eligibility step, and the signup email's link.

use kenpos_contract::Secret;
use kenpos_kiosk::app::App;
use kenpos_kiosk::i18n::{Language, tr};
use kenpos_kiosk::paths::family::Step as FamilyStep;
use kenpos_kiosk::paths::insured::Step;
use kenpos_kiosk::screens::insured::{login_id, password};
use kenpos_kiosk::screens::shared::consent;

use super::{Harness, family_step, field_value, insured_step, scroll_to_end};

/// The demo insured member's card: 記号 and 番号 as printed.
pub const CARD_SYMBOL: &str = "91";
pub const CARD_NUMBER: &str = "200001";
/// The login ID built from that card.
pub const LOGIN_ID: &str = "7132-091200001";
/// The demo member's first password: the birth date (2000-01-21) as `YYYYMMDD`.
pub const FIRST_PASSWORD: &str = "20000121";

/// Welcome → "I am the insured person": the login-ID step.
pub fn to_login_id(h: &Harness, app: &mut App, lang: Language) {
    h.click(app, &tr(lang, "welcome-choice-insured"));
    assert_eq!(insured_step(app), Some(Step::LoginId));
}

/// Types 記号 and 番号 into the card fields of the login-ID step.
pub fn type_card(h: &Harness, app: &mut App, symbol: &str, number: &str) {
    h.type_into(app, login_id::SYMBOL, symbol);
    h.type_into(app, login_id::NUMBER, number);
}

/// On the login-ID step with the demo card typed: "use this ID", then "next" to the
/// password step.
pub fn use_card_and_go_on(h: &Harness, app: &mut App, lang: Language) {
    h.click(app, &tr(lang, "insured-card-use"));
    assert_eq!(field_value(app, login_id::LOGIN_ID), LOGIN_ID);
    h.click(app, &tr(lang, "insured-id-next"));
    assert_eq!(insured_step(app), Some(Step::Password));
}

/// Welcome → the login ID built from the demo card → the password step.
pub fn to_password_by_card(h: &Harness, app: &mut App, lang: Language) {
    to_login_id(h, app, lang);
    type_card(h, app, CARD_SYMBOL, CARD_NUMBER);
    use_card_and_go_on(h, app, lang);
}

/// Welcome → login ID `id` typed whole → "next": the password step.
pub fn to_password(h: &Harness, app: &mut App, lang: Language, id: &str) {
    to_login_id(h, app, lang);
    h.type_into(app, login_id::LOGIN_ID, id);
    h.click(app, &tr(lang, "insured-id-next"));
    assert_eq!(insured_step(app), Some(Step::Password));
}

/// Welcome → the demo member logs in with the first password: the consent step.
pub fn to_consent(h: &Harness, app: &mut App, lang: Language) {
    to_password(h, app, lang, LOGIN_ID);
    h.type_into(app, password::PASSWORD, FIRST_PASSWORD);
    h.click(app, &tr(lang, "insured-password-next"));
    assert_eq!(insured_step(app), Some(Step::Consent));
}

/// On a consent step: the privacy notice read to its end and agreed to, the terms
/// agreed to, "next".
pub fn agree(h: &Harness, app: &mut App, lang: Language) {
    scroll_to_end(h, app, consent::PRIVACY_SCROLL);
    h.click(app, &tr(lang, "consent-privacy-agree"));
    h.click(app, &tr(lang, "consent-terms-agree"));
    h.click(app, &tr(lang, "consent-next"));
}

/// Welcome → "family member or voluntarily continued" → the eligibility step.
pub fn to_eligibility(h: &Harness, app: &mut App, lang: Language) {
    h.click(app, &tr(lang, "welcome-choice-family"));
    assert_eq!(family_step(app), Some(FamilyStep::Start));
    h.click(app, &tr(lang, "family-start-next"));
    assert_eq!(family_step(app), Some(FamilyStep::Eligibility));
}

/// How many emails the backend has sent to `to`.
pub fn mails_to(h: &Harness, to: &str) -> usize {
    h.outbox().iter().filter(|m| m.to == to).count()
}

/// The link in the only signup email sent to `to`.
pub fn only_link_to(h: &Harness, to: &str) -> String {
    let mails: Vec<_> = h.outbox().into_iter().filter(|m| m.to == to).collect();
    assert_eq!(mails.len(), 1, "one email to {to}");
    mails[0].link.clone().expect("the email has a link")
}

/// Opens the link as the member's phone would (the backend verifies its token).
pub fn verify(h: &Harness, link: &str) {
    let token = link
        .split("token=")
        .nth(1)
        .expect("the link carries a token")
        .to_owned();
    h.runtime
        .block_on(h.backend.client().verify(&Secret::new(token)))
        .expect("the link verifies");
}

/// Logs in through the API, as the member's browser at home would; whether the backend
/// calls it a first login (an account that still owes its basic setup).
pub fn first_login(h: &Harness, login_id: &str, password: &str) -> bool {
    let client = h.backend.client();
    h.runtime.block_on(async {
        let started = client.login_start(login_id).await.expect("login starts");
        client
            .login_finish(&started.flow_token, &Secret::new(password))
            .await
            .expect("the password is right")
            .first_login
    })
}
