//! The idle timer: the pure tracker with synthetic instants, and the overlay through the
//! app (iced_test, headless). Nothing sleeps: time is passed in.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::{Duration, Instant};

use common::{Harness, shows, walk};
use kenpos_kiosk::app::{App, Message, Screen};
use kenpos_kiosk::i18n::{Language, tr};
use kenpos_kiosk::idle::{IdleEvent, Reason, Timeouts, Tracker};
use kenpos_kiosk::screens::countdown;

const JA: Language = Language::Ja;
const EN: Language = Language::En;

fn secs(n: u64) -> Duration {
    Duration::from_secs(n)
}

fn started(t0: Instant) -> Tracker {
    let mut tracker = Tracker::new(Timeouts::default());
    tracker.start(t0);
    tracker
}

#[test]
fn defaults_come_from_the_config() {
    let t = Timeouts::default();
    assert_eq!(
        (t.idle, t.input_idle, t.countdown, t.session_cap),
        (secs(90), secs(180), secs(30), secs(900))
    );
}

#[test]
fn no_session_no_timer() {
    let t0 = Instant::now();
    let mut tracker = Tracker::new(Timeouts::default());
    assert_eq!(tracker.tick(t0 + secs(10_000)), IdleEvent::None);
    assert!(tracker.warning().is_none());
}

#[test]
fn timeout_then_countdown_then_continue_resets() {
    let t0 = Instant::now();
    let mut tracker = started(t0);
    assert_eq!(tracker.tick(t0 + secs(89)), IdleEvent::None);
    tracker.on_activity(t0 + secs(60));
    assert_eq!(
        tracker.tick(t0 + secs(149)),
        IdleEvent::None,
        "activity restarts"
    );
    assert_eq!(tracker.tick(t0 + secs(150)), IdleEvent::Warn(Reason::Idle));
    let warning = tracker.warning().unwrap();
    assert_eq!(warning.ends_at, t0 + secs(180));
    assert_eq!(tracker.seconds_left(), Some(30));
    assert_eq!(tracker.tick(t0 + secs(165)), IdleEvent::None);
    assert_eq!(tracker.seconds_left(), Some(15));
    // A stray touch does not dismiss the warning; "continue" does.
    tracker.on_activity(t0 + secs(166));
    assert!(tracker.warning().is_some());
    assert!(tracker.extend(t0 + secs(170)));
    assert!(tracker.warning().is_none());
    assert_eq!(tracker.tick(t0 + secs(259)), IdleEvent::None);
    assert_eq!(tracker.tick(t0 + secs(260)), IdleEvent::Warn(Reason::Idle));
}

#[test]
fn continue_works_more_than_ten_times() {
    // Twelve idle rounds take longer than the default 15-minute cap: raise the cap.
    let t0 = Instant::now();
    let mut tracker = Tracker::new(Timeouts {
        session_cap: secs(14_400),
        ..Timeouts::default()
    });
    tracker.start(t0);
    let mut now = t0;
    for round in 0..12 {
        now += secs(90);
        assert_eq!(
            tracker.tick(now),
            IdleEvent::Warn(Reason::Idle),
            "round {round}"
        );
        now += secs(29);
        assert_eq!(tracker.tick(now), IdleEvent::None, "round {round}");
        assert!(tracker.extend(now), "round {round}");
    }
    assert!(tracker.is_active());
}

#[test]
fn countdown_to_zero_ends_the_session() {
    let t0 = Instant::now();
    let mut tracker = started(t0);
    assert_eq!(tracker.tick(t0 + secs(90)), IdleEvent::Warn(Reason::Idle));
    assert_eq!(tracker.tick(t0 + secs(119)), IdleEvent::None);
    assert_eq!(tracker.tick(t0 + secs(120)), IdleEvent::EndSession);
    assert!(!tracker.is_active());
    assert!(!tracker.extend(t0 + secs(121)), "nothing to continue");
}

