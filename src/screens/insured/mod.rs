//! The insured person's path (guide ①–⑥): login ID, password, consent, basic setup,
//! confirmation, email sent.

pub mod confirm;
pub mod consent;
pub mod email_sent;
pub mod login_id;
pub mod password;
pub mod setup;
