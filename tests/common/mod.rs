//! Test harness: the reference backend on loopback, the app, and helpers that click,
//! type and run the app's Tasks the way the iced runtime would.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

pub mod keys;
pub mod touch;
pub mod tour;
pub mod walk;

use std::sync::Arc;

use iced::Size;
use iced::keyboard;
use iced::widget;
use iced_test::futures::futures::StreamExt;
use iced_test::simulator::Simulator;
use kenpos_contract::Secret;
use kenpos_kiosk::app::{self, App, Boot, Message};
use kenpos_kiosk::backend::Backend;
use kenpos_kiosk::config::Config;
use kenpos_reference::{HashCost, ManualClock, ReferenceOptions, RunningServer};

/// The app's config in tests: the defaults with the step funnel off, so that no test
/// writes counts into the user's data dir (the funnel's tests give it a file of their own).
pub fn config() -> Config {
    let mut config = Config::default();
    config.stats.enabled = false;
    config
}

/// The test config with the on-screen keyboards turned off.
pub fn keyboards_off() -> Config {
    let mut config = config();
    config.display.on_screen_keyboards = false;
    config
}

/// Tall enough that every control of a screen is on screen without scrolling.
pub const SIZE: Size = Size::new(1280.0, 3000.0);

/// The reference backend on 127.0.0.1 with demo data, fast hashing and a manual clock.
pub struct Harness {
    pub runtime: tokio::runtime::Runtime,
    pub server: Option<RunningServer>,
    pub clock: Arc<ManualClock>,
    pub backend: Backend,
}

impl Harness {
    pub fn start() -> Harness {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let clock = Arc::new(ManualClock::starting_now());
        let options = ReferenceOptions {
            dev_endpoints: true,
            seed_demo: true,
            hash_cost: HashCost::Minimal,
            clock: clock.clone(),
            ..ReferenceOptions::default()
        };
        let server = runtime.block_on(kenpos_reference::start(options)).unwrap();
        let token = server.issue_device_token().unwrap();
        let backend = Backend::new(
            &server.base_url(),
            Secret::new(token),
            &Config::default(),
            true,
        )
        .unwrap();
        Harness {
            runtime,
            server: Some(server),
            clock,
            backend,
        }
    }

    pub fn app(&self) -> App {
        self.app_with(config())
    }

    /// The app with `config`, on the reference backend.
    pub fn app_with(&self, config: Config) -> App {
        App::new(Boot::Ready(Box::new(config), self.backend.clone()))
    }

    /// A second link to the reference backend, with a device token of its own, marked
    /// as the embedded demo backend (`demo`) or not.
    pub fn backend_as(&self, demo: bool) -> Backend {
        let token = self.server.as_ref().unwrap().issue_device_token().unwrap();
        Backend::new(
            &self.server.as_ref().unwrap().base_url(),
            Secret::new(token),
            &Config::default(),
            demo,
        )
        .unwrap()
    }

    pub fn outbox(&self) -> Vec<kenpos_contract::OutboxMessage> {
        self.server.as_ref().unwrap().outbox().unwrap()
    }

    /// Stops the backend (to test a backend lost mid-path).
    pub fn stop_backend(&mut self) {
        if let Some(server) = self.server.take() {
            self.runtime.block_on(server.shutdown());
        }
    }

    /// Feeds a message to the app and runs every Task it returns (and theirs), as the
    /// iced runtime would; widget operations (focus) are skipped.
    pub fn send(&self, app: &mut App, message: Message) {
        let mut queue = vec![message];
        let mut rounds = 0;
        while let Some(message) = queue.pop() {
            rounds += 1;
            assert!(rounds < 100, "message loop does not settle");
            let task = app.update(message);
            queue.extend(self.outputs(task).into_iter().rev());
        }
    }

    /// Runs a Task the app returned (and everything that follows from it).
    pub fn send_task(&self, app: &mut App, task: iced::Task<Message>) {
        for message in self.outputs(task) {
            self.send(app, message);
        }
    }

    /// The messages a Task produces when run to its end (widget operations skipped).
    fn outputs(&self, task: iced::Task<Message>) -> Vec<Message> {
        let Some(stream) = iced_test::runtime::task::into_stream(task) else {
            return Vec::new();
        };
        self.runtime.block_on(async {
            stream
                .filter_map(|action| async move {
                    match action {
                        iced_test::runtime::Action::Output(message) => Some(message),
                        _ => None,
                    }
                })
                .collect()
                .await
        })
    }

