//! A zeroizing string for passwords and tokens.

use serde::{Deserialize, Serialize};
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
use zeroize::Zeroizing;

/// A password or token: zeroized on drop, `Debug` prints `Secret(***)`.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Secret(Zeroizing<String>);

impl Secret {
    /// Wraps a string.
    pub fn new(value: impl Into<String>) -> Self {
        Self(Zeroizing::new(value.into()))
    }

    /// The secret text. Do not log it.
    pub fn expose(&self) -> &str {
        self.0.as_str()
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self::new(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Self::new(value)
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl utoipa::PartialSchema for Secret {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .min_length(Some(1))
            .max_length(Some(512))
            .description(Some("A password or token (never logged)."))
            .into()
    }
}

impl utoipa::ToSchema for Secret {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_hides_value() {
        let s = Secret::new("20000121");
        assert_eq!(format!("{s:?}"), "Secret(***)");
        assert_eq!(s.expose(), "20000121");
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(json, "\"20000121\"");
    }
}
