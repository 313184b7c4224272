//! One sample of every error and warning variant, checked to be exhaustive.

use std::collections::BTreeSet;

use kenpos_rules::{
    BirthDateError, Carrier, EligibilityError, EmailError, EmailWarning, Era, Explain,
    InsurerNumberError, KanaNameError, LoginIdError, LoginIdField, NotThisSociety,
    PasswordWeakness,
};

// Exhaustive variant indexes: a new variant fails to compile here until listed,
// and the test below fails until a sample of it is added to `samples()`.
fn login_index(e: &LoginIdError) -> usize {
    match e {
        LoginIdError::PrefixInvalid => 0,
        LoginIdError::SymbolEmpty => 1,
        LoginIdError::NumberEmpty => 2,
        LoginIdError::SymbolNotDigits => 3,
        LoginIdError::NumberNotDigits => 4,
        LoginIdError::SymbolTooLong { .. } => 5,
        LoginIdError::NumberTooLong { .. } => 6,
        LoginIdError::NumberWithBranch { .. } => 7,
        LoginIdError::InsurerNumberInField { .. } => 8,
        LoginIdError::IdEmpty => 9,
        LoginIdError::IdMalformed { prefix: None } => 10,
        LoginIdError::IdMalformed { prefix: Some(_) } => 12,
        LoginIdError::IdWrongPrefix { .. } => 11,
    }
}
const LOGIN_COUNT: usize = 13;

fn eligibility_index(e: &EligibilityError) -> usize {
    match e {
        EligibilityError::SymbolEmpty => 0,
        EligibilityError::SymbolInvalidChar { .. } => 1,
        EligibilityError::SymbolTooLong { .. } => 2,
        EligibilityError::NumberEmpty => 3,
        EligibilityError::NumberNotDigits => 4,
        EligibilityError::NumberTooLong { .. } => 5,
        EligibilityError::NumberWithBranch { .. } => 6,
        EligibilityError::InsurerNumberInSymbol => 7,
        EligibilityError::InsurerNumberInNumber => 8,
    }
}
const ELIGIBILITY_COUNT: usize = 9;

fn insurer_index(e: &InsurerNumberError) -> usize {
    match e {
        InsurerNumberError::Empty => 0,
        InsurerNumberError::NotDigits => 1,
        InsurerNumberError::NationalHealthInsurance => 2,
        InsurerNumberError::WrongLength { .. } => 3,
        InsurerNumberError::CheckDigit => 4,
    }
}
const INSURER_COUNT: usize = 5;

fn birth_index(e: &BirthDateError) -> usize {
    match e {
        BirthDateError::Empty => 0,
        BirthDateError::Unrecognized => 1,
        BirthDateError::NoEraOrCentury => 2,
        BirthDateError::EraYearZero => 3,
        BirthDateError::InvalidMonth { .. } => 4,
        BirthDateError::ImpossibleDay { .. } => 5,
        BirthDateError::OutsideEra { .. } => 6,
        BirthDateError::Future => 7,
        BirthDateError::TooOld { .. } => 8,
    }
}
const BIRTH_COUNT: usize = 9;

fn kana_index(e: &KanaNameError) -> usize {
    match e {
        KanaNameError::Empty => 0,
        KanaNameError::Latin { .. } => 1,
        KanaNameError::Kanji { .. } => 2,
        KanaNameError::Digit { .. } => 3,
        KanaNameError::Symbol { .. } => 4,
    }
}
const KANA_COUNT: usize = 5;

fn email_index(e: &EmailError) -> usize {
    match e {
        EmailError::Empty => 0,
        EmailError::InvalidChar { .. } => 1,
        EmailError::MissingAt => 2,
        EmailError::MultipleAt => 3,
        EmailError::LocalEmpty => 4,
        EmailError::LocalTooLong { .. } => 5,
        EmailError::DotsInLocalPart => 6,
        EmailError::DomainEmpty => 7,
        EmailError::DomainMissingDot => 8,
        EmailError::DomainTooLong { .. } => 9,
        EmailError::DomainInvalid => 10,
    }
}
const EMAIL_COUNT: usize = 11;

fn warning_index(w: &EmailWarning) -> usize {
    match w {
        EmailWarning::CarrierFiltering {
            carrier: Carrier::Docomo,
        } => 0,
        EmailWarning::CarrierFiltering {
            carrier: Carrier::Au,
        } => 1,
        EmailWarning::CarrierFiltering {
            carrier: Carrier::SoftBank,
        } => 2,
    }
}
const WARNING_COUNT: usize = 3;

fn password_index(w: &PasswordWeakness) -> usize {
    match w {
        PasswordWeakness::TooShort { .. } => 0,
        PasswordWeakness::TooLong { .. } => 1,
        PasswordWeakness::BirthDate => 2,
        PasswordWeakness::LoginIdDigits => 3,
        PasswordWeakness::ServiceName => 4,
        PasswordWeakness::EmailLocalPart => 5,
        PasswordWeakness::Guessable => 6,
    }
}
const PASSWORD_COUNT: usize = 7;

fn assert_all<T>(samples: &[T], index: fn(&T) -> usize, count: usize, name: &str) {
    let seen: BTreeSet<usize> = samples.iter().map(index).collect();
    let all: BTreeSet<usize> = (0..count).collect();
    assert_eq!(seen, all, "{name}: a variant has no sample");
}

