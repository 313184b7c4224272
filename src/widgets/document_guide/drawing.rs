//! The canvas program that draws a [`DocumentLayout`] scaled to its bounds, and the
//! small wrapper that keeps the drawing's aspect ratio.

use iced::advanced::layout::{self, Layout};
use iced::advanced::widget::{self, Widget};
use iced::advanced::{Clipboard, Shell, renderer};
use iced::alignment;
use iced::mouse;
use iced::touch;
use iced::widget::canvas::{self, Frame, LineDash, Path, Stroke};
use iced::widget::text::{Alignment, LineHeight, Shaping};
use iced::{Color, Element, Event, Font, Length, Pixels, Point, Rectangle, Renderer, Size, Theme};

use super::model::{DocumentLayout, Label, Mark};
use crate::app::UI_FONT;
use crate::i18n::{self, Language};
use crate::theme::Look;

/// Draws one document with its badges and answers taps on them.
pub(super) struct DocumentCanvas<F> {
    pub(super) layout: DocumentLayout,
    pub(super) look: Look,
    pub(super) language: Language,
    pub(super) society: super::Society,
    pub(super) marks: Vec<Mark>,
    pub(super) focused: Option<Mark>,
    pub(super) on_mark: F,
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

impl<F> DocumentCanvas<F> {
    fn scale(&self, bounds: Rectangle) -> f32 {
        bounds.width / self.layout.size.width
    }

    fn mark_at(&self, position: Point, bounds: Rectangle) -> Option<Mark> {
        let scale = self.scale(bounds);
        if scale <= 0.0 {
            return None;
        }
        let point = Point::new(position.x / scale, position.y / scale);
        self.layout.hit(point, &self.marks)
    }

    #[allow(clippy::too_many_arguments)]
    fn text(
        &self,
        frame: &mut Frame,
        s: f32,
        content: String,
        at: Point,
        size: f32,
        width: f32,
        color: Color,
        font: Font,
        centred: bool,
    ) {
        let size = fit(&content, size, width);
        frame.fill_text(canvas::Text {
            content,
            position: Point::new(at.x * s, at.y * s),
            max_width: f32::INFINITY,
            color,
            size: Pixels(size * s),
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
        });
    }

