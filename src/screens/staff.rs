//! The staff panel (windowed mode): backend status and latency, the app's version and
//! build, the active configuration (no secrets), and in demo mode the reference backend's
//! outbox, where staff can confirm a demo signup's email link; and the anonymous step
//! funnel as a chart (last 24 hours, 7 days or 30 days).

use iced::widget::{column, row, text};
use iced::{Alignment, Element, Length};
use kenpos_client::ClientError;
use kenpos_contract::{HealthResponse, OutboxKind, OutboxMessage};

use crate::config::Config;
use crate::i18n::{self, Language};
use crate::stats::StatsError;
use crate::stats::report::Report;
use crate::theme::{self, Look};
use crate::widgets::{buttons, form, funnel_chart};

/// The periods the funnel chart covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FunnelPeriod {
    /// The last 24 hours.
    #[default]
    Day,
    /// The last 7 days.
    Week,
    /// The last 30 days.
    Month,
}

impl FunnelPeriod {
    /// Every period, in the order the buttons show them.
    pub const ALL: [FunnelPeriod; 3] = [FunnelPeriod::Day, FunnelPeriod::Week, FunnelPeriod::Month];

    /// Its length in days.
    pub fn days(self) -> u32 {
        match self {
            FunnelPeriod::Day => 1,
            FunnelPeriod::Week => 7,
            FunnelPeriod::Month => 30,
        }
    }

    fn label_id(self) -> &'static str {
        match self {
            FunnelPeriod::Day => "stats-period-day",
            FunnelPeriod::Week => "stats-period-week",
            FunnelPeriod::Month => "stats-period-month",
        }
    }
}

/// What the panel knows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    health: Option<Result<(HealthResponse, u64), ClientError>>,
    outbox: Option<Result<Vec<OutboxMessage>, ClientError>>,
    confirmed: Vec<i64>,
    confirm_error: Option<ClientError>,
    period: FunnelPeriod,
    /// The funnel of the period; `None` when the funnel is off.
    funnel: Option<Result<Report, StatsError>>,
}

/// Taps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// Check the backend again.
    Refresh,
    /// Confirm the email link of this outbox message (demo only).
    Confirm(i64),
    /// Back to the welcome screen.
    Back,
    /// Show the funnel of another period.
    Period(FunnelPeriod),
}

/// What the root should do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Nothing.
    None,
    /// Check health (and the outbox in demo mode).
    Refresh,
    /// Confirm the link with this token, for this outbox message.
    Confirm(i64, String),
    /// Back.
    Back,
    /// Load the funnel of this period.
    Funnel(FunnelPeriod),
}

impl State {
    /// The period the funnel chart shows.
    pub fn period(&self) -> FunnelPeriod {
        self.period
    }

    /// The funnel of the period came (`None`: the funnel is off).
    pub fn funnel(&mut self, report: Option<Result<Report, StatsError>>) {
        self.funnel = report;
    }

    /// The health check came back, with its latency in milliseconds.
    pub fn health(&mut self, result: Result<(HealthResponse, u64), ClientError>) {
        self.health = Some(result);
    }

    /// The outbox came back.
    pub fn outbox(&mut self, result: Result<Vec<OutboxMessage>, ClientError>) {
        self.outbox = Some(result);
    }

