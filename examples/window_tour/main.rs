//! Walks both member paths in a real window, for `packaging/dev/real-window.sh`.
//!
//! `cargo run --example window_tour -- ACK_DIR [--lang en]` opens the real app (iced's
//! runtime, the renderer that `ICED_BACKEND` / `WGPU_BACKEND` pick, a 1280×800 window)
//! against the embedded reference backend and feeds it the messages a member's taps and
//! typing produce: the insured path to "finish", the family path to an idle wipe, and a
//! "start over". Backend replies, widget operations and drawing all run for real.
//!
//! At each screen it prints `SHOT <name>` and waits until `ACK_DIR/<name>.ack` exists:
//! the script takes the X server's picture of the window meanwhile. When a new screen
//! opens it checks that the page is at its top (title and step indicator in view); on
//! both basic-setup steps, that typing a carrier address (and a birth date) moves no
//! field below it; after a refused "next" on the eligibility step, that the field with
//! the error has the focus and is in view. Failures are printed as `FAIL <what>`, and the exit code is 1 if there were any.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use iced::advanced::widget::operation::{Operation, Outcome, Scrollable};
use iced::advanced::widget::{Id, operate};
use iced::widget::operation::{scroll_by, snap_to_end};
use iced::widget::scrollable::AbsoluteOffset;
use iced::{Element, Rectangle, Subscription, Task, Vector};
use kenpos_kiosk::app::{self, App, Boot};
use kenpos_kiosk::config::{Config, Mode};
use kenpos_kiosk::i18n::Language;
use kenpos_kiosk::paths::family::{Message as FamilyMessage, Step as FamilyStep};
use kenpos_kiosk::paths::insured::{Message as InsuredMessage, Step};
use kenpos_kiosk::screens::family::{eligibility, setup as family_setup};
use kenpos_kiosk::screens::insured::{confirm, login_id, password, setup};
use kenpos_kiosk::screens::shared::{consent, email_sent};
use kenpos_kiosk::screens::{Path, countdown, welcome};
use kenpos_kiosk::widgets::document_guide::Document;
use kenpos_kiosk::widgets::focus::page::PAGE;
use kenpos_kiosk::widgets::header;

mod probe;
mod steps;

use probe::{PageOffset, find};
use steps::{Walk, walk};

#[derive(Debug, Clone)]
enum Msg {
    App(app::Message),
    Tick,
    Offset(&'static str, f32),
    Field(Check, Option<Found>),
}

/// What a [`Walk::Remember`], [`Walk::Unmoved`] or [`Walk::Shown`] asked.
#[derive(Debug, Clone, Copy)]
enum Check {
    Remember,
    Unmoved(&'static str),
    Shown(&'static str),
}

/// A text field as the page shows it.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Found {
    /// Its place in the page's content.
    bounds: Rectangle,
    focused: bool,
    /// The page's visible part, in the same coordinates.
    visible: Rectangle,
}

enum Waiting {
    Nothing,
    Ticks(u32),
    Until(Instant),
    Ack(PathBuf, Instant),
    Offset,
}

struct Tour {
    app: App,
    walk: Vec<Walk>,
    at: usize,
    waiting: Waiting,
    acks: PathBuf,
    failures: Arc<AtomicU32>,
    settled: bool,
    remembered: Option<Found>,
}

const TICK: Duration = Duration::from_millis(100);
const PATIENCE: Duration = Duration::from_secs(60);
/// Ticks to wait before a picture.
const SETTLE_BEFORE_SHOT: u32 = 6;

fn say(line: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
}

impl Tour {
    fn fail(&mut self, what: &str) {
        self.failures.fetch_add(1, Ordering::Relaxed);
        say(&format!("FAIL {what}"));
    }

    fn run(&mut self, task: Task<app::Message>) -> Task<Msg> {
        task.map(Msg::App)
    }

    fn update(&mut self, message: Msg) -> Task<Msg> {
        match message {
            Msg::App(message) => {
                let task = self.app.update(message);
                self.run(task)
            }
            Msg::Offset(name, y) => {
                if y.abs() > 0.5 {
                    self.fail(&format!(
                        "{name}: the screen opened scrolled by {y:.0} px (title and steps off the top)"
                    ));
                }
                self.waiting = Waiting::Nothing;
                Task::none()
            }
            Msg::Field(check, found) => {
                self.waiting = Waiting::Nothing;
                match (check, found) {
                    (_, None) => self.fail(&format!("{check:?}: the field is not on the page")),
                    (Check::Remember, found) => self.remembered = found,
                    (Check::Unmoved(name), Some(now)) => {
                        if let Some(before) = self.remembered
                            && before.bounds != now.bounds
                        {
                            self.fail(&format!(
                                "{name}: a field moved from y {:.0} to y {:.0} while the member typed elsewhere",
                                before.bounds.y, now.bounds.y
                            ));
                        }
                    }
                    (Check::Shown(name), Some(found)) => {
                        let inside = found.bounds.y >= found.visible.y
                            && found.bounds.y + found.bounds.height
                                <= found.visible.y + found.visible.height;
                        if !found.focused || !inside {
                            self.fail(&format!(
                                "{name}: the refused field is not shown (focused {}, at y {:.0}, page shows y {:.0} to {:.0})",
                                found.focused,
                                found.bounds.y,
                                found.visible.y,
                                found.visible.y + found.visible.height
                            ));
                        }
                    }
                }
                Task::none()
            }
            Msg::Tick => self.tick(),
        }
    }

