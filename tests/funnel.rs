//! The anonymous step funnel (issue 18), driven through the app against the reference
//! backend: a completed insured path, a family path abandoned at basic setup by the idle
//! countdown after an error, an insured path left by "start over" in English with large
//! text, recovery left by "back", and an insured path ended by the session cap. The store
//! then holds exactly the expected counters, and none of the values typed (canaries)
//! anywhere in its files.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use common::{Harness, family_step, insured_step, touch, walk};
use kenpos_kiosk::app::{App, Message, Screen};
use kenpos_kiosk::i18n::{Language, tr};
use kenpos_kiosk::paths::family::Step as FamilyStep;
use kenpos_kiosk::paths::insured::Step;
use kenpos_kiosk::screens::countdown;
use kenpos_kiosk::screens::family::{eligibility, setup as family_setup};
use kenpos_kiosk::screens::insured::{login_id, password, setup};
use kenpos_kiosk::stats::Store;

const JA: Language = Language::Ja;
const EN: Language = Language::En;

const EMAIL: &str = "canary.qv58@example.jp";
const PASSWORD: &str = "canary-pass-qv58 long";
const NAME: &str = "カナリア　ハナコ";
const CANARIES: &[&str] = &[
    "canary",
    "qv58",
    "カナリア",
    "ハナコ",
    "200001",
    "091200001",
    "20000121",
    "2000-01-21",
    "06139984",
    "H14.5.10",
];

fn app_with_funnel(h: &Harness, file: &Path) -> App {
    let mut config = common::config();
    config.stats.enabled = true;
    config.stats.file = file.to_owned();
    h.app_with(config)
}

fn tick(h: &Harness, app: &mut App, after: Duration) {
    let now = app.idle().now().unwrap_or_else(Instant::now) + after;
    h.send(app, Message::Idle(countdown::Message::Tick(now)));
}

fn insured_to_consent(h: &Harness, app: &mut App, lang: Language) {
    walk::to_password_by_card(h, app, lang);
    // "Next" with no password: an error on the password step.
    h.click(app, &tr(lang, "insured-password-next"));
    assert!(common::shows(app, &tr(lang, "insured-password-empty")));
    h.type_into(app, password::BIRTH, "2000-01-21");
    h.click(app, &tr(lang, "insured-birth-use"));
    h.click(app, &tr(lang, "insured-password-next"));
    assert_eq!(insured_step(app), Some(Step::Consent));
}

/// Insured: every step to the email, then "finish".
fn completed_insured(h: &Harness, app: &mut App) {
    insured_to_consent(h, app, JA);
    walk::agree(h, app, JA);
    assert_eq!(insured_step(app), Some(Step::Setup));
    h.type_into(app, setup::EMAIL, EMAIL);
    h.type_into(app, setup::NEW_PASSWORD, PASSWORD);
    h.type_into(app, setup::CONFIRM, PASSWORD);
    h.click(app, &tr(JA, "setup-next"));
    assert_eq!(insured_step(app), Some(Step::Confirm));
    h.click(app, &tr(JA, "confirm-send"));
    assert_eq!(insured_step(app), Some(Step::Sent));
    h.click(app, &tr(JA, "sent-finish"));
    assert!(matches!(app.screen(), Screen::Welcome(_)));
}

/// Family: eligibility, consent, basic setup typed with a password mismatch; then the
/// member walks away and the idle countdown wipes the session.
fn family_left_idle(h: &Harness, app: &mut App) {
    walk::to_eligibility(h, app, JA);
    h.type_into(app, eligibility::SYMBOL, "91");
    h.type_into(app, eligibility::NUMBER, "200001");
    h.type_into(app, eligibility::INSURER, "06139984");
    h.click(app, &tr(JA, "family-eligibility-next"));
    assert_eq!(family_step(app), Some(FamilyStep::Consent));
    walk::agree(h, app, JA);
    assert_eq!(family_step(app), Some(FamilyStep::Setup));
    touch::tap(h, app, family_setup::NAME_KEYPAD);
    h.type_into(app, family_setup::NAME, NAME);
    h.type_into(app, family_setup::BIRTH, "H14.5.10");
    h.type_into(app, family_setup::EMAIL, EMAIL);
    h.type_into(app, family_setup::PASSWORD, PASSWORD);
    h.type_into(app, family_setup::CONFIRM, "canary-other-qv58");
    h.click(app, &tr(JA, "setup-next"));
    assert!(common::shows(app, &tr(JA, "setup-password-mismatch")));
    assert_eq!(family_step(app), Some(FamilyStep::Setup));
    for after in [90, 100, 119, 120] {
        tick(h, app, Duration::from_secs(after));
    }
    assert!(matches!(app.screen(), Screen::Welcome(_)));
}

