//! Family / voluntary path: eligibility, signup, email, verify, login with email.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use kenpos_client::contract::*;
use kenpos_client::{ClientError, IdempotencyKey};

fn elig(symbol: &str, number: &str, insurer: &str) -> EligibilityRequest {
    EligibilityRequest {
        symbol: symbol.into(),
        number: number.into(),
        insurer_number: insurer.into(),
        document_type: DocumentType::EligibilityNotice,
    }
}

fn consent() -> ConsentVersions {
    ConsentVersions {
        privacy_version: "2026-04-01".into(),
        terms_version: "2026-04-01".into(),
    }
}

fn hanako(token: &Secret) -> SignupRequest {
    SignupRequest {
        eligibility_token: token.clone(),
        name_kana: "ケンコウ　ハナコ".into(),
        birth_date: "2002-05-10".into(),
        email: "hanako@example.jp".into(),
        password: Secret::new("sakura-spring-7"),
        newsletter: false,
        consent: consent(),
    }
}

#[tokio::test]
async fn eligibility_matches_canonical_forms() {
    let h = common::start().await;
    for (s, n, i) in [
        ("91", "200001", "06139984"),
        ("091", "0200001", "06139984"),               // leading zeros
        ("９１", "２００００１", "０６１３９９８４"), // full-width
        (" 9 1 ", "200 001", "06139984"),             // spaces
        ("ハビ", "123456", "06139984"),               // kana symbol (paper certificate)
        ("はび", "0123456", "06139984"),              // hiragana
        ("ﾊﾋﾞ", "123456", "06139984"),                 // half-width kana
        ("500", "12345", "06139984"),                 // 任意継続
        ("1", "700001", "63139984"),                  // 特例退職 insurer
    ] {
        let r = h.client.check_eligibility(&elig(s, n, i)).await;
        assert!(r.is_ok(), "{s} {n} {i}: {r:?}");
    }
}

#[tokio::test]
async fn eligibility_errors() {
    let h = common::start().await;
    let e = h
        .client
        .check_eligibility(&elig("300", "300001", "06139984"))
        .await
        .unwrap_err();
    assert_eq!(
        e,
        ClientError::Rejected {
            code: ErrorCode::EligibilityAlreadyRegistered
        }
    );
    assert_eq!(e.message_id(), "backend-eligibility-already-registered");
    // an insured person with no dependents: nobody left to sign up
    let e = h
        .client
        .check_eligibility(&elig("123", "4567", "06139984"))
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some(ErrorCode::EligibilityAlreadyRegistered));
    // bad check digit / not digits → field errors
    let e = h
        .client
        .check_eligibility(&elig("91", "20000102", "06139985"))
        .await
        .unwrap_err();
    assert_eq!(
        e,
        ClientError::Validation {
            code: ErrorCode::ValidationFailed,
            fields: vec![FieldError::new(
                "insurer_number",
                FieldCode::InsurerNumberInvalid
            )]
        }
    );
    let e = h
        .client
        .check_eligibility(&elig("", "12a", "06139984"))
        .await
        .unwrap_err();
    let ClientError::Validation { fields, .. } = e else {
        panic!()
    };
    assert_eq!(
        fields,
        vec![
            FieldError::new("symbol", FieldCode::Required),
            FieldError::new("number", FieldCode::NumberInvalid)
        ]
    );
    // no match is neutral, and repeated no-match is throttled per device
    for _ in 0..5 {
        let e = h
            .client
            .check_eligibility(&elig("91", "999999", "06139984"))
            .await
            .unwrap_err();
        assert_eq!(
            e,
            ClientError::Rejected {
                code: ErrorCode::EligibilityNoMatch
            }
        );
    }
    let e = h
        .client
        .check_eligibility(&elig("91", "200001", "06139984"))
        .await
        .unwrap_err();
    assert!(matches!(e, ClientError::Throttled { retry_after_secs } if retry_after_secs > 0));
    h.clock.advance(time::Duration::minutes(16));
    assert!(
        h.client
            .check_eligibility(&elig("91", "200001", "06139984"))
            .await
            .is_ok()
    );
}

