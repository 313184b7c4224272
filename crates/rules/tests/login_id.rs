//! Login ID rules (member guide) and the 記号・番号 traps.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers may panic

use kenpos_rules::{LoginId, LoginIdError, LoginIdField, normalize};

#[test]
fn guide_examples_and_normalisation() {
    let ok = [
        ("7132", "91", "200001", "7132-091200001"),
        ("7132", "123", "4567", "7132-123004567"),
        ("7132", "091", "200001", "7132-091200001"),
        ("7132", "091", "004567", "7132-091004567"),
        ("7132", "0091", "0200001", "7132-091200001"),
        ("7132", "０９１", "２００００１", "7132-091200001"),
        ("7132", " 9 1 ", "200\u{3000}001", "7132-091200001"),
        ("7132", "1", "1", "7132-001000001"),
        ("7132", "91\u{200B}", "\u{FEFF}200001", "7132-091200001"),
        ("７１３２", "91", "200001", "7132-091200001"),
        ("7132", "91", "00200001", "7132-091200001"),
    ];
    for (prefix, symbol, number, want) in ok {
        let id = LoginId::from_card(prefix, symbol, number)
            .unwrap_or_else(|e| panic!("{symbol} {number}: {e:?}"));
        assert_eq!(id.to_string(), want);
        assert_eq!(id.prefix(), "7132");
        assert_eq!(id.digits(), &want[5..]);
        assert_eq!(id.number_digits(), &want[8..]);
    }
}

#[test]
fn errors_name_the_field() {
    use LoginIdError as E;
    let cases: [(&str, &str, &str, LoginIdError, LoginIdField); 17] = [
        ("713", "91", "1", E::PrefixInvalid, LoginIdField::Prefix),
        ("71a2", "91", "1", E::PrefixInvalid, LoginIdField::Prefix),
        ("7132", "", "200001", E::SymbolEmpty, LoginIdField::Symbol),
        (
            "7132",
            " \u{3000}",
            "200001",
            E::SymbolEmpty,
            LoginIdField::Symbol,
        ),
        ("7132", "91", "", E::NumberEmpty, LoginIdField::Number),
        (
            "7132",
            "ハビ",
            "200001",
            E::SymbolNotDigits,
            LoginIdField::Symbol,
        ),
        (
            "7132",
            "東9",
            "200001",
            E::SymbolNotDigits,
            LoginIdField::Symbol,
        ),
        (
            "7132",
            "1234",
            "200001",
            E::SymbolTooLong { max: 3 },
            LoginIdField::Symbol,
        ),
        (
            "7132",
            "91",
            "20000a",
            E::NumberNotDigits,
            LoginIdField::Number,
        ),
        (
            "7132",
            "91",
            "1234567",
            E::NumberTooLong { max: 6 },
            LoginIdField::Number,
        ),
        (
            "7132",
            "91",
            "123456789",
            E::NumberTooLong { max: 6 },
            LoginIdField::Number,
        ),
        (
            "7132",
            "91",
            "20000101",
            E::NumberWithBranch {
                number: "200001".into(),
            },
            LoginIdField::Number,
        ),
        (
            "7132",
            "91",
            "4567ー01",
            E::NumberWithBranch {
                number: "004567".into(),
            },
            LoginIdField::Number,
        ),
        (
            "7132",
            "91",
            "２００００１－０２",
            E::NumberWithBranch {
                number: "200001".into(),
            },
            LoginIdField::Number,
        ),
        (
            "7132",
            "91",
            "06139984",
            E::InsurerNumberInField {
                field: LoginIdField::Number,
            },
            LoginIdField::Number,
        ),
        (
            "7132",
            "06139984",
            "200001",
            E::InsurerNumberInField {
                field: LoginIdField::Symbol,
            },
            LoginIdField::Symbol,
        ),
        (
            "7132",
            "91",
            "６３１３９９８４",
            E::InsurerNumberInField {
                field: LoginIdField::Number,
            },
            LoginIdField::Number,
        ),
    ];
    for (prefix, symbol, number, want, field) in cases {
        let got = LoginId::from_card(prefix, symbol, number).unwrap_err();
        assert_eq!(got, want, "{prefix} {symbol} {number}");
        assert_eq!(got.field(), field);
    }
}

#[test]
fn eight_digits_failing_the_insurer_check_read_as_branch() {
    // 06139985 has a wrong check digit: not an insurer number, so number + 枝番.
    assert_eq!(
        LoginId::from_card("7132", "91", "06139985").unwrap_err(),
        LoginIdError::NumberWithBranch {
            number: "061399".into()
        }
    );
    // 33120015 passes the check but is not a society (06/63) number.
    assert_eq!(
        LoginId::from_card("7132", "91", "33120015").unwrap_err(),
        LoginIdError::NumberWithBranch {
            number: "331200".into()
        }
    );
}

#[test]
fn parse_whole_id() {
    for typed in [
        "7132-091200001",
        "7132091200001",
        "７１３２－０９１２００００１",
        "7132ー091200001",
        "7132―091200001",
        "7132‐091200001",
        "7132−091200001",
        " 7132 - 091200001 ",
        "7132-091-200001",
    ] {
        let id = LoginId::parse(typed).unwrap_or_else(|e| panic!("{typed}: {e:?}"));
        assert_eq!(id.to_string(), "7132-091200001", "{typed}");
    }
    assert_eq!(LoginId::parse(""), Err(LoginIdError::IdEmpty));
    for bad in [
        "7132-09120000",
        "713-2091200001",
        "7132-09120000a",
        "091200001",
        "abc",
    ] {
        assert_eq!(
            LoginId::parse(bad),
            Err(LoginIdError::IdMalformed { prefix: None }),
            "{bad}"
        );
        if bad != "091200001" {
            assert_eq!(
                LoginId::parse_for("0421", bad),
                Err(LoginIdError::IdMalformed {
                    prefix: Some("0421".into())
                }),
                "{bad}: the society's prefix travels with the error"
            );
        }
    }
    assert_eq!(
        LoginId::parse_for("7132", "091200001").unwrap().to_string(),
        "7132-091200001"
    );
    assert_eq!(
        LoginId::parse_for("7132", "8000-091200001"),
        Err(LoginIdError::IdWrongPrefix {
            prefix: "7132".into()
        })
    );
    assert_eq!(
        LoginId::parse_for("71", "091200001"),
        Err(LoginIdError::PrefixInvalid)
    );
}

#[test]
fn normalize_for_id() {
    let cases = [
        ("１２３ＡＢＣ", "123ABC"),
        ("1‐2‑3‒4–5—6―7−8ー9－0ｰ1﹣2-3", "1-2-3-4-5-6-7-8-9-0-1-2-3"),
        (
            " 1\u{3000}2\t3\n4\u{200B}5\u{200C}6\u{200D}7\u{2060}8\u{FEFF}9",
            "123456789",
        ),
        ("㍼55", "昭和55"),
        ("", ""),
    ];
    for (input, want) in cases {
        assert_eq!(normalize::for_id(input), want, "{input:?}");
        assert_eq!(normalize::for_id(want), want);
    }
}
