//! The pure geometry of the document drawings: where each field, sample value and mark
//! badge sits, in a fixed coordinate space per document (1000 units wide). No drawing
//! happens here; the drawing widget scales these shapes to its bounds, and the same
//! shapes answer hit tests.

use iced::{Point, Rectangle, Size};

use super::model::{
    BADGE_RADIUS, Badge, Document, DocumentLayout, Field, Holder, Label, Mark, SAMPLE_INSURER_NAME,
    SAMPLE_INSURER_NUMBER,
};

fn rect(x: f32, y: f32, width: f32, height: f32) -> Rectangle {
    Rectangle {
        x,
        y,
        width,
        height,
    }
}

/// A caption box: the caption line plus room for its gloss line.
fn caption(id: &'static str, x: f32, y: f32, width: f32, size: f32) -> Label {
    Label {
        id,
        rect: rect(x, y, width, size * 2.2),
        size,
    }
}

fn value(id: &'static str, x: f32, y: f32, width: f32, size: f32) -> Label {
    Label {
        id,
        rect: rect(x, y, width, size * 1.2),
        size,
    }
}

fn plain(caption: Label, value: Option<Label>) -> Field {
    Field {
        caption: Some(caption),
        value,
        mark: None,
        branch: false,
        note: None,
    }
}

fn marked(mark: Mark, caption: Option<Label>, value: Label) -> Field {
    Field {
        caption,
        value: Some(value),
        mark: Some(mark),
        branch: false,
        note: None,
    }
}

fn branch(caption: Label, value: Label, note: Label) -> Field {
    Field {
        caption: Some(caption),
        value: Some(value),
        mark: None,
        branch: true,
        note: Some(note),
    }
}

fn badge(mark: Mark, x: f32, y: f32) -> Badge {
    Badge {
        mark,
        center: Point::new(x, y),
        radius: BADGE_RADIUS,
    }
}

fn branch_note(x: f32, y: f32, width: f32) -> Label {
    value("document-branch-note", x, y, width, 22.0)
}

/// The layout of `document` as `holder` holds it (the samples printed differ, the
/// shapes do not), or `None` for a document without a drawing.
pub fn layout(document: Document, holder: Holder) -> Option<DocumentLayout> {
    match document {
        Document::Card => Some(card(
            document,
            holder,
            "document-title-card",
            ("document-caption-issued", "document-sample-date-issued"),
        )),
        Document::EligibilityCertificate => Some(card(
            document,
            holder,
            "document-title-certificate",
            (
                "document-caption-valid-until",
                "document-sample-date-certificate-valid",
            ),
        )),
        Document::PaperCertificate => Some(paper(holder)),
        Document::EligibilityNotice => Some(notice(holder)),
        Document::MyNumberCardOnly => None,
    }
}

