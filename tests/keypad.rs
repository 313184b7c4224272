//! On-screen keypads (issue 8): the insured path's login ID and password steps done by
//! key taps only, the keypads measured at 1280×800, the kana keyboard on its own, the
//! config switch, and pictures of every keyboard (written to `$TMPDIR/keypads/`, not
//! committed).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::touch::{ch, chars, day, has_widget, month, tap, tap_keys, year};

use common::insured_step as step;

use std::path::PathBuf;

use common::{Harness, field_value, shows, walk};
use iced::widget::{self, container};
use iced::{Length, Rectangle, Size};
use iced_test::selector::Candidate;
use iced_test::simulator::Simulator;
use kenpos_kiosk::app::{self, App};
use kenpos_kiosk::i18n::{Language, tr};
use kenpos_kiosk::paths::insured::Step;
use kenpos_kiosk::screens::insured::{login_id, password};
use kenpos_kiosk::theme::{self, Palette};
use kenpos_kiosk::widgets::keypad::{self, KANA_COLUMNS, Key, KeypadKind};
use kenpos_rules::Era;

const JA: Language = Language::Ja;

/// Welcome → login ID from 記号 9,1 and 番号 2,0,0,0,0,1 by key taps → "use this ID" →
/// next: the password screen.
fn login_id_by_taps(h: &Harness, app: &mut App) {
    walk::to_login_id(h, app, JA);
    tap(h, app, login_id::SYMBOL_KEYPAD);
    tap_keys(h, app, &chars("91"));
    assert_eq!(field_value(app, login_id::SYMBOL), "91");
    tap_keys(h, app, &[Key::Next]);
    tap_keys(h, app, &chars("200001"));
    assert_eq!(field_value(app, login_id::NUMBER), "200001");
    assert!(shows(app, walk::LOGIN_ID), "the live preview");
    walk::use_card_and_go_on(h, app, JA);
}

#[test]
fn login_id_and_password_by_on_screen_keys_only() {
    let h = Harness::start();
    let mut app = h.app();
    login_id_by_taps(&h, &mut app);

    tap(&h, &mut app, password::PASSWORD_KEYPAD);
    tap_keys(&h, &mut app, &chars("20000121"));
    h.click(&mut app, &tr(JA, "insured-password-show"));
    assert_eq!(field_value(&app, password::PASSWORD), "20000121");
    // The keyboard's "next" on the password logs in.
    tap_keys(&h, &mut app, &[Key::Next]);
    assert_eq!(
        step(&app),
        Some(Step::Consent),
        "logged in: {:?}",
        app.screen()
    );
}

#[test]
fn birth_date_by_era_keys_fills_the_password() {
    let h = Harness::start();
    let mut app = h.app();
    login_id_by_taps(&h, &mut app);

    tap(&h, &mut app, password::BIRTH_KEYPAD);
    let mut keys = vec![Key::Era(Era::Heisei)];
    keys.extend(chars("12"));
    keys.push(year());
    keys.push(Key::Insert('1'));
    keys.push(month());
    keys.extend(chars("21"));
    keys.push(day());
    tap_keys(&h, &mut app, &keys);
    let typed = format!(
        "{}12{}1{}21{}",
        Era::Heisei.kanji(),
        ch(0x5E74),
        ch(0x6708),
        ch(0x65E5)
    );
    assert_eq!(field_value(&app, password::BIRTH), typed);
    assert!(shows(&app, &tr(JA, "insured-birth-use")), "read back");
    // A slip, deleted: 1字消す removes the last character.
    tap_keys(&h, &mut app, &[Key::Insert('9'), Key::Delete]);
    assert_eq!(field_value(&app, password::BIRTH), typed);
    // "next" on the birth date puts its 8 digits into the password.
    tap_keys(&h, &mut app, &[Key::Next]);
    h.click(&mut app, &tr(JA, "insured-password-show"));
    assert_eq!(field_value(&app, password::PASSWORD), "20000121");
    h.click(&mut app, &tr(JA, "insured-password-next"));
    assert_eq!(step(&app), Some(Step::Consent));
}

