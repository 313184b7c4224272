//! SMTP delivery against a tiny fake SMTP server on loopback.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::{Arc, Mutex};
use std::time::Duration;

use kenpos_reference::{HashCost, ReferenceOptions, SmtpSettings, SmtpTls};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

/// Accepts one SMTP session and records every line the client sends.
async fn fake_smtp() -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let lines = Arc::new(Mutex::new(Vec::new()));
    let seen = lines.clone();
    tokio::spawn(async move {
        let (sock, _) = listener.accept().await.unwrap();
        let (r, mut w) = sock.into_split();
        let mut r = BufReader::new(r);
        w.write_all(b"220 fake ESMTP\r\n").await.unwrap();
        let mut in_data = false;
        let mut line = String::new();
        while r.read_line(&mut line).await.unwrap_or(0) > 0 {
            let l = line.trim_end().to_owned();
            seen.lock().unwrap().push(l.clone());
            let reply: &[u8] = if in_data {
                if l == "." {
                    in_data = false;
                    b"250 queued\r\n"
                } else {
                    b""
                }
            } else if l.starts_with("EHLO") || l.starts_with("HELO") {
                b"250 fake\r\n"
            } else if l == "DATA" {
                in_data = true;
                b"354 go ahead\r\n"
            } else if l == "QUIT" {
                w.write_all(b"221 bye\r\n").await.unwrap();
                break;
            } else {
                b"250 ok\r\n"
            };
            w.write_all(reply).await.unwrap();
            line.clear();
        }
    });
    (port, lines)
}

#[tokio::test]
async fn outbox_emails_are_also_delivered_over_smtp() {
    let (port, lines) = fake_smtp().await;
    let server = kenpos_reference::start(ReferenceOptions {
        hash_cost: HashCost::Minimal,
        smtp: Some(SmtpSettings {
            host: "127.0.0.1".into(),
            port,
            tls: SmtpTls::None,
            username: None,
            password: None,
            from: "KENPOS <no-reply@kenpos.example>".into(),
        }),
        ..ReferenceOptions::default()
    })
    .await
    .unwrap();
    let token = server.issue_device_token().unwrap();
    let resp = reqwest::Client::new()
        .post(format!("{}/api/v1/forgot/login-id", server.base_url()))
        .bearer_auth(token)
        .header("idempotency-key", "smtp-1")
        .json(&serde_json::json!({ "email": "michiko@example.jp" }))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 202);
    assert_eq!(server.outbox().unwrap().len(), 1);
    for _ in 0..100 {
        if lines.lock().unwrap().iter().any(|l| l == ".") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let seen = lines.lock().unwrap().join("\n");
    assert!(seen.contains("RCPT TO:<michiko@example.jp>"), "{seen}");
    assert!(
        seen.contains("MAIL FROM:<no-reply@kenpos.example>"),
        "{seen}"
    );
    assert!(seen.lines().any(|l| l == "."), "{seen}");
    server.shutdown().await;
}
