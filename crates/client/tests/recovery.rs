//! Forgot login ID / password: neutral replies; reset link single use, 24 h.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use kenpos_client::contract::*;
use kenpos_client::{ClientError, IdempotencyKey};

#[tokio::test]
async fn forgot_login_id_is_neutral() {
    let h = common::start().await;
    let a = h
        .client
        .forgot_login_id("michiko@example.jp", &IdempotencyKey::new())
        .await;
    let b = h
        .client
        .forgot_login_id("nobody@example.jp", &IdempotencyKey::new())
        .await;
    assert_eq!(a, Ok(()));
    assert_eq!(a, b);
    let mails = h.outbox();
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].kind, OutboxKind::LoginId);
    assert_eq!(mails[0].to, "michiko@example.jp");
    assert!(mails[0].body.contains("michiko@example.jp"));
    let e = h
        .client
        .forgot_login_id("not an email", &IdempotencyKey::new())
        .await
        .unwrap_err();
    assert_eq!(
        e,
        ClientError::Validation {
            code: ErrorCode::ValidationFailed,
            fields: vec![FieldError::new("email", FieldCode::EmailInvalid)]
        }
    );
    // the insured household head's ID by email
    h.client
        .forgot_login_id("ichiro@example.jp", &IdempotencyKey::new())
        .await
        .unwrap();
    assert!(h.outbox().last().unwrap().body.contains("7132-300300001"));
}

#[tokio::test]
async fn forgot_password_reset_flow() {
    let h = common::start().await;
    let a = h
        .client
        .forgot_password("7132-300300001", &IdempotencyKey::new())
        .await;
    let b = h
        .client
        .forgot_password("7132-777777777", &IdempotencyKey::new())
        .await;
    let c = h
        .client
        .forgot_password("nobody@example.jp", &IdempotencyKey::new())
        .await;
    assert_eq!(a, Ok(()));
    assert_eq!(a, b);
    assert_eq!(b, c);
    assert_eq!(h.outbox().len(), 1);
    let token = h.last_link_token(OutboxKind::PasswordReset, "ichiro@example.jp");
    // GET page shows a form, does not consume
    let page = reqwest::get(format!(
        "{}/reset-password?token={}",
        h.server.base_url(),
        token.expose()
    ))
    .await
    .unwrap()
    .text()
    .await
    .unwrap();
    assert!(page.contains("new_password"));
    let e = h
        .client
        .reset_password(&token, &Secret::new("19750303"))
        .await
        .unwrap_err();
    assert_eq!(
        e,
        ClientError::Validation {
            code: ErrorCode::ValidationFailed,
            fields: vec![FieldError::new(
                "new_password",
                FieldCode::PasswordIsBirthDate
            )]
        }
    );
    h.client
        .reset_password(&token, &Secret::new("autumn-maple-9"))
        .await
        .unwrap();
    assert_eq!(
        h.client
            .reset_password(&token, &Secret::new("autumn-maple-10"))
            .await
            .unwrap_err(),
        ClientError::Rejected {
            code: ErrorCode::LinkInvalid
        }
    );
    assert!(h.login("7132-300300001", "autumn-maple-9").await.is_ok());
    assert_eq!(
        h.login("7132-300300001", "blue-sky-1975")
            .await
            .unwrap_err()
            .code(),
        Some(ErrorCode::LoginFailed)
    );
    // by email, and expiry after 24 h
    h.client
        .forgot_password("michiko@example.jp", &IdempotencyKey::new())
        .await
        .unwrap();
    let t2 = h.last_link_token(OutboxKind::PasswordReset, "michiko@example.jp");
    h.clock
        .advance(time::Duration::hours(24) + time::Duration::seconds(1));
    assert_eq!(
        h.client
            .reset_password(&t2, &Secret::new("autumn-maple-9"))
            .await
            .unwrap_err(),
        ClientError::Expired {
            code: ErrorCode::LinkExpired
        }
    );
}

#[tokio::test]
async fn recovery_is_rate_limited_per_device() {
    let h = common::start().await;
    for _ in 0..10 {
        h.client
            .forgot_password("nobody@example.jp", &IdempotencyKey::new())
            .await
            .unwrap();
    }
    let e = h
        .client
        .forgot_password("nobody@example.jp", &IdempotencyKey::new())
        .await
        .unwrap_err();
    assert!(matches!(e, ClientError::Throttled { .. }), "{e:?}");
    assert_eq!(e.message_id(), "backend-throttled");
}

#[tokio::test]
async fn verify_page_needs_a_post_and_dev_outbox_lists_mail() {
    let h = common::start().await;
    let token = h
        .client
        .check_eligibility(&EligibilityRequest {
            symbol: "500".into(),
            number: "12345".into(),
            insurer_number: "06139984".into(),
            document_type: DocumentType::Paper,
        })
        .await
        .unwrap()
        .eligibility_token;
    let req = SignupRequest {
        eligibility_token: token,
        name_kana: "ニンイ ケイコ".into(),
        birth_date: "1965-04-01".into(),
        email: "keiko@example.jp".into(),
        password: Secret::new("quiet-river-3"),
        newsletter: true,
        consent: ConsentVersions {
            privacy_version: "2026-04-01".into(),
            terms_version: "2026-04-01".into(),
        },
    };
    h.client.signup(&req, &IdempotencyKey::new()).await.unwrap();
    let listed = h.client.dev_outbox().await.unwrap();
    assert_eq!(listed, h.outbox());
    let link = listed[0].link.clone().unwrap();
    let http = reqwest::Client::new();
    // opening the link twice (a mail scanner, then the member) consumes nothing
    for _ in 0..2 {
        let page = http.get(&link).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("method=\"post\"") && page.contains("登録を完了する"));
    }
    let token = link.split("token=").nth(1).unwrap();
    let done = http
        .post(format!("{}/verify", h.server.base_url()))
        .form(&[("token", token)])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(done.contains("登録が完了しました"));
    let again = http
        .post(format!("{}/verify", h.server.base_url()))
        .form(&[("token", token)])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(again.contains("このURLは使えません"));
    assert!(h.login("keiko@example.jp", "quiet-river-3").await.is_ok());
}