    fn label(&self, frame: &mut Frame, s: f32, label: Label, color: Color, font: Font) {
        let content = self.society.printed(self.language, label.id);
        let at = Point::new(label.rect.x, label.rect.y);
        self.text(
            frame,
            s,
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
    fn caption(&self, frame: &mut Frame, s: f32, label: Label, level: Option<Rectangle>) {
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
            self.label(frame, s, centred, self.look.text, bold());
        } else {
            self.label(frame, s, label, self.look.text, bold());
            let at = Point::new(label.rect.x, label.rect.y + label.size * 1.25);
            let size = label.size * 0.8;
            let muted = self.look.muted;
            self.text(
                frame,
                s,
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

    fn scaled(r: Rectangle, s: f32, grow: f32) -> (Point, Size) {
        (
            Point::new((r.x - grow) * s, (r.y - grow) * s),
            Size::new((r.width + 2.0 * grow) * s, (r.height + 2.0 * grow) * s),
        )
    }
}

impl<M, F: Fn(Mark) -> M> canvas::Program<M> for DocumentCanvas<F> {
    type State = ();

    fn update(
        &self,
        _state: &mut (),
        event: &canvas::Event,
        bounds: Rectangle,
        cursor: mouse::Cursor,
    ) -> Option<canvas::Action<M>> {
        let position = match event {
            Event::Mouse(mouse::Event::ButtonPressed(mouse::Button::Left)) => {
                cursor.position_in(bounds)?
            }
            Event::Touch(touch::Event::FingerPressed { position, .. })
                if bounds.contains(*position) =>
            {
                Point::new(position.x - bounds.x, position.y - bounds.y)
            }
            _ => return None,
        };
        let mark = self.mark_at(position, bounds)?;
        Some(canvas::Action::publish((self.on_mark)(mark)).and_capture())
    }

    fn mouse_interaction(
        &self,
        _state: &(),
        bounds: Rectangle,
        cursor: mouse::Cursor,
    ) -> mouse::Interaction {
        match cursor.position_in(bounds) {
            Some(p) if self.mark_at(p, bounds).is_some() => mouse::Interaction::Pointer,
            _ => mouse::Interaction::default(),
        }
    }

    fn draw(
        &self,
        _state: &(),
        renderer: &Renderer,
        _theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<canvas::Geometry> {
        let look = self.look;
        let s = self.scale(bounds);
        let l = &self.layout;
        let mut frame = Frame::new(renderer, bounds.size());

        let (at, size) = Self::scaled(l.outline, s, 0.0);
        let outline = Path::rounded_rectangle(at, size, (l.corner_radius * s).into());
        frame.fill(&outline, look.surface);
        frame.stroke(
            &outline,
            Stroke::default().with_color(look.border).with_width(2.0),
        );

        for bar in &l.filler {
            let (at, size) = Self::scaled(*bar, s, 0.0);
            frame.fill_rectangle(at, size, look.border);
        }
        if let Some((cut, label)) = l.cutout {
            let (at, size) = Self::scaled(cut, s, 0.0);
            let stroke = Stroke {
                line_dash: LineDash {
                    segments: &[10.0, 6.0],
                    offset: 0,
                },
                ..Stroke::default().with_color(look.text).with_width(2.0)
            };
            frame.stroke(&Path::rectangle(at, size), stroke);
            self.label(&mut frame, s, label, look.muted, UI_FONT);
        }
        for (from, to) in &l.lines {
            let line = Path::line(
                Point::new(from.x * s, from.y * s),
                Point::new(to.x * s, to.y * s),
            );
            frame.stroke(
                &line,
                Stroke::default().with_color(look.border).with_width(1.5),
            );
        }

        self.label(&mut frame, s, l.title, look.text, bold());
        for field in &l.fields {
            if let Some(caption) = field.caption {
                self.caption(&mut frame, s, caption, field.value.map(|v| v.rect));
            }
            if let Some(value) = field.value {
                let color = if field.branch { look.muted } else { look.text };
                self.label(&mut frame, s, value, color, UI_FONT);
            }
            if let Some(note) = field.note {
                self.label(&mut frame, s, note, look.danger, bold());
            }
        }

        // The focused field's ring, under the badges.
        if let Some(field) = self
            .focused
            .filter(|m| self.marks.contains(m))
            .and_then(|m| l.field(m))
        {
            let (at, size) = Self::scaled(field.target(), s, 8.0);
            let ring = Path::rounded_rectangle(at, size, (10.0 * s).into());
            frame.stroke(
                &ring,
                Stroke::default().with_color(look.focus).with_width(6.0),
            );
        }

        for badge in l.badges.iter().filter(|b| self.marks.contains(&b.mark)) {
            let focused = self.focused == Some(badge.mark);
            let center = Point::new(badge.center.x * s, badge.center.y * s);
            let circle = Path::circle(center, badge.radius * s);
            let (fill, ink, ring) = if focused {
                (look.primary, look.on_primary, look.focus)
            } else {
                (look.surface, look.text, look.text)
            };
            frame.fill(&circle, fill);
            frame.stroke(
                &circle,
                Stroke::default()
                    .with_color(ring)
                    .with_width(if focused { 5.0 } else { 3.0 }),
            );
            frame.fill_text(canvas::Text {
                content: badge.mark.digit().to_string(),
                position: center,
                color: ink,
                size: Pixels(badge.radius * 1.3 * s),
                font: bold(),
                align_x: Alignment::Center,
                align_y: alignment::Vertical::Center,
                ..canvas::Text::default()
            });
        }
        vec![frame.into_geometry()]
    }
}

/// Gives its content all the width offered and the height that keeps `ratio`
/// (width / height), shrinking both if the height offered is too small.
pub(super) struct AspectRatio<'a, M> {
    pub(super) content: Element<'a, M>,
    pub(super) ratio: f32,
}

impl<M> Widget<M, Theme, Renderer> for AspectRatio<'_, M> {
    fn tag(&self) -> widget::tree::Tag {
        self.content.as_widget().tag()
    }

    fn state(&self) -> widget::tree::State {
        self.content.as_widget().state()
    }

    fn children(&self) -> Vec<widget::Tree> {
        self.content.as_widget().children()
    }

    fn diff(&self, tree: &mut widget::Tree) {
        self.content.as_widget().diff(tree);
    }

    fn size(&self) -> Size<Length> {
        Size::new(Length::Fill, Length::Shrink)
    }

    fn layout(
        &mut self,
        tree: &mut widget::Tree,
        renderer: &Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        let max = limits.max();
        let mut width = if max.width.is_finite() {
            max.width
        } else {
            560.0
        };
        let mut height = width / self.ratio;
        if height > max.height {
            height = max.height;
            width = height * self.ratio;
        }
        let size = Size::new(width, height);
        self.content
            .as_widget_mut()
            .layout(tree, renderer, &layout::Limits::new(size, size))
    }

    fn update(
        &mut self,
        tree: &mut widget::Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, M>,
        viewport: &Rectangle,
    ) {
        self.content.as_widget_mut().update(
            tree, event, layout, cursor, renderer, clipboard, shell, viewport,
        );
    }

    fn draw(
        &self,
        tree: &widget::Tree,
        renderer: &mut Renderer,
        theme: &Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        self.content
            .as_widget()
            .draw(tree, renderer, theme, style, layout, cursor, viewport);
    }

    fn mouse_interaction(
        &self,
        tree: &widget::Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &Renderer,
    ) -> mouse::Interaction {
        self.content
            .as_widget()
            .mouse_interaction(tree, layout, cursor, viewport, renderer)
    }
}

impl<'a, M: 'a> From<AspectRatio<'a, M>> for Element<'a, M> {
    fn from(value: AspectRatio<'a, M>) -> Self {
        Element::new(value)
    }
}
