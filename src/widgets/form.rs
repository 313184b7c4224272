//! Form pieces: a labelled field with its error under it, notices and error banners.

use iced::widget::{column, container, row, text, text_input};
use iced::{Element, Length};

use kenpos_client::ClientError;

use crate::i18n::{self, Language};
use crate::theme::{self, Look};
use crate::widgets::buttons;
use crate::widgets::outline;

/// A check box with its label, one touch target at least 48 px tall (each line of the
/// label is 48 px), a Tab stop that Space or Enter ticks. `on_toggle` `None` draws it
/// disabled.
pub fn check<'a, M: Clone + 'a>(
    look: Look,
    checked: bool,
    label: String,
    on_toggle: Option<impl Fn(bool) -> M + 'a>,
) -> Element<'a, M> {
    let on_activate = on_toggle.as_ref().map(|toggle| toggle(!checked));
    let check = iced::widget::checkbox(checked)
        .label(label)
        .size(32)
        .text_size(theme::TEXT_BODY)
        .text_line_height(iced::widget::text::LineHeight::Absolute(48.into()))
        .on_toggle_maybe(on_toggle);
    crate::widgets::focus::ring(look, check, on_activate)
}

/// Height of a text field (large, for touch).
pub const FIELD_HEIGHT: f32 = 56.0;

/// A text input styled for the kiosk: large text, padding, full width.
pub fn input<'a, M: Clone + 'a>(
    id: &'static str,
    placeholder: String,
    value: &str,
    on_input: impl Fn(String) -> M + 'a,
    on_submit: Option<M>,
) -> iced::widget::TextInput<'a, M> {
    text_input(&placeholder, value)
        .id(id)
        .on_input(on_input)
        .on_submit_maybe(on_submit)
        .size(theme::TEXT_BUTTON)
        .padding(12)
        .width(Length::Fill)
}

/// A masked input with a "show / hide" button beside it (passwords).
#[allow(clippy::too_many_arguments)]
pub fn secret_input<'a, M: Clone + 'a>(
    look: Look,
    lang: Language,
    id: &'static str,
    value: &str,
    show: bool,
    on_input: impl Fn(String) -> M + 'a,
    on_submit: Option<M>,
    on_toggle: M,
) -> Element<'a, M> {
    let label = if show {
        "insured-password-hide"
    } else {
        "insured-password-show"
    };
    row![
        input(id, String::new(), value, on_input, on_submit).secure(!show),
        crate::widgets::focus::ring(
            look,
            iced::widget::button(
                container(text(i18n::tr(lang, label)).size(theme::TEXT_SMALL))
                    .center_y(Length::Fill)
            )
            .height(Length::Fixed(FIELD_HEIGHT))
            .padding([0, 16])
            .on_press(on_toggle.clone())
            .style(move |_, status| theme::secondary_button(look, status)),
            Some(on_toggle)
        ),
    ]
    .spacing(12)
    .align_y(iced::Alignment::Center)
    .into()
}

/// A field: label, the input, an optional hint, and the error (if any) right under it.
pub fn field<'a, M: 'a>(
    look: Look,
    label: String,
    input: impl Into<Element<'a, M>>,
    hint: Option<String>,
    error: Option<String>,
) -> Element<'a, M> {
    let mut col = column![text(label).size(theme::TEXT_BODY), input.into()].spacing(6);
    if let Some(hint) = hint {
        col = col.push(text(hint).size(theme::TEXT_SMALL).color(look.muted));
    }
    if let Some(error) = error {
        col = col.push(text(error).size(theme::TEXT_BODY).color(look.danger));
    }
    col.into()
}

/// A [`field`] checked while the member types: its error sits in a slot (named `key`)
/// that keeps the room the longest error took while the field is on screen, so that what
/// is below does not jump up and down as the message changes or goes with each digit.
pub fn live_field<'a, M: 'a>(
    look: Look,
    key: &'static str,
    label: String,
    input: impl Into<Element<'a, M>>,
    hint: Option<String>,
    error: Option<String>,
) -> Element<'a, M> {
    // The gap above the error is inside the slot: no error, no gap.
    let error: Element<'a, M> = match error {
        Some(error) => container(text(error).size(theme::TEXT_BODY).color(look.danger))
            .padding(iced::Padding::ZERO.top(6))
            .into(),
        None => iced::widget::Space::new().into(),
    };
    column![
        field(look, label, input, hint, None),
        crate::widgets::reserve::slot(key, error, iced::widget::Space::new()),
    ]
    .into()
}

