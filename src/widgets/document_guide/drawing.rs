//! The widget that draws a [`DocumentLayout`] scaled to its bounds, keeping the
//! drawing's aspect ratio, and answers taps on its badges.
//!
//! It draws with quads and text only, never canvas meshes: iced 0.14's wgpu triangle
//! pipeline does not clip meshes to their layer, so a canvas drawing inside a scrolled
//! page left copies of itself over other content (issue 13). Quads and text are
//! clipped on both renderers. Circles are quads with a full border radius, outlines
//! are quad borders (grown by half the stroke width, as a stroke is centred on its
//! path), a dashed line is a row of small quads.

use iced::advanced::layout::{self, Layout};
use iced::advanced::renderer::{self, Quad, Renderer as _};
use iced::advanced::text::{self, Renderer as _};
use iced::advanced::widget::{Tree, Widget, tree};
use iced::advanced::{Clipboard, Shell};
use iced::alignment;
use iced::mouse;
use iced::touch;
use iced::widget::text::{Alignment, LineHeight, Shaping, Wrapping};
use iced::window;
use iced::{
    Border, Color, Element, Event, Font, Length, Pixels, Point, Rectangle, Renderer, Shadow, Size,
    Theme,
};

use super::model::{DocumentLayout, Label, Mark};
use crate::i18n::{self, Language};
use crate::theme::Look;
use crate::theme::UI_FONT;

/// The width taken when the width offered is unbounded.
const DEFAULT_WIDTH: f32 = 560.0;

/// Stroke widths in pixels (not scaled).
const OUTLINE_WIDTH: f32 = 2.0;
const RULE_WIDTH: f32 = 1.5;
const CUTOUT_WIDTH: f32 = 2.0;
const RING_WIDTH: f32 = 6.0;
const BADGE_WIDTH: f32 = 3.0;
const FOCUSED_BADGE_WIDTH: f32 = 5.0;
/// The cut-out's dashes: drawn, then left out, in pixels.
const DASH: (f32, f32) = (10.0, 6.0);
/// The bounds given to every text: one line, never wrapped. Not `Size::INFINITE`: the
/// renderers multiply bounds by a matrix, which turns infinity into NaN (and the text
/// into its first glyph).
const ONE_LINE: Size = Size::new(1.0e5, 1.0e5);

/// Draws one document with its badges, takes all the width offered and the height that
/// keeps the document's aspect ratio (shrinking both if the height offered is too
/// small), and emits `on_mark` when a badge or its field is tapped.
pub(super) struct DocumentDrawing<F> {
    pub(super) layout: DocumentLayout,
    pub(super) look: Look,
    pub(super) language: Language,
    pub(super) society: super::Society,
    pub(super) marks: Vec<Mark>,
    pub(super) focused: Option<Mark>,
    pub(super) on_mark: F,
}

/// The mouse interaction shown at the last redraw: a change asks for a redraw, which
/// is when iced 0.14 updates the cursor.
#[derive(Default)]
struct State {
    last_interaction: Option<mouse::Interaction>,
}

fn bold() -> Font {
    Font {
        weight: iced::font::Weight::Bold,
        ..UI_FONT
    }
}

/// A rough width estimate in ems: CJK and other wide characters one em, the rest half.
fn estimated_width(content: &str, size: f32) -> f32 {
    content
        .chars()
        .map(|c| if (c as u32) < 0x2000 { 0.62 } else { 1.0 })
        .sum::<f32>()
        * size
}

/// The size at which `content` fits `width` (never larger than `size`).
fn fit(content: &str, size: f32, width: f32) -> f32 {
    let wanted = estimated_width(content, size);
    if wanted > width && wanted > 0.0 {
        size * width / wanted
    } else {
        size
    }
}

/// Layout units to screen pixels for one drawing: its bounds and the scale.
#[derive(Debug, Clone, Copy)]
struct Pen {
    bounds: Rectangle,
    scale: f32,
}

impl Pen {
    fn point(self, p: Point) -> Point {
        Point::new(
            self.bounds.x + p.x * self.scale,
            self.bounds.y + p.y * self.scale,
        )
    }

    /// `r` on screen, grown by `grow` layout units on each side.
    fn rect(self, r: Rectangle, grow: f32) -> Rectangle {
        let at = self.point(Point::new(r.x - grow, r.y - grow));
        Rectangle::new(
            at,
            Size::new(
                (r.width + 2.0 * grow) * self.scale,
                (r.height + 2.0 * grow) * self.scale,
            ),
        )
    }
}

