//! Test harness: a reference backend on loopback with a manual clock.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use kenpos_client::contract::{OutboxKind, OutboxMessage, Secret};
use kenpos_client::{Client, ClientConfig};
use kenpos_reference::{ManualClock, ReferenceOptions, RunningServer};

pub struct Harness {
    pub server: RunningServer,
    pub clock: Arc<ManualClock>,
    pub client: Client,
}

pub async fn start() -> Harness {
    let clock = Arc::new(ManualClock::starting_now());
    let server = kenpos_reference::start(ReferenceOptions::for_tests(clock.clone()))
        .await
        .expect("server starts");
    let token = server.issue_device_token().expect("device token");
    let client = client_for(&server.base_url(), &token);
    Harness {
        server,
        clock,
        client,
    }
}

pub fn client_for(base: &str, token: &str) -> Client {
    Client::new(ClientConfig::new(base, Secret::new(token))).expect("client")
}

impl Harness {
    pub fn outbox(&self) -> Vec<OutboxMessage> {
        self.server.outbox().expect("outbox")
    }

    /// Token of the newest link of this kind sent to `to`.
    pub fn last_link_token(&self, kind: OutboxKind, to: &str) -> Secret {
        let msg = self
            .outbox()
            .into_iter()
            .rev()
            .find(|m| m.kind == kind && m.to == to)
            .expect("email in outbox");
        let link = msg.link.expect("link");
        Secret::new(link.split("token=").nth(1).expect("token in link"))
    }

    pub async fn login(
        &self,
        id: &str,
        pw: &str,
    ) -> Result<kenpos_client::LoginOutcome, kenpos_client::ClientError> {
        let start = self.client.login_start(id).await?;
        self.client
            .login_finish(&start.flow_token, &Secret::new(pw))
            .await
    }
}