/// Insured, in English with larger text: the login-ID step, then "start over".
fn insured_started_over(h: &Harness, app: &mut App) {
    h.click(app, &tr(JA, "header-switch-language"));
    h.click(app, &tr(EN, "header-large-text"));
    walk::to_login_id(h, app, EN);
    // The numeric keyboard for the symbol, opened twice: one session, counted once.
    touch::tap(h, app, login_id::SYMBOL_KEYPAD);
    touch::tap(h, app, login_id::SYMBOL_KEYPAD);
    touch::tap(h, app, login_id::SYMBOL_KEYPAD);
    h.click(app, &tr(EN, "header-start-over"));
    assert!(matches!(app.screen(), Screen::Welcome(_)));
}

/// Recovery, then "back" to the welcome screen.
fn recovery_back(h: &Harness, app: &mut App) {
    h.click(app, &tr(JA, "welcome-choice-forgot"));
    assert!(matches!(app.screen(), Screen::Recovery(_)));
    h.click(app, &tr(JA, "common-back"));
    assert!(matches!(app.screen(), Screen::Welcome(_)));
}

/// Insured: a busy member on the login-ID step until the session cap ends it.
fn insured_capped(h: &Harness, app: &mut App) {
    walk::to_login_id(h, app, JA);
    let t0 = app.idle().now().unwrap_or_else(Instant::now);
    let mut after = 0;
    while !matches!(app.screen(), Screen::Welcome(_)) {
        after += 30;
        assert!(after <= 2000, "the session cap never ended the session");
        let now = t0 + Duration::from_secs(after);
        h.send(app, Message::Idle(countdown::Message::Activity(now)));
        h.send(app, Message::Idle(countdown::Message::Tick(now)));
    }
}

fn counters(file: &Path) -> BTreeMap<String, u64> {
    let store = Store::open(file).unwrap();
    store
        .totals(0, i64::MAX)
        .unwrap()
        .into_iter()
        .map(|(k, n)| (format!("{}|{}|{}|{}", k.metric, k.path, k.step, k.label), n))
        .collect()
}