#[tokio::test]
async fn family_signup_to_login_with_email() {
    let h = common::start().await;
    let token = h
        .client
        .check_eligibility(&elig("91", "200001", "06139984"))
        .await
        .unwrap()
        .eligibility_token;

    let mut wrong = hanako(&token);
    wrong.birth_date = "2002-05-11".into();
    assert_eq!(
        h.client
            .signup(&wrong, &IdempotencyKey::new())
            .await
            .unwrap_err(),
        ClientError::Rejected {
            code: ErrorCode::SignupPersonNotFound
        }
    );
    let mut insured = hanako(&token);
    insured.name_kana = "ケンコウ タロウ".into();
    insured.birth_date = "2000-01-21".into();
    assert_eq!(
        h.client
            .signup(&insured, &IdempotencyKey::new())
            .await
            .unwrap_err()
            .code(),
        Some(ErrorCode::SignupPersonNotFound)
    );

    let mut taken = hanako(&token);
    taken.email = "Michiko@Example.jp".into();
    let e = h
        .client
        .signup(&taken, &IdempotencyKey::new())
        .await
        .unwrap_err();
    assert_eq!(
        e,
        ClientError::Validation {
            code: ErrorCode::ValidationFailed,
            fields: vec![FieldError::new("email", FieldCode::EmailTaken)]
        }
    );

    let mut bad = hanako(&token);
    bad.name_kana = "Hanako".into();
    bad.birth_date = "2002-02-30".into();
    bad.password = Secret::new("20020510");
    let ClientError::Validation { fields, .. } = h
        .client
        .signup(&bad, &IdempotencyKey::new())
        .await
        .unwrap_err()
    else {
        panic!()
    };
    assert_eq!(
        fields,
        vec![
            FieldError::new("name_kana", FieldCode::NameKanaInvalid),
            FieldError::new("birth_date", FieldCode::BirthDateInvalid),
            // The birth date is not known (invalid), but eight digits of a date are
            // easy to guess on their own.
            FieldError::new("password", FieldCode::PasswordGuessable)
        ]
    );
    let mut bd = hanako(&token);
    bd.password = Secret::new("20020510");
    let ClientError::Validation { fields, .. } = h
        .client
        .signup(&bd, &IdempotencyKey::new())
        .await
        .unwrap_err()
    else {
        panic!()
    };
    assert_eq!(
        fields,
        vec![FieldError::new("password", FieldCode::PasswordIsBirthDate)]
    );

    let mut stale = hanako(&token);
    stale.consent.terms_version = "2019-01-01".into();
    let e = h
        .client
        .signup(&stale, &IdempotencyKey::new())
        .await
        .unwrap_err();
    assert_eq!(
        e,
        ClientError::Validation {
            code: ErrorCode::ConsentOutdated,
            fields: vec![FieldError::new(
                "consent.terms_version",
                FieldCode::ConsentVersionStale
            )]
        }
    );

    // hiragana name is accepted
    let mut ok = hanako(&token);
    ok.name_kana = "けんこう はなこ".into();
    let sent = h.client.signup(&ok, &IdempotencyKey::new()).await.unwrap();
    assert_eq!(sent.masked_email, "ha***@example.jp");
    assert_eq!(h.outbox().len(), 1);
    // not active before verification
    assert_eq!(
        h.login("hanako@example.jp", "sakura-spring-7")
            .await
            .unwrap_err()
            .code(),
        Some(ErrorCode::LoginFailed)
    );
    let v = h
        .client
        .verify(&h.last_link_token(OutboxKind::Verify, "hanako@example.jp"))
        .await
        .unwrap();
    assert_eq!(v.login_id, "hanako@example.jp");
    let login = h
        .login(" HANAKO@example.jp ", "sakura-spring-7")
        .await
        .unwrap();
    assert!(!login.first_login && !login.initial_password);
    // the household is now fully registered
    let e = h
        .client
        .check_eligibility(&elig("91", "200001", "06139984"))
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some(ErrorCode::EligibilityAlreadyRegistered));
}

#[tokio::test]
async fn eligibility_token_expires() {
    let h = common::start().await;
    let token = h
        .client
        .check_eligibility(&elig("500", "12345", "06139984"))
        .await
        .unwrap()
        .eligibility_token;
    h.clock.advance(time::Duration::minutes(31));
    let mut req = hanako(&token);
    req.name_kana = "ニンイ ケイコ".into();
    req.birth_date = "1965-04-01".into();
    let e = h
        .client
        .signup(&req, &IdempotencyKey::new())
        .await
        .unwrap_err();
    assert_eq!(
        e,
        ClientError::Expired {
            code: ErrorCode::EligibilityExpired
        }
    );
}

