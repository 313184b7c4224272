//! iced settings and the event loop.

use iced::Font;

use super::{App, Boot};
use crate::config::Mode;
use crate::theme;

/// The Japanese UI font. BIZ UDPGothic (Morisawa, OFL): Japanese glyph forms for kanji,
/// proportional Latin. Installed by the set-up (Debian `fonts-morisawa-bizud-gothic`);
/// bundled with Windows 10 and later.
pub const UI_FONT: Font = Font::with_name("BIZ UDPGothic");

/// The application id (Wayland app id / X11 class), matching the `.desktop` file.
pub const APP_ID: &str = "kenpos-kiosk";

/// The iced settings: app id, the Japanese UI font, the base text size.
pub fn settings() -> iced::Settings {
    iced::Settings {
        id: Some(APP_ID.to_owned()),
        default_font: UI_FONT,
        default_text_size: theme::TEXT_BODY.into(),
        ..iced::Settings::default()
    }
}

/// The window settings for a mode. iced measures the window in scaled units, so a
/// session that starts in large-text mode asks for a proportionally smaller size.
pub fn window_settings(mode: Mode, scale: f32) -> iced::window::Settings {
    let mut settings = iced::window::Settings {
        size: iced::Size::new(1280.0 / scale, 800.0 / scale),
        min_size: Some(iced::Size::new(1024.0 / scale, 700.0 / scale)),
        ..iced::window::Settings::default()
    };
    #[cfg(target_os = "linux")]
    {
        settings.platform_specific.application_id = APP_ID.to_owned();
    }
    if mode == Mode::Kiosk {
        settings.fullscreen = true;
        settings.decorations = false;
    }
    settings
}

/// Runs the app until the window closes.
pub fn run(boot: Boot) -> iced::Result {
    let (mode, scale) = match &boot {
        Boot::Ready(config, _) => (
            config.mode,
            if config.display.large_text {
                theme::LARGE_TEXT_SCALE
            } else {
                1.0
            },
        ),
        Boot::ConfigError(_) => (Mode::Windowed, 1.0),
    };
    iced::application(move || App::new(boot.clone()), App::update, App::view)
        .title(App::title)
        .theme(App::theme)
        .subscription(App::subscription)
        .scale_factor(App::scale_factor)
        .settings(settings())
        .window(window_settings(mode, scale))
        .run()
}