#[test]
fn driven_paths_give_exactly_the_expected_counters_and_no_member_data() {
    let h = Harness::start();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("funnel.sqlite");
    let mut app = app_with_funnel(&h, &file);

    completed_insured(&h, &mut app);
    family_left_idle(&h, &mut app);
    insured_started_over(&h, &mut app);
    recovery_back(&h, &mut app);
    insured_capped(&h, &mut app);
    // The staff panel reads the store while the app holds it open.
    drop(app);

    let mut got = counters(&file);
    // Time on a step is bucketed; a slow machine may put a step in another bucket, so
    // the buckets are checked as a sum per step.
    let mut seconds: BTreeMap<String, u64> = BTreeMap::new();
    got.retain(|key, n| {
        if let Some(rest) = key.strip_prefix("seconds|") {
            let step = rest.rsplit_once('|').map_or(rest, |(s, _)| s);
            *seconds.entry(step.to_owned()).or_default() += *n;
            false
        } else {
            true
        }
    });
    let expected: BTreeMap<String, u64> = [
        // Insured, completed (one session) + start over + cap at the login ID.
        ("entered|insured|login_id|", 3),
        ("left|insured|login_id|completed", 1),
        ("left|insured|login_id|start_over", 1),
        ("left|insured|login_id|session_cap", 1),
        ("entered|insured|password|", 1),
        ("left|insured|password|completed", 1),
        ("error|insured|password|insured-password-empty", 1),
        // Checks made while typing count too, as they appear: the number is still empty
        // while the symbol is typed; "2" is not yet a birth date.
        ("error|insured|login_id|rules-card-number-empty", 1),
        ("error|insured|password|rules-birth-unrecognized", 1),
        ("entered|insured|consent|", 1),
        ("left|insured|consent|completed", 1),
        ("entered|insured|setup|", 1),
        ("left|insured|setup|completed", 1),
        ("entered|insured|confirm|", 1),
        ("left|insured|confirm|completed", 1),
        ("entered|insured|email_sent|", 1),
        ("left|insured|email_sent|completed", 1),
        // Family, left by the idle countdown on basic setup after a mismatch.
        ("entered|family|start|", 1),
        ("left|family|start|completed", 1),
        ("entered|family|eligibility|", 1),
        ("left|family|eligibility|completed", 1),
        ("entered|family|consent|", 1),
        ("left|family|consent|completed", 1),
        ("entered|family|setup|", 1),
        ("left|family|setup|idle", 1),
        ("error|family|setup|setup-password-mismatch", 1),
        // Recovery, back.
        ("entered|recovery|recovery|", 1),
        ("left|recovery|recovery|back", 1),
        // Per session: the languages used on a path (the English session switched on
        // the welcome screen, before its first step) and the settings switched on.
        ("language|||ja", 4),
        ("language|||en", 1),
        ("setting|||large_text", 1),
        // The insured login ID's numeric keyboard; on family setup the kana keyboard
        // opened for the name follows the member to the birth date (numeric) and the
        // email and passwords (Latin).
        ("keyboard|||numeric", 2),
        ("keyboard|||kana", 1),
        ("keyboard|||latin", 1),
    ]
    .into_iter()
    .map(|(k, n)| (k.to_owned(), n))
    .collect();
    assert_eq!(got, expected);
    let expected_seconds: BTreeMap<String, u64> = [
        ("insured|login_id", 3),
        ("insured|password", 1),
        ("insured|consent", 1),
        ("insured|setup", 1),
        ("insured|confirm", 1),
        ("insured|email_sent", 1),
        ("family|start", 1),
        ("family|eligibility", 1),
        ("family|consent", 1),
        ("family|setup", 1),
        ("recovery|recovery", 1),
    ]
    .into_iter()
    .map(|(k, n)| (k.to_owned(), n))
    .collect();
    assert_eq!(seconds, expected_seconds);

    exports_are_read_by_real_parsers(&file);

    // Nothing typed is in any file of the store (the database, its WAL, anything else).
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        for canary in CANARIES {
            assert!(
                !text.contains(canary),
                "{} holds {canary:?}",
                path.display()
            );
        }
    }
}

