//! The samples each path prints: the insured path's agree with the login-ID rule and
//! its hints, the family path's card is a dependent's, the society's own name and number.

use super::*;

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
