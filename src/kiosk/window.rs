//! Kiosk mode asks for fullscreen; without a window manager (or with one that ignores
//! it) the window stays a window. The fallback: size it to the monitor at (0, 0).
//!
//! The decision is made from the window's real size against the monitor's: on an X
//! server without a window manager (`xinit` straight into the app) winit reports the
//! *requested* mode, fullscreen, although nothing applied it.

use iced::Size;
use iced::window::Mode;

/// What to do about the kiosk window once it is up.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Fallback {
    /// It covers the monitor (or is hidden): nothing to do.
    Nothing,
    /// Smaller than the monitor: resize to the monitor's size and move to (0, 0).
    Resize(Size),
    /// Not known to cover the monitor, whose size is unknown: nothing can be done.
    NoMonitor,
}

/// How much smaller than the monitor a window may be and still count as covering it
/// (rounding between physical and logical pixels).
const SLACK: f32 = 2.0;

/// The decision, from the window's mode, its real size and its monitor's size (all
/// sizes in the same logical pixels).
pub fn fallback(mode: Mode, window: Size, monitor: Option<Size>) -> Fallback {
    match monitor {
        _ if mode == Mode::Hidden => Fallback::Nothing,
        Some(size) if size.width >= 1.0 && size.height >= 1.0 => {
            if window.width + SLACK >= size.width && window.height + SLACK >= size.height {
                Fallback::Nothing
            } else {
                Fallback::Resize(size)
            }
        }
        _ => Fallback::NoMonitor,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_window_smaller_than_its_monitor_is_resized_whatever_mode_it_reports() {
        let monitor = Size::new(1920.0, 1080.0);
        let window = Size::new(1280.0, 800.0);
        // No window manager: winit reports the requested fullscreen mode.
        assert_eq!(
            fallback(Mode::Fullscreen, window, Some(monitor)),
            Fallback::Resize(monitor)
        );
        assert_eq!(
            fallback(Mode::Windowed, window, Some(monitor)),
            Fallback::Resize(monitor)
        );
        assert_eq!(
            fallback(Mode::Fullscreen, monitor, Some(monitor)),
            Fallback::Nothing
        );
        assert_eq!(
            fallback(Mode::Windowed, Size::new(1919.0, 1079.5), Some(monitor)),
            Fallback::Nothing
        );
        assert_eq!(
            fallback(Mode::Hidden, window, Some(monitor)),
            Fallback::Nothing
        );
        assert_eq!(fallback(Mode::Windowed, window, None), Fallback::NoMonitor);
        assert_eq!(
            fallback(Mode::Windowed, window, Some(Size::ZERO)),
            Fallback::NoMonitor
        );
    }
}