/// Grows `r` (screen pixels) by `by` pixels on each side.
fn expand(r: Rectangle, by: f32) -> Rectangle {
    Rectangle {
        x: r.x - by,
        y: r.y - by,
        width: r.width + 2.0 * by,
        height: r.height + 2.0 * by,
    }
}

fn quad(renderer: &mut Renderer, bounds: Rectangle, border: Border, fill: Color) {
    renderer.fill_quad(
        Quad {
            bounds,
            border,
            shadow: Shadow::default(),
            snap: false,
        },
        fill,
    );
}

/// An outline of `width` pixels centred on the edge of `r` (a rounded rectangle with
/// `radius`), as a stroke would be, over a `fill`.
fn outline(
    renderer: &mut Renderer,
    r: Rectangle,
    radius: f32,
    width: f32,
    color: Color,
    fill: Color,
) {
    let half = width / 2.0;
    let border = Border {
        color,
        width,
        radius: (radius + half).into(),
    };
    quad(renderer, expand(r, half), border, fill);
}

/// A straight line of `width` pixels between two screen points, with butt ends.
/// Level and upright lines (all the drawings have) are one quad; any other is a
/// row of small squares.
fn line(renderer: &mut Renderer, from: Point, to: Point, width: f32, color: Color) {
    let half = width / 2.0;
    let plain = Border::default();
    if from.y == to.y || from.x == to.x {
        let (left, right) = (from.x.min(to.x), from.x.max(to.x));
        let (top, bottom) = (from.y.min(to.y), from.y.max(to.y));
        let bounds = if from.y == to.y {
            Rectangle::new(Point::new(left, top - half), Size::new(right - left, width))
        } else {
            Rectangle::new(Point::new(left - half, top), Size::new(width, bottom - top))
        };
        quad(renderer, bounds, plain, color);
        return;
    }
    let length = from.distance(to);
    let steps = length.ceil().max(1.0) as u32;
    for i in 0..=steps {
        let t = i as f32 / steps as f32;
        let at = Point::new(
            from.x + (to.x - from.x) * t - half,
            from.y + (to.y - from.y) * t - half,
        );
        quad(
            renderer,
            Rectangle::new(at, Size::new(width, width)),
            plain,
            color,
        );
    }
}

/// The dashed outline of `r` (screen pixels), the dash pattern running on around the
/// corners as a dashed stroke does.
fn dashed_rectangle(renderer: &mut Renderer, r: Rectangle, width: f32, color: Color) {
    let corners = [
        Point::new(r.x, r.y),
        Point::new(r.x + r.width, r.y),
        Point::new(r.x + r.width, r.y + r.height),
        Point::new(r.x, r.y + r.height),
    ];
    let (on, off) = DASH;
    let mut phase = 0.0_f32;
    for (i, from) in corners.iter().enumerate() {
        let to = corners[(i + 1) % corners.len()];
        let length = from.distance(to);
        if length <= 0.0 {
            continue;
        }
        let direction = ((to.x - from.x) / length, (to.y - from.y) / length);
        let along = |t: f32| Point::new(from.x + direction.0 * t, from.y + direction.1 * t);
        let mut t = 0.0;
        while t < length {
            let within = phase % (on + off);
            let (drawn, left) = if within < on {
                (true, on - within)
            } else {
                (false, on + off - within)
            };
            let step = left.min(length - t);
            if drawn {
                line(renderer, along(t), along(t + step), width, color);
            }
            t += step;
            phase += step;
        }
    }
}

impl<F> DocumentDrawing<F> {
    fn ratio(&self) -> f32 {
        self.layout.size.width / self.layout.size.height
    }

    fn pen(&self, bounds: Rectangle) -> Pen {
        Pen {
            bounds,
            scale: bounds.width / self.layout.size.width,
        }
    }

    /// The mark (among those used) at `position`, relative to the drawing's top left.
    fn mark_at(&self, position: Point, bounds: Rectangle) -> Option<Mark> {
        let scale = self.pen(bounds).scale;
        if scale <= 0.0 {
            return None;
        }
        let point = Point::new(position.x / scale, position.y / scale);
        self.layout.hit(point, &self.marks)
    }

