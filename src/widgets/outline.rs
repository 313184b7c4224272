//! A panel's frame: four 1-pixel lines around its content, and no fill.
//!
//! A container with a background or a border is one quad the size of the panel, and the
//! tiny-skia renderer (the kiosk's) fills such a quad in full, through a window-sized
//! clip mask and at about fifteen times the cost of a plain fill, whenever any part of it
//! is redrawn. A keystroke that moved a line inside a tall panel then cost a fill of the
//! whole panel (2–3 ms at 1920×1080; `cargo bench --bench screens`). Four thin lines
//! cost next to nothing, and the page's own colour shows through.

use iced::advanced::Renderer as _;
use iced::advanced::layout::{self, Layout};
use iced::advanced::widget::{Operation, Tree, Widget, tree};
use iced::advanced::{Clipboard, Shell, mouse, overlay, renderer};
use iced::widget::container;
use iced::{Color, Element, Event, Length, Padding, Rectangle, Size, Vector};

use crate::theme::{self, Look};

/// `content` framed by 1-pixel lines in `color`. The frame takes no room of its own: it is
/// drawn along the inside of the content's bounds, which should have some padding.
pub fn outline<'a, M: 'a>(color: Color, content: impl Into<Element<'a, M>>) -> Element<'a, M> {
    Element::new(Outline {
        color,
        content: content.into(),
    })
}

/// A panel: `content` with `padding`, the full width, in the text colour, framed by
/// [`outline`] in the border colour.
pub fn panel<'a, M: 'a>(
    look: Look,
    padding: impl Into<Padding>,
    content: impl Into<Element<'a, M>>,
) -> Element<'a, M> {
    outline(
        look.border,
        container(content)
            .padding(padding)
            .width(Length::Fill)
            .style(move |_| theme::panel(look)),
    )
}

struct Outline<'a, M> {
    color: Color,
    content: Element<'a, M>,
}

/// The frame's width in logical pixels.
const LINE: f32 = 1.0;

/// The four lines along the inside of `bounds`: top, bottom, left, right.
fn lines(bounds: Rectangle) -> [Rectangle; 4] {
    let Rectangle {
        x,
        y,
        width,
        height,
    } = bounds;
    [
        Rectangle::new((x, y).into(), Size::new(width, LINE)),
        Rectangle::new((x, y + height - LINE).into(), Size::new(width, LINE)),
        Rectangle::new((x, y).into(), Size::new(LINE, height)),
        Rectangle::new((x + width - LINE, y).into(), Size::new(LINE, height)),
    ]
}

// The frame owns nothing in the widget tree: tag, state, children and diff are the
// content's, so wrapping a panel's content keeps its state (a scroll offset, a cursor).
impl<M> Widget<M, iced::Theme, iced::Renderer> for Outline<'_, M> {
    fn size(&self) -> Size<Length> {
        self.content.as_widget().size()
    }

    fn size_hint(&self) -> Size<Length> {
        self.content.as_widget().size_hint()
    }

    fn tag(&self) -> tree::Tag {
        self.content.as_widget().tag()
    }

    fn state(&self) -> tree::State {
        self.content.as_widget().state()
    }

    fn children(&self) -> Vec<Tree> {
        self.content.as_widget().children()
    }

    fn diff(&self, tree: &mut Tree) {
        self.content.as_widget().diff(tree);
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &iced::Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        self.content.as_widget_mut().layout(tree, renderer, limits)
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &iced::Renderer,
        operation: &mut dyn Operation,
    ) {
        self.content
            .as_widget_mut()
            .operate(tree, layout, renderer, operation);
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
        self.content.as_widget_mut().update(
            tree, event, layout, cursor, renderer, clipboard, shell, viewport,
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
        self.content
            .as_widget()
            .draw(tree, renderer, theme, style, layout, cursor, viewport);
        for bounds in lines(layout.bounds()) {
            if bounds.intersects(viewport) {
                renderer.fill_quad(
                    renderer::Quad {
                        bounds,
                        snap: true,
                        ..renderer::Quad::default()
                    },
                    self.color,
                );
            }
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
        self.content
            .as_widget()
            .mouse_interaction(tree, layout, cursor, viewport, renderer)
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &iced::Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, M, iced::Theme, iced::Renderer>> {
        self.content
            .as_widget_mut()
            .overlay(tree, layout, renderer, viewport, translation)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lines_run_along_the_inside_of_the_bounds() {
        let [top, bottom, left, right] =
            lines(Rectangle::new((10.0, 20.0).into(), Size::new(100.0, 50.0)));
        assert_eq!(
            top,
            Rectangle::new((10.0, 20.0).into(), Size::new(100.0, 1.0))
        );
        assert_eq!(
            bottom,
            Rectangle::new((10.0, 69.0).into(), Size::new(100.0, 1.0))
        );
        assert_eq!(
            left,
            Rectangle::new((10.0, 20.0).into(), Size::new(1.0, 50.0))
        );
        assert_eq!(
            right,
            Rectangle::new((109.0, 20.0).into(), Size::new(1.0, 50.0))
        );
    }
}
