//! A keyboard for headless tests: unlike `Simulator` (a fresh widget tree per call), it
//! keeps the widget tree between key presses, so focus moves the way it does in the
//! real window, and every press is followed by a frame (sensors fire on redraw).

use iced::advanced::widget::operation::{Focusable, Operation, TextInput};
use iced::advanced::widget::{Id, operation};
use iced::keyboard::{self, key};
use iced::{Event, Rectangle, Vector, mouse};
use iced_test::core::renderer::Headless;
use iced_test::runtime::user_interface::{self, UserInterface};
use iced_test::simulator::{Simulator, press_key, release_key, typewrite};
use kenpos_kiosk::app::{self, App, Message};

use super::{Harness, SIZE};

/// The headless renderer and the widget tree carried from one key press to the next.
pub struct Keys {
    renderer: iced_test::renderer::Renderer,
    cache: Option<user_interface::Cache>,
    size: iced::Size,
}

/// The focused element: its id (text inputs) and bounds.
#[derive(Debug, Clone, PartialEq)]
pub struct Focused {
    pub id: Option<Id>,
    pub bounds: Rectangle,
}

impl Keys {
    pub fn new(app: &App) -> Keys {
        Keys::with_size(app, SIZE)
    }

    pub fn with_size(app: &App, size: iced::Size) -> Keys {
        // A simulator loads the app's fonts into the shared font system.
        drop(Simulator::with_size(app::settings(), size, app.view()));
        let renderer =
            iced_test::futures::futures::executor::block_on(iced_test::renderer::Renderer::new(
                kenpos_kiosk::theme::UI_FONT,
                app::settings().default_text_size,
                Some("tiny-skia"),
            ))
            .expect("a headless renderer");
        Keys {
            renderer,
            cache: None,
            size,
        }
    }

    /// Feeds `events` (then a frame) to the app's view and runs the messages.
    pub fn events(&mut self, h: &Harness, app: &mut App, events: Vec<Event>) -> usize {
        let mut messages: Vec<Message> = Vec::new();
        {
            let mut ui = UserInterface::build(
                app.view(),
                self.size,
                self.cache.take().unwrap_or_default(),
                &mut self.renderer,
            );
            let mut events = events;
            events.push(Event::Window(iced::window::Event::RedrawRequested(
                iced::time::Instant::now(),
            )));
            let _ = ui.update(
                &events,
                mouse::Cursor::Unavailable,
                &mut self.renderer,
                &mut iced::advanced::clipboard::Null,
                &mut messages,
            );
            self.cache = Some(ui.into_cache());
        }
        let count = messages.len();
        for message in messages {
            h.send(app, message);
        }
        // One more frame on the new view (a sensor that just came into view fires).
        let mut later: Vec<Message> = Vec::new();
        {
            let mut ui = UserInterface::build(
                app.view(),
                self.size,
                self.cache.take().unwrap_or_default(),
                &mut self.renderer,
            );
            let _ = ui.update(
                &[Event::Window(iced::window::Event::RedrawRequested(
                    iced::time::Instant::now(),
                ))],
                mouse::Cursor::Unavailable,
                &mut self.renderer,
                &mut iced::advanced::clipboard::Null,
                &mut later,
            );
            self.cache = Some(ui.into_cache());
        }
        for message in later {
            h.send(app, message);
        }
        count
    }

    /// Presses and releases a named key (with shift when `shift`).
    pub fn named(&mut self, h: &Harness, app: &mut App, named: key::Named, shift: bool) -> usize {
        let key = keyboard::Key::Named(named);
        let mut press = press_key(key.clone(), None);
        if let Event::Keyboard(keyboard::Event::KeyPressed { modifiers, .. }) = &mut press {
            *modifiers = if shift {
                keyboard::Modifiers::SHIFT
            } else {
                keyboard::Modifiers::default()
            };
        }
        self.events(h, app, vec![press, release_key(key)])
    }

