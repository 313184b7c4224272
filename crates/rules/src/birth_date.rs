//! Birth dates in Western and Japanese-era (和暦) forms.

use std::fmt;

use thiserror::Error;

use crate::calendar::{CalendarDate, days_in_month};
use crate::date_text::{YearSpec, kanji_numerals_to_ascii, split_era, split_ymd};
use crate::era::Era;
use crate::message::{Explain, FluentArg};
use crate::normalize::for_id;

/// Birth dates more than this many years ago are refused.
pub const MAX_AGE_YEARS: u32 = 120;

/// A member's date of birth: a real, past date at most [`MAX_AGE_YEARS`] ago.
///
/// ```
/// use kenpos_rules::{BirthDate, CalendarDate, Era};
///
/// let today = CalendarDate::new(2026, 11, 25).unwrap();
/// for typed in ["19800121", "1980/1/21", "昭和55年1月21日", "S55.1.21", "㍼５５年１月２１日",
///               "昭和五十五年一月二十一日"] {
///     let d = BirthDate::parse_on(typed, today).unwrap();
///     assert_eq!(d.to_string(), "1980-01-21");
///     assert_eq!(d.era(), Some((Era::Showa, 55)));
/// }
/// assert!(BirthDate::parse_on("55.1.21", today).is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BirthDate(CalendarDate);

/// Why a typed birth date was not accepted.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum BirthDateError {
    /// Nothing was typed.
    #[error("the birth date is empty")]
    Empty,
    /// Not a form of date this kiosk reads.
    #[error("the birth date is not in a recognised form")]
    Unrecognized,
    /// A 2-digit year without an era (`55.1.21`, `550121`): ask for the era or a
    /// 4-digit year.
    #[error("the year needs an era or 4 digits")]
    NoEraOrCentury,
    /// Era year 0 (the first year of an era is 元年, 1).
    #[error("an era year cannot be 0")]
    EraYearZero,
    /// The month is not 1–12.
    #[error("there is no month {month}")]
    InvalidMonth {
        /// The month typed.
        month: u32,
    },
    /// The day does not exist in that month (2月30日; 2月29日 in a common year).
    #[error("there is no day {day} in month {month} of that year")]
    ImpossibleDay {
        /// The month typed.
        month: u32,
        /// The day typed.
        day: u32,
    },
    /// The date is not within the era typed (平成31年5月1日 is 令和元年5月1日).
    #[error("that date is not in the era typed")]
    OutsideEra {
        /// The era typed.
        given: Era,
        /// The era the date falls in.
        era: Era,
        /// The year within that era (1 = 元年).
        era_year: u32,
        /// The Gregorian year.
        year: i32,
        /// The month.
        month: u32,
        /// The day.
        day: u32,
    },
    /// The date is after today.
    #[error("the birth date is in the future")]
    Future,
    /// More than [`MAX_AGE_YEARS`] years ago.
    #[error("the birth date is more than {max_age} years ago")]
    TooOld {
        /// [`MAX_AGE_YEARS`].
        max_age: u32,
    },
}

impl BirthDate {
    /// Parse a typed birth date, judged against today in Japan (UTC+9).
    pub fn parse(input: &str) -> Result<BirthDate, BirthDateError> {
        BirthDate::parse_on(input, CalendarDate::today_in_japan())
    }

