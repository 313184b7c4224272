//! The counters of a period as CSV, JSON or OpenMetrics text.
//!
//! OpenMetrics is what Prometheus scrapes and what node-exporter's textfile collector
//! reads from a `.prom` file: counters are named in Prometheus' style
//! (`kenpos_step_exits_total{path="insured",step="login_id",exit="start_over"}`) and the
//! time on a step is a histogram (`kenpos_step_seconds_bucket{…,le="30.0"}`).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::model::{Key, Route, SECONDS_BUCKETS};

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// `metric,path,step,label,value`, one counter per line.
    Csv,
    /// `{"from":…,"to":…,"counters":[{"metric":…,…,"value":…}]}`.
    Json,
    /// OpenMetrics text (Prometheus, node-exporter's textfile collector).
    Openmetrics,
}

/// The period the counters cover: hours `from..=to` (UTC, since the Unix epoch).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// First hour.
    pub from: i64,
    /// Last hour.
    pub to: i64,
}

fn hour_text(hour: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(hour.saturating_mul(3600))
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_default()
}

/// The counters in `format`.
pub fn render(format: Format, period: Period, totals: &[(Key, u64)]) -> String {
    match format {
        Format::Csv => csv(totals),
        Format::Json => json(period, totals),
        Format::Openmetrics => openmetrics(totals),
    }
}

fn csv_field(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_owned()
    }
}

fn csv(totals: &[(Key, u64)]) -> String {
    let mut out = String::from("metric,path,step,label,value\n");
    for (key, n) in totals {
        let _ = writeln!(
            out,
            "{},{},{},{},{n}",
            csv_field(&key.metric),
            csv_field(&key.path),
            csv_field(&key.step),
            csv_field(&key.label)
        );
    }
    out
}

fn json(period: Period, totals: &[(Key, u64)]) -> String {
    let counters: Vec<serde_json::Value> = totals
        .iter()
        .map(|(key, n)| {
            serde_json::json!({
                "metric": key.metric,
                "path": key.path,
                "step": key.step,
                "label": key.label,
                "value": n,
            })
        })
        .collect();
    let doc = serde_json::json!({
        "from": hour_text(period.from),
        "to": hour_text(period.to.saturating_add(1)),
        "counters": counters,
    });
    format!("{doc:#}\n")
}

