//! Large touch buttons with fixed minimum heights.

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

fn sized<'a, M: Clone + 'a>(
    look: Look,
    label: String,
    on_press: Option<M>,
    height: f32,
    primary: bool,
) -> Element<'a, M> {
    let content = container(text(label).size(theme::TEXT_BUTTON))
        .center_y(Length::Fill)
        .align_x(alignment::Horizontal::Center)
        .width(Length::Fill);
    let button = button(content)
        .padding([0, 28])
        .height(Length::Fixed(height))
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
