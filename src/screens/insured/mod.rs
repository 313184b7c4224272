//! The insured person's own screens (guide ①②④⑤): login ID, password, basic setup,
//! confirmation. Consent (③) and email sent (⑥) are shared: `screens::shared`.

pub mod confirm;
pub mod login_id;
pub mod password;
pub mod setup;