/// A label value as OpenMetrics writes it (our values are plain, but escape anyway).
fn label(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// One counter family: its name, help and the label name of `Key::label`.
struct Family {
    metric: &'static str,
    name: &'static str,
    help: &'static str,
    label: Option<&'static str>,
    by_step: bool,
}

const COUNTERS: [Family; 6] = [
    Family {
        metric: "entered",
        name: "kenpos_step_entered",
        help: "Members who opened a step of a path.",
        label: None,
        by_step: true,
    },
    Family {
        metric: "left",
        name: "kenpos_step_exits",
        help: "Members who left a step: completed, back, start_over, idle, session_cap or other_path.",
        label: Some("exit"),
        by_step: true,
    },
    Family {
        metric: "error",
        name: "kenpos_errors_shown",
        help: "Error messages shown on a step, by Fluent message id.",
        label: Some("message"),
        by_step: true,
    },
    Family {
        metric: "language",
        name: "kenpos_session_languages",
        help: "Sessions that used a language.",
        label: Some("language"),
        by_step: false,
    },
    Family {
        metric: "setting",
        name: "kenpos_session_settings",
        help: "Sessions that switched a display setting on.",
        label: Some("setting"),
        by_step: false,
    },
    Family {
        metric: "keyboard",
        name: "kenpos_session_keyboards",
        help: "Sessions that used an on-screen keyboard, by kind.",
        label: Some("keyboard"),
        by_step: false,
    },
];

fn openmetrics(totals: &[(Key, u64)]) -> String {
    let mut out = String::new();
    for family in &COUNTERS {
        let _ = writeln!(out, "# TYPE {} counter", family.name);
        let _ = writeln!(out, "# HELP {} {}", family.name, family.help);
        for (key, n) in totals.iter().filter(|(k, _)| k.metric == family.metric) {
            let mut labels = Vec::new();
            if family.by_step {
                labels.push(format!("path=\"{}\"", label(&key.path)));
                labels.push(format!("step=\"{}\"", label(&key.step)));
            }
            if let Some(name) = family.label {
                labels.push(format!("{name}=\"{}\"", label(&key.label)));
            }
            let _ = writeln!(out, "{}_total{{{}}} {n}", family.name, labels.join(","));
        }
    }
    seconds_histogram(&mut out, totals);
    out.push_str("# EOF\n");
    out
}

/// A step's key and its count per bucket label.
type StepBuckets<'a> = (&'a Key, BTreeMap<&'a str, u64>);

/// `kenpos_step_seconds`: cumulative buckets per path and step.
fn seconds_histogram(out: &mut String, totals: &[(Key, u64)]) {
    let name = "kenpos_step_seconds";
    let _ = writeln!(out, "# TYPE {name} histogram");
    let _ = writeln!(
        out,
        "# HELP {name} Time members spent on a step, in buckets (no exact times are kept)."
    );
    // (path, step) -> bucket label -> count, in the paths' own order of steps.
    let mut per_step: BTreeMap<(usize, usize), StepBuckets<'_>> = BTreeMap::new();
    for (key, n) in totals.iter().filter(|(k, _)| k.metric == "seconds") {
        let Some(route) = Route::from_name(&key.path) else {
            continue;
        };
        let Some(step) = route.steps().iter().position(|s| s.name() == key.step) else {
            continue;
        };
        let entry = per_step
            .entry((route as usize, step))
            .or_insert_with(|| (key, BTreeMap::new()));
        *entry.1.entry(key.label.as_str()).or_default() += n;
    }
    for (key, buckets) in per_step.values() {
        let labels = format!(
            "path=\"{}\",step=\"{}\"",
            label(&key.path),
            label(&key.step)
        );
        let mut running = 0;
        for bound in SECONDS_BUCKETS {
            running += buckets
                .get(bound.to_string().as_str())
                .copied()
                .unwrap_or(0);
            let _ = writeln!(out, "{name}_bucket{{{labels},le=\"{bound}.0\"}} {running}");
        }
        running += buckets.get("+Inf").copied().unwrap_or(0);
        // No `_count` or `_sum`: OpenMetrics wants a sum with a count, and a sum of
        // times would give away one member's exact time in a quiet hour. The `+Inf`
        // bucket is the count.
        let _ = writeln!(out, "{name}_bucket{{{labels},le=\"+Inf\"}} {running}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::model::{Counter, Exit, Stage};

    fn sample() -> Vec<(Key, u64)> {
        vec![
            (Counter::Entered(Route::Insured, Stage::LoginId).key(), 5),
            (
                Counter::Left(Route::Insured, Stage::LoginId, Exit::StartOver).key(),
                2,
            ),
            (
                Counter::Seconds(Route::Insured, Stage::LoginId, "30").key(),
                3,
            ),
            (
                Counter::Seconds(Route::Insured, Stage::LoginId, "+Inf").key(),
                1,
            ),
        ]
    }

    #[test]
    fn openmetrics_names_counters_in_prometheus_style_and_cumulates_buckets() {
        let text = render(Format::Openmetrics, Period { from: 0, to: 0 }, &sample());
        assert!(text.contains(
            "kenpos_step_exits_total{path=\"insured\",step=\"login_id\",exit=\"start_over\"} 2\n"
        ));
        assert!(text.contains("kenpos_step_entered_total{path=\"insured\",step=\"login_id\"} 5\n"));
        assert!(text.contains("le=\"10.0\"} 0\n"));
        assert!(text.contains("le=\"30.0\"} 3\n"));
        assert!(text.contains("le=\"600.0\"} 3\n"));
        assert!(text.contains("le=\"+Inf\"} 4\n"));
        assert!(!text.contains("kenpos_step_seconds_count"));
        assert!(!text.contains("kenpos_step_seconds_sum"));
        assert!(text.ends_with("# EOF\n"));
    }

    #[test]
    fn csv_and_json_hold_every_counter() {
        let csv = render(Format::Csv, Period { from: 0, to: 0 }, &sample());
        assert_eq!(csv.lines().count(), 5);
        assert!(csv.contains("left,insured,login_id,start_over,2\n"));
        let json = render(Format::Json, Period { from: 0, to: 23 }, &sample());
        let doc: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
        assert_eq!(doc["from"], "1970-01-01T00:00:00Z");
        assert_eq!(doc["to"], "1970-01-02T00:00:00Z");
        assert_eq!(doc["counters"][1]["label"], "start_over");
        assert_eq!(doc["counters"][0]["value"], 5);
    }
}
