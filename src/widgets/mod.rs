//! Reusable view pieces: the header, the step indicator, buttons.

pub mod buttons;
pub mod form;
pub mod header;
pub mod steps;
