//! The widget headless on tiny-skia: taps, the focused badge, labels drawn whole, the
//! picker, the My Number note, and PNG renderings to look at.

use super::*;

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
