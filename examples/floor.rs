//! The stack's floor for `packaging/dev/bench.sh`: an empty iced 0.14 window, built with
//! the same iced (version, features, renderers) as the app, that shows one line of text.
//! The bench compares the app's first paint and memory with this.
//!
//! `cargo run --release --example floor`; the renderer follows `ICED_BACKEND` like the
//! app's.

fn main() -> iced::Result {
    // The app's window size (a common kiosk screen), so both draw the same area.
    iced::application(|| (), update, view)
        .window_size((1280.0, 800.0))
        .run()
}

fn update(_state: &mut (), _message: ()) {}

fn view(_state: &()) -> iced::Element<'_, ()> {
    iced::widget::center(iced::widget::text("floor")).into()
}
