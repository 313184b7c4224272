//! Login limits under attack (issue 15, points 1 and 2), over real loopback HTTP with
//! real concurrent requests: parallel wrong passwords cannot all reach argon2, a lock
//! only grows, a login step is used once, someone else's typing on another device does
//! not lock out the member at the desk, and one device cannot try without limit.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use kenpos_reference::{HashCost, ManualClock, ReferenceOptions, RunningServer};
use serde_json::{Value, json};

/// The guide's first example member (first password: the birth date).
const ID: &str = "7132-091200001";
const RIGHT: &str = "20000121";
const WRONG: &str = "19991231";

struct Server {
    server: RunningServer,
    clock: Arc<ManualClock>,
    http: reqwest::Client,
}

async fn server() -> Server {
    let clock = Arc::new(ManualClock::starting_now());
    let server = kenpos_reference::start(ReferenceOptions {
        hash_cost: HashCost::Minimal,
        seed_demo: true,
        clock: clock.clone(),
        ..ReferenceOptions::default()
    })
    .await
    .unwrap();
    Server {
        server,
        clock,
        http: reqwest::Client::new(),
    }
}

impl Server {
    fn device(&self) -> String {
        self.server.issue_device_token().unwrap()
    }

    async fn post(&self, device: &str, path: &str, body: Value) -> (u16, Value) {
        let resp = self
            .http
            .post(format!("{}{path}", self.server.base_url()))
            .bearer_auth(device)
            .json(&body)
            .send()
            .await
            .unwrap();
        let status = resp.status().as_u16();
        (status, resp.json().await.unwrap_or(Value::Null))
    }

    async fn start(&self, device: &str, id: &str) -> String {
        let (status, body) = self
            .post(device, "/api/v1/login/start", json!({ "login_id": id }))
            .await;
        assert_eq!(status, 200, "{body}");
        body["flow_token"].as_str().unwrap().to_owned()
    }

    async fn finish(&self, device: &str, flow: &str, password: &str) -> (u16, String) {
        let (status, body) = self
            .post(
                device,
                "/api/v1/login/finish",
                json!({ "flow_token": flow, "password": password }),
            )
            .await;
        (status, body["code"].as_str().unwrap_or("").to_owned())
    }

    /// Tries every login step at once, in parallel tasks.
    async fn finish_all(
        &self,
        device: &str,
        flows: &[String],
        password: &str,
    ) -> Vec<(u16, String)> {
        let mut tasks = tokio::task::JoinSet::new();
        for flow in flows {
            let (http, base) = (self.http.clone(), self.server.base_url());
            let body = json!({ "flow_token": flow, "password": password });
            let device = device.to_owned();
            tasks.spawn(async move {
                let resp = http
                    .post(format!("{base}/api/v1/login/finish"))
                    .bearer_auth(device)
                    .json(&body)
                    .send()
                    .await
                    .unwrap();
                let status = resp.status().as_u16();
                let body: Value = resp.json().await.unwrap_or(Value::Null);
                (status, body["code"].as_str().unwrap_or("").to_owned())
            });
        }
        tasks.join_all().await
    }

    async fn login(&self, device: &str, id: &str, password: &str) -> (u16, String) {
        let flow = self.start(device, id).await;
        self.finish(device, &flow, password).await
    }