pub fn samples() -> Vec<Box<dyn Explain>> {
    let login = vec![
        LoginIdError::PrefixInvalid,
        LoginIdError::SymbolEmpty,
        LoginIdError::NumberEmpty,
        LoginIdError::SymbolNotDigits,
        LoginIdError::NumberNotDigits,
        LoginIdError::SymbolTooLong { max: 3 },
        LoginIdError::NumberTooLong { max: 6 },
        LoginIdError::NumberWithBranch {
            number: "200001".into(),
        },
        LoginIdError::InsurerNumberInField {
            field: LoginIdField::Symbol,
        },
        LoginIdError::InsurerNumberInField {
            field: LoginIdField::Number,
        },
        LoginIdError::IdEmpty,
        LoginIdError::IdMalformed { prefix: None },
        LoginIdError::IdMalformed {
            prefix: Some("7132".into()),
        },
        LoginIdError::IdWrongPrefix {
            prefix: "7132".into(),
        },
    ];
    assert_all(&login, login_index, LOGIN_COUNT, "LoginIdError");
    let eligibility = vec![
        EligibilityError::SymbolEmpty,
        EligibilityError::SymbolInvalidChar { found: "@".into() },
        EligibilityError::SymbolTooLong { max: 20 },
        EligibilityError::NumberEmpty,
        EligibilityError::NumberNotDigits,
        EligibilityError::NumberTooLong { max: 6 },
        EligibilityError::NumberWithBranch {
            number: "4567".into(),
        },
        EligibilityError::InsurerNumberInSymbol,
        EligibilityError::InsurerNumberInNumber,
    ];
    assert_all(
        &eligibility,
        eligibility_index,
        ELIGIBILITY_COUNT,
        "EligibilityError",
    );
    let insurer = vec![
        InsurerNumberError::Empty,
        InsurerNumberError::NotDigits,
        InsurerNumberError::NationalHealthInsurance,
        InsurerNumberError::WrongLength { length: 7 },
        InsurerNumberError::CheckDigit,
    ];
    assert_all(&insurer, insurer_index, INSURER_COUNT, "InsurerNumberError");
    let mut birth = vec![
        BirthDateError::Empty,
        BirthDateError::Unrecognized,
        BirthDateError::NoEraOrCentury,
        BirthDateError::EraYearZero,
        BirthDateError::InvalidMonth { month: 13 },
        BirthDateError::ImpossibleDay { month: 2, day: 30 },
        BirthDateError::Future,
        BirthDateError::TooOld { max_age: 120 },
    ];
    for given in Era::ALL {
        for era in Era::ALL {
            birth.push(BirthDateError::OutsideEra {
                given,
                era,
                era_year: 1,
                year: 2019,
                month: 5,
                day: 1,
            });
        }
    }
    assert_all(&birth, birth_index, BIRTH_COUNT, "BirthDateError");
    let kana = vec![
        KanaNameError::Empty,
        KanaNameError::Latin { found: "T".into() },
        KanaNameError::Kanji {
            found: "健".into()
        },
        KanaNameError::Digit { found: "1".into() },
        KanaNameError::Symbol { found: "!".into() },
    ];
    assert_all(&kana, kana_index, KANA_COUNT, "KanaNameError");
    let email = vec![
        EmailError::Empty,
        EmailError::InvalidChar { found: " ".into() },
        EmailError::MissingAt,
        EmailError::MultipleAt,
        EmailError::LocalEmpty,
        EmailError::LocalTooLong { max: 64 },
        EmailError::DotsInLocalPart,
        EmailError::DomainEmpty,
        EmailError::DomainMissingDot,
        EmailError::DomainTooLong { max: 253 },
        EmailError::DomainInvalid,
    ];
    assert_all(&email, email_index, EMAIL_COUNT, "EmailError");
    let warnings = vec![
        EmailWarning::CarrierFiltering {
            carrier: Carrier::Docomo,
        },
        EmailWarning::CarrierFiltering {
            carrier: Carrier::Au,
        },
        EmailWarning::CarrierFiltering {
            carrier: Carrier::SoftBank,
        },
    ];
    assert_all(&warnings, warning_index, WARNING_COUNT, "EmailWarning");
    let password = vec![
        PasswordWeakness::TooShort { min: 8 },
        PasswordWeakness::TooLong { max: 128 },
        PasswordWeakness::BirthDate,
        PasswordWeakness::LoginIdDigits,
        PasswordWeakness::ServiceName,
        PasswordWeakness::EmailLocalPart,
        PasswordWeakness::Guessable,
    ];
    assert_all(
        &password,
        password_index,
        PASSWORD_COUNT,
        "PasswordWeakness",
    );

    let mut all: Vec<Box<dyn Explain>> = Vec::new();
    all.extend(login.into_iter().map(|e| Box::new(e) as Box<dyn Explain>));
    all.extend(
        eligibility
            .into_iter()
            .map(|e| Box::new(e) as Box<dyn Explain>),
    );
    all.extend(insurer.into_iter().map(|e| Box::new(e) as Box<dyn Explain>));
    all.push(Box::new(NotThisSociety));
    all.extend(birth.into_iter().map(|e| Box::new(e) as Box<dyn Explain>));
    all.extend(kana.into_iter().map(|e| Box::new(e) as Box<dyn Explain>));
    all.extend(email.into_iter().map(|e| Box::new(e) as Box<dyn Explain>));
    all.extend(
        warnings
            .into_iter()
            .map(|e| Box::new(e) as Box<dyn Explain>),
    );
    all.extend(
        password
            .into_iter()
            .map(|e| Box::new(e) as Box<dyn Explain>),
    );
    all
}
