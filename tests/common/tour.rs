//! A tour of every screen of both paths (and their on-screen keyboards), driven through
//! the UI against the reference backend: the screenshot example and the size checks
//! visit the same screens.

use kenpos_kiosk::app::{App, Message};
use kenpos_kiosk::i18n::{Language, tr};
use kenpos_kiosk::screens::family::{eligibility, setup as family_setup};
use kenpos_kiosk::screens::insured::{login_id, password, setup};
use kenpos_kiosk::screens::recovery as recovery_screen;
use kenpos_kiosk::widgets::header;

use super::touch::tap;
use super::{Harness, walk};

/// How each app of the tour starts: language and large text.
#[derive(Debug, Clone, Copy)]
pub struct Start {
    pub language: Language,
    pub large_text: bool,
}

fn fresh(h: &Harness, start: Start) -> App {
    let mut app = h.app();
    if start.language == Language::En {
        h.click(&mut app, &tr(Language::Ja, "welcome-language-en"));
    }
    if start.large_text {
        h.send(&mut app, Message::Header(header::Message::ToggleLargeText));
        assert!(app.large_text());
    }
    app
}

/// Calls `visit(h, app, name)` on every screen; names sort in path order
/// (`1-login-id`, `1b-login-id-keypad`, ..., `f1-start`, ..., `s1-staff`).
pub fn every_screen(h: &Harness, start: Start, mut visit: impl FnMut(&Harness, &mut App, &str)) {
    let lang = start.language;
    let code = lang.code();
    let mut visit = |app: &mut App, name: &str| visit(h, app, &format!("{name}-{code}"));

    let mut app = fresh(h, start);
    visit(&mut app, "0-welcome");
    walk::to_login_id(h, &mut app, lang);
    walk::type_card(h, &mut app, "９１", walk::CARD_NUMBER);
    visit(&mut app, "1-login-id");
    tap(h, &mut app, login_id::SYMBOL_KEYPAD);
    visit(&mut app, "1b-login-id-keypad");
    tap(h, &mut app, login_id::SYMBOL_KEYPAD);
    walk::use_card_and_go_on(h, &mut app, lang);
    h.type_into(&mut app, password::BIRTH, "平成12年1月21日");
    visit(&mut app, "2-password");
    tap(h, &mut app, password::BIRTH_KEYPAD);
    visit(&mut app, "2b-password-date-keypad");
    tap(h, &mut app, password::BIRTH_KEYPAD);
    h.click(&mut app, &tr(lang, "insured-birth-use"));
    h.click(&mut app, &tr(lang, "insured-password-next"));
    visit(&mut app, "3-consent");
    walk::agree(h, &mut app, lang);
    h.type_into(&mut app, setup::EMAIL, "kenko.taro@docomo.ne.jp");
    h.type_into(&mut app, setup::NEW_PASSWORD, "20000121");
    h.type_into(&mut app, setup::CONFIRM, "20000121");
    h.click(&mut app, &tr(lang, "setup-next"));
    visit(&mut app, "4-setup");
    tap(h, &mut app, setup::EMAIL_KEYPAD);
    visit(&mut app, "4b-setup-latin-keypad");
    tap(h, &mut app, setup::EMAIL_KEYPAD);
    h.clear(&mut app, setup::NEW_PASSWORD);
    h.type_into(&mut app, setup::NEW_PASSWORD, "blue whale lantern");
    h.clear(&mut app, setup::CONFIRM);
    h.type_into(&mut app, setup::CONFIRM, "blue whale lantern");
    h.click(&mut app, &tr(lang, "setup-next"));
    visit(&mut app, "5-confirm");
    h.click(&mut app, &tr(lang, "confirm-send"));
    visit(&mut app, "6-sent");

    let mut recovery = fresh(h, start);
    h.click(&mut recovery, &tr(lang, "welcome-choice-forgot"));
    visit(&mut recovery, "7-recovery");
    h.click(&mut recovery, &tr(lang, "forgot-login-id"));
    visit(&mut recovery, "7c-recovery-card-help");
    h.click(&mut recovery, &tr(lang, "recovery-card-email"));
    h.type_into(&mut recovery, recovery_screen::FIELD, "michiko@");
    tap(h, &mut recovery, recovery_screen::FIELD_KEYPAD);
    visit(&mut recovery, "7a-recovery-id-keypad");
    tap(h, &mut recovery, recovery_screen::FIELD_KEYPAD);
    h.click(&mut recovery, &tr(lang, "forgot-both"));
    visit(&mut recovery, "7b-forgot-both");

    let mut family = fresh(h, start);
    h.click(&mut family, &tr(lang, "welcome-choice-family"));
    visit(&mut family, "f1-start");
    h.click(&mut family, &tr(lang, "family-start-next"));
    h.type_into(&mut family, eligibility::SYMBOL, "91");
    h.type_into(&mut family, eligibility::NUMBER, "200001");
    h.type_into(&mut family, eligibility::INSURER, "06139985");
    h.click(&mut family, &tr(lang, "family-eligibility-next"));
    visit(&mut family, "f2-eligibility");
    tap(h, &mut family, eligibility::INSURER_KEYPAD);
    visit(&mut family, "f2b-eligibility-keypad");
    tap(h, &mut family, eligibility::INSURER_KEYPAD);
    h.clear(&mut family, eligibility::INSURER);
    h.type_into(&mut family, eligibility::INSURER, "06139984");
    h.click(&mut family, &tr(lang, "family-eligibility-next"));
    walk::agree(h, &mut family, lang);
    h.type_into(&mut family, family_setup::NAME, "けんこう　はなこ");
    h.type_into(&mut family, family_setup::BIRTH, "H14.5.10");
    h.type_into(&mut family, family_setup::EMAIL, "hanako.kenko@ezweb.ne.jp");
    h.type_into(&mut family, family_setup::PASSWORD, "sakura tree morning");
    h.type_into(&mut family, family_setup::CONFIRM, "sakura tree morning");
    visit(&mut family, "f3-setup");
    tap(h, &mut family, family_setup::NAME_KEYPAD);
    visit(&mut family, "f3b-setup-kana");
    tap(h, &mut family, family_setup::EMAIL_KEYPAD);
    visit(&mut family, "f3c-setup-latin");
    tap(h, &mut family, family_setup::PASSWORD_KEYPAD);
    visit(&mut family, "f3d-setup-password");
    tap(h, &mut family, family_setup::PASSWORD_KEYPAD);
    h.click(&mut family, &tr(lang, "setup-next"));
    visit(&mut family, "f4-confirm");
    h.click(&mut family, &tr(lang, "confirm-send"));
    visit(&mut family, "f5-sent");
    h.click(&mut family, &tr(lang, "sent-finish"));
    let mut staff = fresh(h, start);
    h.click(&mut staff, &tr(lang, "header-staff"));
    visit(&mut staff, "s1-staff");
}
