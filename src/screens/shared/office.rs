//! The office contact panel: who to call when the screens cannot help.

use iced::Element;
use iced::widget::{column, text};

use crate::config::Office;
use crate::i18n::{self, Language};
use crate::theme::{self, Look};
use crate::widgets::form;

/// The office contact panel (phone and hours from the config).
pub fn office_contact<'a, M: 'a>(look: Look, lang: Language, office: &Office) -> Element<'a, M> {
    let mut content = column![
        text(i18n::tr(lang, "office-title")).size(theme::TEXT_BUTTON),
        text(i18n::tr_args(
            lang,
            "office-phone",
            &[("phone", office.phone.as_str().into())]
        ))
        .size(theme::TEXT_TITLE),
        text(i18n::tr_args(
            lang,
            "office-hours",
            &[("hours", office.hours(lang).into())]
        ))
        .size(theme::TEXT_BODY),
    ]
    .spacing(8);
    if !office.email.is_empty() {
        content = content.push(
            text(i18n::tr_args(
                lang,
                "office-email",
                &[("email", office.email.as_str().into())],
            ))
            .size(theme::TEXT_BODY),
        );
    }
    form::panel(look, content)
}
