//! The reference backend deletes what has expired (login steps, sessions, eligibility
//! checks at once; replies with a resend token after an hour; email links, pending
//! signups and the outbox after a grace period), and the replies are the same before and
//! after a purge.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use kenpos_client::contract::*;
use kenpos_client::{ClientError, IdempotencyKey};

#[tokio::test]
async fn expired_rows_are_purged_and_replies_do_not_change() {
    let h = common::start().await;
    let flow = h.client.login_start("7132-091200001").await.unwrap();
    let login = h.login("7132-091200001", "20000121").await.unwrap();
    let eligibility = h
        .client
        .check_eligibility(&EligibilityRequest {
            symbol: "500".into(),
            number: "12345".into(),
            insurer_number: "06139984".into(),
            document_type: DocumentType::EligibilityNotice,
        })
        .await
        .unwrap();
    let signup = SignupRequest {
        eligibility_token: eligibility.eligibility_token.clone(),
        name_kana: "ニンイ　ケイコ".into(),
        birth_date: "1965-04-01".into(),
        email: "keiko.purge@example.jp".into(),
        password: Secret::new("maple leaf autumn"),
        newsletter: false,
        consent: ConsentVersions {
            privacy_version: "2026-04-01".into(),
            terms_version: "2026-04-01".into(),
        },
    };
    h.client
        .signup(&signup, &IdempotencyKey::new())
        .await
        .unwrap();
    assert_eq!(
        h.server.purge_expired().unwrap().total(),
        0,
        "nothing expired yet"
    );

    // Two hours on: the login step, the session and the eligibility check expired.
    h.clock.advance(time::Duration::hours(2));
    // What the expired login step, session and eligibility check are answered.
    let replies = || async {
        let consent = ConsentVersions {
            privacy_version: "2026-04-01".into(),
            terms_version: "2026-04-01".into(),
        };
        [
            h.client
                .login_finish(&flow.flow_token, &Secret::new("20000121"))
                .await
                .err(),
            h.client
                .record_consent(&login.session, &consent)
                .await
                .err(),
            h.client.signup(&signup, &IdempotencyKey::new()).await.err(),
        ]
    };
    let before = replies().await;
    let purged = h.server.purge_expired().unwrap();
    // (Login steps are used up by their attempt: the one that logged in and the
    // expired one just tried are gone already.)
    assert!(purged.sessions >= 1, "{purged:?}");
    assert!(purged.eligibility >= 1, "{purged:?}");
    // The signup's reply for replays carries a resend token: kept an hour, not a day.
    assert_eq!(
        (purged.email_links, purged.idempotency),
        (0, 1),
        "{purged:?}"
    );
    let after = replies().await;
    assert_eq!(before, after, "a purged row answers as an expired one");
    assert!(
        matches!(after[1], Some(ClientError::Expired { .. })) && after.iter().all(Option::is_some),
        "{after:?}"
    );

    // A day and a week on: idempotency replies, then the expired email link, go too.
    h.clock.advance(time::Duration::hours(23));
    let purged = h.server.purge_expired().unwrap();
    assert_eq!(purged.email_links, 0, "{purged:?}");
    // The signup waiting for its link, and the outbox's copy of the email with the
    // link, once the link can no longer be used.
    assert!(purged.pending >= 1 && purged.outbox >= 1, "{purged:?}");
    assert!(
        h.server.outbox().unwrap().is_empty(),
        "no link left at rest"
    );
    h.clock.advance(time::Duration::days(8));
    assert!(h.server.purge_expired().unwrap().email_links >= 1);
    assert_eq!(
        h.server.purge_expired().unwrap().total(),
        0,
        "nothing left to purge"
    );
}
