//! The document guide: its pure layout (badges inside the document, not overlapping,
//! next to their fields, hit tests), the samples each path prints (the insured path's
//! agree with the login-ID rule and its hints, the family path's card is a dependent's),
//! the widget headless on tiny-skia (tapping each badge emits its mark, the focused badge
//! filled, each path's own samples drawn, the picker emits the document, the My Number
//! note), and PNG renderings in /tmp/docguide/ to look at (not compared with anything).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod placement;
mod samples;
mod widget;

use std::path::{Path, PathBuf};

use iced::widget::container;
use iced::{Element, Point, Rectangle, Size};
use iced_test::simulator::{self, Simulator};
use kenpos_kiosk::app;
use kenpos_kiosk::config::{Config, SocietyInsurerNumber};
use kenpos_kiosk::i18n::{Language, tr, tr_attr};
use kenpos_kiosk::theme::Palette;
use kenpos_kiosk::widgets::document_guide::{
    self, BADGE_RADIUS, Document, DocumentLayout, Holder, Mark, TAP_SLACK, layout,
};

#[derive(Debug, Clone, PartialEq)]
enum Msg {
    Mark(Mark),
    Doc(Document),
}

/// Every drawing, as each holder holds it.
fn drawn() -> Vec<DocumentLayout> {
    Holder::ALL
        .into_iter()
        .flat_map(|holder| {
            Document::ALL
                .into_iter()
                .filter_map(move |document| layout(document, holder))
        })
        .collect()
}

const PAD: f32 = 20.0;
const WIDTH: f32 = 600.0;

/// The guide as the family path shows it (the drawings' shapes are the same on both).
fn guide<'a>(
    palette: Palette,
    language: Language,
    document: Document,
    marks: &[Mark],
    focused: Option<Mark>,
) -> Element<'a, Msg> {
    guide_as(Holder::Family, palette, language, document, marks, focused)
}

fn guide_as<'a>(
    holder: Holder,
    palette: Palette,
    language: Language,
    document: Document,
    marks: &[Mark],
    focused: Option<Mark>,
) -> Element<'a, Msg> {
    let society = document_guide::Society::from_config(&Config::default().society);
    container(document_guide::view(
        palette.look(),
        language,
        &society,
        holder,
        document,
        marks,
        focused,
        Msg::Mark,
    ))
    .padding(PAD)
    .into()
}

fn simulator<'a>(element: Element<'a, Msg>) -> Simulator<'a, Msg> {
    Simulator::with_size(app::settings(), Size::new(WIDTH, 980.0), element)
}

/// Where `mark`'s badge is on screen: the layout scaled to the drawing's width.
fn badge_on_screen(document: Document, mark: Mark) -> Point {
    let l = layout(document, Holder::Family).unwrap();
    let scale = (WIDTH - 2.0 * PAD) / l.size.width;
    let c = l.badge(mark).unwrap().center;
    Point::new(PAD + c.x * scale, PAD + c.y * scale)
}

/// The pixels of `snapshot` (through a PNG in a fresh directory).
fn pixels(snapshot: &simulator::Snapshot) -> image::RgbaImage {
    let dir = tempfile::tempdir().unwrap();
    let png = write_png(snapshot, dir.path(), "shot");
    image::open(png).unwrap().to_rgba8()
}

fn close(pixel: [u8; 4], color: iced::Color) -> bool {
    let want = color.into_rgba8();
    (0..3).all(|i| pixel[i].abs_diff(want[i]) <= 12)
}

/// Writes `snapshot` as `dir/NAME-RENDERER.png`, replacing an older one, and returns
/// the file. iced_test 0.14 gives a snapshot's pixels only this way: `matches_image`
/// on a path with no file writes the PNG and returns `true` without comparing anything,
/// so its result means nothing and is ignored.
fn write_png(snapshot: &simulator::Snapshot, dir: &Path, name: &str) -> PathBuf {
    let ours = || {
        let prefix = format!("{name}-");
        std::fs::read_dir(dir)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(move |p| {
                p.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with(&prefix)
            })
    };
    ours().for_each(|old| std::fs::remove_file(old).unwrap());
    let _written_not_compared = snapshot.matches_image(dir.join(name)).unwrap();
    let written: Vec<PathBuf> = ours().collect();
    assert_eq!(written.len(), 1, "{name} in {}: {written:?}", dir.display());
    written[0].clone()
}
