//! One target over every parser of kenpos-rules: the input is split on `\n` into
//! up to three fields (so `from_card` gets independent symbol and number).
#![no_main]

use kenpos_rules::{
    BirthDate, CalendarDate, EligibilityNumber, EligibilitySymbol, EmailAddress, Explain,
    InsurerNumber, LoginId, PasswordContext, PasswordPolicy, check_new_password, kana_as_typed,
    katakana_name, normalize,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let mut parts = s.splitn(3, '\n');
    let a = parts.next().unwrap_or_default();
    let b = parts.next().unwrap_or_default();
    let c = parts.next().unwrap_or_default();

    let once = normalize::for_id(s);
    assert_eq!(normalize::for_id(&once), once, "for_id not idempotent");
    let typed = kana_as_typed(s);
    assert_eq!(kana_as_typed(&typed), typed, "kana_as_typed not idempotent");

    match LoginId::from_card("7132", a, b) {
        Ok(id) => {
            let shown = id.to_string();
            assert_eq!(shown.len(), 14);
            assert_eq!(LoginId::parse(&shown).ok(), Some(id));
        }
        Err(e) => {
            let _ = (e.message_id(), e.args(), e.field());
        }
    }
    let _ = LoginId::from_card(a, b, c);
    let _ = LoginId::parse(s);
    let _ = LoginId::parse_for("7132", s);
    let _ = InsurerNumber::parse(s).map_err(|e| e.args());
    let _ = EligibilitySymbol::parse(s).map_err(|e| e.args());
    let _ = EligibilityNumber::parse(s).map_err(|e| e.args());
    let _ = katakana_name(s).map_err(|e| e.args());

    let today = CalendarDate::new(2026, 11, 25).unwrap_or_else(CalendarDate::today_in_japan);
    let born = match BirthDate::parse_on(s, today) {
        Ok(d) => {
            assert_eq!(BirthDate::parse_on(&d.to_string(), today), Ok(d));
            let _ = (d.era(), d.initial_password());
            Some(d)
        }
        Err(e) => {
            let _ = e.args();
            None
        }
    };
    let email = match EmailAddress::parse(s) {
        Ok(e) => {
            assert!(e.as_str().is_ascii());
            let _ = (e.masked(), e.warnings());
            Some(e)
        }
        Err(e) => {
            let _ = e.args();
            None
        }
    };
    let id = LoginId::from_card("7132", "91", "200001").ok();
    let ctx = PasswordContext {
        birth_date: born.as_ref(),
        login_id: id.as_ref(),
        email: email.as_ref(),
    };
    let _ = check_new_password(s, &ctx, &PasswordPolicy::default());
});
