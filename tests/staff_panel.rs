//! The staff panel: backend status with latency, version, and in demo mode the outbox,
//! from which staff can confirm a demo signup's email link.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{Harness, shows, walk};
use kenpos_client::IdempotencyKey;
use kenpos_contract::{ConsentVersions, Lang, OnboardingSetupRequest, Secret};
use kenpos_kiosk::app::Screen;
use kenpos_kiosk::config::{Config, Mode};
use kenpos_kiosk::i18n::{Language, tr, tr_args};

const JA: Language = Language::Ja;

#[test]
fn staff_see_the_backend_and_finish_a_demo_signup() {
    let h = Harness::start();
    let client = h.backend.client();
    // A member gets as far as the signup email (through the API, as the kiosk would).
    let outcome = h.runtime.block_on(async {
        let started = client.login_start("7132-123004567").await.unwrap();
        let outcome = client
            .login_finish(&started.flow_token, &Secret::new("19800121"))
            .await
            .unwrap();
        let docs = client.consents(Lang::Ja).await.unwrap().documents;
        let versions = ConsentVersions {
            privacy_version: docs[0].version.clone(),
            terms_version: docs[1].version.clone(),
        };
        let versions = if docs[0].id == kenpos_contract::ConsentDocumentId::Privacy {
            versions
        } else {
            ConsentVersions {
                privacy_version: versions.terms_version,
                terms_version: versions.privacy_version,
            }
        };
        client
            .record_consent(&outcome.session, &versions)
            .await
            .unwrap();
        let setup = OnboardingSetupRequest {
            email: "jiro.hoken@example.jp".to_owned(),
            new_password: Some(Secret::new("river stone autumn")),
            newsletter: false,
        };
        client
            .onboarding_setup(&outcome.session, &setup)
            .await
            .unwrap();
        client
            .send_onboarding_email(&outcome.session, &IdempotencyKey::new())
            .await
            .unwrap();
        outcome
    });
    assert!(outcome.first_login);

    let config = Config {
        mode: Mode::Windowed,
        ..common::config()
    };
    let mut app = h.app_with(config);
    h.click(&mut app, &tr(JA, "header-staff"));
    assert!(matches!(app.screen(), Screen::Staff(_)));
    assert!(shows(&app, kenpos_kiosk::cli::version()));
    let Screen::Staff(state) = app.screen() else {
        panic!()
    };
    assert!(
        format!("{state:?}").contains("Ok((HealthResponse"),
        "health answered: {state:?}"
    );
    let line = tr_args(
        JA,
        "staff-outbox-verify",
        &[("to", "jiro.hoken@example.jp".into())],
    );
    assert!(shows(&app, &line));

    h.click(&mut app, &tr(JA, "staff-outbox-confirm"));
    assert!(shows(&app, &tr(JA, "staff-outbox-confirmed")));
    assert!(
        !walk::first_login(&h, "7132-123004567", "river stone autumn"),
        "the confirmed link activated the account"
    );

    // Kiosk mode has no staff button for members.
    let kiosk = h.app_with(Config {
        mode: Mode::Kiosk,
        ..common::config()
    });
    assert!(!shows(&kiosk, &tr(JA, "header-staff")));
}