    /// A link was confirmed (or not).
    pub fn confirmed(&mut self, id: i64, result: Result<(), ClientError>) {
        match result {
            Ok(()) => {
                self.confirmed.push(id);
                self.confirm_error = None;
            }
            Err(error) => self.confirm_error = Some(error),
        }
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Refresh => Action::Refresh,
            Message::Back => Action::Back,
            Message::Period(period) => {
                self.period = period;
                Action::Funnel(period)
            }
            Message::Confirm(id) => {
                let token =
                    self.outbox
                        .as_ref()
                        .and_then(|r| r.as_ref().ok())
                        .and_then(|messages| {
                            messages
                                .iter()
                                .find(|m| m.id == id)
                                .and_then(|m| m.link.as_deref())
                                .and_then(link_token)
                        });
                match token {
                    Some(token) => Action::Confirm(id, token),
                    None => Action::None,
                }
            }
        }
    }

    /// The panel.
    pub fn view<'a>(
        &'a self,
        look: Look,
        lang: Language,
        config: &'a Config,
        version: &'a str,
        demo: bool,
    ) -> Element<'a, Message> {
        let pair = |label: &str, value: String| -> Element<'a, Message> {
            row![
                text(i18n::tr(lang, label))
                    .size(theme::TEXT_SMALL)
                    .color(look.muted)
                    .width(Length::Fixed(280.0)),
                text(value).size(theme::TEXT_BODY)
            ]
            .spacing(12)
            .into()
        };
        let status = match &self.health {
            None => i18n::tr(lang, "common-loading"),
            Some(Ok((health, ms))) => i18n::tr_args(
                lang,
                "staff-backend-ok",
                &[
                    ("version", health.version.as_str().into()),
                    ("ms", (*ms).into()),
                ],
            ),
            Some(Err(error)) => i18n::client_error(lang, error),
        };
        let society = &config.society;
        let insurers: Vec<&str> = society.insurer_numbers.iter().map(|n| n.as_str()).collect();
        let settings = column![
            pair("staff-version", version.to_owned()),
            pair("staff-backend", config.backend.url.to_string()),
            pair("staff-backend-status", status),
            pair("staff-mode", format!("{:?}", config.mode)),
            pair("staff-language", config.default_language.code().to_owned()),
            pair("staff-prefix", society.login_id_prefix.as_str().to_owned()),
            pair("staff-insurers", insurers.join(", ")),
            pair(
                "staff-office",
                format!("{} / {}", society.office.phone, society.office.hours(lang))
            ),
            pair(
                "staff-idle",
                format!(
                    "{} / {} / {} / {} s",
                    config.idle.timeout_secs.secs(),
                    config.idle.input_timeout_secs.secs(),
                    config.idle.countdown_secs.secs(),
                    config.idle.session_cap_secs.secs()
                ),
            ),
            pair(
                "staff-token-store",
                format!("{:?}", config.device_token.store)
            ),
        ]
        .spacing(8);

        let mut content = column![
            text(i18n::tr(lang, "staff-title")).size(theme::TEXT_TITLE),
            form::panel(look, settings),
            row![
                buttons::secondary(look, i18n::tr(lang, "common-back"), Some(Message::Back)),
                buttons::primary(
                    look,
                    i18n::tr(lang, "staff-refresh"),
                    Some(Message::Refresh)
                ),
            ]
            .spacing(16),
        ]
        .spacing(18);
        content = content.push(self.funnel_view(look, lang));
        if demo {
            content = content.push(text(i18n::tr(lang, "staff-outbox")).size(theme::TEXT_BUTTON));
            match &self.outbox {
                None => {}
                Some(Err(error)) => {
                    content = content.push(form::error_banner(
                        look,
                        i18n::client_error(lang, error),
                        None,
                    ))
                }
                Some(Ok(messages)) if messages.is_empty() => {
                    content = content
                        .push(text(i18n::tr(lang, "staff-outbox-empty")).size(theme::TEXT_BODY));
                }
                Some(Ok(messages)) => {
                    for message in messages.iter().rev() {
                        content = content.push(self.outbox_line(look, lang, message));
                    }
                }
            }
            if let Some(error) = &self.confirm_error {
                content = content.push(form::error_banner(
                    look,
                    i18n::client_error(lang, error),
                    None,
                ));
            }
        }
        content.into()
    }

    fn funnel_view<'a>(&'a self, look: Look, lang: Language) -> Element<'a, Message> {
        let Some(funnel) = &self.funnel else {
            return column![
                text(i18n::tr(lang, "stats-title")).size(theme::TEXT_BUTTON),
                text(i18n::tr(lang, "stats-off")).size(theme::TEXT_BODY),
            ]
            .spacing(8)
            .into();
        };
        let mut periods = row![].spacing(12);
        for period in FunnelPeriod::ALL {
            let label = i18n::tr(lang, period.label_id());
            periods = periods.push(if period == self.period {
                buttons::primary(look, label, None)
            } else {
                buttons::secondary(look, label, Some(Message::Period(period)))
            });
        }
        let chart = match funnel {
            Ok(report) => funnel_chart::view(look, lang, report),
            Err(error) => form::error_banner(
                look,
                i18n::tr_args(
                    lang,
                    "stats-unreadable",
                    &[("reason", error.to_string().into())],
                ),
                None,
            ),
        };
        column![
            text(i18n::tr(lang, "stats-title")).size(theme::TEXT_BUTTON),
            text(i18n::tr(lang, "stats-what"))
                .size(theme::TEXT_SMALL)
                .color(look.muted),
            periods,
            chart
        ]
        .spacing(12)
        .into()
    }

    fn outbox_line<'a>(
        &self,
        look: Look,
        lang: Language,
        message: &'a OutboxMessage,
    ) -> Element<'a, Message> {
        let kind = match message.kind {
            OutboxKind::Verify => "staff-outbox-verify",
            OutboxKind::LoginId => "staff-outbox-login-id",
            OutboxKind::PasswordReset => "staff-outbox-reset",
        };
        let mut line = row![
            column![
                text(i18n::tr_args(
                    lang,
                    kind,
                    &[("to", message.to.as_str().into())]
                ))
                .size(theme::TEXT_BODY),
                text(message.created_at.clone())
                    .size(theme::TEXT_SMALL)
                    .color(look.muted),
            ]
            .spacing(4)
            .width(Length::Fill)
        ]
        .spacing(16)
        .align_y(Alignment::Center);
        if message.kind == OutboxKind::Verify && message.link.is_some() {
            line = line.push(if self.confirmed.contains(&message.id) {
                Element::from(text(i18n::tr(lang, "staff-outbox-confirmed")).size(theme::TEXT_BODY))
            } else {
                buttons::secondary(
                    look,
                    i18n::tr(lang, "staff-outbox-confirm"),
                    Some(Message::Confirm(message.id)),
                )
            });
        }
        form::panel(look, line)
    }
}

/// The token in an email link (`…?token=…`).
fn link_token(link: &str) -> Option<String> {
    let (_, query) = link.split_once('?')?;
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix("token="))
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_tokens_are_read_from_the_query() {
        assert_eq!(
            link_token("http://127.0.0.1:1/verify?token=abc").as_deref(),
            Some("abc")
        );
        assert_eq!(
            link_token("http://x/verify?a=1&token=t2").as_deref(),
            Some("t2")
        );
        assert_eq!(link_token("http://x/verify"), None);
    }
}