    fn interaction(&self, bounds: Rectangle, cursor: mouse::Cursor) -> mouse::Interaction {
        match cursor.position_in(bounds) {
            Some(p) if self.mark_at(p, bounds).is_some() => mouse::Interaction::Pointer,
            _ => mouse::Interaction::default(),
        }
    }

    /// `content` at `at` (layout units), its size shrunk so it fits `width`; its top
    /// left at `at`, or its centre when `centred`.
    #[allow(clippy::too_many_arguments)]
    fn text(
        &self,
        renderer: &mut Renderer,
        pen: Pen,
        content: String,
        at: Point,
        size: f32,
        width: f32,
        color: Color,
        font: Font,
        centred: bool,
    ) {
        let size = fit(&content, size, width);
        renderer.fill_text(
            text::Text {
                content,
                bounds: ONE_LINE,
                size: Pixels(size * pen.scale),
                line_height: LineHeight::Relative(1.2),
                font,
                align_x: if centred {
                    Alignment::Center
                } else {
                    Alignment::Left
                },
                align_y: if centred {
                    alignment::Vertical::Center
                } else {
                    alignment::Vertical::Top
                },
                shaping: Shaping::Advanced,
                wrapping: Wrapping::None,
            },
            pen.point(at),
            color,
            pen.bounds,
        );
    }

    fn label(&self, renderer: &mut Renderer, pen: Pen, label: Label, color: Color, font: Font) {
        let content = self.society.printed(self.language, label.id);
        let at = Point::new(label.rect.x, label.rect.y);
        self.text(
            renderer,
            pen,
            content,
            at,
            label.size,
            label.rect.width,
            color,
            font,
            false,
        );
    }

    /// A caption as printed, with its gloss (English mode) on a second, smaller line.
    /// Without a gloss the caption is centred on `level` (the value's box, or its own).
    fn caption(&self, renderer: &mut Renderer, pen: Pen, label: Label, level: Option<Rectangle>) {
        let gloss = i18n::tr_attr(self.language, label.id, "gloss");
        if gloss.is_empty() {
            let centre = level.unwrap_or(label.rect).center_y();
            let centred = Label {
                rect: Rectangle {
                    y: centre - label.size * 0.6,
                    ..label.rect
                },
                ..label
            };
            self.label(renderer, pen, centred, self.look.text, bold());
        } else {
            self.label(renderer, pen, label, self.look.text, bold());
            let at = Point::new(label.rect.x, label.rect.y + label.size * 1.25);
            let size = label.size * 0.8;
            let muted = self.look.muted;
            self.text(
                renderer,
                pen,
                gloss,
                at,
                size,
                label.rect.width,
                muted,
                UI_FONT,
                false,
            );
        }
    }

    /// The document: outline, filler, cut-out, rules, title and fields.
    fn document(&self, renderer: &mut Renderer, pen: Pen) {
        let look = self.look;
        let l = &self.layout;
        outline(
            renderer,
            pen.rect(l.outline, 0.0),
            l.corner_radius * pen.scale,
            OUTLINE_WIDTH,
            look.border,
            look.surface,
        );
        for bar in &l.filler {
            quad(
                renderer,
                pen.rect(*bar, 0.0),
                Border::default(),
                look.border,
            );
        }
        if let Some((cut, label)) = l.cutout {
            dashed_rectangle(renderer, pen.rect(cut, 0.0), CUTOUT_WIDTH, look.text);
            self.label(renderer, pen, label, look.muted, UI_FONT);
        }
        for (from, to) in &l.lines {
            line(
                renderer,
                pen.point(*from),
                pen.point(*to),
                RULE_WIDTH,
                look.border,
            );
        }

        self.label(renderer, pen, l.title, look.text, bold());
        for field in &l.fields {
            if let Some(caption) = field.caption {
                self.caption(renderer, pen, caption, field.value.map(|v| v.rect));
            }
            if let Some(value) = field.value {
                let color = if field.branch { look.muted } else { look.text };
                self.label(renderer, pen, value, color, UI_FONT);
            }
            if let Some(note) = field.note {
                self.label(renderer, pen, note, look.danger, bold());
            }
        }
    }

