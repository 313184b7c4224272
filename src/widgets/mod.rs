//! Reusable view pieces: the header, the step indicator, buttons.

pub mod buttons;
pub mod document_guide;
pub mod header;
pub mod steps;
