//! Person matching under attack (issue 15, point 3), over real loopback HTTP: names and
//! birth dates cannot be tried without limit against one eligibility check or from one
//! device, "email taken" is not an oracle for registered addresses, and eligibility
//! checks of every outcome count toward one limit per device.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use kenpos_reference::{HashCost, ManualClock, ReferenceOptions, RunningServer};
use serde_json::{Value, json};

struct Server {
    server: RunningServer,
    http: reqwest::Client,
    keys: std::sync::atomic::AtomicU64,
}

async fn server() -> Server {
    let server = kenpos_reference::start(ReferenceOptions {
        hash_cost: HashCost::Minimal,
        seed_demo: true,
        clock: Arc::new(ManualClock::starting_now()),
        ..ReferenceOptions::default()
    })
    .await
    .unwrap();
    Server {
        server,
        http: reqwest::Client::new(),
        keys: std::sync::atomic::AtomicU64::new(0),
    }
}

impl Server {
    async fn post(&self, device: &str, path: &str, body: Value) -> (u16, Value) {
        let key = self.keys.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let resp = self
            .http
            .post(format!("{}{path}", self.server.base_url()))
            .bearer_auth(device)
            .header("idempotency-key", format!("key-{key}"))
            .json(&body)
            .send()
            .await
            .unwrap();
        let status = resp.status().as_u16();
        (status, resp.json().await.unwrap_or(Value::Null))
    }

    /// An eligibility check of these numbers: (status, code, token).
    async fn check(&self, device: &str, symbol: &str, number: &str) -> (u16, String, String) {
        let (status, body) = self
            .post(
                device,
                "/api/v1/eligibility",
                json!({ "symbol": symbol, "number": number, "insurer_number": "06139984",
                        "document_type": "eligibility_notice" }),
            )
            .await;
        (
            status,
            body["code"].as_str().unwrap_or("").to_owned(),
            body["eligibility_token"].as_str().unwrap_or("").to_owned(),
        )
    }

    /// A signup attempt: (status, code or first field code).
    async fn signup(
        &self,
        device: &str,
        token: &str,
        name: &str,
        birth: &str,
        email: &str,
    ) -> (u16, String) {
        let (status, body) = self
            .post(
                device,
                "/api/v1/signup",
                json!({
                    "eligibility_token": token,
                    "name_kana": name,
                    "birth_date": birth,
                    "email": email,
                    "password": "lantern harbour morning",
                    "newsletter": false,
                    "consent": { "privacy_version": "2026-04-01", "terms_version": "2026-04-01" }
                }),
            )
            .await;
        let code = body["fields"][0]["code"]
            .as_str()
            .or(body["code"].as_str())
            .unwrap_or("")
            .to_owned();
        (status, code)
    }
}

/// The dependent of the guide's first example, not yet registered.
const NAME: &str = "ケンコウ　ハナコ";
const BIRTH: &str = "2002-05-10";

#[tokio::test]
async fn a_registered_email_is_not_told_to_someone_guessing_names() {
    let s = server().await;
    let device = s.server.issue_device_token().unwrap();
    let (_, _, token) = s.check(&device, "91", "200001").await;
    assert!(!token.is_empty());
    // A wrong name with an address that is registered: the person does not match, and
    // that is all the reply says.
    let reply = s
        .signup(
            &device,
            &token,
            "ダレカ　ベツジン",
            BIRTH,
            "ichiro@example.jp",
        )
        .await;
    assert_eq!(reply, (404, "signup_person_not_found".to_owned()));
    // The right person with that address: now "taken" is the member's own business.
    let reply = s
        .signup(&device, &token, NAME, BIRTH, "ichiro@example.jp")
        .await;
    assert_eq!(reply, (422, "email_taken".to_owned()));
    s.server.shutdown().await;
}

#[tokio::test]
async fn three_misses_revoke_the_eligibility_check() {
    let s = server().await;
    let device = s.server.issue_device_token().unwrap();
    let (_, _, token) = s.check(&device, "91", "200001").await;
    for birth in ["2002-05-11", "2002-05-12", "2002-05-13"] {
        let reply = s
            .signup(&device, &token, NAME, birth, "hanako.k@example.jp")
            .await;
        assert_eq!(reply.1, "signup_person_not_found", "{birth}");
    }
    // Even the right name and birth date: the check is gone; check the numbers again.
    let reply = s
        .signup(&device, &token, NAME, BIRTH, "hanako.k@example.jp")
        .await;
    assert_eq!(reply, (410, "eligibility_expired".to_owned()));
    let (_, _, fresh) = s.check(&device, "91", "200001").await;
    let reply = s
        .signup(&device, &fresh, NAME, BIRTH, "hanako.k@example.jp")
        .await;
    assert_eq!(reply.0, 200, "{reply:?}");
    s.server.shutdown().await;
}

#[tokio::test]
async fn one_device_cannot_keep_guessing_with_new_checks() {
    let s = server().await;
    let device = s.server.issue_device_token().unwrap();
    let mut misses = 0;
    let mut day = 1;
    while misses < 10 {
        let (_, _, token) = s.check(&device, "91", "200001").await;
        for _ in 0..2 {
            let birth = format!("1990-01-{day:02}");
            day += 1;
            let reply = s
                .signup(&device, &token, NAME, &birth, "x@example.jp")
                .await;
            assert_eq!(reply.1, "signup_person_not_found");
            misses += 1;
        }
    }
    let (_, _, token) = s.check(&device, "91", "200001").await;
    let reply = s
        .signup(&device, &token, NAME, "1990-02-01", "x@example.jp")
        .await;
    assert_eq!(reply, (429, "throttled".to_owned()));
    s.server.shutdown().await;
}

#[tokio::test]
async fn eligibility_checks_of_every_outcome_share_one_limit() {
    let s = server().await;
    let device = s.server.issue_device_token().unwrap();
    // A fully registered household: 409 each time, but not without limit.
    for n in 0..20 {
        let (status, code, _) = s.check(&device, "300", "300001").await;
        assert_eq!(
            (status, code.as_str()),
            (409, "eligibility_already_registered"),
            "{n}"
        );
    }
    let (status, code, _) = s.check(&device, "300", "300001").await;
    assert_eq!((status, code.as_str()), (429, "throttled"));
    // A match counts the same and is refused the same.
    let (status, _, _) = s.check(&device, "91", "200001").await;
    assert_eq!(status, 429);
    s.server.shutdown().await;
}