    pub fn tab(&mut self, h: &Harness, app: &mut App) {
        self.named(h, app, key::Named::Tab, false);
    }

    pub fn shift_tab(&mut self, h: &Harness, app: &mut App) {
        self.named(h, app, key::Named::Tab, true);
    }

    pub fn enter(&mut self, h: &Harness, app: &mut App) -> usize {
        self.named(h, app, key::Named::Enter, false)
    }

    pub fn space(&mut self, h: &Harness, app: &mut App) -> usize {
        self.named(h, app, key::Named::Space, false)
    }

    pub fn escape(&mut self, h: &Harness, app: &mut App) -> usize {
        self.named(h, app, key::Named::Escape, false)
    }

    /// Types `text` on the hardware keyboard (into whatever has focus).
    pub fn type_text(&mut self, h: &Harness, app: &mut App, text: &str) {
        self.events(h, app, typewrite(text).collect());
    }

    /// Draws the current view at scale 1.0 and returns its RGBA pixels, row by row.
    pub fn screenshot(&mut self, app: &App) -> Vec<u8> {
        use iced::advanced::renderer::Headless as _;
        let theme = app.theme();
        let base = iced::theme::Base::base(&theme);
        let mut ui = UserInterface::build(
            app.view(),
            self.size,
            self.cache.take().unwrap_or_default(),
            &mut self.renderer,
        );
        ui.draw(
            &mut self.renderer,
            &theme,
            &iced::advanced::renderer::Style {
                text_color: base.text_color,
            },
            mouse::Cursor::Unavailable,
        );
        self.cache = Some(ui.into_cache());
        self.renderer.screenshot(
            iced::Size::new(self.size.width as u32, self.size.height as u32),
            1.0,
            base.background_color,
        )
    }

    /// The colour of the pixel at (`x`, `y`) of a screenshot.
    pub fn pixel(&self, rgba: &[u8], x: f32, y: f32) -> [u8; 3] {
        let index = (y as usize * self.size.width as usize + x as usize) * 4;
        [rgba[index], rgba[index + 1], rgba[index + 2]]
    }

    /// Runs `operation` over the current view (keeping the widget tree).
    fn operate(&mut self, app: &App, operation: &mut dyn Operation) {
        let mut ui = UserInterface::build(
            app.view(),
            self.size,
            self.cache.take().unwrap_or_default(),
            &mut self.renderer,
        );
        ui.operate(&self.renderer, operation);
        self.cache = Some(ui.into_cache());
    }

    /// The focused element, if any.
    pub fn focused(&mut self, app: &App) -> Option<Focused> {
        let mut find = FindFocused(None);
        self.operate(app, &mut find);
        find.0
    }

    /// Every focusable element in focus order.
    pub fn focusables(&mut self, app: &App) -> Vec<Focused> {
        let mut all = All(Vec::new());
        self.operate(app, &mut all);
        all.0
    }

    /// Every control a member can tap or type into: the focusable controls and fields,
    /// and the on-screen keyboards' keys and "keyboard" buttons (which are not Tab
    /// stops), each named by what it shows (or its id), where it is on screen.
    pub fn controls(&mut self, app: &App) -> Vec<Placed> {
        let mut collect = Collect::default();
        self.operate(app, &mut collect);
        let texts = collect.texts;
        collect
            .controls
            .into_iter()
            .map(|mut control| {
                if control.name.is_empty() {
                    control.name = texts
                        .iter()
                        .filter(|t| control.bounds.contains(t.bounds.center()))
                        .map(|t| t.name.as_str())
                        .collect::<Vec<_>>()
                        .join(" ");
                }
                control
            })
            .collect()
    }

    /// Every text on the page, where it is on screen.
    pub fn texts(&mut self, app: &App) -> Vec<Placed> {
        let mut collect = Collect::default();
        self.operate(app, &mut collect);
        collect.texts
    }

