//! Issue 8: every path can be completed by touch alone. Both signup paths are driven to
//! the signup email in the reference backend's outbox (real loopback HTTP) with taps
//! only — "keyboard" buttons, keys of the on-screen keyboards (by [`keypad::key_id`]),
//! buttons and check boxes; nothing is typed. The link is then confirmed and the new
//! password logs in, which proves what the keys produced (shift included). Also: a
//! hardware keyboard keeps working beside an open keyboard on the family setup screen,
//! the family and recovery screens draw no keyboard buttons when keyboards are off in
//! config, and forgot-ID / forgot-password are completed by taps too.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::touch::{ch, chars, day, has_widget, month, tap, tap_keys, year};

use common::{family_step, insured_step};

use common::{Harness, field_value, shows, walk};
use kenpos_kiosk::app::{App, Screen};
use kenpos_kiosk::config::SocietyInsurerNumber;
use kenpos_kiosk::i18n::{Language, tr};
use kenpos_kiosk::paths::family::Message as FamilyMessage;
use kenpos_kiosk::paths::family::Step as FamilyStep;
use kenpos_kiosk::paths::insured::Step;
use kenpos_kiosk::screens::family::{eligibility, setup as family_setup};
use kenpos_kiosk::screens::insured::{login_id, password, setup};
use kenpos_kiosk::widgets::document_guide::Mark;
use kenpos_kiosk::widgets::keypad::{self, Key};
use kenpos_rules::Era;

const JA: Language = Language::Ja;

#[test]
fn the_insured_path_is_completed_by_taps_only() {
    let h = Harness::start();
    let mut app = h.app();
    walk::to_login_id(&h, &mut app, JA);

    // ① 記号 and 番号 on the numeric keypad; "next" on 番号 builds the login ID, and
    // "next" on the login ID logs in.
    tap(&h, &mut app, login_id::SYMBOL_KEYPAD);
    tap_keys(&h, &mut app, &chars("91"));
    tap_keys(&h, &mut app, &[Key::Next]);
    tap_keys(&h, &mut app, &chars("2000011"));
    tap_keys(&h, &mut app, &[Key::Delete]);
    assert_eq!(field_value(&app, login_id::NUMBER), "200001");
    tap_keys(&h, &mut app, &[Key::Next]);
    assert_eq!(field_value(&app, login_id::LOGIN_ID), "7132-091200001");
    tap(&h, &mut app, login_id::LOGIN_ID_KEYPAD);
    tap_keys(&h, &mut app, &[Key::Next]);
    assert_eq!(insured_step(&app), Some(Step::Password));

    // ② The birth date with an era key; "next" puts its digits into the password, and
    // "next" on the password's keyboard logs in.
    tap(&h, &mut app, password::BIRTH_KEYPAD);
    let mut keys = vec![Key::Era(Era::Heisei)];
    keys.extend(chars("12"));
    keys.push(year());
    keys.push(Key::Insert('1'));
    keys.push(month());
    keys.extend(chars("21"));
    keys.push(day());
    keys.push(Key::Next);
    tap_keys(&h, &mut app, &keys);
    tap(&h, &mut app, password::PASSWORD_KEYPAD);
    tap_keys(&h, &mut app, &[Key::Next]);
    assert_eq!(
        insured_step(&app),
        Some(Step::Consent),
        "logged in: {:?}",
        app.screen()
    );

    // ③ Consent.
    walk::agree(&h, &mut app, JA);
    assert_eq!(insured_step(&app), Some(Step::Setup));

    // ④ Email on the Latin keyboard with a domain key; "next" moves to the new password,
    // typed with shift for one capital; then its confirmation.
    tap(&h, &mut app, setup::EMAIL_KEYPAD);
    let mut keys = chars("taro.k");
    keys.push(Key::Text("@i.softbank.jp"));
    keys.push(Key::Next);
    keys.push(Key::Shift);
    keys.extend(chars("blue whale lantern"));
    keys.push(Key::Next);
    keys.push(Key::Shift);
    keys.extend(chars("blue whale lantern"));
    tap_keys(&h, &mut app, &keys);
    assert_eq!(field_value(&app, setup::EMAIL), "taro.k@i.softbank.jp");
    assert!(
        shows(&app, &"\u{2022}".repeat(18)),
        "the dock echoes the confirmation masked"
    );
    assert!(!shows(&app, "Blue whale lantern"));
    tap_keys(&h, &mut app, &[Key::Next]);
    assert!(
        !has_widget(&app, &keypad::key_id(&Key::Insert('a'))),
        "next after the last field closes the keyboard"
    );
    h.click(&mut app, &tr(JA, "insured-password-show"));
    assert_eq!(
        field_value(&app, setup::NEW_PASSWORD),
        "Blue whale lantern",
        "shift gives one capital"
    );
    assert_eq!(field_value(&app, setup::CONFIRM), "Blue whale lantern");
    h.click(&mut app, &tr(JA, "setup-next"));
    assert_eq!(
        insured_step(&app),
        Some(Step::Confirm),
        "{:?}",
        app.screen()
    );
    assert!(shows(&app, "taro.k@i.softbank.jp"));

    // ⑤ Confirm: the signup email is in the outbox.
    h.click(&mut app, &tr(JA, "confirm-send"));
    assert_eq!(insured_step(&app), Some(Step::Sent));
    let link = walk::only_link_to(&h, "taro.k@i.softbank.jp");
    h.click(&mut app, &tr(JA, "sent-finish"));

    // The keys produced exactly that password: it logs in after the link is confirmed.
    walk::verify(&h, &link);
    assert!(!walk::first_login(
        &h,
        "7132-091200001",
        "Blue whale lantern"
    ));
}

