//! Property tests: no panics on arbitrary Unicode, idempotence, ID shape, round trips.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers may panic

use kenpos_rules::{
    BirthDate, CalendarDate, EligibilityNumber, EligibilitySymbol, EmailAddress, Explain,
    InsurerNumber, LoginId, PasswordContext, PasswordPolicy, check_new_password, kana_as_typed,
    katakana_name, normalize,
};
use proptest::prelude::*;
use regex::Regex;

/// Arbitrary Unicode, weighted towards the characters members actually type.
fn typed() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[0-9０-９\\-ー－‐―−\u{3000} /.年月日元昭平令SHRshr十二三五一〇ぁ-んァ-ヶｦ-ﾟ@＠a-zＡ-Ｚ\u{200B}\u{3099}\u{309A}\u{0301}¨]{0,24}",
    ]
}

fn today() -> CalendarDate {
    CalendarDate::new(2026, 11, 25).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn no_public_function_panics(a in typed(), b in typed(), c in typed()) {
        let _ = normalize::for_id(&a);
        let _ = LoginId::from_card(&a, &b, &c).map(|id| id.to_string());
        let _ = LoginId::from_card("7132", &b, &c).map_err(|e| (e.message_id(), e.args(), e.field()));
        let _ = LoginId::parse(&a);
        let _ = LoginId::parse_for("7132", &a);
        let _ = InsurerNumber::parse(&a).map_err(|e| e.args());
        let _ = EligibilitySymbol::parse(&a).map_err(|e| e.args());
        let _ = EligibilityNumber::parse(&a).map_err(|e| e.args());
        let _ = BirthDate::parse_on(&a, today()).map(|d| (d.era(), d.initial_password()));
        let _ = katakana_name(&a).map_err(|e| e.args());
        let _ = kana_as_typed(&a);
        if let Ok(e) = EmailAddress::parse(&a) {
            prop_assert!(e.as_str().is_ascii());
            let _ = (e.masked(), e.warnings(), e.carrier());
        }
        let born = BirthDate::parse_on("1980/1/21", today()).unwrap();
        let id = LoginId::from_card("7132", "91", "200001").unwrap();
        let email = EmailAddress::parse("taro@example.com").unwrap();
        let ctx = PasswordContext { birth_date: Some(&born), login_id: Some(&id), email: Some(&email) };
        let _ = check_new_password(&a, &ctx, &PasswordPolicy::default());
    }

    #[test]
    fn for_id_is_idempotent(a in typed()) {
        let once = normalize::for_id(&a);
        prop_assert_eq!(normalize::for_id(&once), once);
    }

    #[test]
    fn kana_as_typed_is_idempotent(a in typed()) {
        let once = kana_as_typed(&a);
        prop_assert_eq!(kana_as_typed(&once), once);
    }

    #[test]
    fn katakana_name_is_idempotent(a in typed()) {
        if let Ok(once) = katakana_name(&a) {
            prop_assert_eq!(katakana_name(&once), Ok(once.clone()));
        }
    }

    #[test]
    fn eligibility_symbol_is_idempotent(a in typed()) {
        if let Ok(once) = EligibilitySymbol::parse(&a) {
            prop_assert_eq!(EligibilitySymbol::parse(once.as_str()), Ok(once.clone()));
        }
    }

    #[test]
    fn login_id_shape(prefix in "[0-9０-９]{4}", symbol in typed(), number in typed()) {
        let shape = Regex::new(r"^\d{4}-\d{9}$").unwrap();
        if let Ok(id) = LoginId::from_card(&prefix, &symbol, &number) {
            let s = id.to_string();
            prop_assert!(shape.is_match(&s), "{}", s);
            prop_assert_eq!(LoginId::parse(&s), Ok(id));
        }
    }

    #[test]
    fn login_id_from_digits(symbol in "[0-9]{1,3}", number in "[0-9]{1,6}") {
        let id = LoginId::from_card("7132", &symbol, &number).unwrap();
        prop_assert_eq!(id.digits(), format!("{symbol:0>3}{number:0>6}"));
    }

    #[test]
    fn birth_date_round_trip(y in 1907i32..=2026, m in 1u32..=12, d in 1u32..=31) {
        if let Some(date) = CalendarDate::new(y, m, d)
            && date <= today()
        {
            let born = BirthDate::parse_on(&format!("{y}/{m}/{d}"), today()).unwrap();
            let again = BirthDate::parse_on(&born.to_string(), today()).unwrap();
            prop_assert_eq!(again, born);
            prop_assert_eq!(BirthDate::parse_on(&born.initial_password(), today()).unwrap(), born);
            let (era, era_year) = born.era().unwrap();
            let wareki = format!("{}{}年{}月{}日", era.kanji(), era_year, m, d);
            prop_assert_eq!(BirthDate::parse_on(&wareki, today()).unwrap(), born);
            let letter = format!("{}{}.{}.{}", era.letter(), era_year, m, d);
            prop_assert_eq!(BirthDate::parse_on(&letter, today()).unwrap(), born);
        }
    }
}
