//! Transport failures: backend down, 500, garbage, too slow.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::Duration;

use kenpos_client::contract::Secret;
use kenpos_client::{Client, ClientConfig, ClientError};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// A tiny HTTP server that answers every request with `response` after `delay`.
async fn fake(response: &'static str, delay: Duration) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let Ok((mut sock, _)) = listener.accept().await else {
                return;
            };
            tokio::spawn(async move {
                let mut buf = [0u8; 4096];
                let _ = sock.read(&mut buf).await;
                tokio::time::sleep(delay).await;
                let _ = sock.write_all(response.as_bytes()).await;
                let _ = sock.shutdown().await;
            });
        }
    });
    format!("http://{addr}")
}

fn client(base: &str) -> Client {
    let mut cfg = ClientConfig::new(base, Secret::new("t"));
    cfg.request_timeout = Duration::from_millis(500);
    cfg.connect_timeout = Duration::from_millis(500);
    Client::new(cfg).unwrap()
}

#[tokio::test]
async fn backend_down_is_offline() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener); // closed port
    let c = client(&format!("http://{addr}"));
    assert_eq!(
        c.login_start("7132-091200001").await.unwrap_err(),
        ClientError::Offline
    );
    assert_eq!(c.health().await.unwrap_err(), ClientError::Offline);
    assert!(ClientError::Offline.is_transient());
    assert_eq!(ClientError::Offline.message_id(), "backend-offline");
}

#[tokio::test]
async fn server_error_garbage_and_slow() {
    let plain500 = fake(
        "HTTP/1.1 500 Internal Server Error\r\ncontent-length: 4\r\nconnection: close\r\n\r\noops",
        Duration::ZERO,
    )
    .await;
    assert_eq!(
        client(&plain500).login_start("x").await.unwrap_err(),
        ClientError::Server { status: 500 }
    );
    let problem503 = fake("HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/problem+json\r\ncontent-length: 98\r\nconnection: close\r\n\r\n{\"type\":\"about:blank\",\"title\":\"x\",\"status\":503,\"detail\":\"down\",\"code\":\"something_new_in_v2\"}   ", Duration::ZERO).await;
    assert_eq!(
        client(&problem503).health().await.unwrap_err(),
        ClientError::Server { status: 503 }
    );
    let garbage = fake("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 9\r\nconnection: close\r\n\r\n{garbage!", Duration::ZERO).await;
    assert_eq!(
        client(&garbage).health().await.unwrap_err(),
        ClientError::InvalidResponse
    );
    let wrong_shape = fake("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 13\r\nconnection: close\r\n\r\n{\"hello\": 1}\n", Duration::ZERO).await;
    assert_eq!(
        client(&wrong_shape).login_start("x").await.unwrap_err(),
        ClientError::InvalidResponse
    );
    let not_http = fake("SSH-2.0-OpenSSH\r\n", Duration::ZERO).await;
    let e = client(&not_http).health().await.unwrap_err();
    assert!(
        matches!(e, ClientError::InvalidResponse | ClientError::Offline),
        "{e:?}"
    );
    let teapot = fake(
        "HTTP/1.1 418 I'm a teapot\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
        Duration::ZERO,
    )
    .await;
    assert_eq!(
        client(&teapot).health().await.unwrap_err(),
        ClientError::InvalidResponse
    );
    let slow = fake(
        "HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}",
        Duration::from_secs(3),
    )
    .await;
    assert_eq!(
        client(&slow).login_start("x").await.unwrap_err(),
        ClientError::Timeout
    );
    assert_eq!(ClientError::Timeout.message_id(), "backend-timeout");
}

#[tokio::test]
async fn debug_output_hides_secrets() {
    let cfg = ClientConfig::new("http://127.0.0.1:1", Secret::new("device-secret-123"));
    assert!(!format!("{cfg:?}").contains("device-secret-123"));
    let c = Client::new(cfg).unwrap();
    assert!(!format!("{c:?}").contains("device-secret-123"));
    let h = common::start().await;
    let ok = h.login("7132-091200001", "20000121").await.unwrap();
    let dbg = format!("{ok:?}");
    assert!(dbg.contains("Secret(***)"));
    let req = kenpos_client::contract::LoginFinishRequest {
        flow_token: Secret::new("ft"),
        password: Secret::new("20000121"),
    };
    assert!(!format!("{req:?}").contains("20000121"));
}