/// The card-sized documents: the old card and the 資格確認書.
/// `date` is the caption and sample value of the date in the top right corner.
fn card(
    document: Document,
    holder: Holder,
    title: &'static str,
    date: (&'static str, &'static str),
) -> DocumentLayout {
    let (symbol, number) = holder.sample_ids(document);
    let fields = vec![
        plain(
            caption(date.0, 620.0, 36.0, 120.0, 22.0),
            Some(value(date.1, 745.0, 40.0, 220.0, 24.0)),
        ),
        plain(caption(holder.kind_id(), 50.0, 82.0, 400.0, 22.0), None),
        marked(
            Mark::Symbol,
            Some(caption("document-caption-symbol", 50.0, 150.0, 100.0, 30.0)),
            value(symbol, 250.0, 160.0, 130.0, 34.0),
        ),
        marked(
            Mark::Number,
            Some(caption(
                "document-caption-number",
                410.0,
                150.0,
                100.0,
                30.0,
            )),
            value(number, 610.0, 160.0, 150.0, 34.0),
        ),
        branch(
            caption("document-caption-branch", 780.0, 146.0, 115.0, 24.0),
            value("document-sample-branch", 900.0, 150.0, 60.0, 30.0),
            branch_note(780.0, 204.0, 190.0),
        ),
        plain(
            caption("document-caption-name", 50.0, 245.0, 190.0, 24.0),
            Some(value("document-sample-name", 260.0, 248.0, 420.0, 30.0)),
        ),
        plain(
            caption("document-caption-birth", 50.0, 305.0, 190.0, 24.0),
            Some(value("document-sample-birth", 260.0, 308.0, 300.0, 26.0)),
        ),
        plain(
            caption("document-caption-sex", 600.0, 305.0, 100.0, 24.0),
            Some(value("document-sample-sex", 710.0, 308.0, 120.0, 26.0)),
        ),
        plain(
            caption("document-caption-acquired", 50.0, 365.0, 190.0, 24.0),
            Some(value("document-sample-acquired", 260.0, 368.0, 300.0, 26.0)),
        ),
        marked(
            Mark::InsurerNumber,
            Some(caption(
                "document-caption-insurer-number",
                50.0,
                440.0,
                190.0,
                30.0,
            )),
            value(SAMPLE_INSURER_NUMBER, 355.0, 452.0, 220.0, 34.0),
        ),
        plain(
            caption("document-caption-insurer-name", 50.0, 535.0, 190.0, 24.0),
            Some(value(SAMPLE_INSURER_NAME, 260.0, 538.0, 500.0, 28.0)),
        ),
    ];
    DocumentLayout {
        document,
        holder,
        size: Size::new(1000.0, 640.0),
        outline: rect(8.0, 8.0, 984.0, 624.0),
        corner_radius: 40.0,
        title: value(title, 50.0, 36.0, 560.0, 36.0),
        fields,
        lines: vec![(Point::new(40.0, 140.0), Point::new(960.0, 140.0))],
        filler: Vec::new(),
        cutout: None,
        badges: vec![
            badge(Mark::Symbol, 200.0, 183.0),
            badge(Mark::Number, 560.0, 183.0),
            badge(Mark::InsurerNumber, 300.0, 473.0),
        ],
    }
}

/// The old paper certificate: a form with a caption column; 証号 holds 記号 and 番号
/// (kana on the family path, as in the member guide; digits on the insured path).
fn paper(holder: Holder) -> DocumentLayout {
    let (symbol, number) = holder.sample_ids(Document::PaperCertificate);
    // (caption id, sample value id, row height)
    let rows: [(&'static str, Option<&'static str>, f32); 9] = [
        (
            "document-caption-valid-until",
            Some("document-sample-date-valid"),
            60.0,
        ),
        ("document-caption-shogo", None, 110.0),
        ("document-caption-name", Some("document-sample-name"), 60.0),
        ("document-caption-sex", Some("document-sample-sex"), 60.0),
        (
            "document-caption-birth",
            Some("document-sample-birth"),
            60.0,
        ),
        (
            "document-caption-acquired",
            Some("document-sample-acquired"),
            60.0,
        ),
        ("document-caption-insurer-number", None, 100.0),
        (
            "document-caption-insurer-name",
            Some(SAMPLE_INSURER_NAME),
            60.0,
        ),
        (
            "document-caption-issued-on",
            Some("document-sample-date-issued"),
            60.0,
        ),
    ];
    let (left, split, right, top) = (40.0, 280.0, 960.0, 100.0);
    let mut fields = Vec::new();
    let mut lines = Vec::new();
    let mut y = top;
    for (caption_id, value_id, height) in rows {
        lines.push((Point::new(left, y), Point::new(right, y)));
        let size = if height > 60.0 { 28.0 } else { 24.0 };
        let cap = caption(
            caption_id,
            55.0,
            y + (height - size * 2.2) / 2.0,
            215.0,
            size,
        );
        match caption_id {
            "document-caption-insurer-number" => fields.push(marked(
                Mark::InsurerNumber,
                Some(cap),
                value(SAMPLE_INSURER_NUMBER, 300.0, y + 30.0, 220.0, 34.0),
            )),
            _ => fields.push(plain(
                cap,
                value_id.map(|id| value(id, 300.0, y + 15.0, 560.0, 26.0)),
            )),
        }
        y += height;
    }
    lines.push((Point::new(left, y), Point::new(right, y)));
    lines.push((Point::new(left, top), Point::new(left, y)));
    lines.push((Point::new(split, top), Point::new(split, y)));
    lines.push((Point::new(right, top), Point::new(right, y)));
    // The 証号 row: 記号, 番号, 枝番.
    fields.push(marked(
        Mark::Symbol,
        None,
        value(symbol, 300.0, 195.0, 100.0, 34.0),
    ));
    fields.push(marked(
        Mark::Number,
        None,
        value(number, 530.0, 195.0, 150.0, 34.0),
    ));
    fields.push(branch(
        caption("document-caption-branch", 785.0, 168.0, 115.0, 24.0),
        value("document-sample-branch", 900.0, 172.0, 50.0, 30.0),
        branch_note(785.0, 232.0, 170.0),
    ));
    DocumentLayout {
        document: Document::PaperCertificate,
        holder,
        size: Size::new(1000.0, 780.0),
        outline: rect(8.0, 8.0, 984.0, 764.0),
        corner_radius: 4.0,
        title: value("document-title-paper", 260.0, 30.0, 480.0, 38.0),
        fields,
        lines,
        filler: Vec::new(),
        cutout: None,
        badges: vec![
            badge(Mark::Symbol, 450.0, 215.0),
            badge(Mark::Number, 732.0, 215.0),
            badge(Mark::InsurerNumber, 575.0, 560.0),
        ],
    }
}

