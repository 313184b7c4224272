//! Large touch buttons with minimum heights; a label that wraps makes its button taller.

use iced::widget::{button, container, text};
use iced::{Element, Length, alignment};

use crate::theme::{self, Look};
use crate::widgets::focus;

/// A primary button with a centred label, `PRIMARY_BUTTON_HEIGHT` tall. `on_press`
/// `None` draws it disabled.
pub fn primary<'a, M: Clone + 'a>(
    look: Look,
    label: String,
    on_press: Option<M>,
) -> Element<'a, M> {
    sized(look, label, on_press, theme::PRIMARY_BUTTON_HEIGHT, true)
}

/// A secondary (outlined) button, `PRIMARY_BUTTON_HEIGHT` tall.
pub fn secondary<'a, M: Clone + 'a>(
    look: Look,
    label: String,
    on_press: Option<M>,
) -> Element<'a, M> {
    sized(look, label, on_press, theme::PRIMARY_BUTTON_HEIGHT, false)
}

/// The label's line height, relative to its size.
const LINE_HEIGHT: f32 = 1.3;

fn sized<'a, M: Clone + 'a>(
    look: Look,
    label: String,
    on_press: Option<M>,
    height: f32,
    primary: bool,
) -> Element<'a, M> {
    // One line of label makes the button exactly `height` tall; a label that wraps
    // (a long English text, large text) makes it taller instead of being clipped.
    let content = container(
        text(label)
            .size(theme::TEXT_BUTTON)
            .line_height(LINE_HEIGHT)
            .align_x(alignment::Horizontal::Center),
    )
    .align_x(alignment::Horizontal::Center)
    .width(Length::Fill);
    let padding = ((height - theme::TEXT_BUTTON * LINE_HEIGHT) / 2.0).max(0.0);
    let button = button(content)
        .padding(iced::Padding {
            top: padding,
            bottom: padding,
            left: 28.0,
            right: 28.0,
        })
        .height(Length::Shrink)
        .on_press_maybe(on_press.clone())
        .style(move |_theme, status| {
            if primary {
                theme::primary_button(look, status)
            } else {
                theme::secondary_button(look, status)
            }
        });
    focus::ring(look, button, on_press)
}
