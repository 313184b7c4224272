//! Issue 14 on the family path's eligibility step (guide ② 資格照会), through the app
//! against the reference backend on loopback:
//! - the guide's privacy notice in full: what the check is for, that the society is
//!   asked, that the member's employer or organisation may be told a check was made, that
//!   giving the information is voluntary, the contact for personal information and who is
//!   responsible for it; the contact and the title are the society's (config
//!   `[society.privacy]`, the guide's values by default), and a bad value is a config
//!   error naming its line;
//! - a 記号 in kana (the guide's paper certificate shows ハビ) is typed by touch on the
//!   kana keyboard of the 記号 field and the check goes through with it (the demo data
//!   has a not-yet-registered member with 記号 ハビ); half-width kana typed on a hardware
//!   keyboard is still normalised.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::touch::{chars, has_widget, tap, tap_keys};

use std::path::Path;

use common::{Harness, family_step, field_value, shows, walk};
use kenpos_kiosk::app::{App, Boot, Screen};
use kenpos_kiosk::config::{self, Config, Privacy};
use kenpos_kiosk::i18n::{Language, tr, tr_args};
use kenpos_kiosk::paths::family::Step as FamilyStep;
use kenpos_kiosk::screens::family::eligibility;
use kenpos_kiosk::widgets::keypad::{self, Key};
use kenpos_rules::EligibilitySymbol;

const JA: Language = Language::Ja;
const EN: Language = Language::En;

/// ハ, ヒ (ビ is ヒ + ゛ on the keyboard).
const HA: char = '\u{30CF}';
const HI: char = '\u{30D2}';

fn app_with(h: &Harness, config: Config) -> App {
    h.app_with(config)
}

fn config_from(text: &str) -> Config {
    config::load_str(text, Path::new("/etc/kenpos-kiosk/config.toml"))
        .unwrap()
        .config
}

/// The contact and the responsible person's lines as the screen should show them.
fn contact_lines(lang: Language, privacy: &Privacy) -> [String; 2] {
    [
        tr_args(
            lang,
            "family-privacy-contact",
            &[
                ("organisation", privacy.organisation(lang).into()),
                ("desk", privacy.desk(lang).into()),
                ("address", privacy.address(lang).into()),
                ("email", privacy.email.as_str().into()),
            ],
        ),
        tr_args(
            lang,
            "family-privacy-manager",
            &[
                ("organisation", privacy.organisation(lang).into()),
                ("title", privacy.manager_title(lang).into()),
            ],
        ),
    ]
}

#[test]
fn the_guides_privacy_notice_is_shown_in_full_with_the_guides_contact() {
    let h = Harness::start();
    let mut app = h.app();
    walk::to_eligibility(&h, &mut app, JA);
    let employer = tr(JA, "family-inquiry-employer");
    assert!(
        employer.contains("お勤め先") && employer.contains("伝わる"),
        "{employer}"
    );
    for id in [
        "family-privacy-title",
        "family-purpose",
        "family-inquiry-consent",
        "family-inquiry-employer",
        "family-inquiry-voluntary",
    ] {
        assert!(shows(&app, &tr(JA, id)), "{id} is not on the screen");
    }
    let [contact, manager] = contact_lines(JA, &Privacy::default());
    for part in [
        "株式会社イーウェル「個人情報問合せ窓口」",
        "〒102-0094 東京都千代田区紀尾井町3番6号",
        "privacy@ewel.co.jp",
    ] {
        assert!(contact.contains(part), "{contact}");
    }
    assert!(
        manager.contains("総務コンプライアンス室長が個人情報保護管理者"),
        "{manager}"
    );
    assert!(shows(&app, &contact), "{contact}");
    assert!(shows(&app, &manager), "{manager}");

    // The English twin, with the guide's facts in English.
    let mut app = app_with(&h, config_from("default_language = \"en\"\n"));
    walk::to_eligibility(&h, &mut app, EN);
    assert!(tr(EN, "family-inquiry-employer").contains("employer"));
    assert!(shows(&app, &tr(EN, "family-inquiry-employer")));
    let [contact, manager] = contact_lines(EN, &Privacy::default());
    assert!(contact.contains("eWeLL Co., Ltd."), "{contact}");
    assert!(contact.contains("privacy@ewel.co.jp"), "{contact}");
    assert!(
        manager.contains("Head of the General Affairs and Compliance Office"),
        "{manager}"
    );
    assert!(shows(&app, &contact), "{contact}");
    assert!(shows(&app, &manager), "{manager}");
}

