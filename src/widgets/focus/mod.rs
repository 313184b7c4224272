//! Keyboard-only operation: Tab / Shift-Tab move focus through fields and buttons in
//! reading order, Enter or Space activates the focused button, Escape goes back.
//!
//! iced 0.14 lets only text inputs take focus. Two small widgets add the rest:
//! - [`ring`] wraps a button, checkbox or choice: it takes part in iced's focus
//!   operations (so text inputs and controls share one focus order, the order of the
//!   widget tree, which is the reading order), draws a thick ring in the theme's focus
//!   colour while focused, and turns Enter / Space into the control's message;
//! - [`scope`] wraps the whole window: it catches Tab and Shift-Tab before anything
//!   else, moves the focus to the next / previous focusable (wrapping around), scrolls
//!   the page so the newly focused element is in view, and turns Escape into the
//!   root's "back" message.
//!
//! Both are widgets rather than subscriptions so that the focus state lives in the
//! widget tree next to the text inputs' own, and so that headless `iced_test` tests see
//! the same behaviour as the real window.

use iced::advanced::layout::{self, Layout};
use iced::advanced::renderer;
use iced::advanced::widget::operation::{Focusable, Operation};
use iced::advanced::widget::{Tree, Widget, tree};
use iced::advanced::{Clipboard, Shell, mouse, overlay};
use iced::keyboard::{self, key};
use iced::{Border, Color, Element, Event, Length, Rectangle, Size, Vector, touch};

use crate::theme::Look;

mod operations;
pub mod page;
pub mod reveal;

use operations::{Count, FocusIndex, Reveal, ScrollBy, scroll_for};
pub use operations::{reveal_offset, step};

/// Width of the focus ring at scale 1.0 (WCAG 2.4.13 asks for at least 2 px).
pub const RING_WIDTH: f32 = 4.0;
/// How far the ring sits outside the control (a gap of the page's own colour between
/// the two keeps the ring visible next to a control of any colour).
pub const RING_OFFSET: f32 = 2.0;

/// A focusable control: `content` with a focus ring; Enter or Space sends
/// `on_activate` while it is focused (nothing when `None`, e.g. a disabled button).
pub fn ring<'a, M: Clone + 'a>(
    look: Look,
    content: impl Into<Element<'a, M>>,
    on_activate: Option<M>,
) -> Element<'a, M> {
    Element::new(Ring {
        content: content.into(),
        on_activate,
        scrolls: false,
        color: look.focus,
    })
}

/// A focusable scrolling box (a text the member must read): while focused, the arrow
/// keys, Page Up / Page Down, Space, Home and End scroll it.
pub fn scroll_ring<'a, M: Clone + 'a>(
    look: Look,
    content: impl Into<Element<'a, M>>,
) -> Element<'a, M> {
    Element::new(Ring {
        content: content.into(),
        on_activate: None,
        scrolls: true,
        color: look.focus,
    })
}

/// The window's focus scope: Tab / Shift-Tab move the focus, Escape sends `on_escape`.
pub fn scope<'a, M: Clone + 'a>(
    content: impl Into<Element<'a, M>>,
    on_escape: Option<M>,
) -> Element<'a, M> {
    Element::new(Scope {
        content: content.into(),
        on_escape,
    })
}

#[derive(Debug, Default)]
struct RingState {
    focused: bool,
}

impl Focusable for RingState {
    fn is_focused(&self) -> bool {
        self.focused
    }

    fn focus(&mut self) {
        self.focused = true;
    }

    fn unfocus(&mut self) {
        self.focused = false;
    }
}

struct Ring<'a, M> {
    content: Element<'a, M>,
    on_activate: Option<M>,
    scrolls: bool,
    color: Color,
}

