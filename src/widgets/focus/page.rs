//! What happens to the page when a new screen opens or a submit is refused.
//!
//! The window has one page [`scrollable`](iced::widget::scrollable) for every screen, and
//! iced keeps a scrollable's offset as long as the widget stays in the tree. Without
//! [`open`], a new step would open at the previous step's offset, its title and step
//! indicator off the top and a tap aimed at one button landing on another.

use iced::Task;
use iced::advanced::widget::operation::{Focusable, Operation, Outcome, Scrollable, TextInput};
use iced::advanced::widget::{Id, operate};
use iced::widget::scrollable::RelativeOffset;
use iced::{Rectangle, Vector};

use super::operations::Reveal;

/// The id of the window's page scrollable.
pub const PAGE: &str = "page";

/// The page was replaced by a new screen: scroll it to its top and give keyboard focus
/// to `target` (a text field's id), or else to the first text field of the page, or
/// else to nothing. A target below the fold is then scrolled into view. Focusing a
/// field never opens an on-screen keyboard (keyboards open only when tapped).
pub fn open<M: Send + 'static>(target: Option<&'static str>) -> Task<M> {
    operate(Open {
        target: target.map(Id::new),
        pending: false,
        focused: None,
    })
    .discard()
}

/// A submit was refused: focus the field `target` and scroll the page (only as far as
/// needed) so it and the message under it are in view.
pub fn show_field<M: Send + 'static>(target: &'static str) -> Task<M> {
    operate(Show {
        target: Id::new(target),
        bounds: None,
    })
    .discard()
}

struct Open {
    target: Option<Id>,
    /// The text field just met is the one to focus (text inputs report themselves as a
    /// text input, then as a focusable).
    pending: bool,
    focused: Option<Rectangle>,
}

impl Operation for Open {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        operate(self);
    }

    fn scrollable(
        &mut self,
        id: Option<&Id>,
        _bounds: Rectangle,
        _content_bounds: Rectangle,
        _translation: Vector,
        state: &mut dyn Scrollable,
    ) {
        if id == Some(&Id::new(PAGE)) {
            state.snap_to(RelativeOffset {
                x: None,
                y: Some(0.0),
            });
        }
    }

    fn text_input(&mut self, id: Option<&Id>, _bounds: Rectangle, _state: &mut dyn TextInput) {
        self.pending = self.focused.is_none()
            && match &self.target {
                Some(target) => id == Some(target),
                None => true,
            };
    }

    fn focusable(&mut self, _id: Option<&Id>, bounds: Rectangle, state: &mut dyn Focusable) {
        if std::mem::take(&mut self.pending) {
            state.focus();
            self.focused = Some(bounds);
        } else {
            state.unfocus();
        }
    }

    fn finish(&self) -> Outcome<()> {
        match (&self.target, self.focused) {
            (Some(_), Some(target)) => Outcome::Chain(Box::new(Reveal { target })),
            _ => Outcome::None,
        }
    }
}

struct Show {
    target: Id,
    bounds: Option<Rectangle>,
}

impl Operation for Show {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        operate(self);
    }

    fn focusable(&mut self, id: Option<&Id>, bounds: Rectangle, state: &mut dyn Focusable) {
        if id == Some(&self.target) {
            state.focus();
            self.bounds = Some(bounds);
        } else {
            state.unfocus();
        }
    }

    fn finish(&self) -> Outcome<()> {
        match self.bounds {
            // Room for the error message under the field.
            Some(field) => Outcome::Chain(Box::new(Reveal {
                target: Rectangle {
                    height: field.height + 80.0,
                    ..field
                },
            })),
            None => Outcome::None,
        }
    }
}