/// The notice of eligibility information: a letter with a cut-out card-sized table.
fn notice(holder: Holder) -> DocumentLayout {
    let (symbol, number) = holder.sample_ids(Document::EligibilityNotice);
    let rows: [(&'static str, &'static str, Option<Mark>); 5] = [
        ("document-caption-symbol", symbol, Some(Mark::Symbol)),
        ("document-caption-number", number, Some(Mark::Number)),
        ("document-caption-branch", "document-sample-branch", None),
        (
            "document-caption-insurer-number",
            SAMPLE_INSURER_NUMBER,
            Some(Mark::InsurerNumber),
        ),
        ("document-caption-insurer-name", SAMPLE_INSURER_NAME, None),
    ];
    let (left, split, right, top, height) = (70.0, 330.0, 700.0, 372.0, 92.0);
    let mut fields = Vec::new();
    let mut badges = Vec::new();
    let mut lines = Vec::new();
    let mut y = top;
    for (caption_id, value_id, mark) in rows {
        lines.push((Point::new(left, y), Point::new(right, y)));
        let cap = caption(caption_id, 85.0, y + (height - 57.2) / 2.0, 235.0, 26.0);
        let val = value(value_id, 345.0, y + 26.0, 345.0, 32.0);
        if let Some(mark) = mark {
            fields.push(marked(mark, Some(cap), val));
            badges.push(badge(mark, 760.0, y + height / 2.0));
        } else if caption_id == "document-caption-branch" {
            fields.push(branch(cap, val, branch_note(720.0, y + 33.0, 230.0)));
        } else {
            fields.push(plain(cap, Some(val)));
        }
        y += height;
    }
    lines.push((Point::new(left, y), Point::new(right, y)));
    lines.push((Point::new(left, top), Point::new(left, y)));
    lines.push((Point::new(split, top), Point::new(split, y)));
    lines.push((Point::new(right, top), Point::new(right, y)));
    fields.push(Field {
        caption: None,
        value: Some(value("document-sample-addressee", 60.0, 112.0, 520.0, 28.0)),
        mark: None,
        branch: false,
        note: None,
    });
    DocumentLayout {
        document: Document::EligibilityNotice,
        holder,
        size: Size::new(1000.0, 900.0),
        outline: rect(8.0, 8.0, 984.0, 884.0),
        corner_radius: 4.0,
        title: value("document-title-notice", 60.0, 40.0, 700.0, 38.0),
        fields,
        lines,
        filler: vec![
            rect(60.0, 172.0, 880.0, 14.0),
            rect(60.0, 202.0, 820.0, 14.0),
            rect(60.0, 232.0, 860.0, 14.0),
            rect(60.0, 262.0, 600.0, 14.0),
        ],
        cutout: Some((
            rect(40.0, 310.0, 920.0, 550.0),
            value("document-cutout", 60.0, 322.0, 640.0, 22.0),
        )),
        badges,
    }
}
