//! What the funnel counts: closed sets of names, so that nothing typed can become a label.
//!
//! Every label of a counter is one of the enums below or a Fluent message id given as
//! `&'static str` (compiled into the app; a member's text is never `'static`).

/// A member path, as the counters name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Route {
    /// The insured person's first login.
    Insured,
    /// The family / voluntarily continued members' signup.
    Family,
    /// Forgot login ID or password.
    Recovery,
}

impl Route {
    /// Every path, in the order the welcome screen offers them.
    pub const ALL: [Route; 3] = [Route::Insured, Route::Family, Route::Recovery];

    /// The name in exports and in the store.
    pub fn name(self) -> &'static str {
        match self {
            Route::Insured => "insured",
            Route::Family => "family",
            Route::Recovery => "recovery",
        }
    }

    /// The steps of this path, in order.
    pub fn steps(self) -> &'static [Stage] {
        match self {
            Route::Insured => &[
                Stage::LoginId,
                Stage::Password,
                Stage::Consent,
                Stage::Setup,
                Stage::Confirm,
                Stage::EmailSent,
                Stage::Ready,
            ],
            Route::Family => &[
                Stage::Start,
                Stage::Eligibility,
                Stage::Consent,
                Stage::Setup,
                Stage::Confirm,
                Stage::EmailSent,
            ],
            Route::Recovery => &[Stage::Recovery],
        }
    }

    /// Parses [`Route::name`].
    pub fn from_name(name: &str) -> Option<Route> {
        Route::ALL.into_iter().find(|r| r.name() == name)
    }
}

/// A step of a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    /// Insured ①: the login ID from the card.
    LoginId,
    /// Insured ②: the first password (birth date).
    Password,
    /// Family ①: what the path is and what to have ready.
    Start,
    /// Family ②: the eligibility check (記号・番号・保険者番号).
    Eligibility,
    /// The consent documents.
    Consent,
    /// Basic setup.
    Setup,
    /// Confirmation.
    Confirm,
    /// The signup email was sent (the last step).
    EmailSent,
    /// Insured: the account was set up before; ready to use (no email).
    Ready,
    /// Forgot ID / password (one screen).
    Recovery,
}

impl Stage {
    /// The name in exports and in the store.
    pub fn name(self) -> &'static str {
        match self {
            Stage::LoginId => "login_id",
            Stage::Password => "password",
            Stage::Start => "start",
            Stage::Eligibility => "eligibility",
            Stage::Consent => "consent",
            Stage::Setup => "setup",
            Stage::Confirm => "confirm",
            Stage::EmailSent => "email_sent",
            Stage::Ready => "ready",
            Stage::Recovery => "recovery",
        }
    }

    /// The step indicator's Fluent id for this step (the words the staff chart uses).
    pub fn label_id(self) -> &'static str {
        match self {
            Stage::LoginId => "steps-login-id",
            Stage::Password => "steps-password",
            Stage::Start => "stats-step-start",
            Stage::Eligibility => "steps-eligibility",
            Stage::Consent => "steps-consent",
            Stage::Setup => "steps-setup",
            Stage::Confirm => "steps-confirm",
            Stage::EmailSent => "steps-email",
            Stage::Ready => "steps-ready",
            Stage::Recovery => "stats-step-recovery",
        }
    }
}

/// How a member left a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Exit {
    /// Went on to the next step (or finished the path).
    Completed,
    /// "Back" to the step before (or to the welcome screen from the first step).
    Back,
    /// "Start over" (the header's button, or the idle warning's).
    StartOver,
    /// The idle countdown ran out and the session was wiped.
    Idle,
    /// The session reached its time cap.
    SessionCap,
    /// The member moved to another path (a failed insured login that may be a continued
    /// member's; "build the ID from the card" from recovery).
    OtherPath,
}

impl Exit {
    /// The ways of leaving that are not "completed", in the order charts show them.
    pub const LEFT: [Exit; 5] = [
        Exit::Back,
        Exit::StartOver,
        Exit::Idle,
        Exit::SessionCap,
        Exit::OtherPath,
    ];