#[test]
fn a_hardware_keyboard_works_alongside_and_an_open_keypad_follows_typing() {
    let h = Harness::start();
    let mut app = h.app();
    walk::to_login_id(&h, &mut app, JA);
    tap(&h, &mut app, login_id::SYMBOL_KEYPAD);
    tap_keys(&h, &mut app, &chars("9"));
    h.type_into(&mut app, login_id::SYMBOL, "1");
    assert_eq!(field_value(&app, login_id::SYMBOL), "91");
    h.type_into(&mut app, login_id::NUMBER, "2");
    tap_keys(&h, &mut app, &chars("00001"));
    assert_eq!(
        field_value(&app, login_id::NUMBER),
        "200001",
        "the keypad moved to 番号"
    );
    assert_eq!(field_value(&app, login_id::SYMBOL), "91");
    // Tapping the open field's button closes the keypad.
    tap(&h, &mut app, login_id::NUMBER_KEYPAD);
    assert!(!has_widget(&app, &keypad::key_id(&Key::Insert('0'))));
}

#[test]
fn keyboards_can_be_turned_off_in_config() {
    let h = Harness::start();
    let config = common::keyboards_off();
    let mut app = h.app_with(config);
    walk::to_login_id(&h, &mut app, JA);
    for id in [
        login_id::LOGIN_ID_KEYPAD,
        login_id::SYMBOL_KEYPAD,
        login_id::NUMBER_KEYPAD,
    ] {
        assert!(!has_widget(&app, id), "{id} is drawn with keyboards off");
    }
    // Typing still works, and no keypad opens.
    walk::type_card(&h, &mut app, walk::CARD_SYMBOL, walk::CARD_NUMBER);
    walk::use_card_and_go_on(&h, &mut app, JA);
    assert!(!has_widget(&app, password::PASSWORD_KEYPAD));
    let mut on = h.app();
    walk::to_login_id(&h, &mut on, JA);
    assert!(has_widget(&on, login_id::SYMBOL_KEYPAD), "on by default");
}

/// Every key container (`keypad_key_*`) in view, with its bounds.
fn keys_in<M>(ui: &mut Simulator<'_, M>) -> Vec<(String, Rectangle)> {
    let mut found = Vec::new();
    let _ = ui.find(|candidate: Candidate<'_>| {
        if let Candidate::Container {
            id: Some(id),
            bounds,
            ..
        } = candidate
        {
            let name = format!("{id:?}");
            if let Some(start) = name.find("keypad_key_") {
                let name = name[start..].trim_end_matches(['"', ')']).to_owned();
                found.push((name, bounds));
            }
        }
        None::<()>
    });
    found
}

/// Asserts every key is at least 48×48 and every two keys are at least 8 px apart.
fn assert_touch_sizes(what: &str, keys: &[(String, Rectangle)]) {
    for (name, b) in keys {
        assert!(
            b.width >= 48.0 && b.height >= 48.0,
            "{what}: {name} is {}×{} px",
            b.width,
            b.height
        );
    }
    for (i, (a_name, a)) in keys.iter().enumerate() {
        for (b_name, b) in &keys[i + 1..] {
            let dx = (b.x - (a.x + a.width)).max(a.x - (b.x + b.width));
            let dy = (b.y - (a.y + a.height)).max(a.y - (b.y + b.height));
            assert!(
                dx.max(dy) >= 8.0 - 0.01,
                "{what}: {a_name} and {b_name} are {} px apart",
                dx.max(dy)
            );
        }
    }
}

const KIOSK: Size = Size::new(1280.0, 800.0);

