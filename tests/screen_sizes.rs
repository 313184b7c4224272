//! Measured, not guessed (issue 8): on every screen of both paths, in both languages,
//! every button, field, check box and on-screen key is at least 48×48 px at 1280×800,
//! and in large-text mode (×1.5) nothing runs off the side of a 1280×800 or 1920×1080
//! window, no two controls overlap, and an open keyboard fits the window whole.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::Harness;
use common::keys::Keys;
use common::tour::{self, Start};
use iced::{Rectangle, Size};

use kenpos_kiosk::i18n::Language;
use kenpos_kiosk::theme::LARGE_TEXT_SCALE;

const MIN: f32 = 48.0;

#[test]
fn every_control_and_key_is_at_least_48_px_at_1280x800() {
    let h = Harness::start();
    let mut measured = 0;
    for language in Language::ALL {
        let start = Start {
            language,
            large_text: false,
        };
        let mut keys: Option<Keys> = None;
        tour::every_screen(&h, start, |_, app, screen| {
            let keys = keys.get_or_insert_with(|| Keys::with_size(app, Size::new(1280.0, 800.0)));
            let controls = keys.controls(app);
            assert!(!controls.is_empty(), "{screen}: no controls found");
            for control in &controls {
                let (name, b) = (&control.name, control.bounds);
                assert!(
                    b.width >= MIN && b.height >= MIN,
                    "{screen}: {name:?} is {:.0}×{:.0} px (minimum {MIN}×{MIN})",
                    b.width,
                    b.height
                );
            }
            measured += controls.len();
        });
    }
    assert!(measured > 300, "only {measured} controls measured");
}

fn overlap(a: Rectangle, b: Rectangle) -> f32 {
    let w = (a.x + a.width).min(b.x + b.width) - a.x.max(b.x);
    let h = (a.y + a.height).min(b.y + b.height) - a.y.max(b.y);
    if w > 0.0 && h > 0.0 { w * h } else { 0.0 }
}

#[test]
fn large_text_fits_1280x800_and_1920x1080_on_every_screen() {
    let h = Harness::start();
    for (width, height) in [(1280.0, 800.0), (1920.0, 1080.0)] {
        // The window's logical size once everything is scaled by 1.5.
        let size = Size::new(width / LARGE_TEXT_SCALE, height / LARGE_TEXT_SCALE);
        for language in Language::ALL {
            let start = Start {
                language,
                large_text: true,
            };
            let mut keys: Option<Keys> = None;
            tour::every_screen(&h, start, |_, app, screen| {
                assert!(app.large_text(), "{screen}: large text is off");
                let keys = keys.get_or_insert_with(|| Keys::with_size(app, size));
                let what = format!("{screen} at {width}×{height}");
                let controls = keys.controls(app);
                let texts = keys.texts(app);
                for placed in controls.iter().chain(texts.iter()) {
                    let (name, b) = (&placed.name, placed.bounds);
                    assert!(
                        b.x >= -0.5 && b.x + b.width <= size.width + 0.5,
                        "{what}: {name:?} runs off the side: x {:.0}..{:.0} of {:.0}",
                        b.x,
                        b.x + b.width,
                        size.width
                    );
                }
                // An open keyboard fits the window whole, and its keys keep their size on
                // screen (the keyboards do not grow with the text).
                for key in controls.iter().filter(|c| c.name.contains("keypad_key_")) {
                    let b = key.bounds;
                    assert!(
                        b.y >= 0.0 && b.y + b.height <= size.height + 0.5,
                        "{what}: {} is cut off at the bottom: y {:.0}..{:.0} of {:.0}",
                        key.name,
                        b.y,
                        b.y + b.height,
                        size.height
                    );
                    assert!(
                        b.width * LARGE_TEXT_SCALE >= MIN - 0.01
                            && b.height * LARGE_TEXT_SCALE >= MIN - 0.01,
                        "{what}: {} is {:.0}×{:.0} px on screen",
                        key.name,
                        b.width * LARGE_TEXT_SCALE,
                        b.height * LARGE_TEXT_SCALE
                    );
                }
                // What can be seen and tapped: the visible parts of controls.
                let shown: Vec<_> = controls
                    .iter()
                    .filter_map(|c| c.visible.map(|v| (&c.name, v)))
                    .collect();
                for (i, (a_name, a)) in shown.iter().enumerate() {
                    for (b_name, b) in &shown[i + 1..] {
                        assert!(
                            overlap(*a, *b) < 1.0,
                            "{what}: {a_name:?} {a:?} overlaps {b_name:?} {b:?}"
                        );
                    }
                }
            });
        }
    }
}
