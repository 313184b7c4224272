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
    }
}
