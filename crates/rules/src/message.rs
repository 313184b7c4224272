//! The link between rule errors and the app's Fluent messages.

/// A value passed to a Fluent message as a `$variable`.
///
/// The library does not depend on Fluent: the app turns these into `FluentValue`s.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FluentArg {
    /// A string, shown as is (or used as a Fluent selector such as `$era`).
    Str(String),
    /// An integer (Fluent number), e.g. a length limit or a year.
    Num(i64),
}

impl From<&str> for FluentArg {
    fn from(value: &str) -> Self {
        FluentArg::Str(value.to_owned())
    }
}

impl From<String> for FluentArg {
    fn from(value: String) -> Self {
        FluentArg::Str(value)
    }
}

impl From<i64> for FluentArg {
    fn from(value: i64) -> Self {
        FluentArg::Num(value)
    }
}

/// Something a screen can explain to the member with a Fluent message.
///
/// Implemented by every error and warning of this crate.
///
/// ```
/// use kenpos_rules::{Explain, FluentArg, InsurerNumber};
///
/// let err = InsurerNumber::parse("061399").unwrap_err();
/// assert_eq!(err.message_id(), "rules-insurer-national-health");
/// assert!(err.args().is_empty());
/// ```
pub trait Explain {
    /// The Fluent message id (all start with `rules-`).
    fn message_id(&self) -> &'static str;
    /// The `$variables` the message needs, by name (without the `$`).
    fn args(&self) -> Vec<(&'static str, FluentArg)>;
}

/// The first character of `s` as a string (for `$found` arguments).
pub(crate) fn char_str(c: char) -> String {
    c.to_string()
}

/// A `usize` as a Fluent number, saturating.
pub(crate) fn num(n: usize) -> FluentArg {
    FluentArg::Num(i64::try_from(n).unwrap_or(i64::MAX))
}

impl From<u32> for FluentArg {
    fn from(value: u32) -> Self {
        FluentArg::Num(i64::from(value))
    }
}
