//! The root of the application: owns navigation, language, look and (as the paths
//! land) the member's session; turns screen [`Action`](crate::screens)s into effects.

use iced::widget::{column, container, scrollable};
use iced::{Element, Font, Length, Task, Theme};

use crate::config::{BackendUrl, Config, ConfigError, Mode};
use crate::i18n::{self, Language};
use crate::screens::{Path, config_error, path_pending, welcome};
use crate::theme::{self, Palette};
use crate::widgets::header;

/// The Japanese UI font. BIZ UDPGothic (Morisawa, OFL): Japanese glyph forms for kanji,
/// proportional Latin. Installed by the set-up (Debian `fonts-morisawa-bizud-gothic`);
/// bundled with Windows 10 and later.
pub const UI_FONT: Font = Font::with_name("BIZ UDPGothic");

/// The application id (Wayland app id / X11 class), matching the `.desktop` file.
pub const APP_ID: &str = "kenpos-kiosk";

/// How the app starts: with a usable config, or with the error that stops it.
#[derive(Debug, Clone)]
pub enum Boot {
    /// The config loaded.
    Ready(Box<Config>),
    /// The config file is unusable: show the config error screen.
    ConfigError(ConfigError),
}

/// The screen on display.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    /// Welcome: language and path.
    Welcome(welcome::State),
    /// A path whose screens this build does not have yet.
    PathPending(path_pending::State),
    /// The config could not be used.
    ConfigError(config_error::State),
}

/// Everything that can happen.
#[derive(Debug, Clone)]
pub enum Message {
    /// From the header.
    Header(header::Message),
    /// From the welcome screen.
    Welcome(welcome::Message),
    /// From the path-pending screen.
    PathPending(path_pending::Message),
}

/// The root state.
#[derive(Debug)]
pub struct App {
    config: Config,
    language: Language,
    palette: Palette,
    large_text: bool,
    screen: Screen,
}

impl App {
    /// The starting state.
    pub fn new(boot: Boot) -> App {
        match boot {
            Boot::Ready(config) => {
                let config = *config;
                let mut app = App {
                    language: config.default_language,
                    palette: Palette::Light,
                    large_text: false,
                    screen: Screen::Welcome(welcome::State),
                    config,
                };
                app.reset_look();
                app
            }
            Boot::ConfigError(error) => App {
                config: Config::default(),
                language: Language::default(),
                palette: Palette::Light,
                large_text: false,
                screen: Screen::ConfigError(config_error::State::new(error)),
            },
        }
    }

    /// The current language.
    pub fn language(&self) -> Language {
        self.language
    }

    /// The screen on display.
    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    /// The current palette.
    pub fn palette(&self) -> Palette {
        self.palette
    }

    /// Whether large-text mode is on.
    pub fn large_text(&self) -> bool {
        self.large_text
    }

    fn reset_look(&mut self) {
        self.palette = if self.config.display.high_contrast {
            Palette::HighContrast
        } else {
            Palette::Light
        };
        self.large_text = self.config.display.large_text;
    }

    /// Ends the member's session: every screen state is dropped and the welcome screen
    /// appears in the default language and look.
    fn start_over(&mut self) {
        tracing::info!("session ended: start over");
        self.screen = Screen::Welcome(welcome::State);
        self.language = self.config.default_language;
        self.reset_look();
    }

    fn open(&mut self, path: Path) {
        tracing::info!(?path, "path opened");
        self.screen = Screen::PathPending(path_pending::State::new(path));
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Header(message) => match message {
                header::Message::ToggleLanguage => self.language = self.language.other(),
                header::Message::ToggleContrast => {
                    self.palette = match self.palette {
                        Palette::Light => Palette::HighContrast,
                        Palette::HighContrast => Palette::Light,
                    };
                }
                header::Message::ToggleLargeText => self.large_text = !self.large_text,
                header::Message::StartOver => self.start_over(),
            },
            Message::Welcome(message) => {
                if let Screen::Welcome(state) = &mut self.screen {
                    match state.update(message) {
                        welcome::Action::SetLanguage(language) => self.language = language,
                        welcome::Action::Open(path) => self.open(path),
                    }
                }
            }
            Message::PathPending(message) => {
                if let Screen::PathPending(state) = &mut self.screen {
                    match state.update(message) {
                        path_pending::Action::Back => self.screen = Screen::Welcome(welcome::State),
                    }
                }
            }
        }
        Task::none()
    }

    /// The window title.
    pub fn title(&self) -> String {
        i18n::tr(self.language, "app-title")
    }

    /// The iced theme.
    pub fn theme(&self) -> Theme {
        self.palette.theme()
    }

    /// The UI scale: 1.0, or larger in large-text mode.
    pub fn scale_factor(&self) -> f32 {
        if self.large_text {
            theme::LARGE_TEXT_SCALE
        } else {
            1.0
        }
    }

    /// The whole window.
    pub fn view(&self) -> Element<'_, Message> {
        let look = self.palette.look();
        let body: Element<'_, Message> = match &self.screen {
            Screen::Welcome(state) => state.view(look, self.language).map(Message::Welcome),
            Screen::PathPending(state) => state.view(look, self.language).map(Message::PathPending),
            Screen::ConfigError(state) => state.view(look).map(|never| match never {}),
        };
        let body =
            scrollable(container(body).padding(32).center_x(Length::Fill)).height(Length::Fill);
        let page: Element<'_, Message> = if matches!(self.screen, Screen::ConfigError(_)) {
            body.into()
        } else {
            let header = header::Header {
                society: self.config.society.name(self.language),
                language: self.language,
                look,
                high_contrast: self.palette == Palette::HighContrast,
                large_text: self.large_text,
                demo: self.config.backend.url == BackendUrl::Embedded,
                start_over: !matches!(self.screen, Screen::Welcome(_)),
            };
            column![header.view().map(Message::Header), body].into()
        };
        container(page)
            .width(Length::Fill)
            .height(Length::Fill)
            .style(move |_| theme::background(look))
            .into()
    }
}

/// The iced settings: app id, the Japanese UI font, the base text size.
pub fn settings() -> iced::Settings {
    iced::Settings {
        id: Some(APP_ID.to_owned()),
        default_font: UI_FONT,
        default_text_size: theme::TEXT_BODY.into(),
        ..iced::Settings::default()
    }
}

/// The window settings for a mode. iced measures the window in scaled units, so a
/// session that starts in large-text mode asks for a proportionally smaller size.
pub fn window_settings(mode: Mode, scale: f32) -> iced::window::Settings {
    let mut settings = iced::window::Settings {
        size: iced::Size::new(1280.0 / scale, 800.0 / scale),
        min_size: Some(iced::Size::new(1024.0 / scale, 700.0 / scale)),
        ..iced::window::Settings::default()
    };
    #[cfg(target_os = "linux")]
    {
        settings.platform_specific.application_id = APP_ID.to_owned();
    }
    if mode == Mode::Kiosk {
        settings.fullscreen = true;
        settings.decorations = false;
    }
    settings
}

/// Runs the app until the window closes.
pub fn run(boot: Boot) -> iced::Result {
    let (mode, scale) = match &boot {
        Boot::Ready(config) => (
            config.mode,
            if config.display.large_text {
                theme::LARGE_TEXT_SCALE
            } else {
                1.0
            },
        ),
        Boot::ConfigError(_) => (Mode::Windowed, 1.0),
    };
    iced::application(move || App::new(boot.clone()), App::update, App::view)
        .title(App::title)
        .theme(App::theme)
        .scale_factor(App::scale_factor)
        .settings(settings())
        .window(window_settings(mode, scale))
        .run()
}