#[test]
fn a_late_tick_still_gives_a_full_countdown() {
    let t0 = Instant::now();
    let mut tracker = started(t0);
    // The machine slept: the first tick comes long after the timeout.
    assert_eq!(tracker.tick(t0 + secs(500)), IdleEvent::Warn(Reason::Idle));
    assert_eq!(tracker.seconds_left(), Some(30));
}

#[test]
fn sensitive_screens_use_the_longer_timeout() {
    let t0 = Instant::now();
    let mut tracker = started(t0);
    tracker.set_sensitive(true);
    assert_eq!(tracker.idle_timeout(), secs(180));
    assert_eq!(tracker.tick(t0 + secs(179)), IdleEvent::None);
    assert_eq!(tracker.tick(t0 + secs(180)), IdleEvent::Warn(Reason::Idle));
    tracker.set_sensitive(false);
    assert_eq!(tracker.idle_timeout(), secs(90));
}

#[test]
fn hard_cap_warns_once_and_cannot_be_continued() {
    let t0 = Instant::now();
    let mut tracker = started(t0);
    let mut now = t0;
    // Busy member: activity every 30 s never lets the idle timer run out.
    while now < t0 + secs(870) {
        now += secs(30);
        tracker.on_activity(now);
        assert_eq!(tracker.tick(now), IdleEvent::None, "{:?}", now - t0);
    }
    now = t0 + secs(900);
    tracker.on_activity(now);
    assert_eq!(tracker.tick(now), IdleEvent::Warn(Reason::SessionCap));
    let warning = tracker.warning().unwrap();
    assert!(!warning.can_continue());
    assert_eq!(tracker.seconds_left(), Some(30), "a full countdown");
    assert!(
        !tracker.extend(now + secs(5)),
        "continue does not extend the cap"
    );
    tracker.on_activity(now + secs(6));
    assert_eq!(tracker.tick(now + secs(29)), IdleEvent::None);
    assert_eq!(tracker.tick(now + secs(30)), IdleEvent::EndSession);
}

#[test]
fn cap_during_an_idle_warning_keeps_its_deadline() {
    let t0 = Instant::now();
    let mut tracker = started(t0);
    tracker.on_activity(t0 + secs(800));
    assert_eq!(tracker.tick(t0 + secs(890)), IdleEvent::Warn(Reason::Idle));
    assert_eq!(
        tracker.tick(t0 + secs(900)),
        IdleEvent::Warn(Reason::SessionCap)
    );
    assert!(!tracker.extend(t0 + secs(901)));
    assert_eq!(tracker.tick(t0 + secs(919)), IdleEvent::None);
    assert_eq!(tracker.tick(t0 + secs(920)), IdleEvent::EndSession);
}

// ---- Through the app -------------------------------------------------------------

fn idle_tick(h: &Harness, app: &mut App, after: Duration) {
    let now = app.idle().now().unwrap() + after;
    h.send(app, Message::Idle(countdown::Message::Tick(now)));
}

fn open_insured(h: &Harness, app: &mut App) {
    h.click(app, &tr(EN, "welcome-language-en"));
    assert_eq!(app.language(), EN);
    walk::to_login_id(h, app, EN);
    assert!(
        app.idle().is_active(),
        "the session clock starts after welcome"
    );
}

fn overlay_shown(app: &App) -> bool {
    shows(app, &tr(JA, "idle-title"))
}

#[test]
fn overlay_shows_both_languages_and_continue_hides_it() {
    let h = Harness::start();
    let mut app = h.app();
    assert!(!app.idle().is_active(), "no timer on the welcome screen");
    open_insured(&h, &mut app);
    idle_tick(&h, &mut app, Duration::from_secs(89));
    assert!(!overlay_shown(&app));
    idle_tick(&h, &mut app, Duration::from_secs(1));
    for language in Language::ALL {
        assert!(shows(&app, &tr(language, "idle-title")), "{language:?}");
        assert!(shows(&app, &tr(language, "idle-continue")), "{language:?}");
        assert!(
            shows(&app, &tr(language, "idle-start-over")),
            "{language:?}"
        );
    }
    assert!(shows(&app, "30"), "the countdown");
    h.click(&mut app, &tr(JA, "idle-continue"));
    assert!(!overlay_shown(&app));
    assert!(
        matches!(app.screen(), Screen::Insured(_)),
        "the session goes on"
    );
    assert_eq!(app.language(), EN, "and keeps its language");
}