/// `kenpos-kiosk stats` with a config that names the store.
fn stats_cli(file: &Path, args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!("[stats]\nfile = {:?}\n", file.to_str().unwrap()),
    )
    .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_kenpos-kiosk"))
        .arg("--config")
        .arg(&config)
        .arg("stats")
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "stats {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The OpenMetrics export through prometheus_client's parsers (strict OpenMetrics and
/// the classic text format), the JSON export through serde_json, the CSV line by line.
fn exports_are_read_by_real_parsers(file: &Path) {
    let text = stats_cli(file, &["--format", "openmetrics"]);
    let python = std::env::var_os("KENPOS_OPENMETRICS_PYTHON").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("target/openmetrics-venv/bin/python"),
        std::path::PathBuf::from,
    );
    assert!(
        python.exists(),
        "{} is missing: run `bash packaging/dev/openmetrics-venv.sh` (the test command does)",
        python.display()
    );
    let mut child = std::process::Command::new(&python)
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/dev/check_openmetrics.py"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
    }
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "the OpenMetrics parser refused the export: {}\n{text}",
        String::from_utf8_lossy(&out.stderr)
    );
    let samples: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    let value = |name: &str, labels: serde_json::Value| {
        samples
            .iter()
            .find(|s| s["name"] == name && s["labels"] == labels)
            .map(|s| s["value"].as_f64().unwrap())
    };
    assert_eq!(
        value(
            "kenpos_step_exits_total",
            serde_json::json!({"path": "insured", "step": "login_id", "exit": "start_over"})
        ),
        Some(1.0)
    );
    assert_eq!(
        value(
            "kenpos_step_entered_total",
            serde_json::json!({"path": "insured", "step": "login_id"})
        ),
        Some(3.0)
    );
    assert_eq!(
        value(
            "kenpos_errors_shown_total",
            serde_json::json!({"path": "family", "step": "setup", "message": "setup-password-mismatch"})
        ),
        Some(1.0)
    );
    assert_eq!(
        value(
            "kenpos_step_seconds_bucket",
            serde_json::json!({"path": "insured", "step": "login_id", "le": "+Inf"})
        ),
        Some(3.0)
    );
    assert_eq!(
        value(
            "kenpos_step_seconds_bucket",
            serde_json::json!({"path": "family", "step": "setup", "le": "+Inf"})
        ),
        Some(1.0)
    );
    assert_eq!(
        value(
            "kenpos_session_languages_total",
            serde_json::json!({"language": "ja"})
        ),
        Some(4.0)
    );
    assert!(
        samples
            .iter()
            .any(|s| s["family"] == "kenpos_step_exits" && s["type"] == "counter"),
        "the exits are typed as a counter family"
    );

    let json: serde_json::Value =
        serde_json::from_str(&stats_cli(file, &["--format", "json", "--days", "1"])).unwrap();
    let counters = json["counters"].as_array().unwrap();
    assert!(counters.iter().any(|c| c["metric"] == "left"
        && c["path"] == "recovery"
        && c["label"] == "back"
        && c["value"] == 1));
    let csv = stats_cli(file, &["--format", "csv"]);
    assert_eq!(csv.lines().next(), Some("metric,path,step,label,value"));
    assert!(
        csv.lines()
            .any(|l| l == "left,insured,login_id,session_cap,1")
    );
    assert_eq!(csv.lines().count(), counters.len() + 1);

    // Purge: nothing is older than 400 days; everything is older than 0 days' worth of
    // hours before the next hour.
    assert!(stats_cli(file, &["purge"]).starts_with("purged 0 "));
}

#[test]
fn with_the_funnel_off_nothing_is_counted_and_no_file_is_made() {
    let h = Harness::start();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("funnel.sqlite");
    let mut config = common::config();
    config.stats.file = file.clone();
    assert!(!config.stats.enabled);
    let mut app = h.app_with(config);
    recovery_back(&h, &mut app);
    drop(app);
    assert!(!file.exists());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn the_staff_panel_shows_the_funnel_of_the_chosen_period_in_the_staffs_language() {
    use kenpos_kiosk::i18n::tr_args;
    let h = Harness::start();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_with_funnel(&h, &dir.path().join("funnel.sqlite"));

    // Nothing counted yet.
    h.click(&mut app, &tr(JA, "header-staff"));
    assert!(common::shows(&app, &tr(JA, "stats-title")));
    assert!(common::shows(&app, &tr(JA, "stats-empty")));
    h.click(&mut app, &tr(JA, "common-back"));

    recovery_back(&h, &mut app);
    h.click(&mut app, &tr(JA, "header-switch-language"));
    h.click(&mut app, &tr(EN, "header-staff"));
    assert!(common::shows(&app, &tr(EN, "stats-path-recovery")));
    let opened = tr_args(EN, "stats-opened", &[("count", 1_u64.into())]);
    let back = tr_args(
        EN,
        "stats-exit-count",
        &[
            ("exit", tr(EN, "stats-exit-back").into()),
            ("count", 1_u64.into()),
        ],
    );
    let summary = tr_args(
        EN,
        "stats-step-summary",
        &[("opened", opened.into()), ("left", back.into())],
    );
    assert!(common::shows(&app, &summary), "{summary:?} is not shown");
    // Another period reads the store again: the same session is in the last 30 days.
    h.click(&mut app, &tr(EN, "stats-period-month"));
    assert!(common::shows(&app, &summary));
    assert!(!common::shows(&app, &tr(EN, "stats-empty")));
}
