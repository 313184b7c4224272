//! Nothing readable at rest (issue 15, point 4): without dev endpoints the outbox keeps
//! no email body or link, and stored request hashes are keyed with a server secret.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use kenpos_reference::{Database, HashCost, ManualClock, ReferenceOptions};
use sha2::{Digest, Sha256};

fn opts(dev_endpoints: bool, database: Database) -> ReferenceOptions {
    ReferenceOptions {
        hash_cost: HashCost::Minimal,
        dev_endpoints,
        seed_demo: true,
        database,
        clock: Arc::new(ManualClock::starting_now()),
        ..ReferenceOptions::default()
    }
}

async fn forgot_password(base: &str, token: &str, body: &str) {
    let resp = reqwest::Client::new()
        .post(format!("{base}/api/v1/forgot/password"))
        .bearer_auth(token)
        .header("idempotency-key", "at-rest-1")
        .header("content-type", "application/json")
        .body(body.to_owned())
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 202);
}

#[tokio::test]
async fn without_dev_endpoints_the_outbox_keeps_no_link() {
    for dev in [true, false] {
        let server = kenpos_reference::start(opts(dev, Database::Memory))
            .await
            .unwrap();
        let token = server.issue_device_token().unwrap();
        forgot_password(
            &server.base_url(),
            &token,
            r#"{"login_id":"ichiro@example.jp"}"#,
        )
        .await;
        let mail = server.outbox().unwrap().pop().unwrap();
        assert_eq!(mail.to, "ichiro@example.jp");
        assert_eq!(mail.link.is_some(), dev, "dev endpoints {dev}");
        assert_eq!(mail.body.contains("token="), dev, "dev endpoints {dev}");
        server.shutdown().await;
    }
}

#[tokio::test]
async fn stored_request_hashes_are_keyed() {
    let dir = std::env::temp_dir().join(format!("kenpos-at-rest-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("data.sqlite");
    let _ = std::fs::remove_file(&file);
    let server = kenpos_reference::start(opts(true, Database::File(file.clone())))
        .await
        .unwrap();
    let token = server.issue_device_token().unwrap();
    let body = r#"{"login_id":"ichiro@example.jp"}"#;
    forgot_password(&server.base_url(), &token, body).await;
    server.shutdown().await;
    let conn = rusqlite::Connection::open(&file).unwrap();
    let stored: String = conn
        .query_row("SELECT request_hash FROM idempotency", [], |r| r.get(0))
        .unwrap();
    let plain: String = Sha256::digest(body.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(stored.len(), 64);
    assert_ne!(
        stored, plain,
        "an unkeyed hash can be checked against guesses"
    );
    drop(conn);
    let _ = std::fs::remove_dir_all(&dir);
}