#[test]
fn a_societys_own_contact_and_responsible_title_are_shown() {
    let h = Harness::start();
    let config = config_from(
        "[society.privacy]\n\
         organisation_ja = \"みなと健康保険組合\"\n\
         organisation_en = \"Minato Health Insurance Society\"\n\
         desk_ja = \"個人情報相談窓口\"\n\
         desk_en = \"Privacy Desk\"\n\
         address_ja = \"〒105-0001 東京都港区虎ノ門1丁目1番1号\"\n\
         address_en = \"1-1-1 Toranomon, Minato-ku, Tokyo 105-0001\"\n\
         email = \"kojin@minato-kenpo.example.jp\"\n\
         manager_title_ja = \"常務理事\"\n\
         manager_title_en = \"Executive Director\"\n",
    );
    let privacy = config.society.privacy.clone();
    let mut app = app_with(&h, config.clone());
    walk::to_eligibility(&h, &mut app, JA);
    let [contact, manager] = contact_lines(JA, &privacy);
    assert!(contact.contains("みなと健康保険組合「個人情報相談窓口」"));
    assert!(contact.contains("kojin@minato-kenpo.example.jp"));
    assert!(manager.contains("常務理事が個人情報保護管理者"));
    assert!(shows(&app, &contact), "{contact}");
    assert!(shows(&app, &manager), "{manager}");
    let [guide_contact, guide_manager] = contact_lines(JA, &Privacy::default());
    assert!(
        !shows(&app, &guide_contact),
        "the guide's contact is not shown"
    );
    assert!(
        !shows(&app, &guide_manager),
        "the guide's title is not shown"
    );

    let mut english = config;
    english.default_language = EN;
    let mut app = app_with(&h, english);
    walk::to_eligibility(&h, &mut app, EN);
    let [contact, manager] = contact_lines(EN, &privacy);
    assert!(contact.contains("Minato Health Insurance Society, Privacy Desk"));
    assert!(manager.contains("is the Executive Director"));
    assert!(shows(&app, &contact), "{contact}");
    assert!(shows(&app, &manager), "{manager}");
}

#[test]
fn a_bad_privacy_value_is_a_config_error_naming_its_line() {
    let path = Path::new("/etc/kenpos-kiosk/config.toml");
    let error = config::load_str(
        "[society]\nname_ja = \"みなと健康保険組合\"\n\n[society.privacy]\nemail = \"kojin at minato\"\n",
        path,
    )
    .unwrap_err();
    assert_eq!(error.line, Some(5), "{error:?}");
    assert!(
        matches!(&error.kind, config::ConfigErrorKind::Invalid(m) if m.contains("society.privacy.email")),
        "{error:?}"
    );
    for bad in [
        "[society.privacy]\nmanager_title_ja = \"\"\n",
        "[society.privacy]\norganisation_en = \"  \"\n",
        "[society.privacy]\naddress_ja = \"一行目\\n二行目\"\n",
    ] {
        let error = config::load_str(bad, path).unwrap_err();
        assert_eq!(error.line, Some(2), "{bad}: {error:?}");
    }
    // The app opens the config error screen, which names the file and the line.
    let app = App::new(Boot::ConfigError(error_of(
        "[society.privacy]\n\nemail = \"privacy\"\n",
    )));
    assert!(matches!(app.screen(), Screen::ConfigError(_)));
    assert!(shows(
        &app,
        "ファイル /etc/kenpos-kiosk/config.toml の 3 行目"
    ));
}

fn error_of(text: &str) -> config::ConfigError {
    config::load_str(text, Path::new("/etc/kenpos-kiosk/config.toml")).unwrap_err()
}

