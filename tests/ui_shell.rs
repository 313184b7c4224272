//! Headless UI tests of the app shell (iced_test on tiny-skia, no display): the welcome
//! screen in both languages, navigation, language switching, start over, the config
//! error screen, and measured button sizes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;

use common::{Harness, SIZE, interact, shows};
use iced_test::simulator::Simulator;
use kenpos_kiosk::app::{self, App, Boot, Screen};
use kenpos_kiosk::config::{self, Config};
use kenpos_kiosk::i18n::{Language, tr};
use kenpos_kiosk::screens::{Path as MemberPath, welcome};
use kenpos_kiosk::theme;

#[test]
fn welcome_renders_in_japanese_by_default_and_in_english() {
    let h = Harness::start();
    let mut app = h.app();
    assert_eq!(app.language(), Language::Ja);
    for id in [
        "welcome-title",
        "welcome-choice-insured",
        "welcome-choice-family",
        "welcome-choice-forgot",
    ] {
        assert!(shows(&app, &tr(Language::Ja, id)), "ja: {id}");
    }
    assert!(shows(&app, "けんぽす健康保険組合"));
    h.click(&mut app, &tr(Language::Ja, "welcome-language-en"));
    assert_eq!(app.language(), Language::En);
    for id in [
        "welcome-title",
        "welcome-choice-insured",
        "welcome-choice-family",
        "welcome-choice-forgot",
    ] {
        assert!(shows(&app, &tr(Language::En, id)), "en: {id}");
    }
    assert!(!shows(&app, &tr(Language::Ja, "welcome-title")));
}

#[test]
fn each_choice_opens_its_path() {
    let h = Harness::start();
    for path in MemberPath::ALL {
        let mut app = h.app();
        let label = match path {
            MemberPath::InsuredLogin => "welcome-choice-insured",
            MemberPath::FamilySignup => "welcome-choice-family",
            MemberPath::Recovery => "welcome-choice-forgot",
        };
        h.click(&mut app, &tr(Language::Ja, label));
        match (path, app.screen()) {
            (MemberPath::InsuredLogin, Screen::Insured(_)) => {
                assert!(shows(&app, &tr(Language::Ja, "insured-id-title")));
            }
            (MemberPath::Recovery, Screen::Recovery(_)) => {
                assert!(shows(&app, &tr(Language::Ja, path.title_id())));
            }
            (MemberPath::FamilySignup, Screen::Family(_)) => {
                assert!(shows(&app, &tr(Language::Ja, path.title_id())));
            }
            (_, other) => panic!("{path:?} opened {other:?}"),
        }
        h.click(&mut app, &tr(Language::Ja, "common-back"));
        assert!(matches!(app.screen(), Screen::Welcome(_)));
    }
}

#[test]
fn switching_language_mid_path_keeps_the_screen() {
    let h = Harness::start();
    let mut app = h.app();
    h.click(&mut app, &tr(Language::Ja, "welcome-choice-family"));
    let before = app.screen().clone();
    h.click(&mut app, &tr(Language::Ja, "header-switch-language"));
    assert_eq!(app.language(), Language::En);
    assert_eq!(
        app.screen(),
        &before,
        "the screen state must survive a language switch"
    );
    assert!(shows(&app, &tr(Language::En, "path-family-title")));
    assert!(shows(&app, &tr(Language::En, "steps-eligibility")));
    assert!(shows(&app, &tr(Language::En, "family-start-next")));
    h.click(&mut app, &tr(Language::En, "header-switch-language"));
    assert_eq!(app.language(), Language::Ja);
    assert_eq!(app.screen(), &before);
}

#[test]
fn start_over_returns_to_welcome_in_the_default_language_and_look() {
    let h = Harness::start();
    let mut app = h.app();
    h.click(&mut app, &tr(Language::Ja, "welcome-choice-insured"));
    h.click(&mut app, &tr(Language::Ja, "header-switch-language"));
    h.click(&mut app, &tr(Language::En, "header-high-contrast"));
    h.click(&mut app, &tr(Language::En, "header-large-text"));
    assert_eq!(app.palette(), theme::Palette::HighContrast);
    assert!(app.large_text());
    assert!((app.scale_factor() - theme::LARGE_TEXT_SCALE).abs() < f32::EPSILON);
    h.click(&mut app, &tr(Language::En, "header-start-over"));
    assert!(matches!(app.screen(), Screen::Welcome(_)));
    assert_eq!(app.language(), Language::Ja);
    assert_eq!(app.palette(), theme::Palette::Light);
    assert!(!app.large_text());
    // Nothing to start over on the welcome screen itself.
    assert!(!shows(&app, &tr(Language::Ja, "header-start-over")));
}

