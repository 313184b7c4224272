//! Insured first-login onboarding: consent (versions), basic setup, email, verify, new login.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use kenpos_client::contract::*;
use kenpos_client::{ClientError, IdempotencyKey};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

async fn versions(h: &common::Harness) -> ConsentVersions {
    let docs = h.client.consents(Lang::Ja).await.unwrap().documents;
    ConsentVersions {
        privacy_version: docs[0].version.clone(),
        terms_version: docs[1].version.clone(),
    }
}

#[tokio::test]
async fn consent_documents_in_both_languages() {
    let h = common::start().await;
    let ja = h.client.consents(Lang::Ja).await.unwrap().documents;
    let en = h.client.consents(Lang::En).await.unwrap().documents;
    assert_eq!(ja.len(), 2);
    assert_eq!(ja[0].id, ConsentDocumentId::Privacy);
    assert_eq!(ja[0].title, "個人情報の取り扱いについて");
    assert!(ja[0].body.contains("第194条の2"));
    assert!(ja[0].body.contains("保存しません"));
    assert_eq!(ja[1].title, "会員利用規約");
    assert!(en[0].body.contains("Article 194-2"));
    assert_eq!(ja[0].version, en[0].version);
}

#[tokio::test]
async fn insured_onboarding_to_new_password() {
    let h = common::start().await;
    let login = h.login("7132-091200001", "20000121").await.unwrap();
    let s = &login.session;
    let setup = OnboardingSetupRequest {
        email: "taro@example.jp".into(),
        new_password: Some(Secret::new("fuji-sunrise-42")),
        newsletter: true,
    };

    // setup and send before consent are refused
    let e = h.client.onboarding_setup(s, &setup).await.unwrap_err();
    assert_eq!(
        e,
        ClientError::Rejected {
            code: ErrorCode::ConsentRequired
        }
    );
    let e = h
        .client
        .send_onboarding_email(s, &IdempotencyKey::new())
        .await
        .unwrap_err();
    assert_eq!(e.message_id(), "backend-consent-required");

    // stale consent version
    let stale = ConsentVersions {
        privacy_version: "2020-01-01".into(),
        terms_version: versions(&h).await.terms_version,
    };
    let e = h.client.record_consent(s, &stale).await.unwrap_err();
    let ClientError::Validation {
        code: ErrorCode::ConsentOutdated,
        fields,
    } = &e
    else {
        panic!("{e:?}")
    };
    assert_eq!(
        fields,
        &vec![FieldError::new(
            "privacy_version",
            FieldCode::ConsentVersionStale
        )]
    );
    assert_eq!(e.message_id(), "backend-consent-outdated");
    h.client
        .record_consent(s, &versions(&h).await)
        .await
        .unwrap();

    // send before setup
    let e = h
        .client
        .send_onboarding_email(s, &IdempotencyKey::new())
        .await
        .unwrap_err();
    assert_eq!(
        e,
        ClientError::Rejected {
            code: ErrorCode::SetupRequired
        }
    );

    // password policy and email syntax → field errors
    for (pw, code) in [
        ("short", FieldCode::PasswordTooShort),
        ("20000121", FieldCode::PasswordIsBirthDate),
        ("x091200001x", FieldCode::PasswordContainsLoginId),
        ("my-kenpos-pass", FieldCode::PasswordContainsServiceName),
    ] {
        let bad = OnboardingSetupRequest {
            new_password: Some(Secret::new(pw)),
            ..setup.clone()
        };
        let e = h.client.onboarding_setup(s, &bad).await.unwrap_err();
        assert_eq!(
            e,
            ClientError::Validation {
                code: ErrorCode::ValidationFailed,
                fields: vec![FieldError::new("new_password", code)]
            }
        );
    }
    let bad = OnboardingSetupRequest {
        email: "taro..x@docomo.ne.jp".into(),
        ..setup.clone()
    };
    let e = h.client.onboarding_setup(s, &bad).await.unwrap_err();
    assert_eq!(
        e,
        ClientError::Validation {
            code: ErrorCode::ValidationFailed,
            fields: vec![FieldError::new("email", FieldCode::EmailInvalid)]
        }
    );
    let taken = OnboardingSetupRequest {
        email: "michiko@example.jp".into(),
        ..setup.clone()
    };
    let e = h.client.onboarding_setup(s, &taken).await.unwrap_err();
    assert_eq!(
        e,
        ClientError::Validation {
            code: ErrorCode::ValidationFailed,
            fields: vec![FieldError::new("email", FieldCode::EmailTaken)]
        }
    );

    let summary = h.client.onboarding_setup(s, &setup).await.unwrap();
    assert_eq!(
        summary,
        OnboardingSummary {
            login_id: "7132-091200001".into(),
            email: "taro@example.jp".into(),
            password_change: true,
            newsletter: true
        }
    );

    let before = OffsetDateTime::from_unix_timestamp(h.clock.now_unix()).unwrap();
    let sent = h
        .client
        .send_onboarding_email(s, &IdempotencyKey::new())
        .await
        .unwrap();
    assert_eq!(sent.masked_email, "ta***@example.jp");
    let expires = OffsetDateTime::parse(&sent.expires_at, &Rfc3339).unwrap();
    assert_eq!((expires - before).whole_hours(), 24);
    let mails = h.outbox();
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].kind, OutboxKind::Verify);
    assert!(mails[0].body.contains("24"));
    assert!(mails[0].link.as_deref().unwrap().contains("/verify?token="));

    // not active until verified: birth date still works, new password not yet
    assert_eq!(
        h.login("7132-091200001", "fuji-sunrise-42")
            .await
            .unwrap_err()
            .code(),
        Some(ErrorCode::LoginFailed)
    );
    let token = h.last_link_token(OutboxKind::Verify, "taro@example.jp");
    let v = h.client.verify(&token).await.unwrap();
    assert_eq!(v.login_id, "7132-091200001");
    // single use
    assert_eq!(
        h.client.verify(&token).await.unwrap_err(),
        ClientError::Rejected {
            code: ErrorCode::LinkInvalid
        }
    );

    let again = h.login("7132-091200001", "fuji-sunrise-42").await.unwrap();
    assert!(!again.first_login && !again.initial_password);
    assert_eq!(
        h.login("7132-091200001", "20000121")
            .await
            .unwrap_err()
            .code(),
        Some(ErrorCode::LoginFailed)
    );
    // onboarding is over
    let e = h
        .client
        .record_consent(&again.session, &versions(&h).await)
        .await
        .unwrap_err();
    assert_eq!(
        e,
        ClientError::Rejected {
            code: ErrorCode::AlreadyOnboarded
        }
    );
}

