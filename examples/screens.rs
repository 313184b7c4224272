//! Renders every screen of the insured path, in Japanese and English, to PNG files:
//! `cargo run --example screens -- OUTDIR`. It drives the app through the same steps as
//! the UI tests, against the reference backend on loopback, and draws each screen with
//! iced_test's headless renderer.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

#[path = "../tests/common/mod.rs"]
mod common;

use std::path::{Path, PathBuf};

use common::Harness;
use iced::Size;
use iced_test::simulator::Simulator;
use kenpos_kiosk::app::{self, App};
use kenpos_kiosk::i18n::{Language, tr};
use kenpos_kiosk::screens::family::{eligibility, setup as family_setup};
use kenpos_kiosk::screens::insured::{login_id, password, setup};

fn save(app: &App, dir: &Path, name: &str) {
    save_sized(app, dir, name, 1100.0);
}

fn save_sized(app: &App, dir: &Path, name: &str, height: f32) {
    let path = dir.join(format!("{name}.png"));
    let _ = std::fs::remove_file(dir.join(format!("{name}-tiny-skia.png")));
    let mut ui = Simulator::with_size(app::settings(), Size::new(1280.0, height), app.view());
    common::redraw(&mut ui);
    let snapshot = ui.snapshot(&app.theme()).unwrap();
    snapshot.matches_image(&path).unwrap();
    println!("{}", path.display());
}

fn main() {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "screens".to_owned()),
    );
    std::fs::create_dir_all(&dir).unwrap();
    for lang in Language::ALL {
        let code = lang.code();
        let h = Harness::start();
        let mut app = h.app();
        if lang == Language::En {
            h.click(&mut app, &tr(Language::Ja, "welcome-language-en"));
        }
        h.click(&mut app, &tr(lang, "welcome-choice-insured"));
        h.type_into(&mut app, login_id::SYMBOL, "９１");
        h.type_into(&mut app, login_id::NUMBER, "200001");
        save_sized(&app, &dir, &format!("1-login-id-{code}"), 1900.0);
        h.click(&mut app, &tr(lang, "keypad-toggle-open"));
        save_sized(&app, &dir, &format!("1b-login-id-keypad-{code}"), 800.0);
        h.click(&mut app, &tr(lang, "keypad-toggle-close"));
        h.click(&mut app, &tr(lang, "insured-card-use"));
        h.click(&mut app, &tr(lang, "insured-id-next"));
        h.type_into(&mut app, password::BIRTH, "平成12年1月21日");
        save(&app, &dir, &format!("2-password-{code}"));
        h.click(&mut app, &tr(lang, "insured-birth-use"));
        h.click(&mut app, &tr(lang, "insured-password-next"));
        save(&app, &dir, &format!("3-consent-{code}"));
        common::scroll_to_end(
            &h,
            &mut app,
            kenpos_kiosk::screens::insured::consent::PRIVACY_SCROLL,
        );
        h.click(&mut app, &tr(lang, "consent-privacy-agree"));
        h.click(&mut app, &tr(lang, "consent-terms-agree"));
        h.click(&mut app, &tr(lang, "consent-next"));
        h.type_into(&mut app, setup::EMAIL, "kenko.taro@docomo.ne.jp");
        h.type_into(&mut app, setup::NEW_PASSWORD, "20000121");
        h.type_into(&mut app, setup::CONFIRM, "20000121");
        h.click(&mut app, &tr(lang, "setup-next"));
        save(&app, &dir, &format!("4-setup-{code}"));
        h.clear(&mut app, setup::NEW_PASSWORD);
        h.type_into(&mut app, setup::NEW_PASSWORD, "blue whale lantern");
        h.clear(&mut app, setup::CONFIRM);
        h.type_into(&mut app, setup::CONFIRM, "blue whale lantern");
        h.click(&mut app, &tr(lang, "setup-next"));
        save(&app, &dir, &format!("5-confirm-{code}"));
        h.click(&mut app, &tr(lang, "confirm-send"));
        save(&app, &dir, &format!("6-sent-{code}"));
        let mut recovery = h.app();
        if lang == Language::En {
            h.click(&mut recovery, &tr(Language::Ja, "welcome-language-en"));
        }
        h.click(&mut recovery, &tr(lang, "welcome-choice-forgot"));
        h.click(&mut recovery, &tr(lang, "recovery-forgot-both"));
        save(&recovery, &dir, &format!("7-forgot-both-{code}"));

        let mut family = h.app();
        if lang == Language::En {
            h.click(&mut family, &tr(Language::Ja, "welcome-language-en"));
        }
        h.click(&mut family, &tr(lang, "welcome-choice-family"));
        save(&family, &dir, &format!("f1-start-{code}"));
        h.click(&mut family, &tr(lang, "family-start-next"));
        h.type_into(&mut family, eligibility::SYMBOL, "91");
        h.type_into(&mut family, eligibility::NUMBER, "200001");
        h.type_into(&mut family, eligibility::INSURER, "06139985");
        h.click(&mut family, &tr(lang, "family-eligibility-next"));
        save_sized(&family, &dir, &format!("f2-eligibility-{code}"), 1700.0);
        h.clear(&mut family, eligibility::INSURER);
        h.type_into(&mut family, eligibility::INSURER, "06139984");
        h.click(&mut family, &tr(lang, "family-eligibility-next"));
        common::scroll_to_end(
            &h,
            &mut family,
            kenpos_kiosk::screens::insured::consent::PRIVACY_SCROLL,
        );
        h.click(&mut family, &tr(lang, "consent-privacy-agree"));
        h.click(&mut family, &tr(lang, "consent-terms-agree"));
        h.click(&mut family, &tr(lang, "consent-next"));
        h.type_into(&mut family, family_setup::NAME, "けんこう　はなこ");
        h.type_into(&mut family, family_setup::BIRTH, "H14.5.10");
        h.type_into(&mut family, family_setup::EMAIL, "hanako.kenko@ezweb.ne.jp");
        h.type_into(&mut family, family_setup::PASSWORD, "sakura tree morning");
        h.type_into(&mut family, family_setup::CONFIRM, "sakura tree morning");
        save_sized(&family, &dir, &format!("f3-setup-{code}"), 1400.0);
        h.click(&mut family, &tr(lang, "setup-next"));
        save(&family, &dir, &format!("f4-confirm-{code}"));
        h.click(&mut family, &tr(lang, "confirm-send"));
        h.click(&mut family, &tr(lang, "sent-finish"));
        if lang == Language::En {
            h.click(&mut family, &tr(Language::Ja, "welcome-language-en"));
        }
        h.click(&mut family, &tr(lang, "header-staff"));
        save(&family, &dir, &format!("s1-staff-{code}"));
        kiosk_exit(&h, &dir, lang);
    }
}

