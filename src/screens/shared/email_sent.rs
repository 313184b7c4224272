//! Guide ⑥ (shared by both paths): where the email went, when its link expires, what to
//! do if it does not arrive (filters, resend with a cooldown, the office), a QR code of
//! the KENPOS site, and "finish", which ends the session.

use std::time::{Duration, Instant};

use iced::widget::{column, row, text};
use iced::{Alignment, Element, Length};
use kenpos_client::{ClientError, IdempotencyKey};
use kenpos_contract::{EmailSentResponse, Secret};
use time::format_description::well_known::Rfc3339;
use time::{OffsetDateTime, UtcOffset};
use zeroize::Zeroizing;

use crate::config::Office;
use crate::i18n::{self, Arg, Language};
use crate::screens::shared::office_contact;
use crate::theme::{self, Look};
use crate::widgets::{buttons, form};

/// How long "resend" waits after a send (the backend enforces its own limit too).
pub const RESEND_COOLDOWN: Duration = Duration::from_secs(60);

/// Japan time: the society's members and offices are in Japan.
const JST: UtcOffset = match UtcOffset::from_hms(9, 0, 0) {
    Ok(offset) => offset,
    Err(_) => UtcOffset::UTC,
};

/// How the member logs in at home: the login ID built from the card (insured) or the
/// email address they registered (family path).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Login {
    /// The insured person's login ID, shown large (wiped with the session).
    Id(Zeroizing<String>),
    /// The email address is the login ID.
    #[default]
    Email,
}

/// The KENPOS site, for the member at home: its address as text and as a QR code.
#[derive(Debug, Clone, Copy)]
pub struct Portal<'a> {
    /// The address, printed as text beside the code.
    pub url: &'a str,
    /// The QR code (none if it could not be made).
    pub qr: Option<&'a crate::widgets::qr::Code>,
}

/// The sent email.
#[derive(Debug, Clone)]
pub struct State {
    login: Login,
    masked_email: String,
    expires_at: Option<OffsetDateTime>,
    resend_token: Secret,
    resend_key: IdempotencyKey,
    sent_at: Instant,
    now: Instant,
    resent: bool,
    error: Option<ClientError>,
    busy: bool,
}

impl PartialEq for State {
    fn eq(&self, other: &Self) -> bool {
        self.masked_email == other.masked_email
            && self.expires_at == other.expires_at
            && self.resent == other.resent
    }
}

/// Taps and time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// Send the email again.
    Resend,
    /// End the session.
    Finish,
    /// A second passed (for the resend countdown).
    Tick(Instant),
}

/// What the root should do.
#[derive(Debug, Clone)]
pub enum Action {
    /// Nothing.
    None,
    /// Resend with this token and key.
    Resend(Secret, IdempotencyKey),
    /// End the session.
    Finish,
}

impl State {
    /// The screen for a sent email.
    pub fn new(sent: EmailSentResponse) -> State {
        let now = Instant::now();
        State {
            login: Login::Email,
            masked_email: sent.masked_email,
            expires_at: OffsetDateTime::parse(&sent.expires_at, &Rfc3339).ok(),
            resend_token: sent.resend_token,
            resend_key: IdempotencyKey::new(),
            sent_at: now,
            now,
            resent: false,
            error: None,
            busy: false,
        }
    }

    /// A resend came back.
    pub fn resent(&mut self, result: Result<EmailSentResponse, ClientError>) {
        self.busy = false;
        match result {
            Ok(sent) => {
                let now = Instant::now();
                *self = State {
                    resent: true,
                    now,
                    ..State::new(sent)
                };
            }
            Err(error) => self.error = Some(error),
        }
    }

    /// Marks a request in flight.
    pub fn set_busy(&mut self, busy: bool) {
        self.busy = busy;
    }

    /// When the link in the email expires.
    pub fn expires_at(&self) -> Option<OffsetDateTime> {
        self.expires_at
    }

