//! The path of family members (被扶養者) and voluntarily continued members (任意継続),
//! guide ①–⑤: start, eligibility check, consent (shared with the insured path), basic
//! setup, confirmation, email sent (shared).

pub mod confirm;
pub mod eligibility;
pub mod privacy;
pub mod setup;