#[test]
fn demo_marker_shows_with_the_embedded_backend_only() {
    let h = Harness::start();
    assert!(shows(&h.app(), &tr(Language::Ja, "header-demo")));
    let mut config = common::config();
    config.backend.url = config::BackendUrl::parse("https://kenpos.example", false).unwrap();
    let remote = App::new(Boot::Ready(Box::new(config), h.backend_as(false)));
    assert!(!shows(&remote, &tr(Language::Ja, "header-demo")));
}

#[test]
fn broken_config_shows_the_error_screen_in_both_languages() {
    let error = config::load_str(
        "[society]\nlogin_id_prefix = \"71\"\n",
        Path::new("/etc/kenpos/config.toml"),
    )
    .unwrap_err();
    let app = App::new(Boot::ConfigError(error));
    assert!(matches!(app.screen(), Screen::ConfigError(_)));
    for lang in Language::ALL {
        assert!(shows(&app, &tr(lang, "config-error-title")), "{lang:?}");
        assert!(shows(&app, &tr(lang, "config-error-invalid")), "{lang:?}");
    }
    assert!(shows(&app, "ファイル /etc/kenpos/config.toml の 2 行目"));
    assert!(shows(&app, "File /etc/kenpos/config.toml, line 2"));
    // No header (and so no start over) on the config error screen.
    assert!(!shows(&app, &tr(Language::Ja, "header-start-over")));
}

#[test]
fn welcome_buttons_are_measured_tall_enough() {
    let h = Harness::start();
    let app = h.app();
    interact(&app, welcome_buttons_are_tall_enough);
}

fn welcome_buttons_are_tall_enough(ui: &mut Simulator<'_, app::Message>) {
    for path in MemberPath::ALL {
        let bounds = ui.find(welcome::choice_id(path)).unwrap().bounds();
        assert!(
            bounds.height >= 60.0,
            "{path:?} button is {}px high",
            bounds.height
        );
        assert!(
            bounds.width >= 400.0,
            "{path:?} button is {}px wide",
            bounds.width
        );
    }
    for lang in Language::ALL {
        let bounds = ui.find(welcome::language_id(lang)).unwrap().bounds();
        assert!(
            bounds.height >= 60.0,
            "{lang:?} button is {}px high",
            bounds.height
        );
    }
}

#[test]
fn config_defaults_and_cli_overrides_reach_the_app() {
    let config = Config {
        default_language: Language::En,
        display: config::Display {
            high_contrast: true,
            large_text: false,
            ..config::Display::default()
        },
        ..common::config()
    };
    let app = Harness::start().app_with(config);
    assert_eq!(app.language(), Language::En);
    assert_eq!(app.palette(), theme::Palette::HighContrast);
    assert!(shows(&app, &tr(Language::En, "welcome-title")));
}

#[test]
fn a_label_that_wraps_makes_its_button_taller_instead_of_being_clipped() {
    use iced::widget::{Id, column, container, text};
    use kenpos_kiosk::widgets::buttons;
    let look = theme::Palette::Light.look();
    let long = tr(Language::En, "family-eligibility-next");
    // The same label laid out freely at the button's inner width (360 - 2 × 28 padding).
    let free = text(long.clone())
        .size(theme::TEXT_BUTTON)
        .line_height(1.3)
        .width(360 - 56);
    let view = column![
        container(buttons::primary(look, long.clone(), Some(())))
            .id("long")
            .width(360),
        container(buttons::secondary(look, "OK".to_owned(), Some(())))
            .id("short")
            .width(360),
        container(free).id("free"),
    ];
    let mut ui = Simulator::with_size(app::settings(), SIZE, view);
    let button = ui.find(Id::new("long")).unwrap().bounds();
    let label = ui.find(Id::new("free")).unwrap().bounds();
    assert!(label.height > 40.0, "the label does not wrap: {label:?}");
    assert!(
        button.height >= label.height + 2.0 * 16.0,
        "a {} px label in a {} px button is clipped",
        label.height,
        button.height
    );
    let short = ui.find(Id::new("short")).unwrap().bounds();
    assert!(
        (short.height - theme::PRIMARY_BUTTON_HEIGHT).abs() < 1.0,
        "a one-line button is {} px, not {}",
        short.height,
        theme::PRIMARY_BUTTON_HEIGHT
    );
}
