//! Kiosk operation and security (issue 7), the parts without a window: the staff exit
//! PIN (argon2id hash, throttle and its file, the tap gesture), the fullscreen fallback decision and
//! the clipboard decision at the end of a session. The root (`app/kiosk.rs`) runs them.

pub mod clipboard;
pub mod lockout_file;
pub mod pin;
pub mod throttle;
pub mod window;

pub use pin::{MIN_PIN_DIGITS, PinError, PinHash, hash_pin};
pub use throttle::{TapGesture, Throttle};
