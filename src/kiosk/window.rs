//! Kiosk mode asks for fullscreen; without a window manager (or with one that ignores
//! it) the window stays a window. The fallback: size it to the monitor at (0, 0).

use iced::Size;
use iced::window::Mode;

/// What to do about the kiosk window once it is up.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Fallback {
    /// Fullscreen (or hidden): nothing to do.
    Nothing,
    /// Not fullscreen: resize to the monitor's size and move to (0, 0).
    Resize(Size),
    /// Not fullscreen, and the monitor's size is unknown: nothing can be done.
    NoMonitor,
}

/// The decision, from the window's mode and its monitor's size (logical pixels).
pub fn fallback(mode: Mode, monitor: Option<Size>) -> Fallback {
    match (mode, monitor) {
        (Mode::Fullscreen | Mode::Hidden, _) => Fallback::Nothing,
        (Mode::Windowed, Some(size)) if size.width >= 1.0 && size.height >= 1.0 => {
            Fallback::Resize(size)
        }
        (Mode::Windowed, _) => Fallback::NoMonitor,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_windowed_kiosk_is_resized() {
        let monitor = Size::new(1920.0, 1080.0);
        assert_eq!(fallback(Mode::Fullscreen, Some(monitor)), Fallback::Nothing);
        assert_eq!(fallback(Mode::Hidden, Some(monitor)), Fallback::Nothing);
        assert_eq!(
            fallback(Mode::Windowed, Some(monitor)),
            Fallback::Resize(monitor)
        );
        assert_eq!(fallback(Mode::Windowed, None), Fallback::NoMonitor);
        assert_eq!(
            fallback(Mode::Windowed, Some(Size::ZERO)),
            Fallback::NoMonitor
        );
    }
}
