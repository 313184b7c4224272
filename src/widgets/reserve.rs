//! Room kept for feedback that comes and goes while the member types (a carrier
//! warning, a birth-date read-back, the reasons a password was refused), so that the
//! controls below it never move between the member's look and tap.
//!
//! [`slot`] lays out its content and an invisible placeholder (the tallest thing the
//! slot is expected to hold) and takes the taller of the two; it also never shrinks
//! while it stays on screen, so a message that goes away as the member types leaves
//! its room behind instead of pulling the fields below it up.

use iced::advanced::layout::{self, Layout};
use iced::advanced::widget::{Operation, Tree, Widget, tree};
use iced::advanced::{Clipboard, Shell, mouse, overlay, renderer};
use iced::{Element, Event, Length, Rectangle, Size, Vector};

/// `content` in a slot at least as tall as `placeholder` (never drawn) and never
/// shorter than it has been since it appeared. `key` names the slot: a slot with
/// another key at the same place of the widget tree (another screen) starts afresh.
pub fn slot<'a, M: 'a>(
    key: &'static str,
    content: impl Into<Element<'a, M>>,
    placeholder: impl Into<Element<'a, M>>,
) -> Element<'a, M> {
    Element::new(Slot {
        key,
        content: content.into(),
        placeholder: placeholder.into(),
    })
}

#[derive(Debug, Default)]
struct SlotState {
    key: &'static str,
    tallest: f32,
}

struct Slot<'a, M> {
    key: &'static str,
    content: Element<'a, M>,
    placeholder: Element<'a, M>,
}

impl<M> Widget<M, iced::Theme, iced::Renderer> for Slot<'_, M> {
    fn size(&self) -> Size<Length> {
        Size::new(Length::Fill, Length::Shrink)
    }

    fn tag(&self) -> tree::Tag {
        tree::Tag::of::<SlotState>()
    }

    fn state(&self) -> tree::State {
        tree::State::new(SlotState {
            key: self.key,
            tallest: 0.0,
        })
    }

    fn children(&self) -> Vec<Tree> {
        vec![Tree::new(&self.content), Tree::new(&self.placeholder)]
    }

    fn diff(&self, tree: &mut Tree) {
        let state = tree.state.downcast_mut::<SlotState>();
        if state.key != self.key {
            *state = SlotState {
                key: self.key,
                tallest: 0.0,
            };
        }
        tree.diff_children(&[self.content.as_widget(), self.placeholder.as_widget()]);
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &iced::Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        let limits = limits.width(Length::Fill).height(Length::Shrink);
        let content = self
            .content
            .as_widget_mut()
            .layout(&mut tree.children[0], renderer, &limits);
        let placeholder =
            self.placeholder
                .as_widget_mut()
                .layout(&mut tree.children[1], renderer, &limits);
        let state = tree.state.downcast_mut::<SlotState>();
        let height = content
            .size()
            .height
            .max(placeholder.size().height)
            .max(state.tallest);
        state.tallest = height;
        let size = limits.resolve(
            Length::Fill,
            Length::Shrink,
            Size::new(content.size().width, height),
        );
        layout::Node::with_children(Size::new(size.width, height), vec![content])
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
        if let Some(child) = layout.children().next() {
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
