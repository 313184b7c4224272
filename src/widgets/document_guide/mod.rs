//! The document guide: drawings of the documents members hold, showing where 記号 ①,
//! 番号 ② and 保険者番号 ③ are printed. The focused field's mark is highlighted; tapping
//! a mark (or its field) asks the screen to focus that field.
//!
//! [`model`] holds the types and the hit test; [`layout()`] is the pure geometry
//! (testable, shared by drawing and hit tests); [`view`] draws it with a widget that keeps
//! the document's aspect ratio and draws with quads and text only (no canvas meshes,
//! which iced 0.14's wgpu renderer does not clip when the page scrolls); [`picker`]
//! chooses the document; [`note`] explains the My Number card and the 枝番.

mod drawing;
pub mod layout;
pub mod model;

use iced::widget::{button, column, container, text};
use iced::{Element, Font, Length, alignment};

pub use layout::layout;
pub use model::{
    BADGE_RADIUS, Badge, Document, DocumentLayout, Field, Holder, Label, Mark, TAP_SLACK,
};

use crate::i18n::{self, Language};
use crate::theme::{self, Look};
use crate::widgets::outline;
use drawing::DocumentDrawing;

/// What the drawings print for the society itself: its name and its insurer number,
/// so the picture matches the member's own document (the other values are samples).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Society {
    /// The society's name as printed (Japanese).
    pub name: String,
    /// The insurer number (保険者番号) printed on its documents.
    pub insurer_number: String,
}

impl Society {
    /// From the config: the Japanese name and the first insurer number.
    pub fn from_config(society: &crate::config::Society) -> Society {
        Society {
            name: society.name_ja.clone(),
            insurer_number: society
                .insurer_numbers
                .first()
                .map(|n| n.as_str().to_owned())
                .unwrap_or_default(),
        }
    }

    /// What a drawing prints for the label `id`: the society's own name and insurer
    /// number (the Fluent samples when none is configured), every other value a sample.
    pub fn printed(&self, language: Language, id: &'static str) -> String {
        let own = match id {
            model::SAMPLE_INSURER_NAME => self.name.as_str(),
            model::SAMPLE_INSURER_NUMBER => self.insurer_number.as_str(),
            _ => "",
        };
        if own.is_empty() {
            i18n::tr(language, id)
        } else {
            own.to_owned()
        }
    }
}

/// The Fluent id of the line under the drawing that says where `mark` is printed on
/// `document` (`None` for the My Number card). The lines for ① and ② are the same for
/// every [`Holder`] and quote no sample (the drawing above shows the holder's own).
pub fn where_id(document: Document, mark: Mark) -> Option<&'static str> {
    use Document as D;
    use Mark as K;
    Some(match (document, mark) {
        (D::Card, K::Symbol) => "document-where-card-symbol",
        (D::Card, K::Number) => "document-where-card-number",
        (D::Card, K::InsurerNumber) => "document-where-card-insurer",
        (D::EligibilityCertificate, K::Symbol) => "document-where-card-symbol",
        (D::EligibilityCertificate, K::Number) => "document-where-card-number",
        (D::EligibilityCertificate, K::InsurerNumber) => "document-where-card-insurer",
        (D::PaperCertificate, K::Symbol) => "document-where-paper-symbol",
        (D::PaperCertificate, K::Number) => "document-where-paper-number",
        (D::PaperCertificate, K::InsurerNumber) => "document-where-paper-insurer",
        (D::EligibilityNotice, K::Symbol) => "document-where-notice-symbol",
        (D::EligibilityNotice, K::Number) => "document-where-notice-number",
        (D::EligibilityNotice, K::InsurerNumber) => "document-where-notice-insurer",
        (D::MyNumberCardOnly, _) => return None,
    })
}

fn bold() -> Font {
    Font {
        weight: iced::font::Weight::Bold,
        ..crate::theme::UI_FONT
    }
}

