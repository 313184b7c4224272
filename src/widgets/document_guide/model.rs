//! The model of the document guide: the documents, the marks, and the shapes a
//! document layout is made of (labels, fields, badges), with the hit test.

use iced::{Point, Rectangle, Size};

/// A document a member may hold in 2026.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Document {
    /// The card-type health insurance card (カード型 健康保険証), no longer issued.
    Card,
    /// The old paper certificate (紙の被保険者証); its 証号 row holds 記号 and 番号.
    PaperCertificate,
    /// The eligibility certificate (資格確認書): card-sized, the old card's fields.
    EligibilityCertificate,
    /// The notice of eligibility information (資格情報のお知らせ), the one most members
    /// hold in 2026: a sheet with a table and a cut-out card-sized part.
    EligibilityNotice,
    /// Only a My Number card: it shows none of the numbers (no drawing, a note).
    MyNumberCardOnly,
}

impl Document {
    /// Every document, in the order the picker shows them (most common first).
    pub const ALL: [Document; 5] = [
        Document::EligibilityNotice,
        Document::EligibilityCertificate,
        Document::Card,
        Document::PaperCertificate,
        Document::MyNumberCardOnly,
    ];

    /// The Fluent id of the document's name.
    pub fn name_id(self) -> &'static str {
        match self {
            Document::Card => "document-name-card",
            Document::PaperCertificate => "document-name-paper",
            Document::EligibilityCertificate => "document-name-certificate",
            Document::EligibilityNotice => "document-name-notice",
            Document::MyNumberCardOnly => "document-name-mynumber",
        }
    }

    /// Whether the guide draws this document (all but the My Number card).
    pub fn has_drawing(self) -> bool {
        self != Document::MyNumberCardOnly
    }
}

/// Whose documents the guide draws, which decides the sample 記号 and 番号 it prints and
/// the kind of member on the card-sized documents. The drawings' shapes are the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Holder {
    /// The insured person (被保険者本人) on the login path: every document prints the
    /// member guide's worked example for the login ID, 記号 91 and 番号 200001
    /// (→ 7132-091200001; the paper certificate's 証号 too), and the card says
    /// 本人（被保険者）.
    Insured,
    /// A family member (被扶養者) or a voluntarily continued member on the signup path:
    /// the guide's samples, 記号 1234 and 番号 12345 (ハビ 123456 on the paper
    /// certificate), and the card says 家族（被扶養者）, a dependent's card.
    Family,
}

impl Holder {
    /// Both holders.
    pub const ALL: [Holder; 2] = [Holder::Insured, Holder::Family];

    /// The Fluent ids of the sample 記号 and 番号 printed on `document`.
    pub fn sample_ids(self, document: Document) -> (&'static str, &'static str) {
        match (self, document) {
            (Holder::Insured, _) => (
                "document-sample-insured-symbol",
                "document-sample-insured-number",
            ),
            (Holder::Family, Document::PaperCertificate) => (
                "document-sample-family-paper-symbol",
                "document-sample-family-paper-number",
            ),
            (Holder::Family, _) => (
                "document-sample-family-symbol",
                "document-sample-family-number",
            ),
        }
    }

    /// The Fluent id of the kind of member printed on the card-sized documents
    /// (本人（被保険者） or 家族（被扶養者）).
    pub fn kind_id(self) -> &'static str {
        match self {
            Holder::Insured => "document-caption-kind-insured",
            Holder::Family => "document-caption-kind-family",
        }
    }
}

/// A number the member reads off the document: ① 記号, ② 番号, ③ 保険者番号.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mark {
    /// ① 記号 (symbol).
    Symbol,
    /// ② 番号 (number).
    Number,
    /// ③ 保険者番号 (insurer number).
    InsurerNumber,
}

impl Mark {
    /// All three marks, in order.
    pub const ALL: [Mark; 3] = [Mark::Symbol, Mark::Number, Mark::InsurerNumber];

    /// The digit printed in the badge (1, 2, 3).
    pub fn digit(self) -> u8 {
        match self {
            Mark::Symbol => 1,
            Mark::Number => 2,
            Mark::InsurerNumber => 3,
        }
    }
}

/// Radius of a mark badge in layout units (84 units wide: 47 px at a width of 560 px).
pub const BADGE_RADIUS: f32 = 42.0;