    /// Seconds until "resend" is allowed.
    pub fn resend_wait(&self) -> u64 {
        RESEND_COOLDOWN
            .saturating_sub(self.now.saturating_duration_since(self.sent_at))
            .as_secs()
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Tick(now) => self.now = now,
            Message::Finish => return Action::Finish,
            Message::Resend => {
                if !self.busy && self.resend_wait() == 0 {
                    self.error = None;
                    return Action::Resend(self.resend_token.clone(), self.resend_key.clone());
                }
            }
        }
        Action::None
    }

    /// The insured person's login ID, repeated large for use at home.
    pub fn with_login_id(mut self, login_id: &str) -> State {
        self.login = Login::Id(Zeroizing::new(login_id.to_owned()));
        self
    }

    /// The Fluent ids of the error messages on display (for the anonymous funnel: the
    /// message, never what was typed).
    pub fn shown_errors(&self) -> Vec<&'static str> {
        self.error.iter().map(ClientError::message_id).collect()
    }

    /// The screen.
    pub fn view<'a>(
        &'a self,
        look: Look,
        lang: Language,
        office: &Office,
        sender: &str,
        portal: Portal<'a>,
    ) -> Element<'a, Message> {
        let expiry = match self.expires_at {
            Some(at) => {
                let at = at.to_offset(JST);
                i18n::tr_args(
                    lang,
                    "sent-expires",
                    &[
                        ("year", at.year().to_string().into()),
                        ("month", i64::from(u8::from(at.month())).into()),
                        ("day", i64::from(at.day()).into()),
                        (
                            "time",
                            format!("{:02}:{:02}", at.hour(), at.minute()).into(),
                        ),
                    ],
                )
            }
            None => i18n::tr(lang, "sent-expires-24h"),
        };
        let wait = self.resend_wait();
        let resend_label = if self.busy {
            i18n::tr(lang, "common-sending")
        } else if wait > 0 {
            i18n::tr_args(lang, "sent-resend-wait", &[("seconds", wait.into())])
        } else {
            i18n::tr(lang, "sent-resend")
        };
        let mut help = column![
            text(i18n::tr(lang, "sent-not-arrived")).size(theme::TEXT_BUTTON),
            text(i18n::tr(lang, "sent-check-spam")).size(theme::TEXT_BODY),
            text(i18n::tr_args(
                lang,
                "sent-allow-sender",
                &[("domain", Arg::Str(sender.to_owned()))]
            ))
            .size(theme::TEXT_BODY),
            buttons::secondary(
                look,
                resend_label,
                (!self.busy && wait == 0).then_some(Message::Resend)
            ),
        ]
        .spacing(10);
        if self.resent {
            help = help.push(text(i18n::tr(lang, "sent-resent")).size(theme::TEXT_BODY));
        }
        if let Some(error) = &self.error {
            help = help.push(
                text(i18n::client_error(lang, error))
                    .size(theme::TEXT_BODY)
                    .color(look.danger),
            );
        }
        let top = column![
            text(i18n::tr(lang, "sent-title")).size(theme::TEXT_TITLE),
            text(i18n::tr_args(
                lang,
                "sent-to",
                &[("email", self.masked_email.as_str().into())]
            ))
            .size(theme::TEXT_BUTTON),
            text(expiry).size(theme::TEXT_BODY),
            text(i18n::tr(lang, "sent-open-link")).size(theme::TEXT_BODY),
        ]
        .spacing(12);
        column![
            top,
            at_home(look, lang, &self.login, portal),
            form::panel(look, help),
            office_contact(look, lang, office),
            buttons::primary(look, i18n::tr(lang, "sent-finish"), Some(Message::Finish)),
        ]
        .spacing(20)
        .into()
    }
}

/// The width of the QR code's column on the last screen.
const QR_COLUMN: f32 = 240.0;

/// What the member needs to log in at home: the login ID (large) or "your email address
/// is your login ID", "type in half-width", and the site's address beside its QR code.
pub fn at_home<'a, M: 'a>(
    look: Look,
    lang: Language,
    login: &Login,
    portal: Portal<'a>,
) -> Element<'a, M> {
    let login: Element<'a, M> = match login {
        Login::Id(id) => column![
            text(i18n::tr(lang, "home-login-id")).size(theme::TEXT_BODY),
            text(id.to_string()).size(theme::TEXT_LOGIN_ID),
        ]
        .spacing(4)
        .into(),
        Login::Email => text(i18n::tr(lang, "home-login-email"))
            .size(theme::TEXT_BUTTON)
            .into(),
    };
    let mut content = row![
        column![
            text(i18n::tr(lang, "home-title")).size(theme::TEXT_BUTTON),
            login,
            text(i18n::tr(lang, "home-half-width")).size(theme::TEXT_BODY),
            text(i18n::tr(lang, "home-site")).size(theme::TEXT_BODY),
            text(portal.url.to_owned()).size(theme::TEXT_BUTTON),
        ]
        .spacing(10)
        .width(Length::Fill)
    ]
    .spacing(24)
    .align_y(Alignment::Start);
    if let Some(qr) = portal.qr {
        // A fixed, even width: the (even-sided) code is centred on whole pixels.
        content = content.push(
            column![
                crate::widgets::qr::view(qr),
                text(i18n::tr(lang, "sent-qr"))
                    .size(theme::TEXT_SMALL)
                    .align_x(iced::alignment::Horizontal::Center)
            ]
            .spacing(6)
            .width(Length::Fixed(QR_COLUMN))
            .align_x(Alignment::Center),
        );
    }
    form::panel(look, content)
}
