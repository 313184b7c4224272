//! The step indicator on multi-step paths: ① ─ ② ─ ③ …, the current step highlighted.

use iced::widget::{column, container, row, rule, text};
use iced::{Alignment, Element, Length};

use crate::i18n::{self, Language};
use crate::theme::{self, Look};

/// Draws `labels` (Fluent ids) as numbered steps; `current` is 0-based.
pub fn view<'a, M: 'a>(
    look: Look,
    language: Language,
    labels: &[&'static str],
    current: usize,
) -> Element<'a, M> {
    let mut steps = row![].spacing(8).align_y(Alignment::Center);
    for (index, label) in labels.iter().enumerate() {
        if index > 0 {
            steps = steps.push(container(rule::horizontal(2)).width(Length::Fixed(28.0)));
        }
        let active = index <= current;
        let number = container(text((index + 1).to_string()).size(theme::TEXT_BODY))
            .width(Length::Fixed(40.0))
            .height(Length::Fixed(40.0))
            .center_x(Length::Fixed(40.0))
            .center_y(Length::Fixed(40.0))
            .style(move |_| theme::step(look, active));
        let caption = text(i18n::tr(language, label))
            .size(theme::TEXT_SMALL)
            .color(if index == current {
                look.text
            } else {
                look.muted
            });
        steps = steps.push(
            column![number, caption]
                .spacing(4)
                .align_x(Alignment::Center),
        );
    }
    let position = i18n::tr_args(
        language,
        "steps-position",
        &[
            ("current", (current as u64 + 1).into()),
            ("total", (labels.len() as u64).into()),
        ],
    );
    column![
        text(position).size(theme::TEXT_SMALL).color(look.muted),
        steps
    ]
    .spacing(6)
    .into()
}
