//! Bringing a field into view when an on-screen keypad opens for it: the keypad docks
//! at the bottom of the window and shrinks the page, so the field (and the message under
//! it) could end up behind it. A [`when`] marker around the field's row tells the
//! window's focus scope, at the next frame, to scroll the page so the row sits at the
//! top of what is left.

use std::any::Any;

use iced::advanced::layout::{self, Layout};
use iced::advanced::renderer;
use iced::advanced::widget::operation::{Operation, Scrollable};
use iced::advanced::widget::{Id, Tree, Widget, tree};
use iced::advanced::{Clipboard, Shell, mouse};
use iced::widget::scrollable::AbsoluteOffset;
use iced::{Element, Event, Length, Rectangle, Size, Vector};

/// Room left above a revealed row.
const TOP_MARGIN: f32 = 12.0;
/// Room wanted under a revealed row for its hint or error.
const ROOM_BELOW: f32 = 120.0;

/// `content`, brought into view once each time `active` turns on.
pub fn when<'a, M: 'a>(active: bool, content: impl Into<Element<'a, M>>) -> Element<'a, M> {
    Element::new(Marker {
        active,
        content: content.into(),
    })
}

#[derive(Debug, Default)]
struct MarkerState {
    active: bool,
    revealed: bool,
}

struct Marker<'a, M> {
    active: bool,
    content: Element<'a, M>,
}

impl<M> Widget<M, iced::Theme, iced::Renderer> for Marker<'_, M> {
    fn size(&self) -> Size<Length> {
        self.content.as_widget().size()
    }

    fn size_hint(&self) -> Size<Length> {
        self.content.as_widget().size_hint()
    }

    fn tag(&self) -> tree::Tag {
        tree::Tag::of::<MarkerState>()
    }

    fn state(&self) -> tree::State {
        tree::State::new(MarkerState {
            active: self.active,
            revealed: false,
        })
    }

    fn children(&self) -> Vec<Tree> {
        vec![Tree::new(&self.content)]
    }

    fn diff(&self, tree: &mut Tree) {
        let state = tree.state.downcast_mut::<MarkerState>();
        state.active = self.active;
        if !self.active {
            state.revealed = false;
        }
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
        operation.custom(
            None,
            layout.bounds(),
            tree.state.downcast_mut::<MarkerState>(),
        );
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
}

/// Finds a marker that just turned on (and marks it done).
#[derive(Default)]
pub(super) struct Pending(pub(super) Option<Rectangle>);

impl Operation for Pending {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        operate(self);
    }

    fn custom(&mut self, _id: Option<&Id>, bounds: Rectangle, state: &mut dyn Any) {
        if let Some(state) = state.downcast_mut::<MarkerState>()
            && state.active
            && !state.revealed
        {
            state.revealed = true;
            self.0 = Some(bounds);
        }
    }
}

/// Scrolls the scrollable holding `target` so that it sits at the top of the view,
/// unless it is already in view with room for a message under it.
pub(super) struct ToTop(pub(super) Rectangle);

impl Operation for ToTop {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        operate(self);
    }

    fn scrollable(
        &mut self,
        _id: Option<&Id>,
        bounds: Rectangle,
        content: Rectangle,
        translation: Vector,
        state: &mut dyn Scrollable,
    ) {
        if let Some(y) = top_offset(bounds, content, translation.y, self.0) {
            state.scroll_to(AbsoluteOffset {
                x: None,
                y: Some(y),
            });
        }
    }
}

/// The offset that puts `target` at the top of a scrollable's view, or `None` when it
/// is already in view with room below, or not in this scrollable.
pub fn top_offset(
    bounds: Rectangle,
    content: Rectangle,
    scrolled: f32,
    target: Rectangle,
) -> Option<f32> {
    let inside = target.y >= content.y && target.y + target.height <= content.y + content.height;
    if !inside || content.height <= bounds.height {
        return None;
    }
    let top = bounds.y + scrolled;
    let bottom = top + bounds.height;
    let room = ROOM_BELOW.min((bounds.height - target.height).max(0.0));
    if target.y >= top && target.y + target.height + room <= bottom {
        return None;
    }
    Some((target.y - content.y - TOP_MARGIN).clamp(0.0, content.height - bounds.height))
}

#[cfg(test)]
mod tests {
    use super::*;
    use iced::Point;

    #[test]
    fn a_row_behind_the_keypad_goes_to_the_top_and_one_in_view_stays() {
        let view = Rectangle::new(Point::new(0.0, 68.0), Size::new(1280.0, 300.0));
        let content = Rectangle::new(Point::new(0.0, 68.0), Size::new(1280.0, 1500.0));
        let shown = Rectangle::new(Point::new(100.0, 100.0), Size::new(800.0, 60.0));
        assert_eq!(top_offset(view, content, 0.0, shown), None);
        let hidden = Rectangle::new(Point::new(100.0, 900.0), Size::new(800.0, 60.0));
        assert_eq!(
            top_offset(view, content, 0.0, hidden),
            Some(900.0 - 68.0 - TOP_MARGIN)
        );
        let near_bottom = Rectangle::new(Point::new(100.0, 300.0), Size::new(800.0, 60.0));
        assert!(
            top_offset(view, content, 0.0, near_bottom).is_some(),
            "no room for its message"
        );
    }
}