#[test]
fn every_key_is_at_least_48_px_with_8_px_gaps_at_1280x800() {
    let h = Harness::start();
    let mut app = h.app();
    walk::to_login_id(&h, &mut app, JA);
    for (toggle, expected) in [
        (login_id::LOGIN_ID_KEYPAD, 13),
        (login_id::SYMBOL_KEYPAD, 13),
    ] {
        tap(&h, &mut app, toggle);
        let mut ui = Simulator::with_size(app::settings(), KIOSK, app.view());
        let keys = keys_in(&mut ui);
        assert_eq!(keys.len(), expected, "{toggle}: {keys:?}");
        for d in '0'..='9' {
            let id = keypad::key_id(&Key::Insert(d));
            assert!(keys.iter().any(|(n, _)| *n == id), "{id} missing");
        }
        assert_touch_sizes(toggle, &keys);
    }

    // The other keypads, in the width the screens give them (1000 px column, panel).
    let kinds = [
        (KeypadKind::Date, 5 + 10 + 3 + 1 + 3),
        (
            KeypadKind::Latin {
                shifted: false,
                domains: true,
            },
            // digits, 3 letter rows, shift + delete, symbols, clear + next, domains
            10 + 10 + 9 + 7 + 2 + 5 + 2 + 8,
        ),
        (
            KeypadKind::Latin {
                shifted: false,
                domains: false,
            },
            // the same without domains, with a space key
            10 + 10 + 9 + 7 + 2 + 5 + 3,
        ),
        (KeypadKind::Kana, 46 + 8),
    ];
    for (kind, expected) in kinds {
        for lang in Language::ALL {
            let mut ui = Simulator::with_size(
                app::settings(),
                KIOSK,
                standalone(Palette::Light, lang, kind),
            );
            let keys = keys_in(&mut ui);
            assert_eq!(keys.len(), expected, "{kind:?}");
            assert_touch_sizes(&format!("{kind:?} {lang:?}"), &keys);
        }
    }
}

/// A keypad on its own, as wide as the screens' content column inside a panel.
fn standalone<'a>(palette: Palette, lang: Language, kind: KeypadKind) -> iced::Element<'a, Key> {
    let look = palette.look();
    container(
        container(keypad::view(look, lang, kind, keypad::Next::Field, |k| k))
            .max_width(960)
            .width(Length::Fill),
    )
    .padding(20)
    .width(Length::Fill)
    .height(Length::Fill)
    .style(move |_| theme::background(look))
    .into()
}

#[test]
fn the_email_keyboard_has_mail_domains_and_no_space_key() {
    let has_key = |kind: KeypadKind, key: Key| {
        let mut ui = Simulator::with_size(
            app::settings(),
            Size::new(1000.0, 560.0),
            standalone(Palette::Light, JA, kind),
        );
        ui.find(widget::Id::from(keypad::key_id(&key))).is_ok()
    };
    let email = KeypadKind::Latin {
        shifted: false,
        domains: true,
    };
    let password = KeypadKind::Latin {
        shifted: false,
        domains: false,
    };
    let domain = Key::Text(keypad::DOMAINS[0]);
    assert!(has_key(email, domain) && !has_key(password, domain));
    assert!(
        !has_key(email, Key::Insert(' ')),
        "an address has no spaces"
    );
    assert!(
        has_key(password, Key::Insert(' ')),
        "passphrases have spaces"
    );
    for kind in [email, password] {
        assert!(has_key(kind, Key::Clear) && has_key(kind, Key::Next));
    }
}

#[test]
fn the_primary_key_says_whether_it_moves_on_or_finishes() {
    let h = Harness::start();
    let next = tr(JA, "keypad-next");
    let done = tr(JA, "keypad-done");
    let mut app = h.app();
    walk::to_login_id(&h, &mut app, JA);
    tap(&h, &mut app, login_id::SYMBOL_KEYPAD);
    assert!(
        shows(&app, &next) && !shows(&app, &done),
        "記号 moves on to 番号"
    );
    tap_keys(&h, &mut app, &chars("91"));
    tap_keys(&h, &mut app, &[Key::Next]);
    assert!(
        shows(&app, &done) && !shows(&app, &next),
        "番号 fills the ID"
    );
    tap_keys(&h, &mut app, &chars("200001"));
    tap_keys(&h, &mut app, &[Key::Next]);
    assert_eq!(field_value(&app, login_id::LOGIN_ID), "7132-091200001");
    assert!(!shows(&app, &done), "the keyboard closed");
}