    /// Parse a typed birth date, judged against `today`.
    ///
    /// Accepted: `19800121`, `1980-01-21`, `1980/1/21`, `1980.1.21`, `1980年1月21日`;
    /// era forms `昭和55年1月21日`, `S55.1.21`, `s55/1/21`, `S550121`, `㍼55年1月21日`
    /// (`㍾ ㍽ ㍼ ㍻ ㋿`), one-kanji `昭55.1.21`, romaji `Showa 55.1.21`, `元年`;
    /// full-width digits; kanji numerals (`昭和五十五年一月二十一日`, `一九八〇年`).
    /// Checks, in order: form, era year 0, month, day, future, age, era boundaries.
    pub fn parse_on(input: &str, today: CalendarDate) -> Result<BirthDate, BirthDateError> {
        let s = kanji_numerals_to_ascii(&for_id(input));
        if s.is_empty() {
            return Err(BirthDateError::Empty);
        }
        let (era, rest) = split_era(&s);
        let (year, month, day) = split_ymd(rest, era)?;
        let year_num = match year {
            YearSpec::Era(_, 0) => return Err(BirthDateError::EraYearZero),
            YearSpec::Era(e, y) => e.gregorian_year(y),
            YearSpec::Western(y) => i64::from(y),
        };
        if !(1..=12).contains(&month) {
            return Err(BirthDateError::InvalidMonth { month });
        }
        if day < 1 || day > days_in_month(year_num, month) {
            return Err(BirthDateError::ImpossibleDay { month, day });
        }
        let t = &today;
        if (year_num, month, day) > (i64::from(t.year), t.month, t.day) {
            return Err(BirthDateError::Future);
        }
        let before_birthday = (t.month, t.day) < (month, day);
        let age = i64::from(t.year) - year_num - i64::from(before_birthday);
        let too_old = BirthDateError::TooOld {
            max_age: MAX_AGE_YEARS,
        };
        if age > i64::from(MAX_AGE_YEARS) {
            return Err(too_old);
        }
        let gregorian = i32::try_from(year_num).map_err(|_| too_old.clone())?;
        let date = CalendarDate::new(gregorian, month, day).ok_or(too_old.clone())?;
        if let YearSpec::Era(given, era_year) = year {
            let (era, actual_year) = Era::reading(date.year, month, day).ok_or(too_old)?;
            if (era, actual_year) != (given, era_year) {
                return Err(BirthDateError::OutsideEra {
                    given,
                    era,
                    era_year: actual_year,
                    year: date.year,
                    month,
                    day,
                });
            }
        }
        Ok(BirthDate(date))
    }

    /// The date.
    pub fn date(&self) -> CalendarDate {
        self.0
    }

    /// The year.
    pub fn year(&self) -> i32 {
        self.0.year
    }

    /// The month, 1–12.
    pub fn month(&self) -> u32 {
        self.0.month
    }

    /// The day of the month.
    pub fn day(&self) -> u32 {
        self.0.day
    }

    /// The KENPOS first password: `YYYYMMDD`.
    pub fn initial_password(&self) -> String {
        format!("{:04}{:02}{:02}", self.0.year, self.0.month, self.0.day)
    }

    /// The Japanese-era reading, e.g. (昭和, 55) for 1980-01-21.
    pub fn era(&self) -> Option<(Era, u32)> {
        Era::reading(self.0.year, self.0.month, self.0.day)
    }
}

impl fmt::Display for BirthDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.0.year, self.0.month, self.0.day
        )
    }
}

impl Explain for BirthDateError {
    fn message_id(&self) -> &'static str {
        match self {
            BirthDateError::Empty => "rules-birth-empty",
            BirthDateError::Unrecognized => "rules-birth-unrecognized",
            BirthDateError::NoEraOrCentury => "rules-birth-no-era",
            BirthDateError::EraYearZero => "rules-birth-era-year-zero",
            BirthDateError::InvalidMonth { .. } => "rules-birth-invalid-month",
            BirthDateError::ImpossibleDay { .. } => "rules-birth-impossible-day",
            BirthDateError::OutsideEra { .. } => "rules-birth-outside-era",
            BirthDateError::Future => "rules-birth-future",
            BirthDateError::TooOld { .. } => "rules-birth-too-old",
        }
    }

    fn args(&self) -> Vec<(&'static str, FluentArg)> {
        match self {
            BirthDateError::InvalidMonth { month } => vec![("month", (*month).into())],
            BirthDateError::ImpossibleDay { month, day } => {
                vec![("month", (*month).into()), ("day", (*day).into())]
            }
            BirthDateError::OutsideEra {
                given,
                era,
                era_year,
                year,
                month,
                day,
            } => vec![
                ("given", given.key().into()),
                ("era", era.key().into()),
                ("era_year", (*era_year).into()),
                ("year", FluentArg::Num(i64::from(*year))),
                ("month", (*month).into()),
                ("day", (*day).into()),
            ],
            BirthDateError::TooOld { max_age } => vec![("max_age", (*max_age).into())],
            _ => Vec::new(),
        }
    }
}
