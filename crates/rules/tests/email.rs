//! Email addresses.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers may panic

use kenpos_rules::{Carrier, EmailAddress, EmailError, EmailWarning};

#[test]
fn accepted() {
    let cases = [
        ("taro@example.com", "taro@example.com"),
        ("  taro@example.com\u{3000}", "taro@example.com"),
        ("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ", "taro@example.com"),
        ("Taro.Yamada@Example.CO.JP", "Taro.Yamada@example.co.jp"),
        (
            "a+b_c-d!#$%&'*/=?^`{|}~@x-y.example.jp",
            "a+b_c-d!#$%&'*/=?^`{|}~@x-y.example.jp",
        ),
        ("a@b.co", "a@b.co"),
        ("ta\u{200B}ro@example.com\u{FEFF}", "taro@example.com"),
    ];
    for (typed, want) in cases {
        let e = EmailAddress::parse(typed).unwrap_or_else(|err| panic!("{typed}: {err:?}"));
        assert_eq!(e.as_str(), want);
        assert_eq!(e.to_string(), want);
        assert!(e.as_str().is_ascii());
    }
    let e = EmailAddress::parse("Taro@Example.com").unwrap();
    assert_eq!(e.local_part(), "Taro");
    assert_eq!(e.domain(), "example.com");
}

#[test]
fn rejected() {
    use EmailError as E;
    let long_local = format!("{}@example.com", "a".repeat(65));
    let long_domain = format!("a@{}.com", "b.".repeat(126));
    let long_label = format!("a@{}.com", "b".repeat(64));
    let cases: Vec<(&str, EmailError)> = vec![
        ("", E::Empty),
        ("\u{3000}", E::Empty),
        ("taro example.com", E::InvalidChar { found: " ".into() }),
        (
            "たろう@example.com",
            E::InvalidChar {
                found: "た".into()
            },
        ),
        (
            "\"taro\"@example.com",
            E::InvalidChar { found: "\"".into() },
        ),
        ("taro(x)@example.com", E::InvalidChar { found: "(".into() }),
        ("taro.example.com", E::MissingAt),
        ("taro@@example.com", E::MultipleAt),
        ("a@b@example.com", E::MultipleAt),
        ("@example.com", E::LocalEmpty),
        (&long_local, E::LocalTooLong { max: 64 }),
        ("taro..hanako@docomo.ne.jp", E::DotsInLocalPart),
        ("taro.@docomo.ne.jp", E::DotsInLocalPart),
        (".taro@ezweb.ne.jp", E::DotsInLocalPart),
        ("taro@", E::DomainEmpty),
        ("taro@gmail", E::DomainMissingDot),
        (&long_domain, E::DomainTooLong { max: 253 }),
        ("taro@example..com", E::DomainInvalid),
        ("taro@.example.com", E::DomainInvalid),
        ("taro@example.com.", E::DomainInvalid),
        ("taro@-example.com", E::DomainInvalid),
        ("taro@example-.com", E::DomainInvalid),
        ("taro@ex_ample.com", E::DomainInvalid),
        ("taro@example.c0m", E::DomainInvalid),
        ("taro@example.c", E::DomainInvalid),
        ("taro@192.168.0.1", E::DomainInvalid),
        (&long_label, E::DomainInvalid),
    ];
    for (typed, want) in cases {
        assert_eq!(EmailAddress::parse(typed), Err(want), "{typed}");
    }
}

#[test]
fn carrier_warnings() {
    let cases = [
        ("a@docomo.ne.jp", Some(Carrier::Docomo)),
        ("a@DOCOMO.NE.JP", Some(Carrier::Docomo)),
        ("a@ezweb.ne.jp", Some(Carrier::Au)),
        ("a@biz.ezweb.ne.jp", Some(Carrier::Au)),
        ("a@au.com", Some(Carrier::Au)),
        ("a@softbank.ne.jp", Some(Carrier::SoftBank)),
        ("a@i.softbank.jp", Some(Carrier::SoftBank)),
        ("a@t.vodafone.ne.jp", Some(Carrier::SoftBank)),
        ("a@k.vodafone.ne.jp", Some(Carrier::SoftBank)),
        ("a@disney.ne.jp", Some(Carrier::SoftBank)),
        ("a@gmail.com", None),
        ("a@notdocomo.ne.jp", None),
        ("a@docomo.ne.jp.example.com", None),
        ("a@icloud.com", None),
    ];
    for (typed, want) in cases {
        let e = EmailAddress::parse(typed).unwrap();
        assert_eq!(e.carrier(), want, "{typed}");
        let warnings: Vec<EmailWarning> = want
            .map(|carrier| EmailWarning::CarrierFiltering { carrier })
            .into_iter()
            .collect();
        assert_eq!(e.warnings(), warnings, "{typed}");
    }
    assert_eq!(Carrier::SoftBank.name(), "SoftBank");
}

#[test]
fn masked() {
    let cases = [
        ("taro@docomo.ne.jp", "ta****@docomo.ne.jp"),
        ("taroyamada1980@gmail.com", "ta****@gmail.com"),
        ("abc@example.com", "a****@example.com"),
        ("a@example.com", "a****@example.com"),
    ];
    for (typed, want) in cases {
        assert_eq!(EmailAddress::parse(typed).unwrap().masked(), want);
    }
}