impl<M: Clone> Widget<M, iced::Theme, iced::Renderer> for Ring<'_, M> {
    fn size(&self) -> Size<Length> {
        self.content.as_widget().size()
    }

    fn size_hint(&self) -> Size<Length> {
        self.content.as_widget().size_hint()
    }

    fn tag(&self) -> tree::Tag {
        tree::Tag::of::<RingState>()
    }

    fn state(&self) -> tree::State {
        tree::State::new(RingState::default())
    }

    fn children(&self) -> Vec<Tree> {
        vec![Tree::new(&self.content)]
    }

    fn diff(&self, tree: &mut Tree) {
        tree.diff_children(std::slice::from_ref(&self.content));
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &iced::Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        let child = self
            .content
            .as_widget_mut()
            .layout(&mut tree.children[0], renderer, limits);
        layout::Node::with_children(child.size(), vec![child])
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &iced::Renderer,
        operation: &mut dyn Operation,
    ) {
        let state = tree.state.downcast_mut::<RingState>();
        operation.focusable(None, layout.bounds(), state);
        let Some(child) = layout.children().next() else {
            return;
        };
        let content = &mut self.content;
        let child_tree = &mut tree.children[0];
        operation.traverse(&mut |operation| {
            content
                .as_widget_mut()
                .operate(child_tree, child, renderer, operation);
        });
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &iced::Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, M>,
        viewport: &Rectangle,
    ) {
        let state = tree.state.downcast_mut::<RingState>();
        match event {
            Event::Keyboard(keyboard::Event::KeyPressed { key, .. })
                if state.focused && self.scrolls =>
            {
                if let (Some(scroll), Some(child)) = (
                    scroll_for(key, layout.bounds().height),
                    layout.children().next(),
                ) {
                    self.content.as_widget_mut().operate(
                        &mut tree.children[0],
                        child,
                        renderer,
                        &mut ScrollBy(scroll),
                    );
                    shell.capture_event();
                    shell.request_redraw();
                }
                return;
            }
            Event::Keyboard(keyboard::Event::KeyPressed { key, .. })
                if state.focused && activates(key) =>
            {
                if let Some(message) = &self.on_activate {
                    shell.publish(message.clone());
                }
                shell.capture_event();
                return;
            }
            // A tap or click anywhere moves the focus away from the keyboard's ring (as
            // it does for text inputs); the control itself still gets the tap below.
            Event::Mouse(mouse::Event::ButtonPressed(_))
            | Event::Touch(touch::Event::FingerPressed { .. })
                if state.focused =>
            {
                state.focused = false;
                shell.request_redraw();
            }
            _ => {}
        }
        let Some(child) = layout.children().next() else {
            return;
        };
        self.content.as_widget_mut().update(
            &mut tree.children[0],
            event,
            child,
            cursor,
            renderer,
            clipboard,
            shell,
            viewport,
        );
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut iced::Renderer,
        theme: &iced::Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        let Some(child) = layout.children().next() else {
            return;
        };
        self.content.as_widget().draw(
            &tree.children[0],
            renderer,
            theme,
            style,
            child,
            cursor,
            viewport,
        );
        if tree.state.downcast_ref::<RingState>().focused {
            use iced::advanced::Renderer as _;
            renderer.fill_quad(
                renderer::Quad {
                    bounds: layout.bounds().expand(RING_OFFSET + RING_WIDTH),
                    border: Border {
                        color: self.color,
                        width: RING_WIDTH,
                        radius: 10.0.into(),
                    },
                    ..renderer::Quad::default()
                },
                Color::TRANSPARENT,
            );
        }
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &iced::Renderer,
    ) -> mouse::Interaction {
        layout
            .children()
            .next()
            .map_or(mouse::Interaction::None, |child| {
                self.content.as_widget().mouse_interaction(
                    &tree.children[0],
                    child,
                    cursor,
                    viewport,
                    renderer,
                )
            })
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &iced::Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, M, iced::Theme, iced::Renderer>> {
        let child = layout.children().next()?;
        self.content.as_widget_mut().overlay(
            &mut tree.children[0],
            child,
            renderer,
            viewport,
            translation,
        )
    }
}

