//! The backend lost mid-path (issue 7), through a fault-injecting TCP proxy on loopback
//! between the app and the reference backend: the backend down for a while, and a reply
//! lost after the backend acted on the request. Each time the member sees a clear
//! message, keeps what was typed, tries again, and the backend acts only once.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{family_step, insured_step};

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};

use common::{Harness, field_value, shows, walk};
use kenpos_contract::Secret;
use kenpos_kiosk::app::{App, Boot};
use kenpos_kiosk::backend::Backend;
use kenpos_kiosk::config::Config;
use kenpos_kiosk::i18n::{Language, tr};
use kenpos_kiosk::paths::family::Step as FamilyStep;
use kenpos_kiosk::paths::insured::Step;
use kenpos_kiosk::screens::family::{eligibility, setup as family_setup};
use kenpos_kiosk::screens::insured::setup;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const JA: Language = Language::Ja;

/// What the proxy does with traffic, checked on every read (pooled connections too).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Mode {
    /// Forward both ways.
    Pass = 0,
    /// Close every connection before a request reaches the backend.
    Down = 1,
    /// Forward requests, then drop the backend's reply and close the connection.
    LoseReplies = 2,
}

/// A loopback TCP proxy in front of the reference backend.
struct Proxy {
    addr: SocketAddr,
    mode: Arc<AtomicU8>,
    /// Requests that never reached the backend (Down).
    refused: Arc<AtomicUsize>,
    /// Replies the backend sent that the app never got (LoseReplies).
    lost: Arc<AtomicUsize>,
}

impl Proxy {
    fn start(h: &Harness) -> Proxy {
        let upstream: SocketAddr = h
            .server
            .as_ref()
            .unwrap()
            .base_url()
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .parse()
            .unwrap();
        let listener = h
            .runtime
            .block_on(TcpListener::bind("127.0.0.1:0"))
            .unwrap();
        let proxy = Proxy {
            addr: listener.local_addr().unwrap(),
            mode: Arc::new(AtomicU8::new(Mode::Pass as u8)),
            refused: Arc::new(AtomicUsize::new(0)),
            lost: Arc::new(AtomicUsize::new(0)),
        };
        let (mode, refused, lost) = (
            proxy.mode.clone(),
            proxy.refused.clone(),
            proxy.lost.clone(),
        );
        h.runtime.spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let (mode, refused, lost) = (mode.clone(), refused.clone(), lost.clone());
                tokio::spawn(async move {
                    if let Ok(server) = TcpStream::connect(upstream).await {
                        pump(client, server, mode, refused, lost).await;
                    }
                });
            }
        });
        proxy
    }

    fn set(&self, mode: Mode) {
        self.mode.store(mode as u8, Ordering::SeqCst);
    }

    fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    fn refused(&self) -> usize {
        self.refused.load(Ordering::SeqCst)
    }

    fn lost(&self) -> usize {
        self.lost.load(Ordering::SeqCst)
    }
}

fn mode(m: &AtomicU8) -> Mode {
    match m.load(Ordering::SeqCst) {
        1 => Mode::Down,
        2 => Mode::LoseReplies,
        _ => Mode::Pass,
    }
}

/// Copies bytes both ways, applying the mode at every read; returns when either side
/// closes or the mode cuts the connection (both sockets are then dropped).
async fn pump(
    mut client: TcpStream,
    mut server: TcpStream,
    m: Arc<AtomicU8>,
    refused: Arc<AtomicUsize>,
    lost: Arc<AtomicUsize>,
) {
    let mut up = vec![0u8; 16 * 1024];
    let mut down = vec![0u8; 16 * 1024];
    loop {
        tokio::select! {
            read = client.read(&mut up) => {
                let Ok(n @ 1..) = read else { return };
                if mode(&m) == Mode::Down {
                    refused.fetch_add(1, Ordering::SeqCst);
                    return;
                }
                if server.write_all(&up[..n]).await.is_err() { return }
            }
            read = server.read(&mut down) => {
                let Ok(n @ 1..) = read else { return };
                if mode(&m) == Mode::LoseReplies {
                    lost.fetch_add(1, Ordering::SeqCst);
                    return;
                }
                if client.write_all(&down[..n]).await.is_err() { return }
            }
        }
    }
}

/// The app, talking to the reference backend through the proxy.
fn app_through(h: &Harness, proxy: &Proxy) -> App {
    let token = h.server.as_ref().unwrap().issue_device_token().unwrap();
    let backend = Backend::new(&proxy.url(), Secret::new(token), &Config::default(), true).unwrap();
    App::new(Boot::Ready(Box::new(common::config()), backend))
}