#[tokio::test]
async fn onboarding_keeping_the_birth_date_password() {
    let h = common::start().await;
    let login = h.login("7132-123004567", "19800121").await.unwrap();
    h.client
        .record_consent(&login.session, &versions(&h).await)
        .await
        .unwrap();
    let setup = OnboardingSetupRequest {
        email: "jiro@example.jp".into(),
        new_password: None,
        newsletter: false,
    };
    assert!(
        !h.client
            .onboarding_setup(&login.session, &setup)
            .await
            .unwrap()
            .password_change
    );
    h.client
        .send_onboarding_email(&login.session, &IdempotencyKey::new())
        .await
        .unwrap();
    h.client
        .verify(&h.last_link_token(OutboxKind::Verify, "jiro@example.jp"))
        .await
        .unwrap();
    let again = h.login("7132-123004567", "19800121").await.unwrap();
    assert!(!again.first_login);
    assert!(again.initial_password);
}

#[tokio::test]
async fn link_expires_after_24_hours() {
    let h = common::start().await;
    let login = h.login("7132-091200001", "20000121").await.unwrap();
    h.client
        .record_consent(&login.session, &versions(&h).await)
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
    h.client
        .send_onboarding_email(&login.session, &IdempotencyKey::new())
        .await
        .unwrap();
    let token = h.last_link_token(OutboxKind::Verify, "taro@example.jp");
    h.clock
        .advance(time::Duration::hours(24) + time::Duration::seconds(1));
    let e = h.client.verify(&token).await.unwrap_err();
    assert_eq!(
        e,
        ClientError::Expired {
            code: ErrorCode::LinkExpired
        }
    );
    assert_eq!(e.message_id(), "backend-link-expired");
    // the HTML page says so too (GET does not consume)
    let page = reqwest::get(format!(
        "{}/verify?token={}",
        h.server.base_url(),
        token.expose()
    ))
    .await
    .unwrap()
    .text()
    .await
    .unwrap();
    assert!(page.contains("有効期限が切れています") && page.contains("expired"));
}

#[tokio::test]
async fn onboarding_resend_replaces_the_link() {
    let h = common::start().await;
    let login = h.login("7132-091200001", "20000121").await.unwrap();
    h.client
        .record_consent(&login.session, &versions(&h).await)
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
    let sent = h
        .client
        .send_onboarding_email(&login.session, &IdempotencyKey::new())
        .await
        .unwrap();
    let first = h.last_link_token(OutboxKind::Verify, "taro@example.jp");
    h.clock.advance(time::Duration::seconds(61));
    let key = IdempotencyKey::new();
    h.client
        .resend_email(&sent.resend_token, &key)
        .await
        .unwrap();
    // a retry of the same resend sends nothing more
    h.client
        .resend_email(&sent.resend_token, &key)
        .await
        .unwrap();
    assert_eq!(h.outbox().len(), 2);
    let second = h.last_link_token(OutboxKind::Verify, "taro@example.jp");
    assert_eq!(
        h.client.verify(&first).await.unwrap_err(),
        ClientError::Rejected {
            code: ErrorCode::LinkInvalid
        }
    );
    assert_eq!(
        h.client.verify(&second).await.unwrap().login_id,
        "7132-091200001"
    );
}
