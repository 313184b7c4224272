//! One module per screen: each has its own `State`, `Message`, `update -> Action` and
//! `view`. Screens never reach into one another; the root acts on their [`Action`]s.

pub mod config_error;
pub mod countdown;
pub mod family;
pub mod insured;
pub mod kiosk_exit;
pub mod recovery;
pub mod shared;
pub mod staff;
pub mod welcome;

/// The Fluent ids of the rule errors (or warnings) in `errors`: what a screen's
/// `shown_errors` reports to the anonymous step funnel (never what was typed).
pub(crate) fn rule_ids<'a, E: kenpos_rules::Explain + 'a>(
    errors: impl IntoIterator<Item = &'a E>,
) -> impl Iterator<Item = &'static str> {
    errors.into_iter().map(kenpos_rules::Explain::message_id)
}

/// What a member forgot (the guide's two links, and "both", which only the office can
/// help with). The login screens link to each; the recovery screen starts there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Forgot {
    /// The login ID.
    LoginId,
    /// The password.
    Password,
    /// Both: only the office can help.
    Both,
}

impl Forgot {
    /// All three, in the order the screens offer them.
    pub const ALL: [Forgot; 3] = [Forgot::LoginId, Forgot::Password, Forgot::Both];
}

/// The member's paths from the welcome screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Path {
    /// Insured person (被保険者本人): log in with the card-built ID.
    InsuredLogin,
    /// Family member (被扶養者) or voluntarily continued member (任意継続): first signup.
    FamilySignup,
    /// Forgot login ID or password.
    Recovery,
}

impl Path {
    /// Every path, in the order the welcome screen offers them.
    pub const ALL: [Path; 3] = [Path::InsuredLogin, Path::FamilySignup, Path::Recovery];

    /// Fluent id of the path's title.
    pub fn title_id(self) -> &'static str {
        match self {
            Path::InsuredLogin => "path-insured-title",
            Path::FamilySignup => "path-family-title",
            Path::Recovery => "path-recovery-title",
        }
    }

    /// Fluent ids of the path's steps (empty for single-step paths).
    pub fn steps(self) -> &'static [&'static str] {
        match self {
            Path::InsuredLogin => &[
                "steps-login-id",
                "steps-password",
                "steps-consent",
                "steps-setup",
                "steps-confirm",
                "steps-email",
            ],
            Path::FamilySignup => &[
                "steps-eligibility",
                "steps-consent",
                "steps-setup",
                "steps-confirm",
                "steps-email",
            ],
            Path::Recovery => &[],
        }
    }
}
