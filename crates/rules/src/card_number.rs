//! Checks shared by the login-ID path and the eligibility path for the 番号
//! (number) printed on a card or notice.

use crate::insurer::is_society_insurer_number;

/// The longest 番号 (number) this society prints: the login ID pads it to 6 digits.
pub(crate) const NUMBER_MAX_DIGITS: usize = 6;
/// The 枝番 (branch number) is 2 digits.
const BRANCH_DIGITS: usize = 2;

/// What is wrong with a typed 番号, before it is put into a field-specific error.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum NumberIssue {
    Empty,
    NotDigits,
    TooLong,
    /// Number + 枝番; carries the number part, as typed (not padded).
    Branch(String),
    /// A valid insurer number of a health insurance society (8 digits).
    InsurerNumber,
}

/// Check a 番号 already passed through [`crate::normalize::for_id`].
///
/// Order: empty; `number-branch` written with a hyphen; any other non-digit; an
/// 8-digit value that is a valid society insurer number (check digit passes and it
/// starts `06` or `63`) is reported as an insurer number *before* the 枝番 reading,
/// because that mistake is common and its check digit makes it unlikely to be a
/// number + 枝番 by chance; extra leading zeros (`0200001`) are fine; then 8 digits as 6-digit number + 2-digit 枝番; then too long.
pub(crate) fn check_number(norm: &str) -> Result<&str, NumberIssue> {
    if norm.is_empty() {
        return Err(NumberIssue::Empty);
    }
    if let Some((number, branch)) = norm.split_once('-') {
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if digits(number)
            && digits(branch)
            && branch.len() == BRANCH_DIGITS
            && number.len() <= NUMBER_MAX_DIGITS
        {
            return Err(NumberIssue::Branch(number.to_owned()));
        }
        return Err(NumberIssue::NotDigits);
    }
    if !norm.bytes().all(|b| b.is_ascii_digit()) {
        return Err(NumberIssue::NotDigits);
    }
    if is_society_insurer_number(norm) {
        return Err(NumberIssue::InsurerNumber);
    }
    if strip_excess_zeros(norm, NUMBER_MAX_DIGITS).len() <= NUMBER_MAX_DIGITS {
        return Ok(norm);
    }
    if norm.len() == NUMBER_MAX_DIGITS + BRANCH_DIGITS {
        let number = &norm[..NUMBER_MAX_DIGITS];
        if number.bytes().any(|b| b != b'0') {
            return Err(NumberIssue::Branch(number.to_owned()));
        }
    }
    Err(NumberIssue::TooLong)
}

/// Remove leading zeros beyond `width` digits (`0091` → `091`), so that a member
/// who typed extra leading zeros is not told the value is too long.
pub(crate) fn strip_excess_zeros(digits: &str, width: usize) -> &str {
    let mut s = digits;
    while s.len() > width && s.starts_with('0') {
        s = &s[1..];
    }
    s
}

/// Left-pad ASCII digits with zeros to `width`.
pub(crate) fn zero_pad(digits: &str, width: usize) -> String {
    format!("{digits:0>width$}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_checks() {
        assert_eq!(check_number("200001"), Ok("200001"));
        assert_eq!(check_number(""), Err(NumberIssue::Empty));
        assert_eq!(check_number("2000-1"), Err(NumberIssue::NotDigits));
        assert_eq!(
            check_number("4567-01"),
            Err(NumberIssue::Branch("4567".into()))
        );
        assert_eq!(
            check_number("20000101"),
            Err(NumberIssue::Branch("200001".into()))
        );
        assert_eq!(check_number("06139984"), Err(NumberIssue::InsurerNumber));
        assert_eq!(check_number("00000001"), Ok("00000001"));
        assert_eq!(check_number("0200001"), Ok("0200001"));
        assert_eq!(check_number("1234567"), Err(NumberIssue::TooLong));
        assert_eq!(check_number("123456789"), Err(NumberIssue::TooLong));
    }
}