    /// Clicks the text `label` and runs what follows.
    pub fn click(&self, app: &mut App, label: &str) {
        let messages = interact(app, |ui| {
            ui.click(label)
                .unwrap_or_else(|e| panic!("cannot click {label:?}: {e}"));
        });
        assert!(!messages.is_empty(), "clicking {label:?} did nothing");
        for message in messages {
            self.send(app, message);
        }
    }

    /// Clicks the text `label` and returns how many messages it produced (after
    /// running them).
    pub fn try_click(&self, app: &mut App, label: &str) -> usize {
        let messages = interact(app, |ui| {
            ui.click(label)
                .unwrap_or_else(|e| panic!("cannot click {label:?}: {e}"));
        });
        let count = messages.len();
        for message in messages {
            self.send(app, message);
        }
        count
    }

    /// Taps field `id`, types `text` into it, and runs what follows.
    pub fn type_into(&self, app: &mut App, id: &'static str, text: &str) {
        let messages = interact(app, |ui| {
            ui.click(widget::Id::new(id))
                .unwrap_or_else(|e| panic!("no field {id}: {e}"));
            ui.typewrite(text);
        });
        for message in messages {
            self.send(app, message);
        }
    }
}

impl Harness {
    /// Empties field `id` (End, then Backspace over its content).
    pub fn clear(&self, app: &mut App, id: &'static str) {
        let length = field_value(app, id).chars().count();
        self.backspace(app, id, length);
        assert_eq!(field_value(app, id), "", "{id} was not cleared");
    }

    /// Taps field `id`, goes to its end and deletes `count` characters with Backspace.
    pub fn backspace(&self, app: &mut App, id: &'static str, count: usize) {
        let messages = interact(app, |ui| {
            ui.click(widget::Id::new(id))
                .unwrap_or_else(|e| panic!("no field {id}: {e}"));
            ui.tap_key(keyboard::Key::Named(keyboard::key::Named::End));
            for _ in 0..count {
                ui.tap_key(keyboard::Key::Named(keyboard::key::Named::Backspace));
            }
        });
        for message in messages {
            self.send(app, message);
        }
    }
}

/// Lets the simulator draw a frame (sensors check visibility on redraw).
pub fn redraw(ui: &mut Simulator<'_, Message>) {
    let _ = ui.simulate([iced::Event::Window(iced::window::Event::RedrawRequested(
        iced::time::Instant::now(),
    ))]);
}

/// Scrolls the scrollable `id` all the way down and lets a frame be drawn, so sensors
/// at its end fire.
pub fn scroll_to_end(h: &Harness, app: &mut App, id: &'static str) {
    let messages = interact(app, |ui| {
        redraw(ui);
        let target = ui
            .find(widget::Id::new(id))
            .unwrap_or_else(|e| panic!("no scrollable {id}: {e}"));
        ui.point_at(target.bounds().center());
        let _ = ui.simulate([iced::Event::Mouse(iced::mouse::Event::WheelScrolled {
            delta: iced::mouse::ScrollDelta::Lines { x: 0.0, y: -1000.0 },
        })]);
        redraw(ui);
    });
    for message in messages {
        h.send(app, message);
    }
}

/// Draws a frame without scrolling and returns the messages (nothing should fire for
/// content out of view).
pub fn draw_frame(app: &App) -> Vec<Message> {
    interact(app, redraw)
}

/// Runs `f` against a fresh simulator of the app's view and returns the messages.
pub fn interact(app: &App, f: impl FnOnce(&mut Simulator<'_, Message>)) -> Vec<Message> {
    let mut ui = Simulator::with_size(app::settings(), SIZE, app.view());
    f(&mut ui);
    ui.into_messages().collect()
}

/// Whether the text is on screen.
pub fn shows(app: &App, text: &str) -> bool {
    Simulator::with_size(app::settings(), SIZE, app.view())
        .find(text)
        .is_ok()
}

/// The value of a text input, by id.
pub fn field_value(app: &App, id: &'static str) -> String {
    let mut ui = Simulator::with_size(app::settings(), SIZE, app.view());
    match ui
        .find(widget::Id::new(id))
        .unwrap_or_else(|e| panic!("no field {id}: {e}"))
    {
        iced_test::selector::Target::TextInput { content, .. } => content,
        other => panic!("{id} is not a text input: {other:?}"),
    }
}

/// The insured path's step on display, if the insured path is on display.
pub fn insured_step(app: &App) -> Option<kenpos_kiosk::paths::insured::Step> {
    match app.screen() {
        app::Screen::Insured(flow) => Some(flow.step()),
        _ => None,
    }
}

/// The family path's step on display, if the family path is on display.
pub fn family_step(app: &App) -> Option<kenpos_kiosk::paths::family::Step> {
    match app.screen() {
        app::Screen::Family(flow) => Some(flow.step()),
        _ => None,
    }
}
