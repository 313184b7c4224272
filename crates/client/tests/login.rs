//! Two-step login, neutral failures, throttling, lockout, logout, device token.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use kenpos_client::contract::{ErrorCode, Secret};
use kenpos_client::{ClientError, Session};
use time::Duration;

#[tokio::test]
async fn guide_example_logs_in_with_birth_date_and_flags() {
    let h = common::start().await;
    let health = h.client.health().await.unwrap();
    assert!(health.demo);
    assert_eq!(health.status, "ok");
    let ok = h.login("7132-091200001", "20000121").await.unwrap();
    assert!(ok.first_login);
    assert!(ok.initial_password);
    assert_eq!(ok.login_id, "7132-091200001");
    // full-width digits, no hyphen / long-vowel mark as hyphen
    let ok2 = h
        .login("７１３２ー１２３００４５６７", "19800121")
        .await
        .unwrap();
    assert_eq!(ok2.login_id, "7132-123004567");
    h.client.logout(&ok.session).await.unwrap();
    // already-onboarded insured person: no flags
    let done = h.login("7132-300300001", "blue-sky-1975").await.unwrap();
    assert!(!done.first_login && !done.initial_password);
    h.server.shutdown().await;
}

#[tokio::test]
async fn unknown_id_and_wrong_password_give_the_same_reply() {
    let h = common::start().await;
    // step 1 answers for an unknown ID too
    let unknown = h.login("7132-999999999", "20000121").await.unwrap_err();
    let wrong = h.login("7132-091200001", "19990101").await.unwrap_err();
    assert_eq!(
        unknown,
        ClientError::Rejected {
            code: ErrorCode::LoginFailed
        }
    );
    assert_eq!(unknown, wrong);
    assert_eq!(wrong.message_id(), "backend-login-failed");
    // an expired flow token
    let start = h.client.login_start("7132-091200001").await.unwrap();
    h.clock.advance(Duration::minutes(11));
    let e = h
        .client
        .login_finish(&start.flow_token, &Secret::new("20000121"))
        .await
        .unwrap_err();
    assert_eq!(
        e,
        ClientError::Expired {
            code: ErrorCode::LoginFlowExpired
        }
    );
}

#[tokio::test]
async fn failures_throttle_then_lock_for_existing_and_unknown_ids_alike() {
    let h = common::start().await;
    for id in ["7132-091200001", "7132-888888888"] {
        for _ in 0..5 {
            assert_eq!(
                h.login(id, "wrong-pass").await.unwrap_err().code(),
                Some(ErrorCode::LoginFailed)
            );
        }
        // 6th attempt right away: throttled, even with the right password
        let e = h.login(id, "20000121").await.unwrap_err();
        let ClientError::Throttled { retry_after_secs } = e else {
            panic!("expected throttled, got {e:?}")
        };
        assert!(retry_after_secs > 0 && retry_after_secs <= 30);
        assert_eq!(e.message_args()[1], ("minutes", 1));
        for n in 6..=10 {
            h.clock.advance(Duration::seconds(31));
            let e = h.login(id, "wrong-pass").await.unwrap_err();
            if n < 10 {
                assert_eq!(e.code(), Some(ErrorCode::LoginFailed), "attempt {n}");
            } else {
                assert_eq!(e, ClientError::Locked);
            }
        }
        // locked even with the right password
        h.clock.advance(Duration::minutes(1));
        assert_eq!(
            h.login(id, "20000121").await.unwrap_err(),
            ClientError::Locked
        );
        assert_eq!(ClientError::Locked.message_id(), "backend-locked");
    }
    // after the lock (30 min) the right password works again
    h.clock.advance(Duration::minutes(31));
    assert!(h.login("7132-091200001", "20000121").await.is_ok());
}

#[tokio::test]
async fn logout_ends_the_session() {
    let h = common::start().await;
    let ok = h.login("7132-091200001", "20000121").await.unwrap();
    h.client.logout(&ok.session).await.unwrap();
    let versions = kenpos_client::contract::ConsentVersions {
        privacy_version: "x".into(),
        terms_version: "y".into(),
    };
    let e = h
        .client
        .record_consent(&ok.session, &versions)
        .await
        .unwrap_err();
    assert_eq!(
        e,
        ClientError::Expired {
            code: ErrorCode::SessionExpired
        }
    );
    let bogus = Session::new(Secret::new("not-a-session"));
    assert_eq!(
        h.client
            .record_consent(&bogus, &versions)
            .await
            .unwrap_err()
            .message_id(),
        "backend-session-expired"
    );
}

#[tokio::test]
async fn bad_or_missing_device_token_is_unauthorized() {
    let h = common::start().await;
    let bad = common::client_for(&h.server.base_url(), "not-a-device-token");
    assert_eq!(
        bad.login_start("7132-091200001").await.unwrap_err(),
        ClientError::Unauthorized
    );
    let empty = common::client_for(&h.server.base_url(), "");
    assert_eq!(
        empty.consents(Default::default()).await.unwrap_err(),
        ClientError::Unauthorized
    );
    // health needs no device token
    assert!(bad.health().await.is_ok());
    assert_eq!(
        ClientError::Unauthorized.message_id(),
        "backend-unauthorized"
    );
}
