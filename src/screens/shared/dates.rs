//! A birth date read back in words, as the password, family setup and confirm screens
//! show it.

use kenpos_rules::BirthDate;

use crate::i18n::{self, Language};

/// A birth date read back in words (ja: 1980年1月21日（昭和55年）; en: 21 January 1980).
pub fn birth_date_in_words(lang: Language, date: &BirthDate) -> String {
    let (era, era_year) = date
        .era()
        .map_or(("none", 0), |(era, year)| (era.key(), i64::from(year)));
    i18n::tr_args(
        lang,
        "date-in-words",
        &[
            ("year", date.year().to_string().into()),
            ("month", i64::from(date.month()).into()),
            ("day", i64::from(date.day()).into()),
            ("era", era.into()),
            ("era_year", era_year.into()),
        ],
    )
}
