//! Colours, sizes and widget styles: a calm light theme and a high-contrast theme, at
//! normal or large text scale.
//!
//! Every text/background pair the UI draws is listed in [`Look::text_pairs`]; a test
//! checks each against WCAG's 4.5:1.

use iced::widget::{button, container};
use iced::{Background, Border, Color, Font, Shadow, Theme, color};

/// Which palette.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Palette {
    /// Calm light theme (the default).
    #[default]
    Light,
    /// High contrast: white and yellow on black.
    HighContrast,
}

/// Height of a primary button at scale 1.0 (WCAG 2.5.8 asks ≥ 24 px; a kiosk wants ~60).
pub const PRIMARY_BUTTON_HEIGHT: f32 = 64.0;
/// Height of the big choice buttons on the welcome screen.
pub const CHOICE_BUTTON_HEIGHT: f32 = 96.0;
/// Height of header buttons.
pub const HEADER_BUTTON_HEIGHT: f32 = 52.0;
/// The UI scale in large-text mode.
pub const LARGE_TEXT_SCALE: f32 = 1.5;

/// The Japanese UI font. BIZ UDPGothic (Morisawa, OFL): Japanese glyph forms for kanji,
/// proportional Latin. Installed by the set-up (Debian `fonts-morisawa-bizud-gothic`);
/// bundled with Windows 10 and later.
pub const UI_FONT: Font = Font::with_name("BIZ UDPGothic");

/// Body text size.
pub const TEXT_BODY: f32 = 22.0;
/// Screen titles.
pub const TEXT_TITLE: f32 = 34.0;
/// The login ID repeated on the last screen, to copy down for use at home.
pub const TEXT_LOGIN_ID: f32 = 44.0;
/// Button labels.
pub const TEXT_BUTTON: f32 = 24.0;
/// Small print (still readable at a kiosk).
pub const TEXT_SMALL: f32 = 18.0;

/// The colours of one palette.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Look {
    /// Window background.
    pub background: Color,
    /// Panels and cards.
    pub surface: Color,
    /// Body text.
    pub text: Color,
    /// Secondary text.
    pub muted: Color,
    /// Primary button background.
    pub primary: Color,
    /// Text on primary.
    pub on_primary: Color,
    /// Primary button background when hovered/pressed.
    pub primary_active: Color,
    /// Secondary button background.
    pub secondary: Color,
    /// Text on secondary.
    pub on_secondary: Color,
    /// Borders of secondary buttons and panels.
    pub border: Color,
    /// Error text (on background and surface).
    pub danger: Color,
    /// The DEMO marker's background.
    pub demo: Color,
    /// Text on the DEMO marker.
    pub on_demo: Color,
    /// Focus ring.
    pub focus: Color,
    /// Step indicator: done/current background.
    pub step_active: Color,
    /// Text on an active step.
    pub on_step_active: Color,
    /// Scale of the on-screen keyboards against the rest of the UI: 1.0, or 1/1.5 in
    /// large-text mode so that keys keep their size on screen while text grows (the
    /// keyboards would not fit a 1280×800 window otherwise).
    pub keys: f32,
    /// The staff funnel chart: went on, back, start over, idle, session cap, other path
    /// (each also named in words beside its bar).
    pub chart: [Color; 6],
}

