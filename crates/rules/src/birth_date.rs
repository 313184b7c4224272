//! Birth dates in Western and Japanese-era (和暦) forms.

use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

use thiserror::Error;

use crate::era::Era;
use crate::message::{Explain, FluentArg};
use crate::normalize::for_id;

/// Birth dates more than this many years ago are refused.
pub const MAX_AGE_YEARS: u32 = 120;

/// A valid Gregorian calendar date (years 1–9999).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CalendarDate {
    year: i32,
    month: u32,
    day: u32,
}

impl CalendarDate {
    /// The date, if it exists in the Gregorian calendar (years 1–9999).
    pub fn new(year: i32, month: u32, day: u32) -> Option<CalendarDate> {
        ((1..=9999).contains(&year) && (1..=12).contains(&month))
            .then_some(())
            .filter(|()| day >= 1 && day <= days_in_month(i64::from(year), month))
            .map(|()| CalendarDate { year, month, day })
    }

    /// Today in Japan (UTC+9), from the system clock.
    pub fn today_in_japan() -> CalendarDate {
        let secs = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        let days = i64::try_from((secs + 9 * 3600) / 86_400).unwrap_or(0);
        let (year, month, day) = civil_from_days(days);
        CalendarDate {
            year: i32::try_from(year).unwrap_or(9999),
            month,
            day,
        }
    }

    /// The year.
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The month, 1–12.
    pub fn month(&self) -> u32 {
        self.month
    }

    /// The day of the month, 1–31.
    pub fn day(&self) -> u32 {
        self.day
    }
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 → (year, month, day) (H. Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (
        year,
        u32::try_from(month).unwrap_or(1),
        u32::try_from(day).unwrap_or(1),
    )
}

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

enum YearSpec {
    Western(u32),
    Era(Era, u32),
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

fn kanji_digit(c: char) -> Option<u32> {
    "〇一二三四五六七八九"
        .chars()
        .position(|k| k == c)
        .and_then(|p| u32::try_from(p).ok())
        .or((c == '零').then_some(0))
}

fn kanji_multiplier(c: char) -> Option<u32> {
    match c {
        '十' => Some(10),
        '百' => Some(100),
        '千' => Some(1000),
        _ => None,
    }
}

/// A run of kanji numerals as a number: positional (`五十五`, `二千`) or digit by
/// digit (`一九八〇`).
fn kanji_number(run: &[char]) -> Option<u32> {
    if run.iter().any(|c| kanji_multiplier(*c).is_some()) {
        let mut total = 0u32;
        let mut current: Option<u32> = None;
        for &c in run {
            if let Some(d) = kanji_digit(c) {
                if current.is_some() {
                    return None;
                }
                current = Some(d);
            } else {
                let m = kanji_multiplier(c)?;
                total = total.checked_add(current.unwrap_or(1).checked_mul(m)?)?;
                current = None;
            }
        }
        total.checked_add(current.unwrap_or(0))
    } else if run.len() <= 4 {
        run.iter()
            .try_fold(0u32, |acc, c| Some(acc * 10 + kanji_digit(*c)?))
    } else {
        None
    }
}

/// Replace kanji numerals by ASCII digits and `元` (first year) by `1`. A run that
/// is not a number is kept (and the date is then not recognised).
fn kanji_numerals_to_ascii(s: &str) -> String {
    let is_kanji_num = |c: char| kanji_digit(c).is_some() || kanji_multiplier(c).is_some();
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '元' {
            out.push('1');
            i += 1;
        } else if is_kanji_num(c) {
            let start = i;
            while i < chars.len() && is_kanji_num(chars[i]) {
                i += 1;
            }
            let run = &chars[start..i];
            match kanji_number(run) {
                Some(n) => out.push_str(&n.to_string()),
                None => out.extend(run),
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// Split a leading era marker off: `昭和`, `昭`, `Showa`, `S`/`s` (before a digit).
fn split_era(s: &str) -> (Option<Era>, &str) {
    const NAMES: [(&str, Era); 17] = [
        ("明治", Era::Meiji),
        ("大正", Era::Taisho),
        ("昭和", Era::Showa),
        ("平成", Era::Heisei),
        ("令和", Era::Reiwa),
        ("明", Era::Meiji),
        ("大", Era::Taisho),
        ("昭", Era::Showa),
        ("平", Era::Heisei),
        ("令", Era::Reiwa),
        ("meiji", Era::Meiji),
        ("taishou", Era::Taisho),
        ("taisho", Era::Taisho),
        ("shouwa", Era::Showa),
        ("showa", Era::Showa),
        ("heisei", Era::Heisei),
        ("reiwa", Era::Reiwa),
    ];
    for (name, era) in NAMES {
        if let Some(head) = s.get(..name.len())
            && head.eq_ignore_ascii_case(name)
        {
            let rest = &s[name.len()..];
            return (Some(era), rest.strip_prefix('.').unwrap_or(rest));
        }
    }
    let mut chars = s.chars();
    if let (Some(c), Some(next)) = (chars.next(), chars.next())
        && next.is_ascii_digit()
        && let Some(era) = Era::from_letter(c)
    {
        return (Some(era), &s[c.len_utf8()..]);
    }
    (None, s)
}

fn is_separator(c: char) -> bool {
    matches!(c, '.' | '/' | '-' | '年' | '月' | ',')
}

fn split_ymd(rest: &str, era: Option<Era>) -> Result<(YearSpec, u32, u32), BirthDateError> {
    let rest = rest.strip_suffix('日').unwrap_or(rest);
    if rest.is_empty() || !rest.chars().all(|c| c.is_ascii_digit() || is_separator(c)) {
        return Err(BirthDateError::Unrecognized);
    }
    let groups: Vec<&str> = rest.split(is_separator).collect();
    let number = |g: &str| -> Result<u32, BirthDateError> {
        if g.is_empty() || g.len() > 4 {
            return Err(BirthDateError::Unrecognized);
        }
        g.parse().map_err(|_| BirthDateError::Unrecognized)
    };
    let (y, m, d) = match groups.as_slice() {
        [one] if era.is_some() && one.len() == 6 => (&one[..2], &one[2..4], &one[4..]),
        [one] if era.is_none() && one.len() == 8 => (&one[..4], &one[4..6], &one[6..]),
        [one] if era.is_none() && one.len() == 6 => return Err(BirthDateError::NoEraOrCentury),
        [y, m, d] if m.len() <= 2 && d.len() <= 2 => (*y, *m, *d),
        _ => return Err(BirthDateError::Unrecognized),
    };
    let year = match era {
        Some(e) if (1..=2).contains(&y.len()) => YearSpec::Era(e, number(y)?),
        None if y.len() == 4 => YearSpec::Western(number(y)?),
        None if (1..=2).contains(&y.len()) => return Err(BirthDateError::NoEraOrCentury),
        _ => return Err(BirthDateError::Unrecognized),
    };
    Ok((year, number(m)?, number(d)?))
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
