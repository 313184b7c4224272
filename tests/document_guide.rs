//! The document guide: its pure layout (badges inside the document, not overlapping,
//! next to their fields, hit tests), the samples each path prints (the insured path's
//! agree with the login-ID rule and its hints, the family path's card is a dependent's),
//! the widget headless on tiny-skia (tapping each badge emits its mark, the focused badge
//! filled, each path's own samples drawn, the picker emits the document, the My Number
//! note), and PNG renderings in /tmp/docguide/ to look at (not compared with anything).
#![allow(clippy::unwrap_used, clippy::expect_used)]

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

fn circle_meets_rect(center: Point, radius: f32, r: Rectangle) -> bool {
    let nx = center.x.clamp(r.x, r.x + r.width);
    let ny = center.y.clamp(r.y, r.y + r.height);
    center.distance(Point::new(nx, ny)) < radius
}

fn distance_to_rect(p: Point, r: Rectangle) -> f32 {
    let nx = p.x.clamp(r.x, r.x + r.width);
    let ny = p.y.clamp(r.y, r.y + r.height);
    p.distance(Point::new(nx, ny))
}

#[test]
fn every_document_but_my_number_has_a_drawing() {
    for holder in Holder::ALL {
        for document in Document::ALL {
            assert_eq!(layout(document, holder).is_some(), document.has_drawing());
        }
    }
    assert_eq!(drawn().len(), 8);
}

#[test]
fn every_mark_has_one_badge_inside_the_outline() {
    for l in drawn() {
        for mark in Mark::ALL {
            let badges: Vec<_> = l.badges.iter().filter(|b| b.mark == mark).collect();
            assert_eq!(badges.len(), 1, "{:?} {mark:?}", l.document);
            let b = badges[0];
            let o = l.outline;
            assert!(
                b.center.x - b.radius >= o.x
                    && b.center.x + b.radius <= o.x + o.width
                    && b.center.y - b.radius >= o.y
                    && b.center.y + b.radius <= o.y + o.height,
                "{:?} {mark:?} badge leaves the outline",
                l.document
            );
            assert!(l.field(mark).is_some(), "{:?} {mark:?} field", l.document);
        }
        assert!(l.outline.width <= l.size.width && l.outline.height <= l.size.height);
    }
}

#[test]
fn badges_overlap_neither_each_other_nor_any_text() {
    for l in drawn() {
        for (i, a) in l.badges.iter().enumerate() {
            for b in &l.badges[i + 1..] {
                assert!(
                    a.center.distance(b.center) > a.radius + b.radius + 4.0,
                    "{:?}: {:?} and {:?} overlap",
                    l.document,
                    a.mark,
                    b.mark
                );
            }
            for label in l.labels() {
                assert!(
                    !circle_meets_rect(a.center, a.radius + 2.0, label.rect),
                    "{:?}: badge {:?} overlaps {}",
                    l.document,
                    a.mark,
                    label.id
                );
            }
        }
    }
}

#[test]
fn each_badge_is_next_to_its_own_field() {
    for l in drawn() {
        for badge in &l.badges {
            let own = l.field(badge.mark).unwrap().target();
            let gap = distance_to_rect(badge.center, own) - badge.radius;
            assert!(
                gap <= 40.0,
                "{:?} {:?}: {gap} units from its field",
                l.document,
                badge.mark
            );
            for other in Mark::ALL.into_iter().filter(|m| *m != badge.mark) {
                let theirs = l.field(other).unwrap().target();
                assert!(
                    distance_to_rect(badge.center, own) < distance_to_rect(badge.center, theirs),
                    "{:?}: badge {:?} is closer to the {other:?} field",
                    l.document,
                    badge.mark
                );
            }
        }
    }
}

#[test]
fn branch_number_is_drawn_with_a_note_and_no_mark() {
    for l in drawn() {
        let branch = l.branch().unwrap_or_else(|| panic!("{:?}", l.document));
        assert_eq!(branch.mark, None);
        assert_eq!(branch.note.unwrap().id, "document-branch-note");
        assert_eq!(tr(Language::Ja, "document-branch-note"), "入力不要");
    }
}

