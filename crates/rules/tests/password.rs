//! New password checks.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers may panic

use kenpos_rules::{
    BirthDate, CalendarDate, EmailAddress, LoginId, PasswordContext, PasswordPolicy,
    PasswordWeakness, check_new_password,
};

struct Member {
    born: BirthDate,
    id: LoginId,
    email: EmailAddress,
}

fn member() -> Member {
    Member {
        born: BirthDate::parse_on("1980-01-21", CalendarDate::new(2026, 11, 25).unwrap()).unwrap(),
        id: LoginId::from_card("7132", "91", "200001").unwrap(),
        email: EmailAddress::parse("kenkotaro@docomo.ne.jp").unwrap(),
    }
}

fn check(password: &str) -> Vec<PasswordWeakness> {
    let m = member();
    let ctx = PasswordContext {
        birth_date: Some(&m.born),
        login_id: Some(&m.id),
        email: Some(&m.email),
    };
    check_new_password(password, &ctx, &PasswordPolicy::default())
}

#[test]
fn acceptable() {
    for p in [
        "correct horse battery staple",
        "月曜日は図書館で本を三冊借りる",
        "purple-otter-drinks-tea-47",
        "Xk7#pQ2!vL9@",
        "   spaces   are   fine   here   ",
    ] {
        assert_eq!(check(p), vec![], "{p}");
    }
}

#[test]
fn weaknesses() {
    use PasswordWeakness as W;
    let cases: Vec<(&str, Vec<PasswordWeakness>)> = vec![
        ("", vec![W::TooShort { min: 8 }]),
        ("abc", vec![W::TooShort { min: 8 }]),
        ("あいうえおかき", vec![W::TooShort { min: 8 }]),
        ("19800121", vec![W::BirthDate]),
        ("１９８００１２１", vec![W::BirthDate]),
        ("1980/01/21", vec![W::BirthDate]),
        ("zebra800121moon", vec![W::BirthDate]),
        ("01211980tiger!", vec![W::BirthDate]),
        ("21011980tiger!", vec![W::BirthDate]),
        ("S550121-tiger-moon", vec![W::BirthDate]),
        ("xq091200001zz", vec![W::LoginIdDigits]),
        ("tiger200001moon", vec![W::LoginIdDigits]),
        ("KENPOS-is-great-2030", vec![W::ServiceName]),
        ("ＫＥＮＰＯＳ river stone", vec![W::ServiceName]),
        ("けんぽすだいすきです", vec![W::ServiceName]),
        ("kenkotaro-blue-sky", vec![W::EmailLocalPart]),
        ("password", vec![W::Guessable]),
        ("password1", vec![W::Guessable]),
        ("qwertyuiop", vec![W::Guessable]),
        ("11111111", vec![W::Guessable]),
        ("12345678", vec![W::Guessable]),
        ("kenpos", vec![W::TooShort { min: 8 }, W::ServiceName]),
    ];
    for (p, want) in cases {
        assert_eq!(check(p), want, "{p}");
    }
}

#[test]
fn policy_and_context() {
    let policy = PasswordPolicy {
        min_len: 4,
        max_len: 10,
    };
    let none = PasswordContext::default();
    assert_eq!(
        check_new_password("a much longer password", &none, &policy),
        vec![PasswordWeakness::TooLong { max: 10 }]
    );
    assert_eq!(
        check_new_password("19800121", &none, &PasswordPolicy::default()),
        vec![PasswordWeakness::Guessable]
    );
    assert_eq!(
        PasswordPolicy::default(),
        PasswordPolicy {
            min_len: 8,
            max_len: 128
        }
    );
    let long = "ab".repeat(100);
    assert_eq!(
        check_new_password(&long, &none, &PasswordPolicy::default()),
        vec![PasswordWeakness::TooLong { max: 128 }]
    );
    // Characters, not bytes: 8 kana are 24 bytes but 8 characters.
    assert!(
        !check_new_password("みどりのそらとうみ", &none, &PasswordPolicy::default())
            .contains(&PasswordWeakness::TooShort { min: 8 })
    );
}