#[test]
fn start_over_on_the_overlay_returns_to_welcome_in_the_default_language() {
    let h = Harness::start();
    let mut app = h.app();
    open_insured(&h, &mut app);
    idle_tick(&h, &mut app, Duration::from_secs(90));
    assert!(overlay_shown(&app));
    h.click(&mut app, &tr(EN, "idle-start-over"));
    assert!(matches!(app.screen(), Screen::Welcome(_)));
    assert_eq!(app.language(), JA);
    assert!(!overlay_shown(&app));
    assert!(!app.idle().is_active());
    assert!(shows(&app, &tr(JA, "welcome-title")));
}

#[test]
fn countdown_to_zero_in_the_app_ends_the_session() {
    let h = Harness::start();
    let mut app = h.app();
    open_insured(&h, &mut app);
    idle_tick(&h, &mut app, Duration::from_secs(90));
    idle_tick(&h, &mut app, Duration::from_secs(29));
    assert!(matches!(app.screen(), Screen::Insured(_)));
    idle_tick(&h, &mut app, Duration::from_secs(1));
    assert!(matches!(app.screen(), Screen::Welcome(_)));
    assert_eq!(app.language(), JA);
}

#[test]
fn the_password_step_uses_the_input_timeout() {
    let h = Harness::start();
    let mut app = h.app();
    walk::to_password_by_card(&h, &mut app, JA);
    assert!(app.screen().has_sensitive_input());
    idle_tick(&h, &mut app, Duration::from_secs(179));
    assert!(!overlay_shown(&app));
    idle_tick(&h, &mut app, Duration::from_secs(1));
    assert!(overlay_shown(&app));
}

#[test]
#[ignore = "renders /tmp/idle/overlay-tiny-skia.png to look at; run with --ignored"]
fn overlay_snapshot() {
    let h = Harness::start();
    let mut app = h.app();
    open_insured(&h, &mut app);
    idle_tick(&h, &mut app, Duration::from_secs(90));
    std::fs::create_dir_all("/tmp/idle").unwrap();
    let mut ui = iced_test::simulator::Simulator::with_size(
        kenpos_kiosk::app::settings(),
        iced::Size::new(1280.0, 900.0),
        app.view(),
    );
    let snapshot = ui.snapshot(&app.theme()).unwrap();
    render(&snapshot, "/tmp/idle/overlay");
    drop(ui);

    // The hard cap (no "continue"), in high contrast.
    h.click(&mut app, &tr(JA, "idle-continue"));
    h.click(&mut app, &tr(EN, "header-high-contrast"));
    idle_tick(&h, &mut app, Duration::from_secs(900));
    assert!(shows(&app, &tr(EN, "idle-cap-title")));
    assert!(!shows(&app, &tr(EN, "idle-continue")));
    let mut ui = iced_test::simulator::Simulator::with_size(
        kenpos_kiosk::app::settings(),
        iced::Size::new(1280.0, 900.0),
        app.view(),
    );
    let snapshot = ui.snapshot(&app.theme()).unwrap();
    render(&snapshot, "/tmp/idle/overlay-cap-contrast");
    drop(ui);

    // Large text (scale 1.5) on a 1280 x 800 screen: 853 x 533 logical pixels.
    let mut ui = iced_test::simulator::Simulator::with_size(
        kenpos_kiosk::app::settings(),
        iced::Size::new(853.0, 533.0),
        app.view(),
    );
    let snapshot = ui.snapshot(&app.theme()).unwrap();
    render(&snapshot, "/tmp/idle/overlay-small");
}

