//! Router ↔ OpenAPI consistency, problem responses, persistence, outbox CLI helpers.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use kenpos_reference::{Database, HashCost, ManualClock, ReferenceOptions, outbox};

fn opts() -> ReferenceOptions {
    ReferenceOptions {
        hash_cost: HashCost::Minimal,
        dev_endpoints: true,
        clock: Arc::new(ManualClock::starting_now()),
        ..ReferenceOptions::default()
    }
}

#[test]
fn every_served_route_is_documented_and_vice_versa() {
    assert_eq!(
        kenpos_reference::served_operations(),
        kenpos_contract::openapi::operations()
    );
}

#[tokio::test]
async fn openapi_is_served_and_every_documented_route_is_routed() {
    let server = kenpos_reference::start(opts()).await.unwrap();
    let base = server.base_url();
    let http = reqwest::Client::new();
    let doc: serde_json::Value = http
        .get(format!("{base}/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    for (method, path) in kenpos_contract::openapi::operations() {
        let req = http.request(method.parse().unwrap(), format!("{base}{path}"));
        let resp = req.send().await.unwrap();
        // Routed: anything but the fallback's 404 not_found / 405.
        let status = resp.status().as_u16();
        let body = resp.text().await.unwrap();
        assert!(
            !(status == 404 && body.contains("\"not_found\"")),
            "{method} {path} not routed"
        );
        assert_ne!(status, 405, "{method} {path}");
    }
    server.shutdown().await;
}

#[tokio::test]
async fn errors_are_problem_json() {
    let server = kenpos_reference::start(opts()).await.unwrap();
    let token = server.issue_device_token().unwrap();
    let base = server.base_url();
    let http = reqwest::Client::new();
    let check = |resp: reqwest::Response, status: u16, code: &'static str| async move {
        assert_eq!(resp.status().as_u16(), status);
        assert_eq!(resp.headers()["content-type"], "application/problem+json");
        let p: serde_json::Value = resp.json().await.unwrap();
        assert_eq!(p["code"], code);
        assert_eq!(p["status"], status);
        assert!(p["type"].as_str().unwrap().ends_with(code));
    };
    check(
        http.get(format!("{base}/nope")).send().await.unwrap(),
        404,
        "not_found",
    )
    .await;
    check(
        http.delete(format!("{base}/api/v1/health"))
            .send()
            .await
            .unwrap(),
        405,
        "method_not_allowed",
    )
    .await;
    check(
        http.post(format!("{base}/api/v1/login/start"))
            .send()
            .await
            .unwrap(),
        401,
        "device_unauthorized",
    )
    .await;
    let auth = format!("Bearer {token}");
    check(
        http.post(format!("{base}/api/v1/login/start"))
            .header("authorization", &auth)
            .body("{}")
            .send()
            .await
            .unwrap(),
        415,
        "unsupported_media_type",
    )
    .await;
    check(
        http.post(format!("{base}/api/v1/login/start"))
            .header("authorization", &auth)
            .header("content-type", "application/json")
            .body("{")
            .send()
            .await
            .unwrap(),
        400,
        "bad_request",
    )
    .await;
    check(
        http.post(format!("{base}/api/v1/signup"))
            .header("authorization", &auth)
            .header("content-type", "application/json")
            .body("{}")
            .send()
            .await
            .unwrap(),
        400,
        "idempotency_key_required",
    )
    .await;
    check(
        http.post(format!("{base}/api/v1/logout"))
            .header("authorization", &auth)
            .send()
            .await
            .unwrap(),
        401,
        "session_expired",
    )
    .await;
    let page = http
        .get(format!("{base}/verify?token=unknown"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status().as_u16(), 404);
    assert!(
        page.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    check(
        http.get(format!("{base}/api/v1/consents?lang=fr"))
            .header("authorization", &auth)
            .send()
            .await
            .unwrap(),
        400,
        "bad_request",
    )
    .await;
    server.shutdown().await;
}

#[tokio::test]
async fn dev_outbox_only_with_dev_endpoints() {
    let server = kenpos_reference::start(ReferenceOptions {
        dev_endpoints: false,
        ..opts()
    })
    .await
    .unwrap();
    let token = server.issue_device_token().unwrap();
    let resp = reqwest::Client::new()
        .get(format!("{}/api/v1/dev/outbox", server.base_url()))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 404);
    server.shutdown().await;
}

#[tokio::test]
async fn data_file_persists_device_tokens_and_outbox() {
    let dir = std::env::temp_dir().join(format!("kenpos-ref-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("data.sqlite");
    let _ = std::fs::remove_file(&file);
    let server = kenpos_reference::start(ReferenceOptions {
        database: Database::File(file.clone()),
        ..opts()
    })
    .await
    .unwrap();
    let token = server.issue_device_token().unwrap();
    let http = reqwest::Client::new();
    let resp = http
        .post(format!("{}/api/v1/forgot/login-id", server.base_url()))
        .bearer_auth(&token)
        .header("idempotency-key", "k1")
        .json(&serde_json::json!({ "email": "ichiro@example.jp" }))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 202);
    server.shutdown().await;
    let listed = outbox::read_file(&file).unwrap();
    assert_eq!(listed.len(), 1);
    assert!(outbox::render(&listed).contains("7132-300300001"));
    // restart on the same file: not re-seeded, token still valid
    let again = kenpos_reference::start(ReferenceOptions {
        database: Database::File(file.clone()),
        ..opts()
    })
    .await
    .unwrap();
    let resp = http
        .get(format!("{}/api/v1/consents", again.base_url()))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    again.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn cli_args_parse() {
    use clap::Parser;
    #[derive(Parser)]
    enum Cmd {
        Serve(kenpos_reference::cli::ServeArgs),
        Outbox(kenpos_reference::cli::OutboxArgs),
    }
    let Cmd::Serve(s) = Cmd::try_parse_from([
        "x",
        "serve",
        "--listen",
        "127.0.0.1:9000",
        "--dev-endpoints",
        "--issue-device-token",
    ])
    .unwrap() else {
        panic!()
    };
    assert_eq!(s.listen.port(), 9000);
    assert!(s.dev_endpoints && s.issue_device_token && s.data.is_none());
    let Cmd::Outbox(o) = Cmd::try_parse_from(["x", "outbox", "--data", "/tmp/x.sqlite"]).unwrap()
    else {
        panic!()
    };
    assert!(o.data.is_some());
    assert!(Cmd::try_parse_from(["x", "outbox", "--url", "http://127.0.0.1:1"]).is_err());
}

#[test]
fn seed_facts() {
    use kenpos_reference::seed::{SEED, SeedKind};
    assert!(SEED.iter().any(|p| p.kind == SeedKind::Insured
        && p.symbol == "91"
        && p.number == "200001"
        && p.birth_date == "2000-01-21"));
    assert!(SEED.iter().any(|p| p.symbol == "ハビ"));
    assert!(SEED.iter().any(|p| p.insurer_number == "63139984"));
}