impl Palette {
    /// The colours.
    pub fn look(self) -> Look {
        match self {
            Palette::Light => Look {
                background: color!(0xf6f7f2),
                surface: color!(0xffffff),
                text: color!(0x1d2a2b),
                muted: color!(0x4d5b5c),
                primary: color!(0x1b6b58),
                on_primary: color!(0xffffff),
                primary_active: color!(0x14503f),
                secondary: color!(0xffffff),
                on_secondary: color!(0x1d2a2b),
                border: color!(0x6b7b7a),
                danger: color!(0xa8261b),
                demo: color!(0x8a4b00),
                on_demo: color!(0xffffff),
                focus: color!(0x1f5fbf),
                step_active: color!(0x1b6b58),
                on_step_active: color!(0xffffff),
                keys: 1.0,
                chart: [
                    color!(0x1b6b58),
                    color!(0x6b7b7a),
                    color!(0x1f5fbf),
                    color!(0x8a4b00),
                    color!(0xa8261b),
                    color!(0x7b3fa0),
                ],
            },
            Palette::HighContrast => Look {
                background: color!(0x000000),
                surface: color!(0x101010),
                text: color!(0xffffff),
                muted: color!(0xe0e0e0),
                primary: color!(0xffd400),
                on_primary: color!(0x000000),
                primary_active: color!(0xffe866),
                secondary: color!(0x000000),
                on_secondary: color!(0xffffff),
                border: color!(0xffffff),
                danger: color!(0xff8a80),
                demo: color!(0xff9e40),
                on_demo: color!(0x000000),
                focus: color!(0x40c4ff),
                step_active: color!(0xffd400),
                on_step_active: color!(0x000000),
                keys: 1.0,
                chart: [
                    color!(0xffd400),
                    color!(0xffffff),
                    color!(0x40c4ff),
                    color!(0xff9e40),
                    color!(0xff8a80),
                    color!(0xb9f6ca),
                ],
            },
        }
    }

    /// The iced theme (its palette drives widgets without a style of ours).
    pub fn theme(self) -> Theme {
        let look = self.look();
        let name = match self {
            Palette::Light => "KENPOS light",
            Palette::HighContrast => "KENPOS high contrast",
        };
        Theme::custom(
            name,
            iced::theme::Palette {
                background: look.background,
                text: look.text,
                primary: look.primary,
                success: look.primary,
                warning: look.demo,
                danger: look.danger,
            },
        )
    }
}

impl Look {
    /// Every (name, text colour, background colour) pair the UI draws.
    pub fn text_pairs(&self) -> Vec<(&'static str, Color, Color)> {
        vec![
            ("text/background", self.text, self.background),
            ("text/surface", self.text, self.surface),
            ("muted/background", self.muted, self.background),
            ("muted/surface", self.muted, self.surface),
            ("on_primary/primary", self.on_primary, self.primary),
            (
                "on_primary/primary_active",
                self.on_primary,
                self.primary_active,
            ),
            ("on_secondary/secondary", self.on_secondary, self.secondary),
            ("danger/background", self.danger, self.background),
            ("danger/surface", self.danger, self.surface),
            ("on_demo/demo", self.on_demo, self.demo),
            (
                "on_step_active/step_active",
                self.on_step_active,
                self.step_active,
            ),
            ("muted(step)/surface", self.muted, self.surface),
        ]
    }
}