/// Writes `{stem}-tiny-skia.png` to look at. Not a regression check: iced_test's
/// `matches_image` writes a missing picture and reports a match, and compares with
/// whatever an earlier run left; the old picture is removed first.
fn render(snapshot: &iced_test::simulator::Snapshot, stem: &str) {
    let _ = std::fs::remove_file(format!("{stem}-tiny-skia.png"));
    let _ = snapshot.matches_image(stem).unwrap();
}

#[test]
fn member_input_counts_as_activity_window_events_do_not() {
    use iced::event::Status;
    let window = iced::window::Id::unique();
    let key = iced::Event::Keyboard(iced::keyboard::Event::ModifiersChanged(
        iced::keyboard::Modifiers::default(),
    ));
    let touch = iced::Event::Touch(iced::touch::Event::FingerPressed {
        id: iced::touch::Finger(1),
        position: iced::Point::ORIGIN,
    });
    let click = iced::Event::Mouse(iced::mouse::Event::ButtonPressed(iced::mouse::Button::Left));
    for event in [key, touch, click] {
        for status in [Status::Ignored, Status::Captured] {
            assert!(
                matches!(
                    countdown::activity(event.clone(), status, window),
                    Some(countdown::Message::Activity(_))
                ),
                "{event:?} {status:?}"
            );
        }
    }
    let resize = iced::Event::Window(iced::window::Event::Resized(iced::Size::new(1.0, 1.0)));
    assert_eq!(countdown::activity(resize, Status::Ignored, window), None);
}

#[test]
fn continuous_motion_counts_once_a_second_presses_always() {
    use kenpos_kiosk::idle::{MOTION_EVERY, MotionGate};
    let gate = MotionGate::new();
    let t0 = Instant::now();
    assert!(gate.admit(t0, t0), "the first move counts");
    assert!(!gate.admit(t0, t0 + Duration::from_millis(16)));
    assert!(!gate.admit(t0, t0 + MOTION_EVERY - Duration::from_millis(1)));
    assert!(
        gate.admit(t0, t0 + MOTION_EVERY),
        "a second later it counts again"
    );
    assert!(!gate.admit(t0, t0 + MOTION_EVERY + Duration::from_millis(500)));
    assert!(gate.admit(t0, t0 + secs(5)));

    // Through the event mapping: a burst of cursor moves gives at most one activity per
    // second (the burst takes far less than a second), a press always gives one.
    use iced::event::Status;
    let window = iced::window::Id::unique();
    let moved = iced::Event::Mouse(iced::mouse::Event::CursorMoved {
        position: iced::Point::ORIGIN,
    });
    let counted = (0..200)
        .filter(|_| countdown::activity(moved.clone(), Status::Ignored, window).is_some())
        .count();
    assert!((0..=1).contains(&counted), "{counted} of 200 moves counted");
    let press = iced::Event::Mouse(iced::mouse::Event::ButtonPressed(iced::mouse::Button::Left));
    for _ in 0..3 {
        assert!(countdown::activity(press.clone(), Status::Ignored, window).is_some());
    }
}

#[test]
fn the_cap_overlay_offers_only_start_over() {
    let h = Harness::start();
    let mut app = h.app();
    open_insured(&h, &mut app);
    idle_tick(&h, &mut app, Duration::from_secs(60));
    let now = app.idle().now().unwrap();
    h.send(&mut app, Message::Idle(countdown::Message::Activity(now)));
    idle_tick(&h, &mut app, Duration::from_secs(840));
    for language in Language::ALL {
        assert!(shows(&app, &tr(language, "idle-cap-title")), "{language:?}");
        assert!(!shows(&app, &tr(language, "idle-continue")), "{language:?}");
        assert!(
            shows(&app, &tr(language, "idle-start-over")),
            "{language:?}"
        );
    }
    idle_tick(&h, &mut app, Duration::from_secs(30));
    assert!(matches!(app.screen(), Screen::Welcome(_)));
}