/// The drawing of `document` as `holder` holds it (the insured login screen draws
/// [`Holder::Insured`]'s samples, the family signup screen a dependent's), with badges
/// for `marks` (the marks this screen asks for; the insured login screen uses only
/// [`Mark::Symbol`] and [`Mark::Number`]), `focused` highlighted, and one line per mark
/// under it saying where the number is printed.
/// Tapping a badge or its field emits `on_mark`. For the My Number card this is the
/// [`note`].
#[allow(clippy::too_many_arguments)]
pub fn view<'a, M: 'a>(
    look: Look,
    language: Language,
    society: &Society,
    holder: Holder,
    document: Document,
    marks: &[Mark],
    focused: Option<Mark>,
    on_mark: impl Fn(Mark) -> M + 'a,
) -> Element<'a, M> {
    let Some(layout) = layout(document, holder) else {
        return note(look, language, document);
    };
    let marks: Vec<Mark> = Mark::ALL
        .into_iter()
        .filter(|m| marks.contains(m))
        .collect();
    let insurer = society.printed(language, model::SAMPLE_INSURER_NUMBER);
    let mut lines = column![].spacing(6);
    for mark in &marks {
        let Some(id) = where_id(document, *mark) else {
            continue;
        };
        let line = text(i18n::tr_args(
            language,
            id,
            &[("insurer", insurer.as_str().into())],
        ))
        .size(theme::TEXT_BODY)
        .color(look.text);
        lines = lines.push(if focused == Some(*mark) {
            line.font(bold())
        } else {
            line
        });
    }
    let drawing: Element<'a, M> = DocumentDrawing {
        layout,
        look,
        language,
        society: society.clone(),
        marks,
        focused,
        on_mark,
    }
    .into();
    column![drawing, lines, note(look, language, document)]
        .spacing(12)
        .width(Length::Fill)
        .into()
}

/// Large buttons (at least 60 px high), one per document, to say which one the member
/// holds; `selected` highlighted.
pub fn picker<'a, M: Clone + 'a>(
    look: Look,
    language: Language,
    selected: Document,
    on_select: impl Fn(Document) -> M,
) -> Element<'a, M> {
    let mut list = column![
        text(i18n::tr(language, "document-picker-prompt"))
            .size(theme::TEXT_BODY)
            .color(look.text)
    ]
    .spacing(10)
    .width(Length::Fill);
    for document in Document::ALL {
        let chosen = document == selected;
        let label = container(
            text(i18n::tr(language, document.name_id()))
                .size(theme::TEXT_BUTTON)
                .font(if chosen {
                    bold()
                } else {
                    crate::theme::UI_FONT
                }),
        )
        .align_x(alignment::Horizontal::Left);
        let button = button(label)
            .width(Length::Fill)
            // One line: 24 px text x 1.3 + 2 x 16 = 63 px; a long name grows it.
            .padding([16, 20])
            .on_press(on_select(document))
            .style(move |_, status| {
                if chosen {
                    theme::selected_button(look, status)
                } else {
                    theme::secondary_button(look, status)
                }
            });
        list = list.push(crate::widgets::focus::ring(
            look,
            button,
            Some(on_select(document)),
        ));
    }
    list.into()
}

/// The note under a drawing: for the My Number card, that the card shows none of these
/// numbers and where to find them; for the other documents, that the 枝番 is not part
/// of what the member enters.
pub fn note<'a, M: 'a>(look: Look, language: Language, document: Document) -> Element<'a, M> {
    let body = if document == Document::MyNumberCardOnly {
        column![
            text(i18n::tr(language, "document-mynumber-title"))
                .size(theme::TEXT_BODY)
                .font(bold()),
            text(i18n::tr(language, "document-mynumber-note")).size(theme::TEXT_BODY),
            text(i18n::tr(language, "document-mynumber-where")).size(theme::TEXT_BODY),
        ]
        .spacing(8)
    } else {
        column![text(i18n::tr(language, "document-branch-explained")).size(theme::TEXT_SMALL)]
    };
    outline::panel(look, [12, 16], body)
}