/// A panel around content.
pub fn panel<'a, M: 'a>(look: Look, content: impl Into<Element<'a, M>>) -> Element<'a, M> {
    outline::panel(look, 20, content)
}

/// An error message in the danger colour, with an optional action button beside it.
pub fn error_banner<'a, M: Clone + 'a>(
    look: Look,
    message: String,
    action: Option<Element<'a, M>>,
) -> Element<'a, M> {
    let mut content = row![
        text(message)
            .size(theme::TEXT_BODY)
            .color(look.danger)
            .width(Length::Fill)
    ]
    .spacing(16);
    if let Some(action) = action {
        content = content.push(action);
    }
    panel(look, content)
}

/// A backend error in the member's language, with "try again" when trying again can
/// help (offline, timeout, server error) and no request is in flight.
pub fn backend_error<'a, M: Clone + 'a>(
    look: Look,
    lang: Language,
    error: &ClientError,
    retry: M,
    busy: bool,
) -> Element<'a, M> {
    let retry = error.is_transient().then(|| {
        buttons::secondary(
            look,
            i18n::tr(lang, "common-try-again"),
            (!busy).then_some(retry),
        )
    });
    error_banner(look, i18n::client_error(lang, error), retry)
}

/// A plain notice paragraph.
pub fn notice<'a, M: 'a>(look: Look, message: String) -> Element<'a, M> {
    text(message).size(theme::TEXT_BODY).color(look.text).into()
}

/// The notes under an email field (carrier mail filters and the sender's domain to
/// allow), in a slot that keeps their room from the start: typing a carrier address
/// shows them without moving the fields below.
pub fn email_notes<'a, M: 'a>(
    look: Look,
    lang: Language,
    email: &str,
    sender_domain: &str,
) -> Element<'a, M> {
    let notes = |warnings: Vec<kenpos_rules::EmailWarning>| {
        let mut notes = column![].spacing(6);
        for warning in warnings {
            notes = notes
                .push(
                    text(i18n::explain(lang, &warning))
                        .size(theme::TEXT_BODY)
                        .color(look.text),
                )
                .push(
                    text(sender_domain.to_owned())
                        .size(theme::TEXT_BODY)
                        .color(look.text),
                );
        }
        notes
    };
    let shown = kenpos_rules::EmailAddress::parse(email)
        .map(|address| address.warnings())
        .unwrap_or_default();
    let longest = kenpos_rules::Carrier::ALL
        .into_iter()
        .map(|carrier| kenpos_rules::EmailWarning::CarrierFiltering { carrier })
        .max_by_key(|warning| i18n::explain(lang, warning).chars().count())
        .into_iter()
        .collect();
    crate::widgets::reserve::slot("email-notes", notes(shown), notes(longest))
}

/// The line that reads a typed birth date back in words (or nothing yet), in a slot as
/// tall as the line will be, so that it appears without moving what is below.
pub fn readback<'a, M: 'a>(content: Option<Element<'a, M>>, height: f32) -> Element<'a, M> {
    crate::widgets::reserve::slot(
        "birth-readback",
        content.unwrap_or_else(|| iced::widget::Space::new().into()),
        iced::widget::Space::new().height(Length::Fixed(height)),
    )
}

/// The guide's two "forgot" links side by side, and "forgot both" below them (which
/// leads to the office). `on` gives the message of each, in that order.
pub fn forgot_links<'a, M: Clone + 'a>(look: Look, lang: Language, on: [M; 3]) -> Element<'a, M> {
    let [id, password, both] = on;
    let link = |label: &str, message: M| {
        container(buttons::secondary(
            look,
            i18n::tr(lang, label),
            Some(message),
        ))
        .width(Length::FillPortion(1))
    };
    column![
        row![
            link("forgot-login-id", id),
            link("forgot-password", password)
        ]
        .spacing(16),
        buttons::secondary(look, i18n::tr(lang, "forgot-both"), Some(both)),
    ]
    .spacing(12)
    .into()
}