    fn wait(&self, seconds: i64) {
        self.clock.advance(time::Duration::seconds(seconds));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_parallel_wrong_passwords_reach_argon2_at_most_five_times() {
    let s = server().await;
    let device = s.device();
    let mut flows = Vec::new();
    for _ in 0..50 {
        flows.push(s.start(&device, ID).await);
    }
    let before = s.server.password_checks();
    let replies = s.finish_all(&device, &flows, WRONG).await;
    let checks = s.server.password_checks() - before;
    assert!(
        checks <= 5,
        "{checks} password checks for 50 parallel tries"
    );
    let failed = replies.iter().filter(|r| r.1 == "login_failed").count();
    let throttled = replies.iter().filter(|r| r.1 == "throttled").count();
    assert_eq!(failed as u64, checks, "{replies:?}");
    assert_eq!(failed + throttled, 50, "{replies:?}");
    s.server.shutdown().await;
}

#[tokio::test]
async fn a_login_step_is_used_once() {
    let s = server().await;
    let device = s.device();
    let flow = s.start(&device, ID).await;
    assert_eq!(s.finish(&device, &flow, WRONG).await.1, "login_failed");
    assert_eq!(
        s.finish(&device, &flow, RIGHT).await,
        (401, "login_flow_expired".to_owned()),
        "the same login step cannot be tried again"
    );
    assert_eq!(s.login(&device, ID, RIGHT).await.0, 200);
    s.server.shutdown().await;
}

/// Ten wrong passwords from `device`, waiting out each cooldown: the tenth locks.
async fn lock_on(s: &Server, device: &str) {
    for attempt in 1..=10 {
        let (status, code) = s.login(device, ID, WRONG).await;
        let expected = if attempt < 10 {
            "login_failed"
        } else {
            "locked"
        };
        assert_eq!(code, expected, "attempt {attempt} ({status})");
        s.wait(31);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_lock_holds_against_the_right_password_and_racing_failures() {
    let s = server().await;
    let device = s.device();
    // Nine failures, waiting out each cooldown; then five wrong passwords at once: the
    // first of them locks, and the others must not clear the lock (they used to write
    // count 1 and locked_until 0 after it).
    for attempt in 1..=9 {
        assert_eq!(
            s.login(&device, ID, WRONG).await.1,
            "login_failed",
            "{attempt}"
        );
        s.wait(31);
    }
    let mut flows = Vec::new();
    for _ in 0..5 {
        flows.push(s.start(&device, ID).await);
    }
    let replies = s.finish_all(&device, &flows, WRONG).await;
    assert!(replies.iter().all(|r| r.1 == "locked"), "{replies:?}");
    assert_eq!(
        s.login(&device, ID, RIGHT).await,
        (423, "locked".to_owned())
    );
    s.wait(60);
    assert_eq!(s.login(&device, ID, RIGHT).await.1, "locked");
    // The lock ends after its 30 minutes.
    s.wait(30 * 60);
    assert_eq!(s.login(&device, ID, RIGHT).await.0, 200);
    s.server.shutdown().await;
}

#[tokio::test]
async fn someone_elses_typing_does_not_lock_out_the_member_at_the_desk() {
    let s = server().await;
    let elsewhere = s.device();
    let desk = s.device();
    lock_on(&s, &elsewhere).await;
    assert_eq!(s.login(&elsewhere, ID, RIGHT).await.1, "locked");
    // The member at the desk, on another device, may wait a growing delay at most.
    let (status, code) = s.login(&desk, ID, RIGHT).await;
    let (status, code) = if code == "throttled" {
        s.wait(2);
        s.login(&desk, ID, RIGHT).await
    } else {
        (status, code)
    };
    assert_eq!(
        (status, code.as_str()),
        (200, ""),
        "the desk was locked out"
    );
    s.server.shutdown().await;
}

#[tokio::test]
async fn many_devices_on_one_id_meet_growing_delays_not_a_lock() {
    let s = server().await;
    // Ten devices, one wrong password each: no device reaches its own limits.
    for _ in 0..10 {
        let device = s.device();
        assert_eq!(s.login(&device, ID, WRONG).await.1, "login_failed");
    }
    let next = s.device();
    let (status, code) = s.login(&next, ID, WRONG).await;
    assert_eq!((status, code.as_str()), (429, "throttled"));
    s.wait(1);
    assert_eq!(s.login(&next, ID, WRONG).await.1, "login_failed");
    // The delay has doubled: one second is no longer enough.
    s.wait(1);
    assert_eq!(s.login(&next, ID, WRONG).await.1, "throttled");
    s.wait(1);
    assert_eq!(s.login(&next, ID, RIGHT).await.0, 200);
    s.server.shutdown().await;
}

#[tokio::test]
async fn one_device_cannot_try_without_limit_across_login_ids() {
    let s = server().await;
    let device = s.device();
    for n in 0..30 {
        let id = format!("7132-9{n:08}");
        assert_eq!(s.login(&device, &id, WRONG).await.1, "login_failed", "{id}");
    }
    assert_eq!(
        s.login(&device, "7132-999999999", WRONG).await,
        (429, "throttled".to_owned())
    );
    // Even the right password waits: the device has used up its tries for now.
    assert_eq!(s.login(&device, ID, RIGHT).await.1, "throttled");
    // Another device is not affected.
    let other = s.device();
    assert_eq!(s.login(&other, ID, RIGHT).await.0, 200);
    s.server.shutdown().await;
}

/// Issue 15 point 7: argon2 takes 19 MiB a run, so parallel logins wait for a turn
/// instead of all hashing at once. 24 parallel logins for 24 different IDs (each its
/// first try, so no login limit stops them) at the real cost.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_logins_run_argon2_a_few_at_a_time() {
    let clock = Arc::new(ManualClock::starting_now());
    let s = Server {
        server: kenpos_reference::start(ReferenceOptions {
            hash_cost: HashCost::Standard,
            seed_demo: false,
            clock: clock.clone(),
            ..ReferenceOptions::default()
        })
        .await
        .unwrap(),
        clock,
        http: reqwest::Client::new(),
    };
    let device = s.device();
    let mut flows = Vec::new();
    for n in 0..24 {
        flows.push(s.start(&device, &format!("7132-555{n:06}")).await);
    }
    let replies = s.finish_all(&device, &flows, WRONG).await;
    assert!(replies.iter().all(|r| r.0 == 401), "{replies:?}");
    assert_eq!(s.server.password_checks(), 24, "every try reached argon2");
    let peak = s.server.argon2_peak();
    assert!(
        (2..=kenpos_reference::ARGON2_AT_ONCE).contains(&peak),
        "{peak} argon2 runs at once"
    );
}
