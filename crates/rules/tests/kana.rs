//! 氏名カナ.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers may panic

use kenpos_rules::{KanaNameError, kana_as_typed, katakana_name};

#[test]
fn names_are_converted() {
    let cases = [
        ("ケンコウ タロウ", "ケンコウ\u{3000}タロウ"),
        ("けんこう たろう", "ケンコウ\u{3000}タロウ"),
        ("ｹﾝｺｳ ﾀﾛｳ", "ケンコウ\u{3000}タロウ"),
        ("ｹﾝｺｳ　ﾀﾛｳ", "ケンコウ\u{3000}タロウ"),
        ("  けんこう \u{3000}  たろう  ", "ケンコウ\u{3000}タロウ"),
        ("ｶﾞｯｺｳ ﾊﾟﾊﾟ", "ガッコウ\u{3000}パパ"),
        ("ｳﾞｨｸﾄﾙ", "ヴィクトル"),
        ("ゔぃくとる", "ヴィクトル"),
        ("か\u{3099}", "ガ"),
        ("カ゛", "ガ"),
        ("ら-めん", "ラーメン"),
        ("ﾗｰﾒﾝ", "ラーメン"),
        ("ら―めん", "ラーメン"),
        ("ら－めん", "ラーメン"),
        ("ら−めん", "ラーメン"),
        ("ジョン・スミス", "ジョン・スミス"),
        ("ｼﾞｮﾝ･ｽﾐｽ", "ジョン・スミス"),
        ("タロウ", "タロウ"),
        ("ヤマダ\u{200B}タロウ", "ヤマダタロウ"),
        ("ゝゞ", "ヽヾ"),
    ];
    for (typed, want) in cases {
        assert_eq!(katakana_name(typed).as_deref(), Ok(want), "{typed}");
        assert_eq!(
            katakana_name(want).as_deref(),
            Ok(want),
            "idempotent {want}"
        );
    }
}

#[test]
fn non_kana_is_refused() {
    use KanaNameError as E;
    let cases = [
        ("", E::Empty),
        (" \u{3000} ", E::Empty),
        ("ramen", E::Latin { found: "r".into() }),
        ("ヤマダ Taro", E::Latin { found: "T".into() }),
        (
            "ＴＡＲＯ",
            E::Latin {
                found: "Ｔ".into()
            },
        ),
        ("José", E::Latin { found: "J".into() }),
        (
            "健康 太郎",
            E::Kanji {
                found: "健".into()
            },
        ),
        (
            "ヤマ々",
            E::Kanji {
                found: "々".into()
            },
        ),
        ("タロウ2", E::Digit { found: "2".into() }),
        (
            "タロウ２",
            E::Digit {
                found: "２".into()
            },
        ),
        ("タロウ!", E::Symbol { found: "!".into() }),
        ("-タロウ", E::Symbol { found: "-".into() }),
        (
            "ﾞア",
            E::Symbol {
                found: "゛".into()
            },
        ),
        (
            "タロウ㈱",
            E::Symbol {
                found: "㈱".into()
            },
        ),
    ];
    for (typed, want) in cases {
        assert_eq!(katakana_name(typed), Err(want), "{typed}");
    }
}

#[test]
fn as_typed_is_lenient() {
    let cases = [
        ("やまだ", "ヤマダ"),
        ("ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダ タロウ"),
        ("abc", "abc"),
        ("山田たろう", "山田タロウ"),
        ("ら-", "ラー"),
        ("-", "-"),
        ("ﾞ", "゛"),
        ("", ""),
        ("ｶﾞ", "ガ"),
    ];
    for (typed, want) in cases {
        assert_eq!(kana_as_typed(typed), want, "{typed}");
    }
}