/// The app with the 特例退職 insurer number added to the society's numbers.
fn app_with_retirees(h: &Harness) -> App {
    let mut config = common::config();
    config
        .society
        .insurer_numbers
        .push(SocietyInsurerNumber::try_from("63139984".to_owned()).unwrap());
    h.app_with(config)
}

/// Welcome → start → eligibility of the 特例退職 demo member (1 / 700001 / 63139984)
/// on the numeric keypad; "next" after the insurer number checks → consent.
fn eligibility_by_taps(h: &Harness, app: &mut App) {
    walk::to_eligibility(h, app, JA);
    tap(h, app, eligibility::SYMBOL_KEYPAD);
    tap_keys(h, app, &chars("1"));
    tap_keys(h, app, &[Key::Next]);
    let Screen::Family(flow) = app.screen() else {
        panic!("not on the family path")
    };
    assert_eq!(
        flow.eligibility().and_then(|e| e.focused()),
        Some(Mark::Number),
        "the document guide follows the keypad"
    );
    tap_keys(h, app, &chars("700001"));
    tap_keys(h, app, &[Key::Next]);
    tap_keys(h, app, &chars("63139984"));
    assert_eq!(field_value(app, eligibility::SYMBOL), "1");
    assert_eq!(field_value(app, eligibility::NUMBER), "700001");
    assert_eq!(field_value(app, eligibility::INSURER), "63139984");
    tap_keys(h, app, &[Key::Next]);
    assert_eq!(
        family_step(app),
        Some(FamilyStep::Consent),
        "{:?}",
        app.screen()
    );
}

/// タイショク　ゴロウ on the kana keyboard: ョ with 小, ゴ with ゛, the space between
/// family and given name, and a slip deleted.
fn name_keys() -> Vec<Key> {
    let kana = |code| Key::Insert(ch(code));
    vec![
        kana(0x30BF), // タ
        kana(0x30A4), // イ
        kana(0x30B7), // シ
        kana(0x30E8), // ヨ
        Key::Small,   // → ョ
        kana(0x30AF), // ク
        Key::Insert('\u{3000}'),
        kana(0x30B3), // コ
        Key::Dakuten, // → ゴ
        kana(0x30EB), // ル (a slip)
        Key::Delete,
        kana(0x30ED), // ロ
        kana(0x30A6), // ウ
    ]
}

/// The birth date read back under the field: 1955年8月8日（昭和30年）.
fn readback() -> String {
    let words = "1955年8月8日（昭和30年）";
    kenpos_kiosk::i18n::tr_args(JA, "birth-readback", &[("date", words.into())])
}

const RETIREE_NAME: &str = "タイショク\u{3000}ゴロウ";

