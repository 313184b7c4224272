//! The header on every screen: the society's name, the DEMO marker, the language
//! toggle, the look toggles and "start over".

use iced::widget::{button, column, container, mouse_area, row, space, text};
use iced::{Alignment, Element, Length};

use crate::i18n::{self, Language};
use crate::theme::{self, Look};

/// What the header can ask of the root.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    /// Switch to the other language, keeping everything typed.
    ToggleLanguage,
    /// Switch between the light and the high-contrast theme.
    ToggleContrast,
    /// Switch large-text mode.
    ToggleLargeText,
    /// End the session and return to the welcome screen.
    StartOver,
    /// Open the staff panel (windowed mode, welcome screen).
    Staff,
    /// A tap on the society's name: part of the staff exit gesture in kiosk mode (it
    /// looks like plain text; the root counts the taps).
    SocietyTap,
}

/// Widget id of the society's name (the exit gesture's tap area).
pub const SOCIETY: &str = "header_society";

/// What the header shows.
#[derive(Debug, Clone, Copy)]
pub struct Header<'a> {
    /// The society's name in the current language.
    pub society: &'a str,
    /// The current language.
    pub language: Language,
    /// The current colours.
    pub look: Look,
    /// High contrast is on.
    pub high_contrast: bool,
    /// Large text is on.
    pub large_text: bool,
    /// Show the DEMO marker (the embedded reference backend).
    pub demo: bool,
    /// Show "start over" (hidden where there is nothing to start over).
    pub start_over: bool,
    /// Show the staff panel button.
    pub staff: bool,
}

fn header_button<'a>(
    look: Look,
    label: String,
    message: Message,
    selected: bool,
) -> Element<'a, Message> {
    let button = button(
        container(
            text(label)
                .size(theme::TEXT_SMALL)
                .wrapping(text::Wrapping::None),
        )
        .center_y(Length::Fill),
    )
    .height(Length::Fixed(theme::HEADER_BUTTON_HEIGHT))
    .padding([0, 16])
    .on_press(message)
    .style(move |_theme, status| {
        if selected {
            theme::selected_button(look, status)
        } else {
            theme::secondary_button(look, status)
        }
    });
    crate::widgets::focus::ring(look, button, Some(message))
}

impl<'a> Header<'a> {
    /// The header bar: one line, or two in large-text mode so nothing is clipped.
    pub fn view(self) -> Element<'a, Message> {
        let look = self.look;
        let lang = self.language;
        // A tap area, not a button: no border, no hover, no pointer cursor.
        let society = mouse_area(
            container(text(self.society.to_owned()).size(theme::TEXT_BODY))
                .id(SOCIETY)
                .padding([12, 0]),
        )
        .on_press(Message::SocietyTap);
        let mut name = row![society].spacing(12).align_y(Alignment::Center);
        if self.demo {
            name = name.push(
                container(text(i18n::tr(lang, "header-demo")).size(theme::TEXT_SMALL))
                    .padding([6, 12])
                    .style(move |_| theme::demo_badge(look)),
            );
        }
        let mut controls = row![
            header_button(
                look,
                i18n::tr(lang, "header-switch-language"),
                Message::ToggleLanguage,
                false
            ),
            header_button(
                look,
                i18n::tr(lang, "header-high-contrast"),
                Message::ToggleContrast,
                self.high_contrast
            ),
            header_button(
                look,
                i18n::tr(lang, "header-large-text"),
                Message::ToggleLargeText,
                self.large_text
            ),
        ]
        .spacing(12)
        .align_y(Alignment::Center);
        if self.staff {
            controls = controls.push(header_button(
                look,
                i18n::tr(lang, "header-staff"),
                Message::Staff,
                false,
            ));
        }
        if self.start_over {
            controls = controls.push(header_button(
                look,
                i18n::tr(lang, "header-start-over"),
                Message::StartOver,
                false,
            ));
        }
        let bar: Element<'a, Message> = if self.large_text {
            column![name, row![space::horizontal(), controls]]
                .spacing(8)
                .into()
        } else {
            row![name, space::horizontal(), controls]
                .spacing(12)
                .align_y(Alignment::Center)
                .into()
        };
        container(bar)
            .padding([8, 16])
            .width(Length::Fill)
            .style(move |_| theme::header(look))
            .into()
    }
}
