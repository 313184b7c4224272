//! iced settings and the event loop.

use iced::Task;

use super::{App, Boot};
use crate::config::Mode;
use crate::theme;

/// The application id (Wayland app id / X11 class), matching the `.desktop` file.
pub const APP_ID: &str = "kenpos-kiosk";

/// The app icon, embedded in the binary.
const ICON_PNG: &[u8] = include_bytes!("../../assets/icon/kenpos-kiosk-256.png");

/// The window icon, decoded with the `image` crate (`None`, logged, if it cannot be).
pub fn window_icon() -> Option<iced::window::Icon> {
    let decoded = match image::load_from_memory_with_format(ICON_PNG, image::ImageFormat::Png) {
        Ok(decoded) => decoded.into_rgba8(),
        Err(error) => {
            tracing::warn!(%error, "window icon could not be decoded");
            return None;
        }
    };
    let (width, height) = decoded.dimensions();
    iced::window::icon::from_rgba(decoded.into_raw(), width, height)
        .map_err(|error| tracing::warn!(%error, "window icon rejected"))
        .ok()
}

/// The iced settings: app id, the Japanese UI font, the base text size.
pub fn settings() -> iced::Settings {
    iced::Settings {
        id: Some(APP_ID.to_owned()),
        default_font: theme::UI_FONT,
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
        icon: window_icon(),
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
    let start = move || {
        let app = App::new(boot.clone());
        let check = Task::batch([app.boot_task(), app.window_check_task()]);
        (app, check)
    };
    iced::application(start, App::update, App::view)
        // Kiosk mode ignores close requests; windowed mode closes (see `Message::CloseRequested`).
        .exit_on_close_request(false)
        .title(App::title)
        .theme(App::theme)
        .subscription(App::subscription)
        .scale_factor(App::scale_factor)
        .settings(settings())
        .window(window_settings(mode, scale))
        .run()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_icon_decodes() {
        assert!(window_icon().is_some());
    }

    #[test]
    fn kiosk_mode_is_fullscreen_without_decorations() {
        let kiosk = window_settings(Mode::Kiosk, 1.0);
        assert!(kiosk.fullscreen && !kiosk.decorations);
        let windowed = window_settings(Mode::Windowed, 1.0);
        assert!(!windowed.fullscreen && windowed.decorations);
        assert!((window_settings(Mode::Windowed, 1.5).size.width - 1280.0 / 1.5).abs() < 0.01);
    }
}
