//! The idle countdown: a full-screen overlay in both languages at once (the member may
//! not be the one who chose the language), with "continue" and "start over now".
//!
//! The timing rules live in [`crate::idle`]; this module only draws the warning and
//! names the messages the root turns into tracker calls.

use std::time::Instant;

use iced::widget::{button, column, container, opaque, row, scrollable, space, text};
use iced::{Alignment, Element, Length};

use crate::i18n::{self, Language};
use crate::idle::{Reason, Warning};
use crate::theme::{self, Look};
use crate::widgets::outline::outline;

/// Widget id of the overlay (tests look for it).
pub const OVERLAY: &str = "idle_overlay";

/// Idle input and the overlay's buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    /// A key, mouse or touch event happened (from `event::listen_with`).
    Activity(Instant),
    /// One second passed (while a session runs).
    Tick(Instant),
    /// "Continue": keep the session.
    Continue,
    /// "Start over now": end the session.
    StartOver,
}

/// Maps a runtime event to activity: keys, mouse buttons, wheel and movement, touch.
/// Window events (redraws, resizes, focus) are not the member's doing. Cursor moves and
/// finger drags count at most once a second ([`crate::idle::MotionGate`]).
pub fn activity(
    event: iced::Event,
    _status: iced::event::Status,
    _window: iced::window::Id,
) -> Option<Message> {
    static EPOCH: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    static MOTION: crate::idle::MotionGate = crate::idle::MotionGate::new();
    let now = Instant::now();
    match event {
        iced::Event::Mouse(iced::mouse::Event::CursorMoved { .. })
        | iced::Event::Touch(iced::touch::Event::FingerMoved { .. }) => MOTION
            .admit(*EPOCH.get_or_init(|| now), now)
            .then_some(Message::Activity(now)),
        iced::Event::Keyboard(_) | iced::Event::Mouse(_) | iced::Event::Touch(_) => {
            Some(Message::Activity(now))
        }
        _ => None,
    }
}

fn both<'a, M: 'a>(id: &str, args: &[(&str, i18n::Arg)], size: f32) -> [Element<'a, M>; 2] {
    Language::ALL.map(|language| {
        text(i18n::tr_args(language, id, args))
            .size(size)
            .align_x(Alignment::Center)
            .width(Length::Fill)
            .into()
    })
}

fn bilingual_button<'a>(
    look: Look,
    id: &str,
    message: Message,
    primary: bool,
) -> Element<'a, Message> {
    let [ja, en] =
        Language::ALL.map(|language| text(i18n::tr(language, id)).size(theme::TEXT_BUTTON));
    let button = button(
        container(column![ja, en].spacing(2).align_x(Alignment::Center)).center(Length::Fill),
    )
    .width(Length::Fixed(360.0))
    .height(Length::Fixed(theme::CHOICE_BUTTON_HEIGHT))
    .padding([0, 20])
    .on_press(message)
    .style(move |_theme, status| {
        if primary {
            theme::primary_button(look, status)
        } else {
            theme::secondary_button(look, status)
        }
    });
    crate::widgets::focus::ring(look, button, Some(message))
}

/// The overlay for a warning with `seconds` left. It covers the whole window and takes
/// every click and touch, so nothing underneath can be used while it shows.
pub fn view<'a>(look: Look, warning: Warning, seconds: u64) -> Element<'a, Message> {
    let (title, body) = match warning.reason {
        Reason::Idle => ("idle-title", "idle-body"),
        Reason::SessionCap => ("idle-cap-title", "idle-cap-body"),
    };
    let args = [("seconds", i18n::Arg::from(seconds))];
    let [title_ja, title_en] = both(title, &[], theme::TEXT_TITLE);
    let [body_ja, body_en] = both(body, &args, theme::TEXT_BODY);
    let count = text(seconds.to_string())
        .size(theme::TEXT_TITLE * 2.0)
        .color(look.text);
    let mut buttons = row![].spacing(32);
    if warning.can_continue() {
        buttons = buttons.push(bilingual_button(
            look,
            "idle-continue",
            Message::Continue,
            true,
        ));
    }
    buttons = buttons.push(bilingual_button(
        look,
        "idle-start-over",
        Message::StartOver,
        !warning.can_continue(),
    ));
    // Titles, the count and the buttons first: on a small screen in large-text mode
    // the explanations below may need scrolling, the buttons never do.
    let panel = outline(
        look.border,
        container(
            column![
                title_ja,
                title_en,
                count,
                buttons,
                space().height(4),
                body_ja,
                body_en,
            ]
            .spacing(16)
            .padding(32)
            .align_x(Alignment::Center),
        )
        .max_width(1000)
        .style(move |_| theme::panel(look)),
    );
    let panel = scrollable(container(panel).center_x(Length::Fill));
    opaque(
        container(panel)
            .id(OVERLAY)
            .center(Length::Fill)
            .padding(32)
            .style(move |_| theme::background(look)),
    )
}
