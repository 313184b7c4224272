//! The QR code of the KENPOS site, drawn as pixel-snapped quads.
//!
//! iced's `qr_code` widget draws through canvas meshes, which iced 0.14.0's wgpu
//! renderer does not clip to their layer: on some PCs (wgpu's GL backend, a busy
//! machine) the code stayed painted over the next member's screens. An image was
//! clipped correctly, but at a fractional position (text lines above it are 28.6 px
//! tall) wgpu and tiny-skia sampled it differently, a pixel apart. Quads snapped to the
//! pixel grid are clipped and dropped correctly and drawn the same on both renderers.

use iced::advanced::layout::{self, Layout};
use iced::advanced::renderer::{self, Quad, Renderer as _};
use iced::advanced::widget::{Tree, Widget};
use iced::{Border, Color, Element, Length, Rectangle, Renderer, Shadow, Size, Theme, mouse};

/// Pixels per module (the code's little squares).
pub const CELL: u32 = 6;
/// The light margin around the code, in modules (scanners need it).
pub const QUIET_ZONE: u32 = 4;

/// A QR code: which modules are dark, row by row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    modules: u32,
    dark: Vec<bool>,
}

impl Code {
    /// The code for `data`; `None` when `data` does not fit in a QR code.
    pub fn new(data: &[u8]) -> Option<Code> {
        let code = qrcode::QrCode::new(data).ok()?;
        let modules = u32::try_from(code.width()).ok()?;
        let dark = code
            .to_colors()
            .into_iter()
            .map(|color| color == qrcode::Color::Dark)
            .collect();
        Some(Code { modules, dark })
    }

    /// The side of the drawing in pixels, quiet zone included.
    pub fn side(&self) -> u32 {
        (self.modules + 2 * QUIET_ZONE) * CELL
    }

    /// Whether the module at column `x`, row `y` (quiet zone excluded) is dark.
    pub fn is_dark(&self, x: u32, y: u32) -> bool {
        x < self.modules
            && y < self.modules
            && self
                .dark
                .get((y * self.modules + x) as usize)
                .copied()
                .unwrap_or(false)
    }
}

/// The code, drawn dark on white at `CELL` pixels a module.
pub fn view<'a, M: 'a>(code: &'a Code) -> Element<'a, M> {
    Element::new(Drawing { code })
}

struct Drawing<'a> {
    code: &'a Code,
}

fn square(renderer: &mut Renderer, bounds: Rectangle, color: Color) {
    renderer.fill_quad(
        Quad {
            bounds,
            border: Border::default(),
            shadow: Shadow::default(),
            snap: true,
        },
        color,
    );
}

impl<M> Widget<M, Theme, Renderer> for Drawing<'_> {
    fn size(&self) -> Size<Length> {
        let side = self.code.side() as f32;
        Size::new(Length::Fixed(side), Length::Fixed(side))
    }

    fn layout(
        &mut self,
        _tree: &mut Tree,
        _renderer: &Renderer,
        _limits: &layout::Limits,
    ) -> layout::Node {
        let side = self.code.side() as f32;
        layout::Node::new(Size::new(side, side))
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
        // Whole pixels for the origin, so every module is CELL pixels on both renderers.
        let (x0, y0) = (bounds.x.round(), bounds.y.round());
        square(
            renderer,
            Rectangle::new(iced::Point::new(x0, y0), bounds.size()),
            Color::WHITE,
        );
        let cell = CELL as f32;
        let quiet = (QUIET_ZONE * CELL) as f32;
        for y in 0..self.code.modules {
            // One quad per run of dark modules in a row.
            let mut x = 0;
            while x < self.code.modules {
                if !self.code.is_dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < self.code.modules && self.code.is_dark(x, y) {
                    x += 1;
                }
                square(
                    renderer,
                    Rectangle {
                        x: x0 + quiet + start as f32 * cell,
                        y: y0 + quiet + y as f32 * cell,
                        width: (x - start) as f32 * cell,
                        height: cell,
                    },
                    Color::BLACK,
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_makes_a_square_code_with_a_quiet_zone() {
        let Some(code) = Code::new(b"https://kenpos.jp/") else {
            panic!("no code");
        };
        assert_eq!(code.side() % CELL, 0);
        assert_eq!(code.side(), (code.modules + 2 * QUIET_ZONE) * CELL);
        // The finder pattern: its corner and its inner ring.
        assert!(code.is_dark(0, 0));
        assert!(code.is_dark(6, 6));
        assert!(!code.is_dark(1, 1));
        assert!(code.is_dark(3, 3));
        assert!(!code.is_dark(code.modules, 0), "outside the code is light");
    }
}
