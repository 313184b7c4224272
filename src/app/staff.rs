//! The staff panel as the root runs it: health with latency, outbox, link confirmation.

use std::time::{Instant, SystemTime};

use iced::Task;
use kenpos_client::ClientError;
use kenpos_contract::{HealthResponse, OutboxMessage, Secret};

use super::{App, Message, Screen};
use crate::screens::staff;

/// Backend replies for the staff panel.
#[derive(Debug, Clone)]
pub enum StaffReply {
    /// Health and its latency in milliseconds.
    Health(Result<(HealthResponse, u64), ClientError>),
    /// The demo outbox.
    Outbox(Result<Vec<OutboxMessage>, ClientError>),
    /// A link confirmation for an outbox message.
    Confirmed(i64, Result<(), ClientError>),
}

impl App {
    /// Opens the staff panel and checks the backend.
    pub(super) fn open_staff(&mut self) -> Task<Message> {
        tracing::info!("staff panel opened");
        let mut state = staff::State::default();
        state.funnel(self.funnel.report(state.period().days(), SystemTime::now()));
        self.screen = Screen::Staff(state);
        self.staff_refresh()
    }

    fn staff_refresh(&self) -> Task<Message> {
        let Some(backend) = &self.backend else {
            return Task::none();
        };
        let client = backend.client().clone();
        let health = Task::perform(
            async move {
                let started = Instant::now();
                let result = client.health().await;
                let ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
                result.map(|health| (health, ms))
            },
            |r| Message::StaffReply(StaffReply::Health(r)),
        );
        if !backend.is_demo() {
            return health;
        }
        let client = backend.client().clone();
        let outbox = Task::perform(async move { client.dev_outbox().await }, |r| {
            Message::StaffReply(StaffReply::Outbox(r))
        });
        Task::batch([health, outbox])
    }

    /// A staff panel message.
    pub(super) fn update_staff(&mut self, message: staff::Message) -> Task<Message> {
        let Screen::Staff(state) = &mut self.screen else {
            return Task::none();
        };
        match state.update(message) {
            staff::Action::None => Task::none(),
            staff::Action::Back => self.end_session(crate::stats::Exit::Back),
            staff::Action::Refresh => {
                let report = self.funnel.report(state.period().days(), SystemTime::now());
                state.funnel(report);
                self.staff_refresh()
            }
            staff::Action::Funnel(period) => {
                let report = self.funnel.report(period.days(), SystemTime::now());
                state.funnel(report);
                Task::none()
            }
            staff::Action::Confirm(id, token) => {
                let Some(backend) = &self.backend else {
                    return Task::none();
                };
                let client = backend.client().clone();
                Task::perform(
                    async move { client.verify(&Secret::new(token)).await.map(|_| ()) },
                    move |r| Message::StaffReply(StaffReply::Confirmed(id, r)),
                )
            }
        }
    }

    /// A staff panel reply.
    pub(super) fn staff_reply(&mut self, reply: StaffReply) -> Task<Message> {
        let Screen::Staff(state) = &mut self.screen else {
            return Task::none();
        };
        match reply {
            StaffReply::Health(result) => state.health(result),
            StaffReply::Outbox(result) => state.outbox(result),
            StaffReply::Confirmed(id, result) => {
                state.confirmed(id, result);
                return self.staff_refresh();
            }
        }
        Task::none()
    }
}