/// Enter, the keypad's Enter and Space activate a focused control.
fn activates(key: &keyboard::Key) -> bool {
    matches!(
        key.as_ref(),
        keyboard::Key::Named(key::Named::Enter | key::Named::Space)
    )
}

struct Scope<'a, M> {
    content: Element<'a, M>,
    on_escape: Option<M>,
}

impl<M: Clone> Widget<M, iced::Theme, iced::Renderer> for Scope<'_, M> {
    fn size(&self) -> Size<Length> {
        self.content.as_widget().size()
    }

    fn size_hint(&self) -> Size<Length> {
        self.content.as_widget().size_hint()
    }

    fn children(&self) -> Vec<Tree> {
        vec![Tree::new(&self.content)]
    }

    fn diff(&self, tree: &mut Tree) {
        tree.diff_children(std::slice::from_ref(&self.content));
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &iced::Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        let child = self
            .content
            .as_widget_mut()
            .layout(&mut tree.children[0], renderer, limits);
        layout::Node::with_children(child.size(), vec![child])
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &iced::Renderer,
        operation: &mut dyn Operation,
    ) {
        let Some(child) = layout.children().next() else {
            return;
        };
        let content = &mut self.content;
        let child_tree = &mut tree.children[0];
        operation.traverse(&mut |operation| {
            content
                .as_widget_mut()
                .operate(child_tree, child, renderer, operation);
        });
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &iced::Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, M>,
        viewport: &Rectangle,
    ) {
        let Some(child) = layout.children().next() else {
            return;
        };
        let content = self.content.as_widget_mut();
        let child_tree = &mut tree.children[0];
        match event {
            Event::Keyboard(keyboard::Event::KeyPressed {
                key: keyboard::Key::Named(key::Named::Tab),
                modifiers,
                ..
            }) => {
                let mut count = Count::default();
                content.operate(child_tree, child, renderer, &mut count);
                if count.total > 0 {
                    let mut focus = FocusIndex {
                        target: step(count.focused, count.total, modifiers.shift()),
                        current: 0,
                        bounds: None,
                    };
                    content.operate(child_tree, child, renderer, &mut focus);
                    if let Some(target) = focus.bounds {
                        content.operate(child_tree, child, renderer, &mut Reveal { target });
                    }
                }
                shell.capture_event();
                shell.request_redraw();
                return;
            }
            Event::Keyboard(keyboard::Event::KeyPressed {
                key: keyboard::Key::Named(key::Named::Escape),
                ..
            }) => {
                if let Some(message) = &self.on_escape {
                    shell.publish(message.clone());
                    shell.capture_event();
                    return;
                }
            }
            Event::Window(iced::window::Event::RedrawRequested(_)) => {
                // A keypad opened for a field: bring the field's row into view above it.
                let mut pending = reveal::Pending::default();
                content.operate(child_tree, child, renderer, &mut pending);
                if let Some(target) = pending.0 {
                    content.operate(child_tree, child, renderer, &mut reveal::ToTop(target));
                    shell.request_redraw();
                }
            }
            _ => {}
        }
        self.content.as_widget_mut().update(
            &mut tree.children[0],
            event,
            child,
            cursor,
            renderer,
            clipboard,
            shell,
            viewport,
        );
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut iced::Renderer,
        theme: &iced::Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        if let Some(child) = layout.children().next() {
            self.content.as_widget().draw(
                &tree.children[0],
                renderer,
                theme,
                style,
                child,
                cursor,
                viewport,
            );
        }
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &iced::Renderer,
    ) -> mouse::Interaction {
        layout
            .children()
            .next()
            .map_or(mouse::Interaction::None, |child| {
                self.content.as_widget().mouse_interaction(
                    &tree.children[0],
                    child,
                    cursor,
                    viewport,
                    renderer,
                )
            })
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &iced::Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, M, iced::Theme, iced::Renderer>> {
        let child = layout.children().next()?;
        self.content.as_widget_mut().overlay(
            &mut tree.children[0],
            child,
            renderer,
            viewport,
            translation,
        )
    }
}