    /// The name in exports and in the store.
    pub fn name(self) -> &'static str {
        match self {
            Exit::Completed => "completed",
            Exit::Back => "back",
            Exit::StartOver => "start_over",
            Exit::Idle => "idle",
            Exit::SessionCap => "session_cap",
            Exit::OtherPath => "other_path",
        }
    }
}

/// A display setting a member switched on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Setting {
    /// Large text.
    LargeText,
    /// High contrast.
    HighContrast,
}

impl Setting {
    /// The name in exports and in the store.
    pub fn name(self) -> &'static str {
        match self {
            Setting::LargeText => "large_text",
            Setting::HighContrast => "high_contrast",
        }
    }
}

/// An on-screen keyboard, by the kind of field it serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Keyboard {
    /// Digits (card numbers, birth dates).
    Numeric,
    /// Katakana (names).
    Kana,
    /// Latin letters (email, password).
    Latin,
}

impl Keyboard {
    /// The name in exports and in the store.
    pub fn name(self) -> &'static str {
        match self {
            Keyboard::Numeric => "numeric",
            Keyboard::Kana => "kana",
            Keyboard::Latin => "latin",
        }
    }
}

/// Upper bounds (seconds) of the step-time histogram's buckets; the last bucket is open.
pub const SECONDS_BUCKETS: [u64; 6] = [10, 30, 60, 120, 300, 600];

/// The bucket label of a time on a step: the smallest bound it fits under, or `+Inf`.
pub fn seconds_bucket(secs: u64) -> &'static str {
    const LABELS: [&str; 6] = ["10", "30", "60", "120", "300", "600"];
    SECONDS_BUCKETS
        .iter()
        .zip(LABELS)
        .find(|(bound, _)| secs <= **bound)
        .map_or("+Inf", |(_, label)| label)
}

/// One counter: what it counts and its labels. Stored as (metric, path, step, label).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Counter {
    /// A member opened a step.
    Entered(Route, Stage),
    /// A member left a step, and how.
    Left(Route, Stage, Exit),
    /// An error message (its Fluent id) was shown on a step.
    Error(Route, Stage, &'static str),
    /// Time on a step, in a histogram bucket (see [`seconds_bucket`]).
    Seconds(Route, Stage, &'static str),
    /// A session used this language.
    Language(&'static str),
    /// A session switched this setting on.
    Setting(Setting),
    /// A session used this on-screen keyboard.
    Keyboard(Keyboard),
}

/// A counter as the store keeps it: metric, path, step, label (empty where none).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Key {
    /// `entered`, `left`, `error`, `seconds`, `language`, `setting` or `keyboard`.
    pub metric: String,
    /// [`Route::name`] or empty.
    pub path: String,
    /// [`Stage::name`] or empty.
    pub step: String,
    /// The exit, message id, bucket, language, setting or keyboard; or empty.
    pub label: String,
}

impl Counter {
    /// The store's key for this counter.
    pub fn key(self) -> Key {
        let (metric, path, step, label) = match self {
            Counter::Entered(r, s) => ("entered", r.name(), s.name(), ""),
            Counter::Left(r, s, e) => ("left", r.name(), s.name(), e.name()),
            Counter::Error(r, s, id) => ("error", r.name(), s.name(), id),
            Counter::Seconds(r, s, b) => ("seconds", r.name(), s.name(), b),
            Counter::Language(l) => ("language", "", "", l),
            Counter::Setting(s) => ("setting", "", "", s.name()),
            Counter::Keyboard(k) => ("keyboard", "", "", k.name()),
        };
        Key {
            metric: metric.to_owned(),
            path: path.to_owned(),
            step: step.to_owned(),
            label: label.to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_fall_in_the_smallest_bucket_that_holds_them() {
        assert_eq!(seconds_bucket(0), "10");
        assert_eq!(seconds_bucket(10), "10");
        assert_eq!(seconds_bucket(11), "30");
        assert_eq!(seconds_bucket(600), "600");
        assert_eq!(seconds_bucket(601), "+Inf");
    }

    #[test]
    fn names_round_trip_and_steps_belong_to_their_path() {
        for route in Route::ALL {
            assert_eq!(Route::from_name(route.name()), Some(route));
            assert!(!route.steps().is_empty());
        }
        assert_eq!(Route::from_name("other"), None);
        assert_eq!(Route::Family.steps()[1], Stage::Eligibility);
    }
}
