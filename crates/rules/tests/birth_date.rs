//! Birth dates: Western and 和暦 forms, strict era boundaries, and the traps.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers may panic

use kenpos_rules::{BirthDate, BirthDateError, CalendarDate, Era};

fn today() -> CalendarDate {
    CalendarDate::new(2026, 11, 25).unwrap()
}

fn parse(s: &str) -> Result<BirthDate, BirthDateError> {
    BirthDate::parse_on(s, today())
}

#[test]
fn accepted_forms() {
    let cases = [
        ("19800121", "1980-01-21"),
        ("1980-01-21", "1980-01-21"),
        ("1980/1/21", "1980-01-21"),
        ("1980.1.21", "1980-01-21"),
        ("1980年1月21日", "1980-01-21"),
        ("1980年01月21日", "1980-01-21"),
        ("１９８０／１／２１", "1980-01-21"),
        ("１９８０年１月２１日", "1980-01-21"),
        ("1980 / 1 / 21", "1980-01-21"),
        ("1980ー1ー21", "1980-01-21"),
        ("昭和55年1月21日", "1980-01-21"),
        ("昭和 55年 1月 21日", "1980-01-21"),
        ("S55.1.21", "1980-01-21"),
        ("S55/1/21", "1980-01-21"),
        ("s55.1.21", "1980-01-21"),
        ("Ｓ５５．１．２１", "1980-01-21"),
        ("S550121", "1980-01-21"),
        ("昭55.1.21", "1980-01-21"),
        ("Showa 55.1.21", "1980-01-21"),
        ("㍼55年1月21日", "1980-01-21"),
        ("㍼５５年１月２１日", "1980-01-21"),
        ("昭和五十五年一月二十一日", "1980-01-21"),
        ("昭和五五年一月二一日", "1980-01-21"),
        ("一九八〇年一月二十一日", "1980-01-21"),
        ("平成元年1月8日", "1989-01-08"),
        ("㍻元年1月8日", "1989-01-08"),
        ("H1.1.8", "1989-01-08"),
        ("平成十年十月十日", "1998-10-10"),
        ("昭和64年1月7日", "1989-01-07"),
        ("R1.5.1", "2019-05-01"),
        ("R元.5.1", "2019-05-01"),
        ("平成元.1.8", "1989-01-08"),
        ("令和元年5月1日", "2019-05-01"),
        ("㋿2年3月4日", "2020-03-04"),
        ("平成31年4月30日", "2019-04-30"),
        ("㍽元年12月25日", "1912-12-25"),
        ("大正15年12月24日", "1926-12-24"),
        ("㍾45年7月29日", "1912-07-29"),
        ("大正元年7月30日", "1912-07-30"),
        ("2000/2/29", "2000-02-29"),
        ("平成12年2月29日", "2000-02-29"),
        ("2026-11-25", "2026-11-25"),
        ("1906-11-25", "1906-11-25"),
        ("1905-11-26", "1905-11-26"),
    ];
    for (typed, want) in cases {
        let d = parse(typed).unwrap_or_else(|e| panic!("{typed}: {e:?}"));
        assert_eq!(d.to_string(), want, "{typed}");
    }
}

#[test]
fn accessors_and_era_reading() {
    let d = parse("昭和55年1月21日").unwrap();
    assert_eq!((d.year(), d.month(), d.day()), (1980, 1, 21));
    assert_eq!(d.initial_password(), "19800121");
    assert_eq!(d.era(), Some((Era::Showa, 55)));
    assert_eq!(parse("2019-05-01").unwrap().era(), Some((Era::Reiwa, 1)));
    assert_eq!(parse("2019-04-30").unwrap().era(), Some((Era::Heisei, 31)));
    assert_eq!(parse("1989-01-07").unwrap().era(), Some((Era::Showa, 64)));
    assert_eq!(Era::Heisei.kanji(), "平成");
    assert_eq!(Era::Heisei.letter(), 'H');
    assert_eq!(Era::Heisei.romaji(), "Heisei");
    assert_eq!(Era::from_letter('r'), Some(Era::Reiwa));
    assert_eq!(Era::from_letter('x'), None);
    assert_eq!(Era::of_date(1868, 1, 1), None);
}