#[test]
fn the_family_path_is_completed_by_taps_only() {
    let h = Harness::start();
    let mut app = app_with_retirees(&h);
    eligibility_by_taps(&h, &mut app);
    walk::agree(&h, &mut app, JA);
    assert_eq!(family_step(&app), Some(FamilyStep::Setup));

    // Name on the kana keyboard; "next" moves to the birth date.
    tap(&h, &mut app, family_setup::NAME_KEYPAD);
    tap_keys(&h, &mut app, &name_keys());
    assert_eq!(field_value(&app, family_setup::NAME), RETIREE_NAME);
    tap_keys(&h, &mut app, &[Key::Next]);

    // 昭和30年8月8日 on the date keypad with an era key, read back in words.
    let mut keys = vec![Key::Era(Era::Showa)];
    keys.extend(chars("30"));
    keys.push(year());
    keys.push(Key::Insert('8'));
    keys.push(month());
    keys.push(Key::Insert('8'));
    keys.push(day());
    tap_keys(&h, &mut app, &keys);
    let typed = format!(
        "{}30{}8{}8{}",
        Era::Showa.kanji(),
        ch(0x5E74),
        ch(0x6708),
        ch(0x65E5)
    );
    assert_eq!(field_value(&app, family_setup::BIRTH), typed);
    assert!(shows(&app, &readback()), "read back");
    tap_keys(&h, &mut app, &[Key::Next]);

    // Email with a domain key (a carrier: the sender domain to allow is shown).
    let mut keys = chars("goro.t");
    keys.push(Key::Text("@ezweb.ne.jp"));
    tap_keys(&h, &mut app, &keys);
    assert_eq!(field_value(&app, family_setup::EMAIL), "goro.t@ezweb.ne.jp");
    assert!(shows(&app, "kenpos.jp"));
    tap_keys(&h, &mut app, &[Key::Next]);

    // Password and confirmation on the Latin keyboard without domains, masked echo.
    assert!(
        !has_widget(&app, &keypad::key_id(&Key::Text("@ezweb.ne.jp"))),
        "no domain keys for a password"
    );
    let mut keys = vec![Key::Shift];
    keys.extend(chars("sunflower road 42"));
    tap_keys(&h, &mut app, &keys);
    assert!(shows(&app, &"\u{2022}".repeat(17)), "masked echo");
    assert!(!shows(&app, "Sunflower road 42"));
    tap_keys(&h, &mut app, &[Key::Next]);
    tap_keys(&h, &mut app, &keys);
    tap_keys(&h, &mut app, &[Key::Next]);
    assert!(
        !has_widget(&app, &keypad::key_id(&Key::Insert('a'))),
        "next after the confirmation closes the keyboard"
    );
    h.click(&mut app, &tr(JA, "insured-password-show"));
    assert_eq!(
        field_value(&app, family_setup::PASSWORD),
        "Sunflower road 42"
    );
    assert_eq!(
        field_value(&app, family_setup::CONFIRM),
        "Sunflower road 42"
    );

    h.click(&mut app, &tr(JA, "setup-next"));
    assert_eq!(
        family_step(&app),
        Some(FamilyStep::Confirm),
        "{:?}",
        app.screen()
    );
    assert!(shows(&app, RETIREE_NAME));
    assert!(shows(&app, "1955年8月8日（昭和30年）"));
    h.click(&mut app, &tr(JA, "confirm-send"));
    assert_eq!(
        family_step(&app),
        Some(FamilyStep::Sent),
        "{:?}",
        app.screen()
    );
    let link = walk::only_link_to(&h, "goro.t@ezweb.ne.jp");
    h.click(&mut app, &tr(JA, "sent-finish"));

    // The email and the password the keys produced log in.
    walk::verify(&h, &link);
    assert!(!walk::first_login(
        &h,
        "goro.t@ezweb.ne.jp",
        "Sunflower road 42"
    ));
}

