//! The staff panel's funnel chart: for each path, one bar per step. A bar's length is
//! how many members opened the step; it is split into how they left it (went on, back,
//! start over, idle, session cap, other path), each in its own colour and also in words
//! beside the bar, so the chart reads without colours too. Drawn with containers (quads)
//! and text only, like every drawing of the app (see `Cargo.toml` on canvas).

use iced::widget::{Space, column, container, row, text};
use iced::{Alignment, Border, Element, Length};

use crate::i18n::{self, Language};
use crate::stats::model::{Exit, Route};
use crate::stats::report::{Report, StepRow};
use crate::theme::{self, Look};
use crate::widgets::form;

/// The longest bar, in logical pixels (the step with the most members).
const BAR_MAX: f32 = 420.0;
/// A bar's height.
const BAR_HEIGHT: f32 = 26.0;

/// Went on first, then the ways of leaving, in the colours of [`Look::chart`].
const EXITS: [Exit; 6] = [
    Exit::Completed,
    Exit::Back,
    Exit::StartOver,
    Exit::Idle,
    Exit::SessionCap,
    Exit::OtherPath,
];

fn exit_id(exit: Exit) -> &'static str {
    match exit {
        Exit::Completed => "stats-exit-completed",
        Exit::Back => "stats-exit-back",
        Exit::StartOver => "stats-exit-start-over",
        Exit::Idle => "stats-exit-idle",
        Exit::SessionCap => "stats-exit-session-cap",
        Exit::OtherPath => "stats-exit-other-path",
    }
}

fn route_id(route: Route) -> &'static str {
    match route {
        Route::Insured => "stats-path-insured",
        Route::Family => "stats-path-family",
        Route::Recovery => "stats-path-recovery",
    }
}

/// A coloured block: one part of a bar, or a legend swatch.
fn block<'a, M: 'a>(color: iced::Color, width: f32, height: f32) -> Element<'a, M> {
    container(Space::new())
        .width(Length::Fixed(width))
        .height(Length::Fixed(height))
        .style(move |_| container::Style {
            background: Some(color.into()),
            border: Border::default(),
            ..container::Style::default()
        })
        .into()
}

/// The chart of a period's report.
pub fn view<'a, M: 'a>(look: Look, lang: Language, report: &Report) -> Element<'a, M> {
    if report.is_empty() {
        return form::panel(
            look,
            text(i18n::tr(lang, "stats-empty")).size(theme::TEXT_BODY),
        );
    }
    let most = report
        .routes
        .iter()
        .flat_map(|(_, steps)| steps.iter().map(|s| s.entered))
        .max()
        .unwrap_or(1)
        .max(1);
    let mut chart = column![legend(look, lang)].spacing(18);
    for (route, steps) in &report.routes {
        if steps.iter().all(|s| s.entered == 0) {
            continue;
        }
        let mut lines =
            column![text(i18n::tr(lang, route_id(*route))).size(theme::TEXT_BUTTON)].spacing(10);
        for step in steps {
            lines = lines.push(step_line(look, lang, step, most));
        }
        chart = chart.push(form::panel(look, lines));
    }
    if !report.top_errors.is_empty() {
        let mut errors =
            column![text(i18n::tr(lang, "stats-top-errors")).size(theme::TEXT_BUTTON)].spacing(8);
        for error in &report.top_errors {
            errors = errors.push(
                row![
                    text(i18n::tr_args(
                        lang,
                        "stats-error-count",
                        &[("count", error.count.into())]
                    ))
                    .size(theme::TEXT_BODY)
                    .width(Length::Fixed(90.0)),
                    column![
                        text(i18n::tr(lang, &error.message_id)).size(theme::TEXT_BODY),
                        text(i18n::tr_args(
                            lang,
                            "stats-error-where",
                            &[
                                ("path", i18n::tr(lang, route_id(error.route)).into()),
                                ("step", i18n::tr(lang, error.stage.label_id()).into()),
                            ]
                        ))
                        .size(theme::TEXT_SMALL)
                        .color(look.muted),
                    ]
                    .spacing(2)
                    .width(Length::Fill),
                ]
                .spacing(12),
            );
        }
        chart = chart.push(form::panel(look, errors));
    }
    chart.into()
}

fn legend<'a, M: 'a>(look: Look, lang: Language) -> Element<'a, M> {
    let mut legend = row![].spacing(18).align_y(Alignment::Center);
    for (exit, color) in EXITS.into_iter().zip(look.chart) {
        legend = legend.push(
            row![
                block(color, 18.0, 18.0),
                text(i18n::tr(lang, exit_id(exit))).size(theme::TEXT_SMALL)
            ]
            .spacing(6)
            .align_y(Alignment::Center),
        );
    }
    legend.wrap().into()
}

#[allow(
    clippy::cast_precision_loss,
    reason = "member counts are far below 2^24; a bar is a few hundred pixels"
)]
fn step_line<'a, M: 'a>(look: Look, lang: Language, step: &StepRow, most: u64) -> Element<'a, M> {
    let scale = BAR_MAX / most as f32;
    let mut bar = row![].height(Length::Fixed(BAR_HEIGHT));
    let mut left_words = Vec::new();
    let mut accounted = 0;
    for (exit, color) in EXITS.into_iter().zip(look.chart) {
        let n = step.left(exit);
        if n == 0 {
            continue;
        }
        accounted += n;
        bar = bar.push(block(color, (n as f32 * scale).max(2.0), BAR_HEIGHT));
        left_words.push(i18n::tr_args(
            lang,
            "stats-exit-count",
            &[
                ("exit", i18n::tr(lang, exit_id(exit)).into()),
                ("count", n.into()),
            ],
        ));
    }
    // Members still on the step when the period ended (their session not ended yet is
    // never counted: sessions are folded when they end) or whose exit fell in another
    // hour: drawn as an outline.
    let rest = step.entered.saturating_sub(accounted);
    if rest > 0 {
        bar = bar.push(
            container(Space::new())
                .width(Length::Fixed((rest as f32 * scale).max(2.0)))
                .height(Length::Fixed(BAR_HEIGHT))
                .style(move |_| container::Style {
                    border: Border {
                        color: look.border,
                        width: 1.0,
                        radius: 0.0.into(),
                    },
                    ..container::Style::default()
                }),
        );
    }
    let opened = i18n::tr_args(lang, "stats-opened", &[("count", step.entered.into())]);
    let summary = if left_words.is_empty() {
        opened
    } else {
        let left = left_words.join(&i18n::tr(lang, "stats-list-separator"));
        i18n::tr_args(
            lang,
            "stats-step-summary",
            &[("opened", opened.into()), ("left", left.into())],
        )
    };
    row![
        text(i18n::tr(lang, step.stage.label_id()))
            .size(theme::TEXT_BODY)
            .width(Length::Fixed(290.0)),
        column![bar, text(summary).size(theme::TEXT_SMALL).color(look.muted),]
            .spacing(4)
            .width(Length::Fill),
    ]
    .spacing(12)
    .align_y(Alignment::Center)
    .into()
}
