//! Password reset under attack (issue 15, point 5), over real loopback HTTP: one reset
//! link sets one password even when two resets race with it, and a reset ends the
//! member's sessions.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use kenpos_reference::{HashCost, ManualClock, ReferenceOptions, RunningServer};
use serde_json::{Value, json};

/// A registered member of the demo data.
const ID: &str = "7132-300300001";
const EMAIL: &str = "ichiro@example.jp";
const PASSWORD: &str = "blue-sky-1975";

async fn server() -> (RunningServer, String, reqwest::Client) {
    let server = kenpos_reference::start(ReferenceOptions {
        hash_cost: HashCost::Minimal,
        seed_demo: true,
        dev_endpoints: true,
        clock: Arc::new(ManualClock::starting_now()),
        ..ReferenceOptions::default()
    })
    .await
    .unwrap();
    let device = server.issue_device_token().unwrap();
    (server, device, reqwest::Client::new())
}

async fn post(
    http: &reqwest::Client,
    server: &RunningServer,
    device: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: Value,
) -> (u16, String) {
    let mut req = http
        .post(format!("{}{path}", server.base_url()))
        .bearer_auth(device)
        .json(&body);
    for (name, value) in headers {
        req = req.header(*name, *value);
    }
    let resp = req.send().await.unwrap();
    let status = resp.status().as_u16();
    let body: Value = resp.json().await.unwrap_or(Value::Null);
    (status, body["code"].as_str().unwrap_or("").to_owned())
}

/// Asks for a reset link and returns its token (from the outbox).
async fn reset_token(http: &reqwest::Client, server: &RunningServer, device: &str) -> String {
    let (status, _) = post(
        http,
        server,
        device,
        "/api/v1/forgot/password",
        &[("idempotency-key", "reset-1")],
        json!({ "login_id": EMAIL }),
    )
    .await;
    assert_eq!(status, 202);
    let link = server
        .outbox()
        .unwrap()
        .into_iter()
        .rev()
        .find(|m| m.to == EMAIL)
        .and_then(|m| m.link)
        .unwrap();
    link.split("token=").nth(1).unwrap().to_owned()
}

async fn login(
    http: &reqwest::Client,
    server: &RunningServer,
    device: &str,
    password: &str,
) -> (u16, Value) {
    let base = server.base_url();
    let start: Value = http
        .post(format!("{base}/api/v1/login/start"))
        .bearer_auth(device)
        .json(&json!({ "login_id": ID }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let resp = http
        .post(format!("{base}/api/v1/login/finish"))
        .bearer_auth(device)
        .json(&json!({ "flow_token": start["flow_token"], "password": password }))
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap_or(Value::Null))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_resets_racing_with_one_link_set_one_password() {
    let (server, device, http) = server().await;
    let token = reset_token(&http, &server, &device).await;
    let mut tasks = tokio::task::JoinSet::new();
    for password in ["harbour lights evening", "mountain river dawn"] {
        let (http, base, device, token) = (
            http.clone(),
            server.base_url(),
            device.clone(),
            token.clone(),
        );
        tasks.spawn(async move {
            let resp = http
                .post(format!("{base}/api/v1/password-reset"))
                .bearer_auth(device)
                .json(&json!({ "token": token, "new_password": password }))
                .send()
                .await
                .unwrap();
            (resp.status().as_u16(), password)
        });
    }
    let replies = tasks.join_all().await;
    let set: Vec<_> = replies.iter().filter(|(s, _)| *s == 204).collect();
    assert_eq!(set.len(), 1, "{replies:?}");
    // Only the winner's password works.
    let winner = set[0].1;
    let loser = replies.iter().find(|(s, _)| *s != 204).unwrap().1;
    assert_eq!(login(&http, &server, &device, loser).await.0, 401);
    assert_eq!(login(&http, &server, &device, winner).await.0, 200);
    server.shutdown().await;
}

#[tokio::test]
async fn a_reset_ends_the_members_sessions() {
    let (server, device, http) = server().await;
    let (status, body) = login(&http, &server, &device, PASSWORD).await;
    assert_eq!(status, 200);
    let session = body["session_token"].as_str().unwrap().to_owned();
    let consents = json!({ "privacy": "x", "terms": "x" });
    let before = post(
        &http,
        &server,
        &device,
        "/api/v1/onboarding/consent",
        &[("x-kenpos-session", &session)],
        consents.clone(),
    )
    .await;
    assert_ne!(
        before.1, "session_expired",
        "the session works before: {before:?}"
    );
    let token = reset_token(&http, &server, &device).await;
    let (status, _) = post(
        &http,
        &server,
        &device,
        "/api/v1/password-reset",
        &[],
        json!({ "token": token, "new_password": "harbour lights evening" }),
    )
    .await;
    assert_eq!(status, 204);
    let after = post(
        &http,
        &server,
        &device,
        "/api/v1/onboarding/consent",
        &[("x-kenpos-session", &session)],
        consents,
    )
    .await;
    assert_eq!(after, (401, "session_expired".to_owned()));
    server.shutdown().await;
}

#[tokio::test]
async fn the_reset_page_cannot_set_a_weak_password() {
    let (server, device, http) = server().await;
    let token = reset_token(&http, &server, &device).await;
    for (weak, code) in [
        ("password1", "password_guessable"),
        ("19750303", "password_is_birth_date"),
        ("ichiro-garden-path", "password_contains_email"),
        ("x300300001y", "password_contains_login_id"),
    ] {
        let page = http
            .post(format!("{}/reset-password", server.base_url()))
            .form(&[("token", token.as_str()), ("new_password", weak)])
            .send()
            .await
            .unwrap();
        assert_eq!(page.status().as_u16(), 422, "{weak}: the page refuses it");
        let api: Value = http
            .post(format!("{}/api/v1/password-reset", server.base_url()))
            .bearer_auth(&device)
            .json(&json!({ "token": token, "new_password": weak }))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(api["fields"][0]["code"], code, "{weak}: {api}");
    }
    // The link still works for a good password.
    let ok = post(
        &http,
        &server,
        &device,
        "/api/v1/password-reset",
        &[],
        json!({ "token": token, "new_password": "harbour lights evening" }),
    )
    .await;
    assert_eq!(ok.0, 204);
    server.shutdown().await;
}