#[test]
fn rejected_forms() {
    use BirthDateError as E;
    let cases = [
        ("", E::Empty),
        (" \u{3000}", E::Empty),
        ("55.1.21", E::NoEraOrCentury),
        ("550121", E::NoEraOrCentury),
        ("55年1月21日", E::NoEraOrCentury),
        ("五十五年一月二十一日", E::NoEraOrCentury),
        ("平成0年1月1日", E::EraYearZero),
        ("H0.1.1", E::EraYearZero),
        ("1980/13/1", E::InvalidMonth { month: 13 }),
        ("1980/0/1", E::InvalidMonth { month: 0 }),
        ("1980/2/30", E::ImpossibleDay { month: 2, day: 30 }),
        ("昭和55年2月30日", E::ImpossibleDay { month: 2, day: 30 }),
        ("平成11年2月29日", E::ImpossibleDay { month: 2, day: 29 }),
        ("1900/2/29", E::ImpossibleDay { month: 2, day: 29 }),
        ("1980/4/31", E::ImpossibleDay { month: 4, day: 31 }),
        ("1980/1/0", E::ImpossibleDay { month: 1, day: 0 }),
        ("2026-11-26", E::Future),
        ("令和9年1月1日", E::Future),
        ("3000/1/1", E::Future),
        ("1905-11-24", E::TooOld { max_age: 120 }),
        ("明治30年1月1日", E::TooOld { max_age: 120 }),
        ("0001/1/1", E::TooOld { max_age: 120 }),
        ("abc", E::Unrecognized),
        ("1980/1", E::Unrecognized),
        ("1980/1/21/5", E::Unrecognized),
        ("1980//21", E::Unrecognized),
        ("198/1/21", E::Unrecognized),
        ("1980/123/1", E::Unrecognized),
        ("X55.1.21", E::Unrecognized),
        ("S5501", E::Unrecognized),
        ("昭和555年1月1日", E::Unrecognized),
        ("1980年1月21日生まれ", E::Unrecognized),
        ("19800121000", E::Unrecognized),
        ("1980/元/1", E::Unrecognized),
    ];
    for (typed, want) in cases {
        assert_eq!(parse(typed), Err(want), "{typed}");
    }
}

#[test]
fn outside_era_suggests_the_right_reading() {
    let e = parse("平成31年5月1日").unwrap_err();
    assert_eq!(
        e,
        BirthDateError::OutsideEra {
            given: Era::Heisei,
            era: Era::Reiwa,
            era_year: 1,
            year: 2019,
            month: 5,
            day: 1,
        }
    );
    let cases = [
        ("昭和64年1月8日", Era::Showa, Era::Heisei, 1),
        ("昭和70年1月1日", Era::Showa, Era::Heisei, 7),
        ("平成元年1月7日", Era::Heisei, Era::Showa, 64),
        ("令和元年4月30日", Era::Reiwa, Era::Heisei, 31),
        ("大正15年12月25日", Era::Taisho, Era::Showa, 1),
        ("昭和元年12月24日", Era::Showa, Era::Taisho, 15),
        ("R1.1.1", Era::Reiwa, Era::Heisei, 31),
    ];
    for (typed, given_want, era_want, year_want) in cases {
        match parse(typed) {
            Err(BirthDateError::OutsideEra {
                given,
                era,
                era_year,
                ..
            }) => assert_eq!(
                (given, era, era_year),
                (given_want, era_want, year_want),
                "{typed}"
            ),
            other => panic!("{typed}: {other:?}"),
        }
    }
}

#[test]
fn today_and_calendar_dates() {
    assert!(CalendarDate::new(2023, 2, 29).is_none());
    assert!(CalendarDate::new(2024, 2, 29).is_some());
    assert!(CalendarDate::new(0, 1, 1).is_none());
    let t = CalendarDate::today_in_japan();
    assert!(t.year() >= 2024, "{t:?}");
    assert!(BirthDate::parse("1980/1/21").is_ok());
    assert_eq!(BirthDate::parse("2999/1/1"), Err(BirthDateError::Future));
}
