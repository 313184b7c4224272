//! A panic hook that leaves no member data behind.
//!
//! A panic payload is a formatted message and can hold anything that was in scope (a
//! typed email, a password); the default hook prints it to stderr, which a kiosk's
//! service manager may keep in a journal. This hook logs only where the panic happened
//! and a fixed message through `tracing`, never the payload and never any state. Debug
//! builds also run the default hook (payload and backtrace for developers).

use std::sync::Once;

/// The fixed message logged for every panic.
pub const MESSAGE: &str = "the app panicked (payload withheld: it may contain member data)";

static INSTALL: Once = Once::new();

/// Installs the hook (once per process; later calls do nothing).
pub fn install() {
    INSTALL.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let (file, line, column) = info
                .location()
                .map_or(("unknown", 0, 0), |l| (l.file(), l.line(), l.column()));
            let thread = std::thread::current();
            tracing::error!(
                file,
                line,
                column,
                thread = thread.name().unwrap_or("unnamed"),
                "{MESSAGE}"
            );
            if cfg!(debug_assertions) {
                default(info);
            }
        }));
    });
}