    fn tick(&mut self) -> Task<Msg> {
        let now = Instant::now();
        match &mut self.waiting {
            Waiting::Ticks(n) if *n > 0 => {
                *n -= 1;
                return Task::none();
            }
            Waiting::Until(since) => {
                let Some(Walk::Until(what, done)) = self.walk.get(self.at.saturating_sub(1)) else {
                    self.waiting = Waiting::Nothing;
                    return Task::none();
                };
                if done(&self.app) {
                    // Let the new screen draw before going on.
                    self.waiting = Waiting::Ticks(5);
                } else if now.duration_since(*since) > PATIENCE {
                    let what = *what;
                    self.fail(&format!("never reached: {what}"));
                    return iced::exit();
                }
                return Task::none();
            }
            Waiting::Ack(path, since) => {
                if path.exists() {
                    self.waiting = Waiting::Nothing;
                } else if now.duration_since(*since) > PATIENCE {
                    self.fail("no picture was taken");
                    return iced::exit();
                }
                return Task::none();
            }
            Waiting::Offset => return Task::none(),
            Waiting::Ticks(_) | Waiting::Nothing => {}
        }
        let Some(step) = self.walk.get(self.at) else {
            say(&format!(
                "DONE failures={}",
                self.failures.load(Ordering::Relaxed)
            ));
            return iced::exit();
        };
        self.at += 1;
        match step {
            Walk::Send(message) => {
                let message = message.clone();
                self.waiting = Waiting::Ticks(2);
                let task = self.app.update(message);
                self.run(task)
            }
            Walk::Until(..) => {
                self.waiting = Waiting::Until(now);
                Task::none()
            }
            Walk::Settle(n) => {
                self.waiting = Waiting::Ticks(*n);
                Task::none()
            }
            Walk::ScrollEnd => {
                self.waiting = Waiting::Ticks(3);
                snap_to_end(PAGE)
            }
            Walk::ScrollDown => {
                self.waiting = Waiting::Ticks(3);
                scroll_by(PAGE, AbsoluteOffset { x: 0.0, y: 150.0 })
            }
            Walk::Remember(id) => {
                self.waiting = Waiting::Offset;
                find(id, Check::Remember)
            }
            Walk::Unmoved(name) => {
                let Some(id) = self.walk[..self.at]
                    .iter()
                    .rev()
                    .find_map(|step| match step {
                        Walk::Remember(id) => Some(*id),
                        _ => None,
                    })
                else {
                    return Task::none();
                };
                let name = *name;
                self.waiting = Waiting::Offset;
                find(id, Check::Unmoved(name))
            }
            Walk::Shown(name, id) => {
                let name = *name;
                self.waiting = Waiting::Offset;
                find(id, Check::Shown(name))
            }
            Walk::CheckTop(name) => {
                let name = *name;
                self.waiting = Waiting::Offset;
                operate(PageOffset(0.0)).map(move |y| Msg::Offset(name, y))
            }
            Walk::Shot(_) if !self.settled => {
                // Let the window draw the last change (the script also waits until two
                // pictures in a row agree: debug builds on a busy machine draw late).
                self.at -= 1;
                self.settled = true;
                self.waiting = Waiting::Ticks(SETTLE_BEFORE_SHOT);
                Task::none()
            }
            Walk::Shot(name) => {
                self.settled = false;
                let path = self.acks.join(format!("{name}.ack"));
                let _ = std::fs::remove_file(&path);
                say(&format!("SHOT {name}"));
                self.waiting = Waiting::Ack(path, now);
                Task::none()
            }
        }
    }

    fn view(&self) -> Element<'_, Msg> {
        self.app.view().map(Msg::App)
    }

    fn subscription(&self) -> Subscription<Msg> {
        Subscription::batch([
            self.app.subscription().map(Msg::App),
            iced::time::every(TICK).map(|_| Msg::Tick),
        ])
    }
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(acks) = args.next().map(PathBuf::from) else {
        eprintln!("usage: window_tour ACK_DIR [--lang en]");
        return ExitCode::from(2);
    };
    let mut config = Config {
        mode: Mode::Windowed,
        ..Config::default()
    };
    if args.any(|a| a == "en") {
        config.default_language = Language::En;
    }
    let (embedded, backend) = match kenpos_kiosk::backend::connect(&config, None) {
        Ok(linked) => linked,
        Err(error) => {
            eprintln!("the reference backend did not start: {error}");
            return ExitCode::FAILURE;
        }
    };
    let boot = Boot::Ready(Box::new(config), backend);
    let failures = Arc::new(AtomicU32::new(0));
    let counted = failures.clone();
    let result = iced::application(
        move || {
            let tour = Tour {
                app: App::new(boot.clone()),
                walk: walk(),
                at: 0,
                waiting: Waiting::Nothing,
                acks: acks.clone(),
                failures: counted.clone(),
                settled: false,
                remembered: None,
            };
            let check = tour.app.boot_task().map(Msg::App);
            (tour, check)
        },
        Tour::update,
        Tour::view,
    )
    .title(|tour: &Tour| tour.app.title())
    .theme(|tour: &Tour| tour.app.theme())
    .scale_factor(|tour: &Tour| tour.app.scale_factor())
    .subscription(Tour::subscription)
    .settings(app::settings())
    .window(app::window_settings(Mode::Windowed, 1.0))
    .run();
    if let Some(embedded) = embedded {
        embedded.stop();
    }
    match result {
        Ok(()) if failures.load(Ordering::Relaxed) == 0 => ExitCode::SUCCESS,
        Ok(()) => ExitCode::FAILURE,
        Err(error) => {
            eprintln!("the window could not be run: {error}");
            ExitCode::FAILURE
        }
    }
}
