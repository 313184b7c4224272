//! Benchmark: what one message costs the app on each screen, and its peak memory.
//!
//! After every message iced calls `view`, rebuilds the widget tree against the previous
//! one (diffing, layout) and draws it. This measures that for every screen of both
//! paths (on-screen keyboards open included), in both languages, at 1280×800 and at
//! 1920×1080, with the headless tiny-skia renderer: `view` alone; `view` + rebuild +
//! draw (building the primitives); that plus rasterising the whole frame as the tiny-skia
//! window does when a new screen opens (into a kept frame buffer, every layer clipped);
//! and, on the screens where the member types, one keystroke: rebuild, draw and raster of
//! only what changed since the last frame (the window diffs the layers it drew last) —
//! typed on a hardware keyboard, and on the screens with an on-screen keyboard open, a
//! tap on one of its keys (the field and the keyboard's echo of it change).
//!
//! `cargo bench --bench screens [-- ITERATIONS] [keystrokes]` (default 200 per screen;
//! `keystrokes` measures only the keystrokes, e.g. to profile them alone). It prints a
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
use common::touch::tap;
use common::tour::{self, Start};
use iced::advanced::renderer::{self as core_renderer, Headless};
use iced::{Color, Pixels, Rectangle, Size, mouse};
use iced_test::runtime::user_interface::{self, UserInterface};
use iced_tiny_skia::Layer;
use iced_tiny_skia::graphics::{Viewport, damage};
use kenpos_kiosk::app::{App, Message};
use kenpos_kiosk::i18n::Language;
use kenpos_kiosk::screens::family::{eligibility, setup as family_setup};
use kenpos_kiosk::screens::insured::{login_id, password, setup};
use kenpos_kiosk::theme;
use kenpos_kiosk::widgets::keypad::{self, Key};

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
    layers: usize,
}

/// A keystroke in a field: rebuild + draw + raster of what changed.
struct Keystroke {
    screen: String,
    size: Size,
    cost: Duration,
    damaged: f32,
}

/// How the member enters a character, and takes it back.
#[derive(Clone, Copy)]
enum Input {
    /// Typed into this field on a hardware keyboard; Backspace.
    Typed(&'static str),
    /// A tap on this key of the open on-screen keyboard; its delete key.
    Tapped(char),
}

/// Where a member types, by the tour's screen names.
const TYPED: [(&str, Input); 13] = [
    ("1-login-id", Input::Typed(login_id::NUMBER)),
    ("1b-login-id-keypad", Input::Tapped('1')),
    ("2-password", Input::Typed(password::BIRTH)),
    ("2b-password-date-keypad", Input::Tapped('1')),
    ("4-setup", Input::Typed(setup::EMAIL)),
    ("4b-setup-latin-keypad", Input::Tapped('a')),
    ("7a-recovery-id-keypad", Input::Tapped('a')),
    ("f2-eligibility", Input::Typed(eligibility::NUMBER)),
    ("f2b-eligibility-keypad", Input::Tapped('1')),
    ("f3-setup", Input::Typed(family_setup::EMAIL)),
    ("f3b-setup-kana", Input::Tapped('\u{30A2}')),
    ("f3c-setup-latin", Input::Tapped('a')),
    ("f3d-setup-password", Input::Tapped('a')),
];

impl Input {
    /// One character in.
    fn enter(self, h: &Harness, app: &mut App) {
        match self {
            Input::Typed(field) => h.type_into(app, field, "1"),
            Input::Tapped(c) => tap(h, app, &keypad::key_id(&Key::Insert(c))),
        }
    }

