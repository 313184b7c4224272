//! Japanese eras (元号) from 明治 to 令和.

use std::fmt;

/// A Japanese era, 明治 (Meiji) to 令和 (Reiwa).
///
/// Each era starts on the day of its 改元 in the Gregorian calendar and ends the day
/// before the next one starts. 明治 is taken to start on 1868-10-23 (the day of the
/// 改元); no member born then is within [`crate::MAX_AGE_YEARS`] anyway.
///
/// ```
/// use kenpos_rules::Era;
///
/// assert_eq!(Era::of_date(1989, 1, 7), Some(Era::Showa));
/// assert_eq!(Era::of_date(1989, 1, 8), Some(Era::Heisei));
/// assert_eq!(Era::Reiwa.kanji(), "令和");
/// assert_eq!(Era::Showa.letter(), 'S');
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Era {
    /// 明治 (M), from 1868-10-23.
    Meiji,
    /// 大正 (T), from 1912-07-30.
    Taisho,
    /// 昭和 (S), from 1926-12-25.
    Showa,
    /// 平成 (H), from 1989-01-08.
    Heisei,
    /// 令和 (R), from 2019-05-01.
    Reiwa,
}

impl Era {
    /// All eras, oldest first.
    pub const ALL: [Era; 5] = [Era::Meiji, Era::Taisho, Era::Showa, Era::Heisei, Era::Reiwa];

    /// The first day of the era (Gregorian year, month, day).
    pub fn start(self) -> (i32, u32, u32) {
        match self {
            Era::Meiji => (1868, 10, 23),
            Era::Taisho => (1912, 7, 30),
            Era::Showa => (1926, 12, 25),
            Era::Heisei => (1989, 1, 8),
            Era::Reiwa => (2019, 5, 1),
        }
    }

    /// The era's name in kanji, e.g. `昭和`.
    pub fn kanji(self) -> &'static str {
        match self {
            Era::Meiji => "明治",
            Era::Taisho => "大正",
            Era::Showa => "昭和",
            Era::Heisei => "平成",
            Era::Reiwa => "令和",
        }
    }

    /// The era's romanised name, e.g. `Showa`.
    pub fn romaji(self) -> &'static str {
        match self {
            Era::Meiji => "Meiji",
            Era::Taisho => "Taisho",
            Era::Showa => "Showa",
            Era::Heisei => "Heisei",
            Era::Reiwa => "Reiwa",
        }
    }

    /// The era's letter, e.g. `S` for 昭和.
    pub fn letter(self) -> char {
        match self {
            Era::Meiji => 'M',
            Era::Taisho => 'T',
            Era::Showa => 'S',
            Era::Heisei => 'H',
            Era::Reiwa => 'R',
        }
    }

    /// A lower-case key for Fluent selectors: `meiji`, `taisho`, `showa`, `heisei`, `reiwa`.
    pub fn key(self) -> &'static str {
        match self {
            Era::Meiji => "meiji",
            Era::Taisho => "taisho",
            Era::Showa => "showa",
            Era::Heisei => "heisei",
            Era::Reiwa => "reiwa",
        }
    }

    /// The era of a letter (`M T S H R`, either case).
    pub fn from_letter(c: char) -> Option<Era> {
        Era::ALL
            .into_iter()
            .find(|e| e.letter() == c.to_ascii_uppercase())
    }

    /// The Gregorian year of the era's year `era_year` (1 = 元年).
    pub fn gregorian_year(self, era_year: u32) -> i64 {
        i64::from(self.start().0) + i64::from(era_year) - 1
    }

    /// The era a Gregorian date falls in, or `None` before 明治.
    pub fn of_date(year: i32, month: u32, day: u32) -> Option<Era> {
        Era::ALL
            .into_iter()
            .rev()
            .find(|e| (year, month, day) >= e.start())
    }

    /// The era and era year of a Gregorian date, e.g. 1980-01-21 → (昭和, 55).
    pub fn reading(year: i32, month: u32, day: u32) -> Option<(Era, u32)> {
        let era = Era::of_date(year, month, day)?;
        let era_year = u32::try_from(year - era.start().0 + 1).ok()?;
        Some((era, era_year))
    }
}

impl fmt::Display for Era {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.kanji())
    }
}
