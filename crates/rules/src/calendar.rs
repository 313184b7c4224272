//! Gregorian calendar dates, and today in Japan.

use std::time::{SystemTime, UNIX_EPOCH};

/// A valid Gregorian calendar date (years 1–9999).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CalendarDate {
    pub(crate) year: i32,
    pub(crate) month: u32,
    pub(crate) day: u32,
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

pub(crate) fn days_in_month(year: i64, month: u32) -> u32 {
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