#[test]
fn hardware_typing_works_beside_an_open_keyboard_on_the_family_setup() {
    let h = Harness::start();
    let mut app = app_with_retirees(&h);
    eligibility_by_taps(&h, &mut app);
    walk::agree(&h, &mut app, JA);

    let kana_ta = keypad::key_id(&Key::Insert(ch(0x30BF)));
    let showa = keypad::key_id(&Key::Era(Era::Showa));
    let domain = keypad::key_id(&Key::Text("@ezweb.ne.jp"));

    // The kana keyboard is open for the name; typing hiragana into the name converts
    // as ever, and the keys go on from there.
    tap(&h, &mut app, family_setup::NAME_KEYPAD);
    assert!(has_widget(&app, &kana_ta));
    h.type_into(&mut app, family_setup::NAME, "たいしょく");
    tap_keys(
        &h,
        &mut app,
        &[Key::Insert('\u{3000}'), Key::Insert(ch(0x30B3))],
    );
    tap_keys(&h, &mut app, &[Key::Dakuten]);
    h.type_into(&mut app, family_setup::NAME, "ろう");
    assert_eq!(field_value(&app, family_setup::NAME), RETIREE_NAME);

    // Typing into the birth date moves the open keyboard there: the date keypad.
    h.type_into(&mut app, family_setup::BIRTH, "S30.8.");
    assert!(
        has_widget(&app, &showa),
        "the date keypad followed the typing"
    );
    assert!(!has_widget(&app, &kana_ta), "the kana keyboard is gone");
    tap_keys(&h, &mut app, &[Key::Insert('8')]);
    assert_eq!(field_value(&app, family_setup::BIRTH), "S30.8.8");
    assert!(shows(&app, &readback()));

    // Typing into the email: the Latin keyboard with domains follows.
    h.type_into(&mut app, family_setup::EMAIL, "goro.t");
    tap_keys(&h, &mut app, &[Key::Text("@ezweb.ne.jp")]);
    assert_eq!(field_value(&app, family_setup::EMAIL), "goro.t@ezweb.ne.jp");
    assert!(!has_widget(&app, &showa));

    // Typing into the password: the Latin keyboard without domains follows; both ways
    // edit the same text.
    h.type_into(&mut app, family_setup::PASSWORD, "Sunflower road 4");
    assert!(!has_widget(&app, &domain), "no domain keys for a password");
    tap_keys(&h, &mut app, &[Key::Insert('2')]);
    h.type_into(&mut app, family_setup::CONFIRM, "Sunflower road 42");
    h.click(&mut app, &tr(JA, "insured-password-show"));
    assert_eq!(
        field_value(&app, family_setup::PASSWORD),
        "Sunflower road 42"
    );

    // Tapping the open field's button closes the keyboard; typing then opens none.
    tap(&h, &mut app, family_setup::CONFIRM_KEYPAD);
    assert!(!has_widget(&app, &keypad::key_id(&Key::Insert('a'))));
    h.clear(&mut app, family_setup::EMAIL);
    h.type_into(&mut app, family_setup::EMAIL, "goro.t@ezweb.ne.jp");
    assert!(!has_widget(&app, &domain), "typing alone opens no keyboard");
    h.click(&mut app, &tr(JA, "setup-next"));
    assert_eq!(
        family_step(&app),
        Some(FamilyStep::Confirm),
        "{:?}",
        app.screen()
    );
}

#[test]
fn the_family_screens_draw_no_keyboard_buttons_when_keyboards_are_off() {
    let h = Harness::start();
    let config = common::keyboards_off();
    let mut app = h.app_with(config);
    walk::to_eligibility(&h, &mut app, JA);
    for id in [
        eligibility::SYMBOL_KEYPAD,
        eligibility::NUMBER_KEYPAD,
        eligibility::INSURER_KEYPAD,
    ] {
        assert!(!has_widget(&app, id), "{id} is drawn with keyboards off");
    }
    h.type_into(&mut app, eligibility::SYMBOL, "91");
    h.type_into(&mut app, eligibility::NUMBER, "200001");
    h.type_into(&mut app, eligibility::INSURER, "06139984");
    h.click(&mut app, &tr(JA, "family-eligibility-next"));
    walk::agree(&h, &mut app, JA);
    assert_eq!(family_step(&app), Some(FamilyStep::Setup));
    for id in [
        family_setup::NAME_KEYPAD,
        family_setup::BIRTH_KEYPAD,
        family_setup::EMAIL_KEYPAD,
        family_setup::PASSWORD_KEYPAD,
        family_setup::CONFIRM_KEYPAD,
    ] {
        assert!(!has_widget(&app, id), "{id} is drawn with keyboards off");
    }
    // The recovery screen too, whichever choice is made (a new choice keeps the setting).
    let mut recovery = h.app_with(common::keyboards_off());
    h.click(&mut recovery, &tr(JA, "welcome-choice-forgot"));
    for choice in ["forgot-login-id", "forgot-password"] {
        h.click(&mut recovery, &tr(JA, choice));
        if choice == "forgot-login-id" {
            h.click(&mut recovery, &tr(JA, "recovery-card-email"));
        }
        let id = kenpos_kiosk::screens::recovery::FIELD_KEYPAD;
        assert!(
            !has_widget(&recovery, id),
            "{choice}: drawn with keyboards off"
        );
    }

    // On by default.
    let mut on = h.app();
    walk::to_eligibility(&h, &mut on, JA);
    assert!(has_widget(&on, eligibility::SYMBOL_KEYPAD), "on by default");
}

