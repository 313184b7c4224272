//! Logs of the backend and the client carry no member data (IDs, passwords, emails, tokens).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::io::Write;
use std::sync::{Arc, Mutex};

use kenpos_client::IdempotencyKey;
use kenpos_client::contract::*;

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn a_whole_signup_logs_no_member_data() {
    let capture = Capture::default();
    let writer = capture.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let h = common::start().await;
    let _ = h.login("7132-091200001", "wrong-password-x").await;
    let login = h.login("7132-091200001", "20000121").await.unwrap();
    h.client
        .record_consent(
            &login.session,
            &ConsentVersions {
                privacy_version: "2026-04-01".into(),
                terms_version: "2026-04-01".into(),
            },
        )
        .await
        .unwrap();
    let setup = OnboardingSetupRequest {
        email: "taro@example.jp".into(),
        new_password: Some(Secret::new("fuji-sunrise-42")),
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
    let link = h.last_link_token(OutboxKind::Verify, "taro@example.jp");
    h.client.verify(&link).await.unwrap();
    let elig = EligibilityRequest {
        symbol: "91".into(),
        number: "200001".into(),
        insurer_number: "06139984".into(),
        document_type: DocumentType::Card,
    };
    h.client.check_eligibility(&elig).await.unwrap();
    h.client
        .forgot_login_id("michiko@example.jp", &IdempotencyKey::new())
        .await
        .unwrap();

    let logs = String::from_utf8(capture.0.lock().unwrap().clone()).unwrap();
    assert!(
        logs.contains("/api/v1/login/finish"),
        "request events are captured: {logs}"
    );
    for secret in [
        "091200001",
        "20000121",
        "wrong-password-x",
        "fuji-sunrise-42",
        "taro@example.jp",
        "michiko@example.jp",
        "200001",
        "06139984",
        link.expose(),
    ] {
        assert!(!logs.contains(secret), "log contains {secret}");
    }
}