#[test]
fn a_kana_symbol_is_typed_by_touch_and_the_check_goes_through() {
    let h = Harness::start();
    let mut app = h.app();
    walk::to_eligibility(&h, &mut app, JA);
    assert!(
        shows(&app, &tr(JA, "family-symbol-keypad-digits")),
        "the digits button says what it types"
    );
    assert!(
        tr(JA, "family-symbol-kana-hint").contains(&tr(JA, "family-symbol-keypad-kana")),
        "the hint names the kana button"
    );

    // The kana button opens the kana keyboard; ハ, ヒ, ゛ make ハビ, and the keyboard stays
    // the kana one while its keys type into the 記号.
    h.click(&mut app, &tr(JA, "family-symbol-keypad-kana"));
    tap_keys(
        &h,
        &mut app,
        &[Key::Insert(HA), Key::Insert(HI), Key::Dakuten],
    );
    assert_eq!(field_value(&app, eligibility::SYMBOL), "ハビ");
    assert!(
        has_widget(&app, &keypad::key_id(&Key::Insert(HA))),
        "the kana keyboard is still open"
    );
    assert_eq!(
        EligibilitySymbol::parse("ハビ").map(|s| s.as_str().to_owned()),
        Ok("ハビ".to_owned())
    );

    // "Next field" moves to the number, on the numeric keypad.
    tap_keys(&h, &mut app, &[Key::Next]);
    assert!(!has_widget(&app, &keypad::key_id(&Key::Insert(HA))));
    tap_keys(&h, &mut app, &chars("123456"));
    tap_keys(&h, &mut app, &[Key::Next]);
    tap_keys(&h, &mut app, &chars("06139984"));
    assert_eq!(field_value(&app, eligibility::NUMBER), "123456");
    assert_eq!(field_value(&app, eligibility::INSURER), "06139984");
    tap_keys(&h, &mut app, &[Key::Next]);
    assert_eq!(
        family_step(&app),
        Some(FamilyStep::Consent),
        "the demo member with 記号 ハビ is found: {:?}",
        app.screen()
    );
}

#[test]
fn the_symbols_two_keyboards_switch_and_share_the_field() {
    let h = Harness::start();
    let mut app = h.app();
    walk::to_eligibility(&h, &mut app, JA);
    // Digits first (the usual 記号), then the kana keyboard from its own button, then
    // back: both type into the same field.
    tap(&h, &mut app, eligibility::SYMBOL_KEYPAD);
    tap_keys(&h, &mut app, &chars("12"));
    assert!(!has_widget(&app, &keypad::key_id(&Key::Insert(HA))));
    tap(&h, &mut app, eligibility::SYMBOL_KANA_KEYPAD);
    tap_keys(&h, &mut app, &[Key::Insert(HA)]);
    assert_eq!(field_value(&app, eligibility::SYMBOL), "12ハ");
    tap(&h, &mut app, eligibility::SYMBOL_KEYPAD);
    assert!(!has_widget(&app, &keypad::key_id(&Key::Insert(HA))));
    tap_keys(&h, &mut app, &[Key::Delete, Key::Delete]);
    assert_eq!(field_value(&app, eligibility::SYMBOL), "1");
    // The open button closes its keyboard.
    tap(&h, &mut app, eligibility::SYMBOL_KEYPAD);
    assert!(!has_widget(&app, &keypad::key_id(&Key::Delete)));

    // Keyboards off (a staff desk): neither button, and no hint about one.
    let mut config = common::config();
    config.display.on_screen_keyboards = false;
    let mut app = app_with(&h, config);
    walk::to_eligibility(&h, &mut app, JA);
    assert!(!has_widget(&app, eligibility::SYMBOL_KEYPAD));
    assert!(!has_widget(&app, eligibility::SYMBOL_KANA_KEYPAD));
    assert!(shows(&app, &tr(JA, "family-half-width-ok")));
}

#[test]
fn half_width_kana_typed_on_a_keyboard_is_still_normalised() {
    let h = Harness::start();
    let mut app = h.app();
    walk::to_eligibility(&h, &mut app, JA);
    h.type_into(&mut app, eligibility::SYMBOL, "ﾊﾋﾞ");
    h.type_into(&mut app, eligibility::NUMBER, "１２３４５６");
    h.type_into(&mut app, eligibility::INSURER, "06139984");
    h.click(&mut app, &tr(JA, "family-eligibility-next"));
    assert_eq!(
        family_step(&app),
        Some(FamilyStep::Consent),
        "{:?}",
        app.screen()
    );
}