/// WCAG 2.x contrast ratio of two colours (1.0 to 21.0).
pub fn contrast_ratio(a: Color, b: Color) -> f32 {
    fn channel(c: f32) -> f32 {
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }
    fn luminance(c: Color) -> f32 {
        0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

fn border(color: Color, width: f32) -> Border {
    Border {
        color,
        width,
        radius: 10.0.into(),
    }
}

/// A primary (call-to-action) button.
pub fn primary_button(look: Look, status: button::Status) -> button::Style {
    let background = match status {
        button::Status::Hovered | button::Status::Pressed => look.primary_active,
        button::Status::Active | button::Status::Disabled => look.primary,
    };
    button::Style {
        background: Some(Background::Color(background)),
        text_color: look.on_primary,
        border: border(
            if matches!(status, button::Status::Disabled) {
                look.border
            } else {
                background
            },
            2.0,
        ),
        shadow: Shadow::default(),
        snap: true,
    }
}

/// A secondary button: outlined.
pub fn secondary_button(look: Look, status: button::Status) -> button::Style {
    let width = match status {
        button::Status::Hovered | button::Status::Pressed => 4.0,
        button::Status::Active | button::Status::Disabled => 2.0,
    };
    button::Style {
        background: Some(Background::Color(look.secondary)),
        text_color: look.on_secondary,
        border: border(look.border, width),
        shadow: Shadow::default(),
        snap: true,
    }
}

/// A selected toggle in the header (e.g. the current language).
pub fn selected_button(look: Look, _status: button::Status) -> button::Style {
    button::Style {
        background: Some(Background::Color(look.step_active)),
        text_color: look.on_step_active,
        border: border(look.step_active, 2.0),
        shadow: Shadow::default(),
        snap: true,
    }
}

/// The header bar.
pub fn header(look: Look) -> container::Style {
    container::Style {
        text_color: Some(look.text),
        background: Some(Background::Color(look.surface)),
        border: Border {
            color: look.border,
            width: 1.0,
            radius: 0.0.into(),
        },
        shadow: Shadow::default(),
        snap: true,
    }
}

/// A card or panel: the text colour only. Its frame is drawn by
/// [`crate::widgets::outline`] in [`Look::border`], without a fill (see there why).
pub fn panel(look: Look) -> container::Style {
    container::Style {
        text_color: Some(look.text),
        ..container::Style::default()
    }
}

/// The DEMO marker.
pub fn demo_badge(look: Look) -> container::Style {
    container::Style {
        text_color: Some(look.on_demo),
        background: Some(Background::Color(look.demo)),
        border: border(look.demo, 0.0),
        shadow: Shadow::default(),
        snap: true,
    }
}

/// A step of the step indicator: active (done or current) or not.
pub fn step(look: Look, active: bool) -> container::Style {
    let (bg, fg) = if active {
        (look.step_active, look.on_step_active)
    } else {
        (look.surface, look.muted)
    };
    container::Style {
        text_color: Some(fg),
        background: Some(Background::Color(bg)),
        border: Border {
            color: look.border,
            width: 2.0,
            radius: 24.0.into(),
        },
        shadow: Shadow::default(),
        snap: true,
    }
}

/// The page under every screen: the text colour only. The window itself is cleared to
/// the theme's background colour, so a background quad here would be drawn twice; worse,
/// tiny-skia fills a quad in full whenever any part of it is redrawn (through a clip mask),
/// so a window-sized quad made every keystroke cost a fill of the whole window.
pub fn page(look: Look) -> container::Style {
    container::Style {
        text_color: Some(look.text),
        ..container::Style::default()
    }
}

/// An opaque backdrop over the page (the idle countdown), in the window's colour.
pub fn background(look: Look) -> container::Style {
    container::Style {
        text_color: Some(look.text),
        background: Some(Background::Color(look.background)),
        border: Border::default(),
        shadow: Shadow::default(),
        snap: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_pair_meets_wcag_aa() {
        for palette in [Palette::Light, Palette::HighContrast] {
            for (name, fg, bg) in palette.look().text_pairs() {
                let ratio = contrast_ratio(fg, bg);
                assert!(
                    ratio >= 4.5,
                    "{palette:?} {name}: {ratio:.2}:1 is under 4.5:1"
                );
            }
        }
    }

    #[test]
    fn the_focus_ring_stands_out_from_what_it_is_drawn_on() {
        // WCAG 1.4.11 / 2.4.13: at least 3:1 against the adjacent colours.
        for palette in [Palette::Light, Palette::HighContrast] {
            let look = palette.look();
            for (name, next_to) in [
                ("background", look.background),
                ("surface", look.surface),
                ("secondary", look.secondary),
            ] {
                let ratio = contrast_ratio(look.focus, next_to);
                assert!(ratio >= 3.0, "{palette:?} focus/{name}: {ratio:.2}:1");
            }
        }
    }

    #[test]
    fn contrast_ratio_matches_known_values() {
        assert!((contrast_ratio(Color::BLACK, Color::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast_ratio(Color::WHITE, Color::WHITE) - 1.0).abs() < 0.001);
        // #767676 on white is the classic 4.54:1.
        assert!((contrast_ratio(color!(0x767676), Color::WHITE) - 4.54).abs() < 0.02);
    }
}