    /// The text shown inside the focused element.
    pub fn focused_text(&mut self, app: &App) -> String {
        let Some(focused) = self.focused(app) else {
            return String::new();
        };
        let mut texts = Texts {
            within: focused.bounds,
            found: Vec::new(),
        };
        self.operate(app, &mut texts);
        texts.found.join(" ")
    }

    /// Presses Tab until the text input `id` has focus (panics after 80 presses).
    pub fn tab_to_field(&mut self, h: &Harness, app: &mut App, id: &'static str) {
        let target = Id::new(id);
        for _ in 0..80 {
            self.tab(h, app);
            if self.focused(app).and_then(|f| f.id) == Some(target.clone()) {
                return;
            }
        }
        panic!("Tab never reached the field {id}");
    }

    /// Presses Tab until the focused control shows `label` (panics after 80 presses).
    pub fn tab_to_label(&mut self, h: &Harness, app: &mut App, label: &str) {
        for _ in 0..80 {
            self.tab(h, app);
            if self.focused_text(app).contains(label) {
                return;
            }
        }
        panic!("Tab never reached a control labelled {label:?}");
    }

    /// Presses Tab until the focused element covers the widget `id` (a scrolling box or
    /// a container with an id).
    pub fn tab_to_widget(&mut self, h: &Harness, app: &mut App, id: &'static str) {
        for _ in 0..80 {
            self.tab(h, app);
            let target = self.bounds_of(app, id);
            if let (Some(focused), Some(target)) = (self.focused(app), target)
                && focused.bounds.contains(target.center())
            {
                return;
            }
        }
        panic!("Tab never reached the widget {id}");
    }

    /// Where the widget `id` is drawn on screen (scrolling applied), and the view of the
    /// outermost scrollable holding it.
    pub fn on_screen(&mut self, app: &App, id: &'static str) -> Option<(Rectangle, Rectangle)> {
        let mut find = Scrolled {
            id: Id::new(id),
            scrollables: Vec::new(),
            found: None,
        };
        self.operate(app, &mut find);
        let target = find.found?;
        let holding: Vec<_> = find
            .scrollables
            .iter()
            .filter(|(_, content, _)| content.contains(target.center()))
            .collect();
        let shift: f32 = holding.iter().map(|(_, _, dy)| dy).sum();
        let view = holding.first().map_or(target, |(bounds, _, _)| *bounds);
        Some((
            Rectangle {
                y: target.y - shift,
                ..target
            },
            view,
        ))
    }

    /// The bounds of the widget `id` (container, scrollable or text input).
    pub fn bounds_of(&mut self, app: &App, id: &'static str) -> Option<Rectangle> {
        let mut find = BoundsOf {
            id: Id::new(id),
            found: None,
        };
        self.operate(app, &mut find);
        find.found
    }
}

struct FindFocused(Option<Focused>);

impl Operation for FindFocused {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        operate(self);
    }

    fn focusable(&mut self, id: Option<&Id>, bounds: Rectangle, state: &mut dyn Focusable) {
        if state.is_focused() {
            self.0 = Some(Focused {
                id: id.cloned(),
                bounds,
            });
        }
    }
}

struct All(Vec<Focused>);

impl Operation for All {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        operate(self);
    }

    fn focusable(&mut self, id: Option<&Id>, bounds: Rectangle, _state: &mut dyn Focusable) {
        self.0.push(Focused {
            id: id.cloned(),
            bounds,
        });
    }
}

struct Texts {
    within: Rectangle,
    found: Vec<String>,
}

impl Operation for Texts {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        operate(self);
    }

    fn text(&mut self, _id: Option<&Id>, bounds: Rectangle, text: &str) {
        if self.within.contains(bounds.center()) {
            self.found.push(text.to_owned());
        }
    }
}

struct BoundsOf {
    id: Id,
    found: Option<Rectangle>,
}