/// The staff exit PIN pad (typing, wrong, locked) and the staff menu, in the normal and
/// the high-contrast look.
fn kiosk_exit(h: &Harness, dir: &Path, lang: Language) {
    use kenpos_kiosk::app::{Boot, KioskMessage, Message};
    use kenpos_kiosk::config::{Config, Mode};
    use kenpos_kiosk::screens::kiosk_exit::{OK, key_id};
    use kenpos_kiosk::widgets::keypad::Key;

    let params = argon2::Params::new(64, 1, 1, None).unwrap();
    let hash = kenpos_kiosk::kiosk::pin::hash_with("246810", params).unwrap();
    for high_contrast in [false, true] {
        let mut config = Config {
            mode: Mode::Kiosk,
            default_language: lang,
            ..Config::default()
        };
        config.display.high_contrast = high_contrast;
        config.kiosk.exit_pin_hash = Some(kenpos_kiosk::kiosk::PinHash::parse(&hash).unwrap());
        let mut app = App::new(Boot::Ready(Box::new(config), h.backend.clone()));
        let look = if high_contrast { "-hc" } else { "" };
        let code = lang.code();
        h.send(&mut app, Message::Kiosk(KioskMessage::Chord));
        let press = |app: &mut App, id: String| {
            let messages = common::interact(app, |ui| {
                ui.click(iced::widget::Id::from(id)).unwrap();
            });
            for message in messages {
                h.send(app, message);
            }
        };
        for d in "1357".chars() {
            press(&mut app, key_id(&Key::Insert(d)));
        }
        save_sized(&app, dir, &format!("k1-pin-pad-{code}{look}"), 800.0);
        for _ in 0..3 {
            press(&mut app, key_id(&Key::Insert('9')));
            press(&mut app, OK.to_owned());
        }
        save_sized(&app, dir, &format!("k2-pin-locked-{code}{look}"), 800.0);
        let later = std::time::Instant::now() + std::time::Duration::from_secs(31);
        h.send(&mut app, Message::Kiosk(KioskMessage::Tick(later)));
        for d in "246810".chars() {
            press(&mut app, key_id(&Key::Insert(d)));
        }
        press(&mut app, OK.to_owned());
        save_sized(&app, dir, &format!("k3-staff-menu-{code}{look}"), 800.0);
    }
}