#[test]
fn hit_test_finds_each_badge_and_nothing_outside() {
    for l in drawn() {
        for badge in &l.badges {
            assert_eq!(l.hit(badge.center, &Mark::ALL), Some(badge.mark));
            // Not offered on this screen: no hit on its badge.
            let others: Vec<Mark> = Mark::ALL.into_iter().filter(|m| *m != badge.mark).collect();
            assert_eq!(l.hit(badge.center, &others), None, "{:?}", l.document);
            // The field itself also answers.
            let target = l.field(badge.mark).unwrap().target();
            assert_eq!(l.hit(target.center(), &Mark::ALL), Some(badge.mark));
        }
        for outside in [
            Point::new(1.0, 1.0),
            Point::new(l.size.width - 2.0, l.size.height - 2.0),
            l.title.rect.center(),
            Point::new(-50.0, 100.0),
        ] {
            assert_eq!(
                l.hit(outside, &Mark::ALL),
                None,
                "{:?} {outside:?}",
                l.document
            );
        }
    }
}

#[test]
fn badges_are_at_least_44_px_at_560_px() {
    for l in drawn() {
        let px = BADGE_RADIUS * 2.0 * 560.0 / l.size.width;
        assert!(px >= 44.0, "{px}");
        assert!((TAP_SLACK + BADGE_RADIUS) * 2.0 * 560.0 / l.size.width >= 44.0);
    }
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

#[test]
fn tapping_each_badge_emits_its_mark() {
    for document in Document::ALL.into_iter().filter(|d| d.has_drawing()) {
        for mark in Mark::ALL {
            for focused in [Some(mark), None] {
                let mut ui = simulator(guide(
                    Palette::Light,
                    Language::Ja,
                    document,
                    &Mark::ALL,
                    focused,
                ));
                ui.point_at(badge_on_screen(document, mark));
                let _ = ui.simulate(simulator::click());
                let messages: Vec<Msg> = ui.into_messages().collect();
                assert_eq!(messages, vec![Msg::Mark(mark)], "{document:?} {mark:?}");
            }
        }
    }
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

#[test]
fn the_focused_mark_and_only_it_is_filled() {
    for palette in [Palette::Light, Palette::HighContrast] {
        let look = palette.look();
        for document in Document::ALL.into_iter().filter(|d| d.has_drawing()) {
            for focused in Mark::ALL {
                let mut ui = simulator(guide(
                    palette,
                    Language::Ja,
                    document,
                    &Mark::ALL,
                    Some(focused),
                ));
                let image = pixels(&ui.snapshot(&palette.theme()).unwrap());
                let physical = image.width() as f32 / WIDTH;
                let l = layout(document, Holder::Family).unwrap();
                let scale = (WIDTH - 2.0 * PAD) / l.size.width;
                for badge in &l.badges {
                    // Inside the circle, below the digit.
                    let x = (PAD + badge.center.x * scale) * physical;
                    let y = (PAD + (badge.center.y + badge.radius * 0.72) * scale) * physical;
                    let pixel = image.get_pixel(x as u32, y as u32).0;
                    let want = if badge.mark == focused {
                        look.primary
                    } else {
                        look.surface
                    };
                    assert!(
                        close(pixel, want),
                        "{palette:?} {document:?} focused {focused:?}: badge {:?} is {pixel:?}",
                        badge.mark
                    );
                }
            }
        }
    }
}

/// Every value and title is drawn whole, not only its first glyph: there is ink in
/// its box beyond the first 1.6 em (values long enough to reach that far).
#[test]
fn labels_are_drawn_whole() {
    let look = Palette::Light.look();
    let society = document_guide::Society::from_config(&Config::default().society);
    let documents = Document::ALL.into_iter().filter(|d| d.has_drawing());
    for (holder, document) in documents.flat_map(|d| Holder::ALL.map(|h| (h, d))) {
        let mut ui = simulator(guide_as(
            holder,
            Palette::Light,
            Language::Ja,
            document,
            &[],
            None,
        ));
        let image = pixels(&ui.snapshot(&Palette::Light.theme()).unwrap());
        let physical = image.width() as f32 / WIDTH;
        let l = layout(document, holder).unwrap();
        let scale = (WIDTH - 2.0 * PAD) / l.size.width;
        let values = l.fields.iter().filter_map(|f| f.value);
        for label in values.chain([l.title]) {
            let content = society.printed(Language::Ja, label.id);
            let ems: f32 = content
                .chars()
                .map(|c| if (c as u32) < 0x2000 { 0.55 } else { 1.0 })
                .sum();
            if ems < 2.5 {
                continue;
            }
            let r = label.rect;
            let to_px = |units: f32| ((PAD + units * scale) * physical) as u32;
            let inked = (to_px(r.x + 1.6 * label.size)..to_px(r.x + r.width)).any(|x| {
                (to_px(r.y)..to_px(r.y + r.height))
                    .any(|y| !close(image.get_pixel(x, y).0, look.surface))
            });
            assert!(
                inked,
                "{holder:?} {document:?}: {} ({content}) is cut short",
                label.id
            );
        }
    }
}

#[test]
fn marks_the_screen_does_not_use_are_not_drawn() {
    let look = Palette::Light.look();
    for document in Document::ALL.into_iter().filter(|d| d.has_drawing()) {
        let mut ui = simulator(guide(
            Palette::Light,
            Language::Ja,
            document,
            &[Mark::Symbol, Mark::Number],
            None,
        ));
        let image = pixels(&ui.snapshot(&Palette::Light.theme()).unwrap());
        let physical = image.width() as f32 / WIDTH;
        let l = layout(document, Holder::Family).unwrap();
        let scale = (WIDTH - 2.0 * PAD) / l.size.width;
        for badge in &l.badges {
            // The badge's outline, left of its centre.
            let x = (PAD + (badge.center.x - badge.radius) * scale) * physical;
            let y = (PAD + badge.center.y * scale) * physical;
            let pixel = image.get_pixel(x as u32, y as u32).0;
            let drawn = !close(pixel, look.surface);
            assert_eq!(
                drawn,
                badge.mark != Mark::InsurerNumber,
                "{document:?} {:?}: {pixel:?}",
                badge.mark
            );
        }
    }
}

#[test]
fn a_finger_on_a_badge_emits_its_mark() {
    let document = Document::PaperCertificate;
    let mut ui = simulator(guide(
        Palette::Light,
        Language::En,
        document,
        &Mark::ALL,
        None,
    ));
    let _ = ui.simulate([iced::Event::Touch(iced::touch::Event::FingerPressed {
        id: iced::touch::Finger(0),
        position: badge_on_screen(document, Mark::InsurerNumber),
    })]);
    let messages: Vec<Msg> = ui.into_messages().collect();
    assert_eq!(messages, vec![Msg::Mark(Mark::InsurerNumber)]);
}

#[test]
fn the_drawing_keeps_its_aspect_ratio() {
    for document in Document::ALL.into_iter().filter(|d| d.has_drawing()) {
        let l = layout(document, Holder::Family).unwrap();
        let height = (WIDTH - 2.0 * PAD) * l.size.height / l.size.width;
        let mut ui = simulator(guide(
            Palette::Light,
            Language::En,
            document,
            &[Mark::Symbol],
            None,
        ));
        let id = document_guide::where_id(document, Mark::Symbol).unwrap();
        let line = ui.find(tr(Language::En, id)).unwrap().bounds();
        // The column puts 12 px between the drawing and the first line.
        let expected = PAD + height + 12.0;
        assert!(
            (line.y - expected).abs() < 1.5,
            "{document:?}: first line at {} instead of {expected}",
            line.y
        );
    }
}

#[test]
fn unused_marks_do_not_answer_and_outside_taps_emit_nothing() {
    let document = Document::Card;
    let mut ui = simulator(guide(
        Palette::Light,
        Language::En,
        document,
        &[Mark::Symbol, Mark::Number],
        Some(Mark::Symbol),
    ));
    ui.point_at(badge_on_screen(document, Mark::InsurerNumber));
    let _ = ui.simulate(simulator::click());
    ui.point_at(Point::new(PAD + 4.0, PAD + 4.0));
    let _ = ui.simulate(simulator::click());
    assert_eq!(ui.into_messages().count(), 0);
}

#[test]
fn lines_under_the_drawing_follow_the_marks_used() {
    let mut ui = simulator(guide(
        Palette::Light,
        Language::En,
        Document::EligibilityNotice,
        &[Mark::Symbol, Mark::Number],
        None,
    ));
    assert!(
        ui.find(tr(Language::En, "document-where-notice-symbol"))
            .is_ok()
    );
    assert!(
        ui.find(tr(Language::En, "document-where-notice-number"))
            .is_ok()
    );
    assert!(
        ui.find(tr(Language::En, "document-where-notice-insurer"))
            .is_err()
    );
    assert!(
        ui.find(tr(Language::En, "document-branch-explained"))
            .is_ok()
    );
}

#[test]
fn picker_emits_the_document_tapped() {
    for language in Language::ALL {
        for document in Document::ALL {
            let look = Palette::Light.look();
            let mut ui = simulator(document_guide::picker(
                look,
                language,
                Document::EligibilityNotice,
                Msg::Doc,
            ));
            ui.click(tr(language, document.name_id())).unwrap();
            let messages: Vec<Msg> = ui.into_messages().collect();
            assert_eq!(messages, vec![Msg::Doc(document)], "{language:?}");
        }
    }
}

#[test]
fn my_number_card_shows_its_note_and_no_drawing() {
    for language in Language::ALL {
        let mut ui = simulator(guide(
            Palette::Light,
            language,
            Document::MyNumberCardOnly,
            &Mark::ALL,
            Some(Mark::Symbol),
        ));
        for id in [
            "document-mynumber-title",
            "document-mynumber-note",
            "document-mynumber-where",
        ] {
            assert!(ui.find(tr(language, id)).is_ok(), "{language:?} {id}");
        }
        ui.point_at(Point::new(WIDTH / 2.0, 300.0));
        let _ = ui.simulate(simulator::click());
        assert_eq!(ui.into_messages().count(), 0);
    }
    assert!(tr(Language::En, "document-mynumber-where").contains("マイナポータル"));
}

/// Renders the drawings and the picker as PNGs in /tmp/docguide/ for people to look
/// at. Not a regression check: the pictures are compared with nothing (the pixel tests
/// above are the checks on what is drawn).
#[test]
fn renders_pngs_to_look_at() {
    let dir = Path::new("/tmp/docguide");
    std::fs::create_dir_all(dir).unwrap();
    let mut shots = Vec::new();
    for holder in Holder::ALL {
        for document in Document::ALL {
            for language in Language::ALL {
                shots.push((
                    holder,
                    document,
                    language,
                    Palette::Light,
                    Some(Mark::Symbol),
                ));
            }
        }
    }
    shots.push((
        Holder::Family,
        Document::Card,
        Language::En,
        Palette::HighContrast,
        Some(Mark::InsurerNumber),
    ));
    shots.push((
        Holder::Insured,
        Document::EligibilityNotice,
        Language::Ja,
        Palette::HighContrast,
        Some(Mark::Number),
    ));
    for (holder, document, language, palette, focused) in shots {
        let name = format!(
            "{holder:?}-{document:?}-{}-{}",
            language.code(),
            if palette == Palette::Light {
                "light"
            } else {
                "hc"
            }
        );
        let element = container(guide_as(
            holder,
            palette,
            language,
            document,
            &Mark::ALL,
            focused,
        ))
        .style(move |_| kenpos_kiosk::theme::background(palette.look()));
        let mut ui = simulator(element.into());
        let _ = write_png(&ui.snapshot(&palette.theme()).unwrap(), dir, &name);
    }
    for language in Language::ALL {
        let name = format!("picker-{}", language.code());
        let look = Palette::Light.look();
        let element = container(document_guide::picker(
            look,
            language,
            Document::EligibilityNotice,
            Msg::Doc,
        ))
        .padding(PAD)
        .style(move |_| kenpos_kiosk::theme::background(look));
        let mut ui = simulator(element.into());
        let _ = write_png(&ui.snapshot(&Palette::Light.theme()).unwrap(), dir, &name);
    }
}

#[test]
fn the_drawings_print_the_societys_own_name_and_insurer_number() {
    use document_guide::Society;
    use document_guide::model::{SAMPLE_INSURER_NAME, SAMPLE_INSURER_NUMBER};
    let mut config = Config::default();
    config.society.name_ja = "テスト健康保険組合".into();
    config.society.insurer_numbers =
        vec![SocietyInsurerNumber::try_from("33120015".to_owned()).unwrap()];
    let society = Society::from_config(&config.society);
    for lang in Language::ALL {
        assert_eq!(
            society.printed(lang, SAMPLE_INSURER_NAME),
            "テスト健康保険組合"
        );
        assert_eq!(society.printed(lang, SAMPLE_INSURER_NUMBER), "33120015");
        let symbol = "document-sample-family-symbol";
        assert_eq!(society.printed(lang, symbol), tr(lang, symbol), "a sample");
        assert_eq!(
            Society::default().printed(lang, SAMPLE_INSURER_NUMBER),
            tr(lang, SAMPLE_INSURER_NUMBER),
            "the sample when none is configured"
        );
    }
    // Every drawing that shows an insurer name or number prints it through those ids.
    for l in drawn() {
        let ids: Vec<&str> = l.labels().into_iter().map(|label| label.id).collect();
        assert!(
            ids.contains(&SAMPLE_INSURER_NUMBER) && ids.contains(&SAMPLE_INSURER_NAME),
            "{:?}: {ids:?}",
            l.document
        );
    }
    // The line under the drawing gives the society's own number as the example.
    let mut ui = simulator(
        container(document_guide::view(
            Palette::Light.look(),
            Language::Ja,
            &society,
            Holder::Family,
            Document::EligibilityNotice,
            &Mark::ALL,
            Some(Mark::InsurerNumber),
            Msg::Mark,
        ))
        .into(),
    );
    let line = kenpos_kiosk::i18n::tr_args(
        Language::Ja,
        "document-where-notice-insurer",
        &[("insurer", "33120015".into())],
    );
    assert!(
        line.contains("33120015") && !line.contains("06139984"),
        "{line}"
    );
    assert!(ui.find(line.as_str()).is_ok(), "{line}");
}

/// The text printed for the value of `mark`'s field on `document` as `holder` holds it.
fn sample(holder: Holder, document: Document, mark: Mark, lang: Language) -> String {
    let l = layout(document, holder).unwrap();
    tr(lang, l.field(mark).unwrap().value.unwrap().id)
}

/// The first run of ASCII digits in `text` (the example in a hint).
fn first_digits(text: &str) -> String {
    let start = text.trim_start_matches(|c: char| !c.is_ascii_digit());
    start.chars().take_while(char::is_ascii_digit).collect()
}

#[test]
fn the_insured_paths_samples_are_the_guides_login_id_example() {
    use kenpos_kiosk::rules::LoginId;
    for lang in Language::ALL {
        let symbol_hint = first_digits(&tr(lang, "insured-card-symbol-hint"));
        let number_hint = first_digits(&tr(lang, "insured-card-number-hint"));
        assert_eq!(
            (symbol_hint.as_str(), number_hint.as_str()),
            ("91", "200001")
        );
        for document in Document::ALL.into_iter().filter(|d| d.has_drawing()) {
            let symbol = sample(Holder::Insured, document, Mark::Symbol, lang);
            let number = sample(Holder::Insured, document, Mark::Number, lang);
            assert!(
                symbol.len() <= 3 && symbol.chars().all(|c| c.is_ascii_digit()),
                "{lang:?} {document:?}: 記号 {symbol} does not fit the 3-digit login ID"
            );
            assert_eq!(symbol, symbol_hint, "{lang:?} {document:?}: 記号 vs hint");
            assert_eq!(number, number_hint, "{lang:?} {document:?}: 番号 vs hint");
            let id = LoginId::from_card("7132", &symbol, &number).unwrap();
            assert_eq!(id.to_string(), "7132-091200001", "{lang:?} {document:?}");
        }
    }
}

#[test]
fn the_family_paths_samples_are_the_guides() {
    for lang in Language::ALL {
        for document in Document::ALL.into_iter().filter(|d| d.has_drawing()) {
            let want = if document == Document::PaperCertificate {
                ("ハビ", "123456")
            } else {
                ("1234", "12345")
            };
            let got = (
                sample(Holder::Family, document, Mark::Symbol, lang),
                sample(Holder::Family, document, Mark::Number, lang),
            );
            assert_eq!(
                (got.0.as_str(), got.1.as_str()),
                want,
                "{lang:?} {document:?}"
            );
        }
    }
}

/// Every text a drawing prints in `lang`: labels as printed, and the English glosses.
fn printed_texts(l: &DocumentLayout, lang: Language) -> Vec<String> {
    let mut out = Vec::new();
    for label in l.labels() {
        out.push(tr(lang, label.id));
        out.push(tr_attr(lang, label.id, "gloss"));
    }
    out
}

#[test]
fn the_family_paths_card_is_a_dependents_and_the_insured_paths_the_members() {
    for lang in Language::ALL {
        for document in [Document::Card, Document::EligibilityCertificate] {
            for (holder, kind, gloss, not) in [
                (
                    Holder::Family,
                    "家族（被扶養者）",
                    "Family member (dependent)",
                    "本人",
                ),
                (
                    Holder::Insured,
                    "本人（被保険者）",
                    "Insured person (the member)",
                    "被扶養者",
                ),
            ] {
                let l = layout(document, holder).unwrap();
                let texts = printed_texts(&l, lang);
                let who = format!("{lang:?} {holder:?} {document:?}");
                assert!(
                    texts.iter().any(|t| t == kind),
                    "{who}: no {kind}: {texts:?}"
                );
                if lang == Language::En {
                    assert!(texts.iter().any(|t| t == gloss), "{who}: no {gloss}");
                }
                assert!(!texts.iter().any(|t| t.contains(not)), "{who}: {texts:?}");
            }
        }
        // No drawing on the family path says 本人 or "Insured person"; none on the
        // insured path says 被扶養者 or "dependent".
        for l in drawn() {
            let (not, not_en) = match l.holder {
                Holder::Family => ("本人", "Insured person"),
                Holder::Insured => ("被扶養者", "dependent"),
            };
            for t in printed_texts(&l, lang) {
                assert!(
                    !t.contains(not) && !t.contains(not_en),
                    "{lang:?} {:?} {:?}: {t}",
                    l.holder,
                    l.document
                );
            }
        }
    }
}

#[test]
fn both_paths_draw_the_same_shapes() {
    for document in Document::ALL.into_iter().filter(|d| d.has_drawing()) {
        let insured = layout(document, Holder::Insured).unwrap();
        let family = layout(document, Holder::Family).unwrap();
        let rects = |l: &DocumentLayout| -> Vec<Rectangle> {
            l.labels().into_iter().map(|label| label.rect).collect()
        };
        assert_eq!(insured.badges, family.badges, "{document:?}");
        assert_eq!(insured.lines, family.lines, "{document:?}");
        assert_eq!(rects(&insured), rects(&family), "{document:?}");
    }
}

#[test]
fn the_lines_under_the_drawing_quote_no_sample() {
    // One line serves both paths: a sample in it would contradict one path's drawing
    // (the insured path drew 91 beside a line saying 1234).
    for lang in Language::ALL {
        for document in Document::ALL {
            for mark in [Mark::Symbol, Mark::Number] {
                let Some(id) = document_guide::where_id(document, mark) else {
                    continue;
                };
                let line = tr(lang, id);
                assert!(
                    !line.contains(|c: char| c.is_ascii_digit()) && !line.contains("ハビ"),
                    "{lang:?} {id}: {line}"
                );
            }
        }
    }
}

/// The view draws the holder's own samples: the 記号 box has ink past 1.6 em for the
/// family path's 1234 (and ハビ) and none for the insured path's 91.
#[test]
fn each_path_draws_its_own_samples() {
    let look = Palette::Light.look();
    for document in Document::ALL.into_iter().filter(|d| d.has_drawing()) {
        for holder in Holder::ALL {
            let mut ui = simulator(guide_as(
                holder,
                Palette::Light,
                Language::Ja,
                document,
                &[Mark::Symbol],
                None,
            ));
            let image = pixels(&ui.snapshot(&Palette::Light.theme()).unwrap());
            let physical = image.width() as f32 / WIDTH;
            let l = layout(document, holder).unwrap();
            let scale = (WIDTH - 2.0 * PAD) / l.size.width;
            let r = l.field(Mark::Symbol).unwrap().value.unwrap();
            let to_px = |units: f32| ((PAD + units * scale) * physical) as u32;
            let rect = r.rect;
            let long = (to_px(rect.x + 1.6 * r.size)..to_px(rect.x + rect.width)).any(|x| {
                (to_px(rect.y)..to_px(rect.y + rect.height))
                    .any(|y| !close(image.get_pixel(x, y).0, look.surface))
            });
            assert_eq!(long, holder == Holder::Family, "{holder:?} {document:?}");
        }
    }
}