impl Operation for BoundsOf {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        operate(self);
    }

    fn container(&mut self, id: Option<&Id>, bounds: Rectangle) {
        if id == Some(&self.id) {
            self.found = Some(bounds);
        }
    }

    fn scrollable(
        &mut self,
        id: Option<&Id>,
        bounds: Rectangle,
        _content: Rectangle,
        _translation: Vector,
        _state: &mut dyn operation::Scrollable,
    ) {
        if id == Some(&self.id) {
            self.found = Some(bounds);
        }
    }

    fn text_input(&mut self, id: Option<&Id>, bounds: Rectangle, _state: &mut dyn TextInput) {
        if id == Some(&self.id) {
            self.found = Some(bounds);
        }
    }
}

struct Scrolled {
    id: Id,
    scrollables: Vec<(Rectangle, Rectangle, f32)>,
    found: Option<Rectangle>,
}

impl Operation for Scrolled {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        operate(self);
    }

    fn scrollable(
        &mut self,
        _id: Option<&Id>,
        bounds: Rectangle,
        content: Rectangle,
        translation: Vector,
        _state: &mut dyn operation::Scrollable,
    ) {
        self.scrollables.push((bounds, content, translation.y));
    }

    fn container(&mut self, id: Option<&Id>, bounds: Rectangle) {
        if id == Some(&self.id) {
            self.found = Some(bounds);
        }
    }

    fn text_input(&mut self, id: Option<&Id>, bounds: Rectangle, _state: &mut dyn TextInput) {
        if id == Some(&self.id) {
            self.found = Some(bounds);
        }
    }
}

/// A control or text: what it shows, its bounds on screen (scrolling applied) and the
/// part of it that is not scrolled out of view (`None` when none is).
#[derive(Debug, Clone)]
pub struct Placed {
    pub name: String,
    pub bounds: Rectangle,
    pub visible: Option<Rectangle>,
}

/// Collects controls and texts in screen coordinates: scrollables shift and clip what
/// they hold (the shift applies inside the scrollable's own traversal).
#[derive(Default)]
struct Collect {
    shift: f32,
    clip: Option<Rectangle>,
    entering: Option<(f32, Rectangle)>,
    controls: Vec<Placed>,
    texts: Vec<Placed>,
}

impl Collect {
    fn place(&self, name: String, bounds: Rectangle) -> Placed {
        let bounds = Rectangle {
            y: bounds.y - self.shift,
            ..bounds
        };
        let visible = match self.clip {
            Some(clip) => bounds.intersection(&clip),
            None => Some(bounds),
        };
        Placed {
            name,
            bounds,
            visible,
        }
    }
}

impl Operation for Collect {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        let saved = (self.shift, self.clip);
        if let Some((dy, view)) = self.entering.take() {
            let view = Rectangle {
                y: view.y - self.shift,
                ..view
            };
            self.clip = Some(match self.clip {
                Some(clip) => clip
                    .intersection(&view)
                    .unwrap_or(Rectangle::new(iced::Point::ORIGIN, iced::Size::ZERO)),
                None => view,
            });
            self.shift += dy;
        }
        operate(self);
        (self.shift, self.clip) = saved;
    }

    fn scrollable(
        &mut self,
        _id: Option<&Id>,
        bounds: Rectangle,
        _content: Rectangle,
        translation: Vector,
        _state: &mut dyn operation::Scrollable,
    ) {
        self.entering = Some((translation.y, bounds));
    }

    fn focusable(&mut self, id: Option<&Id>, bounds: Rectangle, _state: &mut dyn Focusable) {
        let name = id.map(|id| format!("{id:?}")).unwrap_or_default();
        let placed = self.place(name, bounds);
        self.controls.push(placed);
    }

    fn container(&mut self, id: Option<&Id>, bounds: Rectangle) {
        if let Some(id) = id {
            let name = format!("{id:?}");
            if name.contains("keypad") {
                let placed = self.place(name, bounds);
                self.controls.push(placed);
            }
        }
    }

    fn text(&mut self, _id: Option<&Id>, bounds: Rectangle, text: &str) {
        let placed = self.place(text.to_owned(), bounds);
        self.texts.push(placed);
    }
}