/// At 1280×800 a keypad docked at the bottom leaves little of the page: opening it for
/// a field low on the page scrolls that field into the view that is left.
#[test]
fn opening_a_keypad_brings_its_field_into_view_above_the_dock() {
    use kenpos_kiosk::app::Message;
    let h = Harness::start();
    let mut app = app_with_retirees(&h);
    eligibility_by_taps(&h, &mut app);
    walk::agree(&h, &mut app, JA);
    assert_eq!(family_step(&app), Some(FamilyStep::Setup));
    let mut keys = common::keys::Keys::with_size(&app, iced::Size::new(1280.0, 800.0));
    keys.events(&h, &mut app, Vec::new());
    let (before, view) = keys.on_screen(&app, family_setup::CONFIRM).unwrap();
    assert!(
        before.y + before.height > view.y + view.height,
        "the confirmation field starts below the fold: {before:?} in {view:?}"
    );
    for field in [family_setup::Field::Confirm, family_setup::Field::Name] {
        h.send(
            &mut app,
            Message::Family(FamilyMessage::Setup(family_setup::Message::Keypad(field))),
        );
        keys.events(&h, &mut app, Vec::new());
        let id = match field {
            family_setup::Field::Confirm => family_setup::CONFIRM,
            _ => family_setup::NAME,
        };
        let (shown, view) = keys.on_screen(&app, id).unwrap();
        assert!(
            shown.y >= view.y && shown.y + shown.height <= view.y + view.height,
            "{id} at {shown:?} is outside the page's view {view:?} above the keypad"
        );
    }
}

#[test]
fn forgot_login_id_and_password_are_completed_by_taps_only() {
    use kenpos_kiosk::screens::recovery;
    let h = Harness::start();
    // Forgot the login ID: the registered email address, typed on the Latin keyboard.
    let mut app = h.app();
    h.click(&mut app, &tr(JA, "welcome-choice-forgot"));
    h.click(&mut app, &tr(JA, "forgot-login-id"));
    h.click(&mut app, &tr(JA, "recovery-card-email"));
    tap(&h, &mut app, recovery::FIELD_KEYPAD);
    assert!(
        has_widget(&app, &keypad::key_id(&Key::Text(keypad::DOMAINS[0]))),
        "the email keyboard with mail domains"
    );
    tap_keys(&h, &mut app, &chars("michiko@example.jp"));
    assert_eq!(field_value(&app, recovery::FIELD), "michiko@example.jp");
    tap_keys(&h, &mut app, &[Key::Next]);
    assert!(shows(&app, &tr(JA, "recovery-sent")));
    assert!(!has_widget(&app, &keypad::key_id(&Key::Next)), "closed");
    let to_michiko = |h: &Harness| {
        h.outbox()
            .iter()
            .filter(|m| m.to == "michiko@example.jp")
            .count()
    };
    assert_eq!(to_michiko(&h), 1, "the login ID email");

    // Forgot the password: the login ID, typed with the digit and '-' keys.
    let mut app = h.app();
    h.click(&mut app, &tr(JA, "welcome-choice-forgot"));
    h.click(&mut app, &tr(JA, "forgot-password"));
    tap(&h, &mut app, recovery::FIELD_KEYPAD);
    tap_keys(&h, &mut app, &chars("7132-300300001"));
    assert_eq!(field_value(&app, recovery::FIELD), "7132-300300001");
    tap_keys(&h, &mut app, &[Key::Next]);
    assert!(shows(&app, &tr(JA, "recovery-sent")));
    assert_eq!(
        to_michiko(&h),
        1,
        "the reset link goes to the ID's own address"
    );
    assert!(
        h.outbox()
            .iter()
            .any(|m| m.kind == kenpos_contract::OutboxKind::PasswordReset),
        "a password reset link was sent"
    );
}
