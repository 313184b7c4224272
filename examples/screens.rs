//! Renders every screen of both paths, in Japanese and English, to PNG files:
//! `cargo run --example screens -- OUTDIR`. It drives the app through the same steps as
//! the UI tests, against the reference backend on loopback, and draws each screen with
//! iced_test's headless renderer. Screens with an on-screen keyboard open are drawn at
//! the kiosk size, 1280×800.
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

/// Taps the widget with id `id` (a "keyboard" button) and runs what follows.
fn tap(h: &Harness, app: &mut App, id: &'static str) {
    let messages = common::interact(app, |ui| {
        ui.click(iced::widget::Id::new(id))
            .unwrap_or_else(|e| panic!("cannot tap {id}: {e}"));
    });
    for message in messages {
        h.send(app, message);
    }
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
        tap(&h, &mut family, eligibility::INSURER_KEYPAD);
        save_sized(
            &family,
            &dir,
            &format!("f2b-eligibility-keypad-{code}"),
            800.0,
        );
        tap(&h, &mut family, eligibility::INSURER_KEYPAD);
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
        tap(&h, &mut family, family_setup::NAME_KEYPAD);
        save_sized(&family, &dir, &format!("f3b-setup-kana-{code}"), 800.0);
        tap(&h, &mut family, family_setup::EMAIL_KEYPAD);
        save_sized(&family, &dir, &format!("f3c-setup-latin-{code}"), 800.0);
        tap(&h, &mut family, family_setup::PASSWORD_KEYPAD);
        save_sized(&family, &dir, &format!("f3d-setup-password-{code}"), 800.0);
        tap(&h, &mut family, family_setup::PASSWORD_KEYPAD);
        h.click(&mut family, &tr(lang, "setup-next"));
        save(&family, &dir, &format!("f4-confirm-{code}"));
        h.click(&mut family, &tr(lang, "confirm-send"));
        h.click(&mut family, &tr(lang, "sent-finish"));
        if lang == Language::En {
            h.click(&mut family, &tr(Language::Ja, "welcome-language-en"));
        }
        h.click(&mut family, &tr(lang, "header-staff"));
        save(&family, &dir, &format!("s1-staff-{code}"));
    }
}
