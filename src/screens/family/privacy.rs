//! The privacy notice of guide ② (資格照会), in full: what the check is for, that the
//! society is asked and answers, that the member's employer or organisation may be told a
//! check was made, that giving the information is voluntary, where to turn about personal
//! information and who is responsible for it. The sentences come from Fluent; the
//! organisation, desk, address, email and title are the society's (config
//! `[society.privacy]`).

use iced::Element;
use iced::widget::{column, text};

use crate::config::Privacy;
use crate::i18n::{self, Language};
use crate::theme::{self, Look};
use crate::widgets::form;

/// The notice, in a panel.
pub fn view<'a, M: 'a>(look: Look, lang: Language, privacy: &Privacy) -> Element<'a, M> {
    let body = |id: &str| text(i18n::tr(lang, id)).size(theme::TEXT_BODY);
    let organisation = privacy.organisation(lang).to_owned();
    let contact = i18n::tr_args(
        lang,
        "family-privacy-contact",
        &[
            ("organisation", organisation.clone().into()),
            ("desk", privacy.desk(lang).into()),
            ("address", privacy.address(lang).into()),
            ("email", privacy.email.as_str().into()),
        ],
    );
    let manager = i18n::tr_args(
        lang,
        "family-privacy-manager",
        &[
            ("organisation", organisation.into()),
            ("title", privacy.manager_title(lang).into()),
        ],
    );
    form::panel(
        look,
        column![
            text(i18n::tr(lang, "family-privacy-title")).size(theme::TEXT_BUTTON),
            body("family-purpose"),
            body("family-inquiry-consent"),
            body("family-inquiry-employer"),
            body("family-inquiry-voluntary"),
            text(contact).size(theme::TEXT_BODY),
            text(manager).size(theme::TEXT_BODY),
        ]
        .spacing(12),
    )
}
