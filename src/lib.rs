//! kenpos-kiosk: the assisted first-login and signup kiosk for KENPOS.
//!
//! The app follows the Elm architecture: [`app`] is the root (navigation, language,
//! look, session), [`paths`] the two member paths (each owns its steps, requests and
//! views), [`screens`] one module per screen, [`widgets`] the shared view pieces,
//! [`theme`] the fonts and look, [`i18n`] the Fluent bundles, [`config`] the TOML
//! configuration.

pub mod app;
pub mod backend;
pub mod cli;
pub mod config;
pub mod device_token;
pub mod i18n;
pub mod idle;
pub mod kiosk;
pub mod logging;
pub mod panic_hook;
pub mod paths;
pub mod pin_cli;
pub mod screens;
pub mod stats;
pub mod stats_cli;
pub mod theme;
pub mod token_cli;
pub mod widgets;

pub use kenpos_rules as rules;

/// The app's platform directories (config, data), named once for every file it keeps.
pub fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("jp", "KENPOS", "kenpos-kiosk")
}
