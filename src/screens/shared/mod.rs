//! What both member paths show: the consent documents, the email-sent screen, the
//! office contact panel and a birth date read back in words.

pub mod consent;
mod dates;
pub mod email_sent;
mod office;

pub use dates::birth_date_in_words;
pub use office::office_contact;