#[test]
fn backend_down_then_back_mid_path_keeps_the_input_and_goes_on_after_try_again() {
    let h = Harness::start();
    let proxy = Proxy::start(&h);
    let mut app = app_through(&h, &proxy);
    walk::to_consent(&h, &mut app, JA);
    walk::agree(&h, &mut app, JA);
    assert_eq!(insured_step(&app), Some(Step::Setup));
    h.type_into(&mut app, setup::EMAIL, "taro.faults@example.jp");
    h.type_into(&mut app, setup::NEW_PASSWORD, "quiet harbour lamp");
    h.type_into(&mut app, setup::CONFIRM, "quiet harbour lamp");

    // The backend goes away: a clear message, nothing typed is lost.
    proxy.set(Mode::Down);
    h.click(&mut app, &tr(JA, "setup-next"));
    assert!(proxy.refused() > 0, "the request must have been cut off");
    assert_eq!(insured_step(&app), Some(Step::Setup));
    assert!(shows(&app, &tr(JA, "backend-offline")));
    assert_eq!(field_value(&app, setup::EMAIL), "taro.faults@example.jp");
    h.click(&mut app, &tr(JA, "common-try-again"));
    assert!(shows(&app, &tr(JA, "backend-offline")), "still down");
    assert_eq!(insured_step(&app), Some(Step::Setup));

    // It comes back: "try again" goes on with what was typed.
    proxy.set(Mode::Pass);
    h.click(&mut app, &tr(JA, "common-try-again"));
    assert_eq!(insured_step(&app), Some(Step::Confirm));
    assert!(shows(&app, "taro.faults@example.jp"));

    // The reply to "send" is lost after the backend sent the email; trying again with
    // the same send gets the same answer and no second email.
    proxy.set(Mode::LoseReplies);
    h.click(&mut app, &tr(JA, "confirm-send"));
    assert!(proxy.lost() > 0, "a reply must have been lost");
    assert_eq!(insured_step(&app), Some(Step::Confirm));
    assert!(shows(&app, &tr(JA, "common-try-again")));
    assert_eq!(
        walk::mails_to(&h, "taro.faults@example.jp"),
        1,
        "the backend acted"
    );
    proxy.set(Mode::Pass);
    h.click(&mut app, &tr(JA, "common-try-again"));
    assert_eq!(insured_step(&app), Some(Step::Sent));
    assert_eq!(walk::mails_to(&h, "taro.faults@example.jp"), 1, "sent once");
}

#[test]
fn a_lost_signup_reply_is_retried_without_a_second_signup() {
    let h = Harness::start();
    let proxy = Proxy::start(&h);
    let mut app = app_through(&h, &proxy);
    walk::to_eligibility(&h, &mut app, JA);
    h.type_into(&mut app, eligibility::SYMBOL, "500");
    h.type_into(&mut app, eligibility::NUMBER, "12345");
    h.type_into(&mut app, eligibility::INSURER, "06139984");

    // Down at the eligibility check: the numbers stay in their fields.
    proxy.set(Mode::Down);
    h.click(&mut app, &tr(JA, "family-eligibility-next"));
    assert!(proxy.refused() > 0);
    assert_eq!(family_step(&app), Some(FamilyStep::Eligibility));
    assert!(shows(&app, &tr(JA, "backend-offline")));
    assert_eq!(field_value(&app, eligibility::NUMBER), "12345");
    proxy.set(Mode::Pass);
    h.click(&mut app, &tr(JA, "common-try-again"));
    assert_eq!(family_step(&app), Some(FamilyStep::Consent));

    walk::agree(&h, &mut app, JA);
    assert_eq!(family_step(&app), Some(FamilyStep::Setup));
    h.type_into(&mut app, family_setup::NAME, "ニンイ　ケイコ");
    h.type_into(&mut app, family_setup::BIRTH, "S40.4.1");
    h.type_into(&mut app, family_setup::EMAIL, "keiko.faults@example.jp");
    h.type_into(&mut app, family_setup::PASSWORD, "maple leaf autumn");
    h.type_into(&mut app, family_setup::CONFIRM, "maple leaf autumn");
    h.click(&mut app, &tr(JA, "setup-next"));
    assert_eq!(family_step(&app), Some(FamilyStep::Confirm));

    proxy.set(Mode::LoseReplies);
    h.click(&mut app, &tr(JA, "confirm-send"));
    assert!(proxy.lost() > 0, "a reply must have been lost");
    assert_eq!(family_step(&app), Some(FamilyStep::Confirm));
    assert!(shows(&app, &tr(JA, "common-try-again")));
    assert!(
        shows(&app, "keiko.faults@example.jp"),
        "what was entered is kept"
    );
    assert_eq!(walk::mails_to(&h, "keiko.faults@example.jp"), 1);

    proxy.set(Mode::Pass);
    h.click(&mut app, &tr(JA, "common-try-again"));
    assert_eq!(family_step(&app), Some(FamilyStep::Sent));
    assert_eq!(
        walk::mails_to(&h, "keiko.faults@example.jp"),
        1,
        "signed up once"
    );
}

#[test]
fn the_welcome_notice_comes_and_goes_with_the_backend() {
    use kenpos_kiosk::app::Message;
    let h = Harness::start();
    let proxy = Proxy::start(&h);
    let mut app = app_through(&h, &proxy);
    let notice = tr(JA, "welcome-backend-down");

    // Down when the kiosk starts (the network came up later, say).
    proxy.set(Mode::Down);
    let check = app.boot_task();
    h.send_task(&mut app, check);
    assert!(app.backend_down() && shows(&app, &notice));
    // Back: the next check on the welcome screen takes the notice away.
    proxy.set(Mode::Pass);
    h.send(&mut app, Message::CheckBackend);
    assert!(!app.backend_down() && !shows(&app, &notice));

    // Lost during a session: the welcome screen that follows says so at once.
    h.click(&mut app, &tr(JA, "welcome-choice-insured"));
    proxy.set(Mode::Down);
    h.click(&mut app, &tr(JA, "header-start-over"));
    assert!(matches!(
        app.screen(),
        kenpos_kiosk::app::Screen::Welcome(_)
    ));
    assert!(app.backend_down() && shows(&app, &notice));
    assert!(
        shows(&app, &tr(JA, "office-title")),
        "with the office contact"
    );
    proxy.set(Mode::Pass);
    h.send(&mut app, Message::CheckBackend);
    assert!(!shows(&app, &notice));
}
