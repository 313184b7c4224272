//! Reusable view pieces: the header, the step indicator, buttons, forms, the document
//! guide.

pub mod buttons;
pub mod document_guide;
pub mod focus;
pub mod form;
pub mod funnel_chart;
pub mod header;
pub mod keypad;
pub mod outline;
pub mod qr;
pub mod reserve;
pub mod steps;
