//! Member-input rules for the KENPOS kiosk.
//!
//! Pure functions and types, no I/O and no logging, that turn what a member types
//! from whatever document they hold into what KENPOS expects, or into a reason why
//! not. Every error and warning implements [`Explain`]: the screens look up
//! [`Explain::message_id`] in the app's Fluent bundle (`i18n/*/rules.ftl`) and pass
//! [`Explain::args`] as the message arguments.
//!
//! # For the screens
//!
//! - Messages: `i18n/{ja,en}/rules.ftl`; ids start with `rules-`. Turn
//!   [`FluentArg::Str`] / [`FluentArg::Num`] into Fluent string / number values.
//!   `rules-birth-outside-era` uses `$given` and `$era` as selectors (`meiji`,
//!   `taisho`, `showa`, `heisei`, `reiwa`, see [`Era::key`]) and shows `元年` for
//!   `$era_year` 1 in Japanese.
//! - `rules-email-carrier-filter` ends by asking to allow "the following sender":
//!   the screen shows the sender domain right after it.
//! - Normalisation ([`normalize::for_id`]) is for IDs, numbers and dates only; names
//!   go through [`katakana_name`] (or [`kana_as_typed`] while typing).
//!
//! ```
//! use kenpos_rules::{BirthDate, LoginId};
//!
//! let id = LoginId::from_card("7132", "91", "200001").unwrap();
//! assert_eq!(id.to_string(), "7132-091200001");
//!
//! let born = BirthDate::parse("昭和55年1月21日").unwrap();
//! assert_eq!(born.initial_password(), "19800121");
//! ```
#![warn(missing_docs)]

mod birth_date;
mod calendar;
mod card_number;
mod date_text;
mod eligibility;
mod email;
mod era;
mod insurer;
mod kana;
mod login_id;
mod message;
pub mod normalize;
mod password;

pub use birth_date::{BirthDate, BirthDateError, MAX_AGE_YEARS};
pub use calendar::CalendarDate;
pub use eligibility::{EligibilityError, EligibilityNumber, EligibilitySymbol};
pub use email::{Carrier, EmailAddress, EmailError, EmailWarning};
pub use era::Era;
pub use insurer::{InsurerNumber, InsurerNumberError, NotThisSociety};
pub use kana::{KanaNameError, kana_as_typed, katakana_name};
pub use login_id::{LoginId, LoginIdError, LoginIdField};
pub use message::{Explain, FluentArg};
pub use password::{PasswordContext, PasswordPolicy, PasswordWeakness, check_new_password};