#[test]
fn the_kana_keyboard_types_a_katakana_name() {
    // ヤマダ　タロウ by taps: ヤ マ タ ゛ space タ ロ ウ.
    let ya = KANA_COLUMNS[7][0];
    let ma = KANA_COLUMNS[6][0];
    let ta = KANA_COLUMNS[3][0];
    let ro = KANA_COLUMNS[8][4];
    let u = KANA_COLUMNS[0][2];
    let mut taps: Vec<Key> = [ya, ma, ta].iter().map(|&c| Key::Insert(ch(c))).collect();
    taps.push(Key::Dakuten);
    taps.push(Key::Insert(ch(0x3000)));
    taps.extend([ta, ro, u].iter().map(|&c| Key::Insert(ch(c))));
    taps.extend([Key::Insert(ch(0x30C4)), Key::Small, Key::Delete]);

    let mut text = String::new();
    for key in &taps {
        let mut ui = Simulator::with_size(
            app::settings(),
            KIOSK,
            standalone(Palette::Light, JA, KeypadKind::Kana),
        );
        ui.click(widget::Id::from(keypad::key_id(key)))
            .unwrap_or_else(|e| panic!("no key {key:?}: {e}"));
        let pressed: Vec<Key> = ui.into_messages().collect();
        assert_eq!(pressed, vec![*key]);
        text = keypad::apply(&text, key);
    }
    let expected: String = [0x30E4, 0x30DE, 0x30C0, 0x3000, 0x30BF, 0x30ED, 0x30A6]
        .iter()
        .map(|&c| ch(c))
        .collect();
    assert_eq!(text, expected);
    assert_eq!(
        kenpos_rules::katakana_name(&text).as_deref(),
        Ok(expected.as_str())
    );
}

/// Pictures of every keyboard in ja/en and both palettes, to look at (not committed).
/// A renderer, not a regression check: it asserts only that each picture was drawn
/// (written, and not a blank page).
#[test]
fn renders_every_keyboard_to_look_at() {
    let dir = std::env::temp_dir().join("keypads");
    std::fs::create_dir_all(&dir).unwrap();
    let kinds = [
        ("numeric", KeypadKind::Numeric),
        ("date", KeypadKind::Date),
        (
            "latin",
            KeypadKind::Latin {
                shifted: false,
                domains: true,
            },
        ),
        (
            "latin_shift",
            KeypadKind::Latin {
                shifted: true,
                domains: false,
            },
        ),
        ("kana", KeypadKind::Kana),
    ];
    for palette in [Palette::Light, Palette::HighContrast] {
        for lang in Language::ALL {
            for (name, kind) in kinds {
                let stem = format!("{name}-{}-{palette:?}", lang.code());
                let mut ui = Simulator::with_size(
                    app::settings(),
                    Size::new(1000.0, 560.0),
                    standalone(palette, lang, kind),
                );
                save(&mut ui, &palette.theme(), dir.join(&stem));
            }
        }
    }
    // The login ID screen at kiosk size with the 記号 keypad open.
    let h = Harness::start();
    let mut app = h.app();
    walk::to_login_id(&h, &mut app, JA);
    tap(&h, &mut app, login_id::SYMBOL_KEYPAD);
    let mut ui = Simulator::with_size(app::settings(), KIOSK, app.view());
    save(&mut ui, &app.theme(), dir.join("screen-login-id-ja"));
    // The password screen with the Latin keyboard open, in English.
    let mut app = h.app();
    login_id_by_taps(&h, &mut app);
    h.click(&mut app, &tr(JA, "header-switch-language"));
    tap(&h, &mut app, password::PASSWORD_KEYPAD);
    let mut ui = Simulator::with_size(app::settings(), KIOSK, app.view());
    save(&mut ui, &app.theme(), dir.join("screen-password-en"));
}

fn save<M>(ui: &mut Simulator<'_, M>, theme: &iced::Theme, stem: PathBuf) {
    let file = stem.with_file_name(format!(
        "{}-tiny-skia.png",
        stem.file_name().unwrap().to_string_lossy()
    ));
    let _ = std::fs::remove_file(&file);
    let snapshot = ui.snapshot(theme).unwrap();
    // iced_test writes a missing image and reports a match: used here only to write it.
    let _ = snapshot.matches_image(&stem).unwrap();
    let picture = image::open(&file)
        .unwrap_or_else(|e| panic!("{} was not written: {e}", file.display()))
        .into_rgba8();
    let first = picture.get_pixel(0, 0);
    let differing = picture.pixels().filter(|p| *p != first).count();
    assert!(
        differing > picture.len() / 4 / 100,
        "{} is nearly blank ({differing} pixels differ from the corner)",
        file.display()
    );
}
