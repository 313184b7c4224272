//! The KENPOS backend HTTP contract shared by the kiosk's client and the reference backend.
//!
//! * [`paths`]: operation paths (all JSON operations live under `/api/v1`).
//! * [`field`]: wire names of request fields, as named by [`FieldError`]s.
//! * [`problem`]: the `application/problem+json` error body with stable machine codes.
//! * [`types`]: request and response bodies.
//! * [`openapi`]: the OpenAPI 3.1 document generated from these types.
//!
//! Passwords and tokens are held in [`Secret`], which zeroizes on drop and never prints.
#![warn(missing_docs)]

pub mod field;
pub mod openapi;
pub mod paths;
pub mod problem;
mod secret;
pub mod types;

pub use problem::{ErrorCode, FieldCode, FieldError, Problem};
pub use secret::Secret;
pub use types::*;
