//! The walk: both member paths as the messages a member's taps and typing produce,
//! with the waits, checks and pictures between them.

use super::*;

/// One step of the walk.
pub(super) enum Walk {
    /// Feed this message to the app (as a tap or typing would).
    Send(app::Message),
    /// Wait until the app is in this state (backend replies arrive by themselves).
    Until(&'static str, fn(&App) -> bool),
    /// Let the window draw for this many ticks.
    Settle(u32),
    /// Scroll the page to its end, as a member does to reach the button.
    ScrollEnd,
    /// Scroll the page down a little, as a finger does.
    ScrollDown,
    /// A new screen opened: its page must be at the top.
    CheckTop(&'static str),
    /// Ask for a picture and wait for it.
    Shot(&'static str),
    /// Note where the text field with this id is on the page.
    Remember(&'static str),
    /// The text field noted last must still be where it was (nothing moved it while the
    /// member typed elsewhere).
    Unmoved(&'static str),
    /// The text field with this id must have keyboard focus and be in view (after a
    /// refused "next", whose button is far below it).
    Shown(&'static str, &'static str),
}

fn insured(app: &App) -> Option<Step> {
    match app.screen() {
        app::Screen::Insured(path) => Some(path.step()),
        _ => None,
    }
}

fn family(app: &App) -> Option<FamilyStep> {
    match app.screen() {
        app::Screen::Family(path) => Some(path.step()),
        _ => None,
    }
}

fn welcome_shown(app: &App) -> bool {
    matches!(app.screen(), app::Screen::Welcome(_))
}

fn ins(message: InsuredMessage) -> Walk {
    Walk::Send(app::Message::Insured(message))
}

fn fam(message: FamilyMessage) -> Walk {
    Walk::Send(app::Message::Family(message))
}

fn consent_steps(send: fn(consent::Message) -> Walk) -> Vec<Walk> {
    vec![
        Walk::ScrollEnd,
        Walk::Settle(3),
        send(consent::Message::PrivacyEndShown),
        send(consent::Message::Privacy(true)),
        send(consent::Message::Terms(true)),
        send(consent::Message::Submit),
    ]
}

pub(super) fn walk() -> Vec<Walk> {
    use Walk::{CheckTop, Remember, ScrollDown, ScrollEnd, Settle, Shot, Shown, Unmoved, Until};
    let mut w = vec![
        Settle(20),
        Shot("00-welcome-fresh"),
        // The insured path, to "finish".
        Walk::Send(app::Message::Welcome(welcome::Message::Choose(
            Path::InsuredLogin,
        ))),
        Until("login ID", |a| insured(a) == Some(Step::LoginId)),
        CheckTop("i1-login-id"),
        Shot("i1-login-id"),
        ins(InsuredMessage::LoginId(login_id::Message::Symbol(
            "９１".into(),
        ))),
        ins(InsuredMessage::LoginId(login_id::Message::Number(
            "200001".into(),
        ))),
        ins(InsuredMessage::LoginId(login_id::Message::Document(
            Document::Card,
        ))),
        ScrollDown,
        ScrollDown,
        ScrollDown,
        ScrollEnd,
        Shot("i1-login-id-scrolled"),
        ins(InsuredMessage::LoginId(login_id::Message::UseCardId)),
        ins(InsuredMessage::LoginId(login_id::Message::Submit)),
        Until("password", |a| insured(a) == Some(Step::Password)),
        CheckTop("i2-password"),
        ins(InsuredMessage::Password(password::Message::Birth(
            "平成12年1月21日".into(),
        ))),
        Shot("i2-password"),
        ins(InsuredMessage::Password(password::Message::UseBirthDate)),
        ScrollEnd,
        ins(InsuredMessage::Password(password::Message::Submit)),
        Until("consent", |a| insured(a) == Some(Step::Consent)),
        CheckTop("i3-consent"),
        Shot("i3-consent"),
    ];
    w.extend(consent_steps(|m| ins(InsuredMessage::Consent(m))));
    w.extend([
        Until("setup", |a| insured(a) == Some(Step::Setup)),
        CheckTop("i4-setup"),
        Remember(setup::NEW_PASSWORD),
        ins(InsuredMessage::Setup(setup::Message::Email(
            "kenko.taro@docomo.ne.jp".into(),
        ))),
        Unmoved("i4-setup: docomo address typed"),
        ins(InsuredMessage::Setup(setup::Message::NewPassword(
            "blue whale lantern".into(),
        ))),
        ins(InsuredMessage::Setup(setup::Message::Confirm(
            "blue whale lantern".into(),
        ))),
        Shot("i4-setup"),
        ScrollEnd,
        ins(InsuredMessage::Setup(setup::Message::Submit)),
        Until("confirm", |a| insured(a) == Some(Step::Confirm)),
        CheckTop("i5-confirm"),
        Shot("i5-confirm"),
        ScrollEnd,
        ins(InsuredMessage::Confirm(confirm::Message::Send)),
        Until("email sent", |a| insured(a) == Some(Step::Sent)),
        CheckTop("i6-sent"),
        Shot("i6-sent"),
        ScrollEnd,
        ins(InsuredMessage::Sent(email_sent::Message::Finish)),
        Until("welcome after finish", welcome_shown),
        CheckTop("00-welcome-after-finish"),
        Shot("00-welcome-after-finish"),
        // The family path, to an idle wipe.
        Walk::Send(app::Message::Welcome(welcome::Message::Choose(
            Path::FamilySignup,
        ))),
        Until("family start", |a| family(a) == Some(FamilyStep::Start)),
        CheckTop("f1-start"),
        Shot("f1-start"),
        ScrollEnd,
        fam(FamilyMessage::Begin),
        Until("eligibility", |a| {
            family(a) == Some(FamilyStep::Eligibility)
        }),
        CheckTop("f2-eligibility"),
        fam(FamilyMessage::Eligibility(eligibility::Message::Document(
            Document::Card,
        ))),
        fam(FamilyMessage::Eligibility(eligibility::Message::Symbol(
            "91".into(),
        ))),
        fam(FamilyMessage::Eligibility(eligibility::Message::Number(
            "200001".into(),
        ))),
        fam(FamilyMessage::Eligibility(eligibility::Message::Insurer(
            "06139985".into(),
        ))),
        ScrollEnd,
        fam(FamilyMessage::Eligibility(eligibility::Message::Submit)),
        Settle(3),
        Shown("f2-eligibility: wrong check digit", eligibility::INSURER),
        Shot("f2-eligibility-refused"),
        fam(FamilyMessage::Eligibility(eligibility::Message::Insurer(
            "06139984".into(),
        ))),
        Shot("f2-eligibility"),
        ScrollDown,
        ScrollDown,
        ScrollDown,
        ScrollDown,
        Shot("f2-eligibility-scrolled"),
        ScrollEnd,
        fam(FamilyMessage::Eligibility(eligibility::Message::Submit)),
        Until("family consent", |a| family(a) == Some(FamilyStep::Consent)),
        CheckTop("f3-consent"),
        Shot("f3-consent"),
    ]);
    w.extend(consent_steps(|m| fam(FamilyMessage::Consent(m))));
    let fs = |m: family_setup::Message| fam(FamilyMessage::Setup(m));
    w.extend([
        Until("family setup", |a| family(a) == Some(FamilyStep::Setup)),
        CheckTop("f4-setup"),
        Remember(family_setup::PASSWORD),
        fs(family_setup::Message::Name("けんこう　はなこ".into())),
        fs(family_setup::Message::Birth("H14.5.10".into())),
        fs(family_setup::Message::Email(
            "hanako.kenko@ezweb.ne.jp".into(),
        )),
        Unmoved("f4-setup: birth date and au address typed"),
        fs(family_setup::Message::Password(
            "sakura tree morning".into(),
        )),
        fs(family_setup::Message::Confirm("sakura tree morning".into())),
        Shot("f4-setup"),
        ScrollEnd,
        fs(family_setup::Message::Submit),
        Until("family confirm", |a| family(a) == Some(FamilyStep::Confirm)),
        CheckTop("f5-confirm"),
        Shot("f5-confirm"),
        ScrollEnd,
        fam(FamilyMessage::Confirm(
            kenpos_kiosk::screens::family::confirm::Message::Send,
        )),
        Until("family email sent", |a| family(a) == Some(FamilyStep::Sent)),
        CheckTop("f6-sent"),
        Shot("f6-sent"),
        ScrollEnd,
        Settle(5),
        // Nobody touches the screen: the idle warning, then the wipe.
        Walk::Send(app::Message::Idle(countdown::Message::Tick(
            Instant::now() + Duration::from_secs(3600),
        ))),
        Walk::Send(app::Message::Idle(countdown::Message::Tick(
            Instant::now() + Duration::from_secs(7200),
        ))),
        Until("welcome after the idle wipe", welcome_shown),
        CheckTop("00-welcome-after-idle"),
        Shot("00-welcome-after-idle"),
        // Start over in the middle of a path.
        Walk::Send(app::Message::Welcome(welcome::Message::Choose(
            Path::InsuredLogin,
        ))),
        Until("login ID again", |a| insured(a) == Some(Step::LoginId)),
        CheckTop("i1-login-id-again"),
        ins(InsuredMessage::LoginId(login_id::Message::Symbol(
            "91".into(),
        ))),
        ScrollEnd,
        Walk::Send(app::Message::Header(header::Message::StartOver)),
        Until("welcome after start over", welcome_shown),
        CheckTop("00-welcome-after-start-over"),
        Shot("00-welcome-after-start-over"),
    ]);
    w
}