#[tokio::test]
async fn resend_invalidates_the_earlier_link_and_is_rate_limited() {
    let h = common::start().await;
    let token = h
        .client
        .check_eligibility(&elig("ハビ", "123456", "06139984"))
        .await
        .unwrap()
        .eligibility_token;
    let mut req = hanako(&token);
    req.name_kana = "カミ サチコ".into();
    req.birth_date = "1958-11-03".into();
    req.email = "sachiko@example.jp".into();
    let sent = h.client.signup(&req, &IdempotencyKey::new()).await.unwrap();
    let first = h.last_link_token(OutboxKind::Verify, "sachiko@example.jp");

    let e = h
        .client
        .resend_email(&sent.resend_token, &IdempotencyKey::new())
        .await
        .unwrap_err();
    assert!(
        matches!(
            e,
            ClientError::Throttled {
                retry_after_secs: 1..=60
            }
        ),
        "{e:?}"
    );
    h.clock.advance(time::Duration::seconds(61));
    let again = h
        .client
        .resend_email(&sent.resend_token, &IdempotencyKey::new())
        .await
        .unwrap();
    assert_eq!(again.masked_email, sent.masked_email);
    assert_eq!(h.outbox().len(), 2);
    let second = h.last_link_token(OutboxKind::Verify, "sachiko@example.jp");
    assert_ne!(first, second);

    assert_eq!(
        h.client.verify(&first).await.unwrap_err(),
        ClientError::Rejected {
            code: ErrorCode::LinkInvalid
        }
    );
    h.client.verify(&second).await.unwrap();
    assert!(
        h.login("sachiko@example.jp", "sakura-spring-7")
            .await
            .is_ok()
    );
    h.clock.advance(time::Duration::seconds(61));
    let e = h
        .client
        .resend_email(&sent.resend_token, &IdempotencyKey::new())
        .await
        .unwrap_err();
    assert_eq!(
        e,
        ClientError::Rejected {
            code: ErrorCode::ResendInvalid
        }
    );
}

#[tokio::test]
async fn idempotent_retries_register_once_and_send_once() {
    let h = common::start().await;
    let token = h
        .client
        .check_eligibility(&elig("1", "700001", "63139984"))
        .await
        .unwrap()
        .eligibility_token;
    let mut req = hanako(&token);
    req.name_kana = "タイショク ゴロウ".into();
    req.birth_date = "1955-08-08".into();
    req.email = "goro@example.jp".into();
    let key = IdempotencyKey::new();
    let a = h.client.signup(&req, &key).await.unwrap();
    let b = h.client.signup(&req, &key).await.unwrap();
    assert_eq!(a.expires_at, b.expires_at);
    assert_eq!(a.resend_token, b.resend_token);
    assert_eq!(h.outbox().len(), 1);
    // same key, different body
    req.newsletter = true;
    let e = h.client.signup(&req, &key).await.unwrap_err();
    assert_eq!(
        e,
        ClientError::Rejected {
            code: ErrorCode::IdempotencyKeyReused
        }
    );
    assert_eq!(e.message_id(), "backend-idempotency-key-reused");
    // onboarding send-email too
    let login = h.login("7132-091200001", "20000121").await.unwrap();
    h.client
        .record_consent(&login.session, &consent())
        .await
        .unwrap();
    let setup = OnboardingSetupRequest {
        email: "taro@example.jp".into(),
        new_password: None,
        newsletter: false,
    };
    h.client
        .onboarding_setup(&login.session, &setup)
        .await
        .unwrap();
    let k2 = IdempotencyKey::new();
    h.client
        .send_onboarding_email(&login.session, &k2)
        .await
        .unwrap();
    h.client
        .send_onboarding_email(&login.session, &k2)
        .await
        .unwrap();
    assert_eq!(h.outbox().len(), 2);
    // verify → one account
    h.client
        .verify(&h.last_link_token(OutboxKind::Verify, "goro@example.jp"))
        .await
        .unwrap();
    assert!(h.login("goro@example.jp", "sakura-spring-7").await.is_ok());
}

#[tokio::test]
async fn concurrent_duplicates_register_once() {
    let h = common::start().await;
    let token = h
        .client
        .check_eligibility(&elig("500", "12345", "06139984"))
        .await
        .unwrap()
        .eligibility_token;
    let mut req = hanako(&token);
    req.name_kana = "ニンイ ケイコ".into();
    req.birth_date = "1965-04-01".into();
    req.email = "keiko@example.jp".into();
    let key = IdempotencyKey::new();
    let (a, b) = tokio::join!(h.client.signup(&req, &key), h.client.signup(&req, &key));
    assert_eq!(a.unwrap().resend_token, b.unwrap().resend_token);
    assert_eq!(h.outbox().len(), 1);
}
