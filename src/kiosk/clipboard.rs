//! The clipboard when a session ends. Text fields let a member copy (Ctrl+C) what they
//! typed; a shared kiosk must not keep it.

use zeroize::Zeroizing;

use crate::config::Mode;

/// Whether kiosk mode clears the clipboard without reading it (always).
pub fn clear_unread(mode: Mode) -> bool {
    mode == Mode::Kiosk
}

/// Windowed mode (a staff desk, whose clipboard is also the staff's): clear only if
/// the clipboard holds text the session typed (a whole field value or a part of one).
pub fn holds_session_text(clipboard: Option<&str>, typed: &[Zeroizing<String>]) -> bool {
    let Some(clip) = clipboard.map(str::trim).filter(|c| !c.is_empty()) else {
        return false;
    };
    typed.iter().any(|value| {
        let value = value.trim();
        !value.is_empty() && (value.contains(clip) || clip.contains(value))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(values: &[&str]) -> Vec<Zeroizing<String>> {
        values
            .iter()
            .map(|v| Zeroizing::new((*v).to_owned()))
            .collect()
    }

    #[test]
    fn kiosk_mode_always_clears() {
        assert!(clear_unread(Mode::Kiosk));
        assert!(!clear_unread(Mode::Windowed));
    }

    #[test]
    fn windowed_mode_clears_only_the_session_text() {
        let session = typed(&["kenko.taro@docomo.ne.jp", "", "200001"]);
        assert!(holds_session_text(
            Some("kenko.taro@docomo.ne.jp"),
            &session
        ));
        assert!(holds_session_text(Some(" kenko.taro "), &session), "a part");
        assert!(holds_session_text(Some("200001\n"), &session));
        assert!(
            holds_session_text(Some("ID: 200001 (card)"), &session),
            "a value inside"
        );
        assert!(!holds_session_text(Some("staff notes"), &session));
        assert!(!holds_session_text(Some("   "), &session));
        assert!(!holds_session_text(None, &session));
        assert!(!holds_session_text(Some("200001"), &[]));
    }
}
