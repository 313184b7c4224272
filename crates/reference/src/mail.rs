//! Email texts (bilingual ja + en). Stored in the outbox; never logged.

/// Subject and body of the signup / onboarding verification email.
pub fn verify(link: &str, expires_at: &str) -> (String, String) {
    (
        "【KENPOS】会員登録の確認 / Confirm your KENPOS signup".to_owned(),
        format!(
            "KENPOSへのご登録ありがとうございます。\n\
             次のURLを開き、「登録を完了する」ボタンを押してください。\n\
             {link}\n\
             このURLの有効期限は24時間です(期限: {expires_at} UTC)。期限を過ぎた場合は、もう一度はじめから登録してください。\n\
             お心当たりのない場合は、このメールを破棄してください。\n\
             \n\
             Thank you for signing up to KENPOS.\n\
             Open the link below and press \"Complete signup\".\n\
             {link}\n\
             The link is valid for 24 hours (until {expires_at} UTC). After that, please sign up again.\n\
             If you did not sign up, please ignore this email.\n"
        ),
    )
}

/// Subject and body of the login-ID reminder.
pub fn login_id(login_id: &str) -> (String, String) {
    (
        "【KENPOS】ログインIDのお知らせ / Your KENPOS login ID".to_owned(),
        format!(
            "KENPOSのログインIDは次のとおりです。\n{login_id}\n\
             お心当たりのない場合は、このメールを破棄してください。\n\
             \n\
             Your KENPOS login ID is:\n{login_id}\n\
             If you did not ask for this, please ignore this email.\n"
        ),
    )
}

/// Subject and body of the password-reset email.
pub fn reset(link: &str, expires_at: &str) -> (String, String) {
    (
        "【KENPOS】パスワードの再設定 / Reset your KENPOS password".to_owned(),
        format!(
            "次のURLを開き、新しいパスワードを設定してください。\n{link}\n\
             このURLは一度だけ、24時間以内(期限: {expires_at} UTC)に使えます。\n\
             お心当たりのない場合は、このメールを破棄してください。パスワードは変わりません。\n\
             \n\
             Open the link below to set a new password.\n{link}\n\
             The link works once, within 24 hours (until {expires_at} UTC).\n\
             If you did not ask for this, please ignore this email; your password stays the same.\n"
        ),
    )
}