/// The label that prints the society's name (drawn from the config).
pub const SAMPLE_INSURER_NAME: &str = "document-sample-insurer-name";
/// The label that prints the society's insurer number (drawn from the config).
pub const SAMPLE_INSURER_NUMBER: &str = "document-sample-insurer-number";

/// A piece of text on the drawing: a Fluent id, where it goes, its size in layout units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Label {
    /// The Fluent id of the text.
    pub id: &'static str,
    /// The box the text must fit in (top-left aligned).
    pub rect: Rectangle,
    /// The text size in layout units.
    pub size: f32,
}

/// A printed field: a caption (as printed, with an English gloss under it in English
/// mode: the caption id's `.gloss` attribute), a sample value, maybe a note.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Field {
    /// The caption printed on the document; its box leaves room for the gloss.
    pub caption: Option<Label>,
    /// The sample value.
    pub value: Option<Label>,
    /// The mark this field carries.
    pub mark: Option<Mark>,
    /// This is the 枝番 (branch number), which the member does not enter.
    pub branch: bool,
    /// A note under or beside the field ("not needed" for the 枝番).
    pub note: Option<Label>,
}

impl Field {
    /// The box around the caption and the value: what the focus ring surrounds.
    pub fn target(&self) -> Rectangle {
        match (self.caption, self.value) {
            (Some(c), Some(v)) => c.rect.union(&v.rect),
            (Some(c), None) => c.rect,
            (None, Some(v)) => v.rect,
            (None, None) => Rectangle::default(),
        }
    }
}

/// A mark's badge: a circle next to where the number is printed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Badge {
    /// Which mark.
    pub mark: Mark,
    /// The centre of the circle.
    pub center: Point,
    /// The radius.
    pub radius: f32,
}

impl Badge {
    /// Whether `point` lies within the circle grown by `slack`.
    pub fn contains(&self, point: Point, slack: f32) -> bool {
        point.distance(self.center) <= self.radius + slack
    }
}

/// The geometry of one document drawing.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentLayout {
    /// The document drawn.
    pub document: Document,
    /// Whose document it is (the samples printed).
    pub holder: Holder,
    /// The coordinate space (1000 units wide); the widget keeps this aspect ratio.
    pub size: Size,
    /// The document's outline.
    pub outline: Rectangle,
    /// Corner radius of the outline (large for cards, small for paper).
    pub corner_radius: f32,
    /// The title printed on the document.
    pub title: Label,
    /// Every printed field.
    pub fields: Vec<Field>,
    /// Printed rules (table grid lines).
    pub lines: Vec<(Point, Point)>,
    /// Grey bars standing for body text that does not matter here.
    pub filler: Vec<Rectangle>,
    /// The dashed cut-out part of a notice, with its label.
    pub cutout: Option<(Rectangle, Label)>,
    /// One badge per mark.
    pub badges: Vec<Badge>,
}

/// Extra reach of a badge for taps, in layout units.
pub const TAP_SLACK: f32 = 10.0;

impl DocumentLayout {
    /// The badge of `mark`.
    pub fn badge(&self, mark: Mark) -> Option<&Badge> {
        self.badges.iter().find(|b| b.mark == mark)
    }

    /// The field `mark` points to.
    pub fn field(&self, mark: Mark) -> Option<&Field> {
        self.fields.iter().find(|f| f.mark == Some(mark))
    }

    /// The 枝番 field.
    pub fn branch(&self) -> Option<&Field> {
        self.fields.iter().find(|f| f.branch)
    }

    /// Every label: title, captions, values, notes, the cut-out label.
    pub fn labels(&self) -> Vec<Label> {
        let mut out = vec![self.title];
        for field in &self.fields {
            out.extend(field.caption);
            out.extend(field.value);
            out.extend(field.note);
        }
        out.extend(self.cutout.map(|(_, label)| label));
        out
    }

    /// The mark (among `marks`) at `point` in layout units: a badge (with a little slack)
    /// first, then the field a mark points to.
    pub fn hit(&self, point: Point, marks: &[Mark]) -> Option<Mark> {
        let used = |mark: &Mark| marks.contains(mark);
        self.badges
            .iter()
            .filter(|b| used(&b.mark))
            .find(|b| b.contains(point, TAP_SLACK))
            .map(|b| b.mark)
            .or_else(|| {
                self.fields
                    .iter()
                    .filter_map(|f| f.mark.filter(used).map(|m| (m, f.target())))
                    .find(|(_, target)| target.contains(point))
                    .map(|(mark, _)| mark)
            })
    }
}