    /// One character out.
    fn undo(self, h: &Harness, app: &mut App) {
        match self {
            Input::Typed(field) => h.backspace(app, field, 1),
            Input::Tapped(_) => tap(h, app, &keypad::key_id(&Key::Delete)),
        }
    }
}

/// The tiny-skia renderer inside iced's renderer (the bench asks for tiny-skia).
fn tiny(renderer: &mut iced::Renderer) -> &mut iced_tiny_skia::Renderer {
    match renderer {
        iced::Renderer::Secondary(tiny) => tiny,
        iced::Renderer::Primary(_) => panic!("the bench needs the tiny-skia renderer"),
    }
}

/// A window's frame buffer and clip mask, kept from frame to frame as the compositor does.
struct Frame {
    bytes: Vec<u8>,
    mask: tiny_skia::Mask,
    size: Size,
}

impl Frame {
    fn new(size: Size) -> Frame {
        let (w, h) = (size.width as u32, size.height as u32);
        Frame {
            bytes: vec![0; (w * h * 4) as usize],
            mask: tiny_skia::Mask::new(w, h).expect("a clip mask"),
            size,
        }
    }

    /// Rasterises `damage` (logical = physical pixels at scale 1) of what `renderer` drew.
    fn raster(&mut self, renderer: &mut iced::Renderer, damage: &[Rectangle], background: Color) {
        let (w, h) = (self.size.width as u32, self.size.height as u32);
        let viewport = Viewport::with_physical_size(iced::Size::new(w, h), 1.0);
        let mut pixels =
            tiny_skia::PixmapMut::from_bytes(&mut self.bytes, w, h).expect("a pixel map");
        tiny(renderer).draw(&mut pixels, &mut self.mask, &viewport, damage, background);
    }
}

/// Builds the app's view against `cache` and draws it (primitives, not pixels).
fn build_and_draw(
    app: &App,
    size: Size,
    cache: user_interface::Cache,
    renderer: &mut iced::Renderer,
) -> user_interface::Cache {
    let style = core_renderer::Style {
        text_color: app.theme().palette().text,
    };
    let mut ui: UserInterface<'_, Message, _, _> =
        UserInterface::build(app.view(), size, cache, renderer);
    ui.draw(renderer, &app.theme(), &style, mouse::Cursor::Unavailable);
    ui.into_cache()
}

/// One keystroke (and its undoing), as the window pays for it: the message's rebuild and
/// draw, then the raster of the damage against the previous frame.
fn keystroke(
    h: &Harness,
    renderer: &mut iced::Renderer,
    app: &mut App,
    screen: &str,
    input: Input,
    size: Size,
    n: u32,
) -> Keystroke {
    let background = app.theme().palette().background;
    let whole = Rectangle::with_size(size);
    let mut frame = Frame::new(size);
    // Focus the field with a first character, so the measured keystrokes change only text.
    input.enter(h, app);
    let mut cache = build_and_draw(app, size, user_interface::Cache::default(), renderer);
    frame.raster(renderer, &[whole], background);
    let mut cost = Duration::ZERO;
    let mut damaged = 0.0;
    let rounds = n.div_ceil(10).max(1);
    for _ in 0..rounds {
        for typed in [true, false] {
            let before: Vec<Layer> = tiny(renderer).layers().to_vec();
            if typed {
                input.enter(h, app);
            } else {
                input.undo(h, app);
            }
            let started = Instant::now();
            cache = build_and_draw(app, size, cache, renderer);
            let damage = damage::diff(
                &before,
                tiny(renderer).layers(),
                |layer| vec![layer.bounds],
                Layer::damage,
            );
            let damage = damage::group(damage, whole);
            frame.raster(renderer, &damage, background);
            cost += started.elapsed();
            damaged += damage.iter().map(|r| r.width * r.height).sum::<f32>();
        }
    }
    input.undo(h, app);
    Keystroke {
        screen: screen.to_owned(),
        size,
        cost: cost / (2 * rounds),
        damaged: damaged / (2 * rounds) as f32 / (size.width * size.height),
    }
}

fn measure(renderer: &mut iced::Renderer, app: &App, screen: &str, size: Size, n: u32) -> Measured {
    let mut cache = user_interface::Cache::default();
    // Warm up: the first build creates the tree and shapes every text.
    for _ in 0..3 {
        cache = build_and_draw(app, size, cache, renderer);
    }
    let started = Instant::now();
    for _ in 0..n {
        cache = build_and_draw(app, size, cache, renderer);
    }
    let message = started.elapsed() / n;
    let started = Instant::now();
    for _ in 0..n {
        black_box(app.view());
    }
    let view = started.elapsed() / n;
    let background = app.theme().palette().background;
    let whole = Rectangle::with_size(size);
    let mut frame = Frame::new(size);
    let frames = n.div_ceil(4).max(1);
    let started = Instant::now();
    for _ in 0..frames {
        cache = build_and_draw(app, size, cache, renderer);
        frame.raster(renderer, &[whole], background);
    }
    let raster = started.elapsed() / frames;
    black_box(&frame.bytes);
    Measured {
        screen: screen.to_owned(),
        size,
        view,
        message,
        raster,
        layers: tiny(renderer).layers().len(),
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
    let only_keystrokes = std::env::args().any(|a| a == "keystrokes");
    let mut renderer =
        iced_test::futures::futures::executor::block_on(<iced::Renderer as Headless>::new(
            kenpos_kiosk::theme::UI_FONT,
            Pixels(theme::TEXT_BODY),
            Some("tiny-skia"),
        ))
        .expect("a headless tiny-skia renderer");
    let h = Harness::start();
    let mut results = Vec::new();
    let mut keystrokes = Vec::new();
    for language in Language::ALL {
        let start = Start {
            language,
            large_text: false,
        };
        tour::every_screen(&h, start, |h, app, screen| {
            if !only_keystrokes {
                for size in SIZES {
                    results.push(measure(&mut renderer, app, screen, size, n));
                }
            }
            let typed = TYPED.iter().find(|(name, _)| {
                screen
                    .strip_prefix(name)
                    .is_some_and(|rest| rest.len() == 3)
            });
            if let Some(&(_, input)) = typed {
                for size in SIZES {
                    keystrokes.push(keystroke(h, &mut renderer, app, screen, input, size, n));
                }
            }
        });
    }
    println!(
        "{:<28} {:>10} {:>10} {:>18} {:>14} {:>7}",
        "screen", "size", "view", "view+rebuild+draw", "+whole raster", "layers"
    );
    for r in &results {
        println!(
            "{:<28} {:>10} {:>10.1?} {:>18.1?} {:>14.1?} {:>7}",
            r.screen,
            format!("{}×{}", r.size.width, r.size.height),
            r.view,
            r.message,
            r.raster,
            r.layers
        );
    }
    println!();
    println!(
        "{:<28} {:>10} {:>30} {:>16}",
        "keystroke on", "size", "rebuild+draw+damaged raster", "damaged area"
    );
    for k in &keystrokes {
        println!(
            "{:<28} {:>10} {:>30.2?} {:>15.1}%",
            k.screen,
            format!("{}×{}", k.size.width, k.size.height),
            k.cost,
            k.damaged * 100.0
        );
    }
    for size in SIZES {
        let at_size = results.iter().filter(|r| r.size == size);
        if let Some(slowest) = at_size.max_by_key(|r| r.raster) {
            println!(
                "slowest new screen at {}×{}: {} at {:.2?} with the whole raster ({:.2?} without); budget {:?}: {}",
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
    for size in SIZES {
        let at_size = keystrokes.iter().filter(|k| k.size == size);
        if let Some(slowest) = at_size.max_by_key(|k| k.cost) {
            println!(
                "slowest keystroke at {}×{}: {} at {:.2?}; budget {:?}: {}",
                size.width,
                size.height,
                slowest.screen,
                slowest.cost,
                BUDGET,
                if slowest.cost <= BUDGET {
                    "met"
                } else {
                    "NOT met"
                }
            );
        }
    }
    println!(
        "({n} iterations per screen and size; the whole raster on a quarter of them, \
         {} keystrokes and as many Backspaces per field)",
        n.div_ceil(10).max(1)
    );
    match peak_rss_mib() {
        Some(mib) => println!("peak resident memory after the tour: {mib:.0} MiB"),
        None => println!("peak resident memory: not available on this platform"),
    }
}
