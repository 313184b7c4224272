//! Renders every screen of both paths, in Japanese and English, to PNG files:
//! `cargo run --example screens -- OUTDIR [--large-text]`. It drives the app through
//! the tour the size tests use (`tests/common/tour.rs`), against the reference backend
//! on loopback, and draws each screen with iced_test's headless renderer. Screens with
//! an on-screen keyboard open are drawn at the kiosk size, 1280×800. With `--large-text`
//! the layout gets the window size divided by the 1.5 scale, as in the real window.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

#[path = "../tests/common/mod.rs"]
mod common;

use std::path::{Path, PathBuf};

use common::Harness;
use common::tour::Start;
use iced::Size;
use iced_test::simulator::Simulator;
use kenpos_kiosk::app::{self, App};
use kenpos_kiosk::i18n::Language;

fn save_sized(app: &App, dir: &Path, name: &str, height: f32) {
    let path = dir.join(format!("{name}.png"));
    let _ = std::fs::remove_file(dir.join(format!("{name}-tiny-skia.png")));
    // Large text scales the whole UI by 1.5: the same window holds 1/1.5 of the layout.
    let scale = app.scale_factor();
    let size = Size::new(1280.0 / scale, height / scale);
    let mut ui = Simulator::with_size(app::settings(), size, app.view());
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
    let large_text = std::env::args().any(|a| a == "--large-text");
    std::fs::create_dir_all(&dir).unwrap();
    for language in Language::ALL {
        let h = Harness::start();
        let start = Start {
            language,
            large_text,
        };
        common::tour::every_screen(&h, start, |_, app, name| {
            // Screens with a keypad open at the kiosk size; others tall enough to show all.
            let height = if name.contains("keypad")
                || name.contains("-kana")
                || name.contains("-latin")
                || name.contains("setup-password")
            {
                800.0
            } else {
                1900.0
            };
            save_sized(app, &dir, name, height);
        });
        kiosk_exit(&h, &dir, language);
    }
}

/// The staff exit PIN pad (typing, wrong, locked) and the staff menu, in the normal and
/// the high-contrast look.
fn kiosk_exit(h: &Harness, dir: &Path, lang: Language) {
    use kenpos_kiosk::app::{KioskMessage, Message};
    use kenpos_kiosk::config::{Config, Mode};
    use kenpos_kiosk::screens::kiosk_exit::{OK, key_id};
    use kenpos_kiosk::widgets::keypad::Key;

    let hash = kenpos_kiosk::kiosk::pin::hash_pin("246810").unwrap();
    for high_contrast in [false, true] {
        let mut config = Config {
            mode: Mode::Kiosk,
            default_language: lang,
            ..common::config()
        };
        config.display.high_contrast = high_contrast;
        config.kiosk.exit_pin_hash = Some(kenpos_kiosk::kiosk::PinHash::parse(&hash).unwrap());
        let mut app = h.app_with(config);
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
