//! Benchmark: what one message costs the app on each screen, and its peak memory.
//!
//! After every message iced calls `view`, rebuilds the widget tree against the previous
//! one (diffing, layout) and draws it. This measures that for every screen of both
//! paths (on-screen keyboards open included), in both languages, at 1280×800 and at
//! 1920×1080, with the headless tiny-skia renderer: `view` alone; `view` + rebuild +
//! draw (building the primitives); and that plus rasterising the whole frame (tiny-skia
//! into a pixel buffer: more than a real window pays, which redraws only what changed).
//!
//! `cargo bench --bench screens [-- ITERATIONS]` (default 200 per screen). It prints a
//! line per screen and size, the slowest screen of each size against the 4 ms budget
//! (issue 16), and the process's peak resident memory after the tour. It drives the
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
use kenpos_kiosk::app::{App, Message};
use kenpos_kiosk::i18n::Language;
use kenpos_kiosk::theme;

/// The kiosk's usual screen and a full-HD one.
const SIZES: [Size; 2] = [Size::new(1280.0, 800.0), Size::new(1920.0, 1080.0)];

/// What one message may cost (view + rebuild + draw + raster).
const BUDGET: Duration = Duration::from_millis(4);

struct Measured {
    screen: String,
    size: Size,
    view: Duration,
    message: Duration,
    raster: Duration,
}

fn measure(renderer: &mut iced::Renderer, app: &App, screen: &str, size: Size, n: u32) -> Measured {
    let style = core_renderer::Style {
        text_color: app.theme().palette().text,
    };
    let mut cache = user_interface::Cache::default();
    let once = |cache: user_interface::Cache, renderer: &mut iced::Renderer| {
        let mut ui: UserInterface<'_, Message, _, _> =
            UserInterface::build(app.view(), size, cache, renderer);
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
    let background = app.theme().palette().background;
    let pixels = iced::Size::new(size.width as u32, size.height as u32);
    let frames = n.div_ceil(4).max(1);
    let started = Instant::now();
    for _ in 0..frames {
        cache = once(cache, renderer);
        black_box(renderer.screenshot(pixels, 1.0, background));
    }
    let raster = started.elapsed() / frames;
    Measured {
        screen: screen.to_owned(),
        size,
        view,
        message,
        raster,
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
            kenpos_kiosk::theme::UI_FONT,
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
            for size in SIZES {
                results.push(measure(&mut renderer, app, screen, size, n));
            }
        });
    }
    println!(
        "{:<28} {:>10} {:>10} {:>18} {:>14}",
        "screen", "size", "view", "view+rebuild+draw", "+raster"
    );
    for r in &results {
        println!(
            "{:<28} {:>10} {:>10.1?} {:>18.1?} {:>14.1?}",
            r.screen,
            format!("{}×{}", r.size.width, r.size.height),
            r.view,
            r.message,
            r.raster
        );
    }
    for size in SIZES {
        let at_size = results.iter().filter(|r| r.size == size);
        if let Some(slowest) = at_size.max_by_key(|r| r.raster) {
            println!(
                "slowest at {}×{}: {} at {:.2?} per message with the raster ({:.2?} without); budget {:?}: {}",
                size.width,
                size.height,
                slowest.screen,
                slowest.raster,
                slowest.message,
                BUDGET,
                if slowest.raster <= BUDGET {
                    "met"
                } else {
                    "NOT met"
                }
            );
        }
    }
    println!("({n} iterations per screen and size; the raster on a quarter of them)");
    match peak_rss_mib() {
        Some(mib) => println!("peak resident memory after the tour: {mib:.0} MiB"),
        None => println!("peak resident memory: not available on this platform"),
    }
}
