//! Benchmark: what one message costs the app on each screen, and its peak memory.
//!
//! After every message iced calls `view`, rebuilds the widget tree against the previous
//! one (diffing, layout) and draws it. This measures that for every screen of both
//! paths, in both languages, at 1280×800, with the headless tiny-skia renderer (drawing
//! here means building the primitives; rasterising depends on the GPU and is left out).
//!
//! `cargo bench --bench screens [-- ITERATIONS]` (default 200 per screen). It prints a
//! line per screen (mean per message: `view` alone, and `view` + rebuild + draw), the
//! slowest screen, and the process's peak resident memory after the tour. It drives the
//! same tour as the size tests and the screenshot example, against the reference
//! backend on loopback.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

#[path = "../tests/common/mod.rs"]
mod common;

use std::hint::black_box;
use std::time::{Duration, Instant};

use common::Harness;
use common::tour::{self, Start};
use iced::advanced::renderer::{self as core_renderer, Headless};
use iced::{Pixels, Size, mouse};
use iced_test::runtime::user_interface::{self, UserInterface};
use kenpos_kiosk::app::{self, App, Message};
use kenpos_kiosk::i18n::Language;
use kenpos_kiosk::theme;

const SIZE: Size = Size::new(1280.0, 800.0);

struct Measured {
    screen: String,
    view: Duration,
    message: Duration,
}

fn measure(renderer: &mut iced::Renderer, app: &App, screen: &str, n: u32) -> Measured {
    let style = core_renderer::Style {
        text_color: app.theme().palette().text,
    };
    let mut cache = user_interface::Cache::default();
    let once = |cache: user_interface::Cache, renderer: &mut iced::Renderer| {
        let mut ui: UserInterface<'_, Message, _, _> =
            UserInterface::build(app.view(), SIZE, cache, renderer);
        ui.draw(renderer, &app.theme(), &style, mouse::Cursor::Unavailable);
        ui.into_cache()
    };
    // Warm up: the first build creates the tree and shapes every text.
    for _ in 0..3 {
        cache = once(cache, renderer);
    }
    let started = Instant::now();
    for _ in 0..n {
        cache = once(cache, renderer);
    }
    let message = started.elapsed() / n;
    let started = Instant::now();
    for _ in 0..n {
        black_box(app.view());
    }
    let view = started.elapsed() / n;
    Measured {
        screen: screen.to_owned(),
        view,
        message,
    }
}

/// The process's peak resident set size in MiB (Linux), if it can be read.
fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn main() {
    // `cargo bench` passes `--bench`; a number is the iteration count.
    let n: u32 = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(200);
    let mut renderer =
        iced_test::futures::futures::executor::block_on(<iced::Renderer as Headless>::new(
            app::UI_FONT,
            Pixels(theme::TEXT_BODY),
            Some("tiny-skia"),
        ))
        .expect("a headless tiny-skia renderer");
    let h = Harness::start();
    let mut results = Vec::new();
    for language in Language::ALL {
        let start = Start {
            language,
            large_text: false,
        };
        tour::every_screen(&h, start, |_, app, screen| {
            results.push(measure(&mut renderer, app, screen, n));
        });
    }
    println!(
        "{:<28} {:>12} {:>22}",
        "screen (1280×800)", "view", "view+rebuild+draw"
    );
    for r in &results {
        println!("{:<28} {:>12.1?} {:>22.1?}", r.screen, r.view, r.message);
    }
    if let Some(slowest) = results.iter().max_by_key(|r| r.message) {
        println!(
            "slowest: {} at {:.1?} per message ({} iterations per screen)",
            slowest.screen, slowest.message, n
        );
    }
    match peak_rss_mib() {
        Some(mib) => println!("peak resident memory after the tour: {mib:.0} MiB"),
        None => println!("peak resident memory: not available on this platform"),
    }
}