    /// The focused field's ring, then the badges over it, the focused one filled.
    fn badges(&self, renderer: &mut Renderer, pen: Pen) {
        let look = self.look;
        let l = &self.layout;
        if let Some(field) = self
            .focused
            .filter(|m| self.marks.contains(m))
            .and_then(|m| l.field(m))
        {
            outline(
                renderer,
                pen.rect(field.target(), 8.0),
                10.0 * pen.scale,
                RING_WIDTH,
                look.focus,
                Color::TRANSPARENT,
            );
        }

        for badge in l.badges.iter().filter(|b| self.marks.contains(&b.mark)) {
            let focused = self.focused == Some(badge.mark);
            let radius = badge.radius * pen.scale;
            let center = pen.point(badge.center);
            let circle = Rectangle::new(
                Point::new(center.x - radius, center.y - radius),
                Size::new(2.0 * radius, 2.0 * radius),
            );
            let (fill, ink, ring, width) = if focused {
                (
                    look.primary,
                    look.on_primary,
                    look.focus,
                    FOCUSED_BADGE_WIDTH,
                )
            } else {
                (look.surface, look.text, look.text, BADGE_WIDTH)
            };
            outline(renderer, circle, radius, width, ring, fill);
            renderer.fill_text(
                text::Text {
                    content: badge.mark.digit().to_string(),
                    bounds: ONE_LINE,
                    size: Pixels(radius * 1.3),
                    line_height: LineHeight::Relative(1.2),
                    font: bold(),
                    align_x: Alignment::Center,
                    align_y: alignment::Vertical::Center,
                    shaping: Shaping::default(),
                    wrapping: Wrapping::None,
                },
                center,
                ink,
                pen.bounds,
            );
        }
    }
}

impl<M, F: Fn(Mark) -> M> Widget<M, Theme, Renderer> for DocumentDrawing<F> {
    fn tag(&self) -> tree::Tag {
        tree::Tag::of::<State>()
    }

    fn state(&self) -> tree::State {
        tree::State::new(State::default())
    }

    fn size(&self) -> Size<Length> {
        Size::new(Length::Fill, Length::Shrink)
    }

    fn layout(
        &mut self,
        _tree: &mut Tree,
        _renderer: &Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        let max = limits.max();
        let mut width = if max.width.is_finite() {
            max.width
        } else {
            DEFAULT_WIDTH
        };
        let mut height = width / self.ratio();
        if height > max.height {
            height = max.height;
            width = height * self.ratio();
        }
        layout::Node::new(Size::new(width, height))
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        _renderer: &Renderer,
        _clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, M>,
        _viewport: &Rectangle,
    ) {
        let bounds = layout.bounds();
        let position = match event {
            Event::Mouse(mouse::Event::ButtonPressed(mouse::Button::Left)) => {
                cursor.position_in(bounds)
            }
            Event::Touch(touch::Event::FingerPressed { position, .. })
                if bounds.contains(*position) =>
            {
                Some(Point::new(position.x - bounds.x, position.y - bounds.y))
            }
            _ => None,
        };
        if let Some(mark) = position.and_then(|p| self.mark_at(p, bounds)) {
            shell.publish((self.on_mark)(mark));
            shell.capture_event();
        }

        let interaction = self.interaction(bounds, cursor);
        let state = tree.state.downcast_mut::<State>();
        if let Event::Window(window::Event::RedrawRequested(_)) = event {
            state.last_interaction = Some(interaction);
        } else if state
            .last_interaction
            .is_some_and(|last| last != interaction)
        {
            shell.request_redraw();
        }
    }

    fn mouse_interaction(
        &self,
        _tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        _viewport: &Rectangle,
        _renderer: &Renderer,
    ) -> mouse::Interaction {
        self.interaction(layout.bounds(), cursor)
    }

    fn draw(
        &self,
        _tree: &Tree,
        renderer: &mut Renderer,
        _theme: &Theme,
        _style: &renderer::Style,
        layout: Layout<'_>,
        _cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        let bounds = layout.bounds();
        if !bounds.intersects(viewport) {
            return;
        }
        let pen = self.pen(bounds);
        self.document(renderer, pen);
        self.badges(renderer, pen);
    }
}

impl<'a, M: 'a, F: Fn(Mark) -> M + 'a> From<DocumentDrawing<F>> for Element<'a, M> {
    fn from(drawing: DocumentDrawing<F>) -> Self {
        Element::new(drawing)
    }
}
