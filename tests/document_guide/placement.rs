//! The pure layout: badges inside the document, not overlapping, next to their
//! fields, hit tests, sizes.

use super::*;

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
