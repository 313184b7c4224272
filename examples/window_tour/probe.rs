//! Widget operations that read the page: its scroll offset, and where a text field is
//! and whether it has the focus.

use super::*;

/// Reads the page scrollable's offset.
pub(super) struct PageOffset(pub(super) f32);

impl Operation<f32> for PageOffset {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation<f32>)) {
        operate(self);
    }

    fn scrollable(
        &mut self,
        id: Option<&Id>,
        _bounds: Rectangle,
        _content_bounds: Rectangle,
        translation: Vector,
        _state: &mut dyn Scrollable,
    ) {
        if id == Some(&Id::new(PAGE)) {
            self.0 = translation.y;
        }
    }

    fn finish(&self) -> Outcome<f32> {
        Outcome::Some(self.0)
    }
}

/// Finds the text field `id` and the page's visible part.
struct FindField {
    id: Id,
    page: Option<Rectangle>,
    field: Option<(Rectangle, bool)>,
}

impl Operation<Option<Found>> for FindField {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation<Option<Found>>)) {
        operate(self);
    }

    fn scrollable(
        &mut self,
        id: Option<&Id>,
        bounds: Rectangle,
        _content_bounds: Rectangle,
        translation: Vector,
        _state: &mut dyn Scrollable,
    ) {
        if id == Some(&Id::new(PAGE)) {
            self.page = Some(Rectangle {
                y: bounds.y + translation.y,
                ..bounds
            });
        }
    }

    fn focusable(
        &mut self,
        id: Option<&Id>,
        bounds: Rectangle,
        state: &mut dyn iced::advanced::widget::operation::Focusable,
    ) {
        if id == Some(&self.id) {
            self.field = Some((bounds, state.is_focused()));
        }
    }

    fn finish(&self) -> Outcome<Option<Found>> {
        Outcome::Some(match (self.page, self.field) {
            (Some(visible), Some((bounds, focused))) => Some(Found {
                bounds,
                focused,
                visible,
            }),
            _ => None,
        })
    }
}

pub(super) fn find(id: &'static str, check: Check) -> Task<Msg> {
    operate(FindField {
        id: Id::new(id),
        page: None,
        field: None,
    })
    .map(move |found| Msg::Field(check, found))
}
