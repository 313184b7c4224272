//! 保険者番号 and the 資格照会 symbol/number.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers may panic

use kenpos_rules::{
    EligibilityError, EligibilityNumber, EligibilitySymbol, InsurerNumber, InsurerNumberError,
    NotThisSociety,
};

#[test]
fn insurer_numbers() {
    for (typed, want) in [
        ("06139984", "06139984"),
        ("33120015", "33120015"),
        ("０６１３９９８４", "06139984"),
        (" 0613 9984\u{3000}", "06139984"),
    ] {
        assert_eq!(InsurerNumber::parse(typed).unwrap().as_str(), want);
    }
    use InsurerNumberError as E;
    for (typed, want) in [
        ("", E::Empty),
        ("  ", E::Empty),
        ("0613998a", E::NotDigits),
        ("06-139984", E::NotDigits),
        ("061399", E::NationalHealthInsurance),
        ("１３８０１５", E::NationalHealthInsurance),
        ("0613998", E::WrongLength { length: 7 }),
        ("061399840", E::WrongLength { length: 9 }),
        ("06139985", E::CheckDigit),
        ("06139948", E::CheckDigit),
        ("33120016", E::CheckDigit),
    ] {
        assert_eq!(InsurerNumber::parse(typed), Err(want), "{typed}");
    }
}

#[test]
fn check_digit_for_every_body() {
    // For a fixed body exactly one last digit passes.
    for body in ["0613998", "3312001", "0000000", "6399999"] {
        let passing: Vec<u32> = (0..10)
            .filter(|d| InsurerNumber::parse(&format!("{body}{d}")).is_ok())
            .collect();
        assert_eq!(passing.len(), 1, "{body}: {passing:?}");
    }
}

#[test]
fn society_numbers() {
    let configured = [InsurerNumber::parse("06139984").unwrap()];
    let mine = InsurerNumber::parse("06139984").unwrap();
    let other = InsurerNumber::parse("33120015").unwrap();
    assert!(mine.is_one_of(&configured));
    assert!(!other.is_one_of(&configured));
    assert_eq!(mine.ensure_one_of(&configured), Ok(()));
    assert_eq!(other.ensure_one_of(&configured), Err(NotThisSociety));
    assert!(mine.is_health_insurance_society());
    assert!(!other.is_health_insurance_society());
    assert_eq!(mine.to_string(), "06139984");
}

#[test]
fn eligibility_symbol_canonical_form() {
    for (typed, want) in [
        ("1234", "1234"),
        ("０９１", "091"),
        ("ﾊﾋﾞ", "ハビ"),
        ("はび", "ハビ"),
        ("ハ ビ", "ハビ"),
        ("ﾊﾟｰ", "パー"),
        ("はー", "ハー"),
        ("は-", "ハー"),
        ("東\u{3000}1", "東1"),
        ("ａｂ１", "AB1"),
        ("ab-1", "AB-1"),
        ("\u{200B}ｶﾞ", "ガ"),
    ] {
        let s = EligibilitySymbol::parse(typed).unwrap_or_else(|e| panic!("{typed}: {e:?}"));
        assert_eq!(s.as_str(), want, "{typed}");
        assert_eq!(
            EligibilitySymbol::parse(want).unwrap(),
            s,
            "idempotent {want}"
        );
    }
    use EligibilityError as E;
    for (typed, want) in [
        ("", E::SymbolEmpty),
        ("\u{3000}", E::SymbolEmpty),
        ("12@", E::SymbolInvalidChar { found: "@".into() }),
        (
            "ハ・ビ",
            E::SymbolInvalidChar {
                found: "・".into()
            },
        ),
        ("06139984", E::InsurerNumberInSymbol),
        ("123456789012345678901", E::SymbolTooLong { max: 20 }),
    ] {
        assert_eq!(EligibilitySymbol::parse(typed), Err(want), "{typed}");
    }
}

#[test]
fn eligibility_number() {
    for (typed, want) in [
        ("4567", "4567"),
        ("004567", "004567"),
        ("０１２３", "0123"),
        ("12 34", "1234"),
        ("0200001", "0200001"),
    ] {
        assert_eq!(EligibilityNumber::parse(typed).unwrap().as_str(), want);
    }
    use EligibilityError as E;
    for (typed, want) in [
        ("", E::NumberEmpty),
        ("12a", E::NumberNotDigits),
        ("1234567", E::NumberTooLong { max: 6 }),
        (
            "4567-01",
            E::NumberWithBranch {
                number: "4567".into(),
            },
        ),
        (
            "20000101",
            E::NumberWithBranch {
                number: "200001".into(),
            },
        ),
        ("06139984", E::InsurerNumberInNumber),
    ] {
        assert_eq!(EligibilityNumber::parse(typed), Err(want), "{typed}");
    }
}
