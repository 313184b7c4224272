//! The kiosk's client for the KENPOS backend contract ([`kenpos_contract`]).
//!
//! One shared [`reqwest::Client`] (rustls) per [`Client`]; connect and request timeouts;
//! a User-Agent with the app version. Every operation is one async method returning typed
//! results or a [`ClientError`] (`Clone`, maps to a Fluent message id in `backend.ftl`).
//!
//! POSTs are never retried automatically. Operations that create or send something take an
//! [`IdempotencyKey`]: create one per logical submission and reuse it when the member
//! retries, so the backend does not register twice or send two emails.
#![warn(missing_docs)]

mod client;
mod error;
mod messages;
mod tls;

pub use client::{
    CaPemError, Client, ClientBuildError, ClientConfig, IdempotencyKey, LoginOutcome, Session,
    check_ca_pem,
};
pub use error::ClientError;
pub use kenpos_contract as contract;
pub use messages::{all_message_ids, field_message_id};
pub use tls::install_crypto_provider;
