//! The focus operations the scope and rings run over the widget tree, and the pure
//! decisions behind them (which index Tab moves to, how far to scroll).

use iced::advanced::widget::Id;
use iced::advanced::widget::operation::{Focusable, Operation, Scrollable};
use iced::keyboard::{self, key};
use iced::widget::scrollable::AbsoluteOffset;
use iced::{Rectangle, Vector};

/// Room kept above / below an element scrolled into view.
const SCROLL_MARGIN: f32 = 48.0;

/// How a key scrolls a focused scrolling box `height` tall.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Scroll {
    By(f32),
    Top,
    Bottom,
}

pub(super) fn scroll_for(key: &keyboard::Key, height: f32) -> Option<Scroll> {
    const LINE: f32 = 60.0;
    let page = (height * 0.9).max(LINE);
    match key.as_ref() {
        keyboard::Key::Named(key::Named::ArrowDown) => Some(Scroll::By(LINE)),
        keyboard::Key::Named(key::Named::ArrowUp) => Some(Scroll::By(-LINE)),
        keyboard::Key::Named(key::Named::PageDown | key::Named::Space) => Some(Scroll::By(page)),
        keyboard::Key::Named(key::Named::PageUp) => Some(Scroll::By(-page)),
        keyboard::Key::Named(key::Named::Home) => Some(Scroll::Top),
        keyboard::Key::Named(key::Named::End) => Some(Scroll::Bottom),
        _ => None,
    }
}

/// Scrolls the scrollable(s) of a focused scrolling box.
pub(super) struct ScrollBy(pub(super) Scroll);

impl Operation for ScrollBy {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        operate(self);
    }

    fn scrollable(
        &mut self,
        _id: Option<&Id>,
        bounds: Rectangle,
        content_bounds: Rectangle,
        _translation: Vector,
        state: &mut dyn Scrollable,
    ) {
        match self.0 {
            Scroll::By(y) => state.scroll_by(AbsoluteOffset { x: 0.0, y }, bounds, content_bounds),
            Scroll::Top => state.snap_to(iced::widget::scrollable::RelativeOffset {
                x: None,
                y: Some(0.0),
            }),
            Scroll::Bottom => state.snap_to(iced::widget::scrollable::RelativeOffset {
                x: None,
                y: Some(1.0),
            }),
        }
    }
}

/// The index Tab (or Shift-Tab) moves to, wrapping around at either end.
pub fn step(focused: Option<usize>, total: usize, backwards: bool) -> usize {
    match (focused, backwards) {
        (None, false) => 0,
        (None, true) => total.saturating_sub(1),
        (Some(index), false) => (index + 1) % total.max(1),
        (Some(0), true) => total.saturating_sub(1),
        (Some(index), true) => index - 1,
    }
}

/// Counts the focusables and finds the focused one.
#[derive(Default)]
pub(super) struct Count {
    pub(super) focused: Option<usize>,
    pub(super) total: usize,
}

impl Operation for Count {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        operate(self);
    }

    fn focusable(&mut self, _id: Option<&Id>, _bounds: Rectangle, state: &mut dyn Focusable) {
        if state.is_focused() {
            self.focused = Some(self.total);
        }
        self.total += 1;
    }
}

/// Focuses the focusable number `target` (and unfocuses every other), noting its bounds.
pub(super) struct FocusIndex {
    pub(super) target: usize,
    pub(super) current: usize,
    pub(super) bounds: Option<Rectangle>,
}

impl Operation for FocusIndex {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        operate(self);
    }

    fn focusable(&mut self, _id: Option<&Id>, bounds: Rectangle, state: &mut dyn Focusable) {
        if self.current == self.target {
            state.focus();
            self.bounds = Some(bounds);
        } else {
            state.unfocus();
        }
        self.current += 1;
    }
}

/// Scrolls every scrollable that holds `target` so that it is in view.
pub(super) struct Reveal {
    pub(super) target: Rectangle,
}

impl Operation for Reveal {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        operate(self);
    }

    fn scrollable(
        &mut self,
        _id: Option<&Id>,
        bounds: Rectangle,
        content_bounds: Rectangle,
        translation: Vector,
        state: &mut dyn Scrollable,
    ) {
        if let Some(y) = reveal_offset(bounds, content_bounds, translation.y, self.target) {
            state.scroll_to(AbsoluteOffset {
                x: None,
                y: Some(y),
            });
        }
    }
}

/// The vertical offset that brings `target` (in content coordinates) into the view of
/// a scrollable at `bounds` scrolled by `scrolled`; `None` when it is already in view or
/// not inside this scrollable.
pub fn reveal_offset(
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
    let max = content.height - bounds.height;
    if target.y < top + SCROLL_MARGIN.min(bounds.height / 4.0) {
        Some((target.y - content.y - SCROLL_MARGIN).clamp(0.0, max))
    } else if target.y + target.height > bottom - SCROLL_MARGIN.min(bounds.height / 4.0) {
        Some((target.y + target.height - content.y - bounds.height + SCROLL_MARGIN).clamp(0.0, max))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use iced::Size;

    #[test]
    fn tab_wraps_around_both_ways() {
        assert_eq!(step(None, 4, false), 0);
        assert_eq!(step(None, 4, true), 3);
        assert_eq!(step(Some(1), 4, false), 2);
        assert_eq!(step(Some(3), 4, false), 0);
        assert_eq!(step(Some(0), 4, true), 3);
        assert_eq!(step(Some(2), 4, true), 1);
    }

    #[test]
    fn a_target_below_the_fold_scrolls_into_view_and_one_in_view_does_not() {
        let bounds = Rectangle::new(iced::Point::new(0.0, 100.0), Size::new(800.0, 600.0));
        let content = Rectangle::new(iced::Point::new(0.0, 100.0), Size::new(800.0, 2000.0));
        let visible = Rectangle::new(iced::Point::new(10.0, 300.0), Size::new(100.0, 60.0));
        assert_eq!(reveal_offset(bounds, content, 0.0, visible), None);
        let below = Rectangle::new(iced::Point::new(10.0, 1500.0), Size::new(100.0, 60.0));
        let y = reveal_offset(bounds, content, 0.0, below).unwrap_or_default();
        assert!(
            below.y >= bounds.y + y && below.y + below.height <= bounds.y + y + bounds.height,
            "offset {y} does not show the target"
        );
        let above = Rectangle::new(iced::Point::new(10.0, 150.0), Size::new(100.0, 60.0));
        let y = reveal_offset(bounds, content, 900.0, above).unwrap_or(-1.0);
        assert!((0.0..=50.0).contains(&y), "scrolled back up to {y}");
    }
}
