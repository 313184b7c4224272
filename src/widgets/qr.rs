//! The QR code of the KENPOS site, as a raster image.
//!
//! iced's `qr_code` widget draws through canvas meshes, which iced 0.14.0's wgpu
//! renderer does not clip to their layer: on some PCs (wgpu's GL backend, a busy
//! machine) the code stayed painted over the next member's screens. An image is
//! clipped and dropped correctly on both renderers.

use iced::widget::image;

/// Pixels per module (the code's little squares).
pub const CELL: u32 = 5;
/// The light margin around the code, in modules (scanners need it).
pub const QUIET_ZONE: u32 = 4;

/// The code for `data` as an image, dark modules on white; `None` when `data` does not
/// fit in a QR code.
pub fn image_of(data: &[u8]) -> Option<image::Handle> {
    let code = qrcode::QrCode::new(data).ok()?;
    let modules = u32::try_from(code.width()).ok()?;
    let colors = code.to_colors();
    let side = (modules + 2 * QUIET_ZONE) * CELL;
    let mut pixels = Vec::with_capacity((side * side * 4) as usize);
    for y in 0..side {
        for x in 0..side {
            let (mx, my) = (x / CELL, y / CELL);
            let dark = (QUIET_ZONE..QUIET_ZONE + modules).contains(&mx)
                && (QUIET_ZONE..QUIET_ZONE + modules).contains(&my)
                && colors.get(((my - QUIET_ZONE) * modules + (mx - QUIET_ZONE)) as usize)
                    == Some(&qrcode::Color::Dark);
            let value = if dark { 0 } else { 255 };
            pixels.extend_from_slice(&[value, value, value, 255]);
        }
    }
    Some(image::Handle::from_rgba(side, side, pixels))
}

/// The image of a code made by [`image_of`], drawn pixel for pixel.
pub fn view<'a, M: 'a>(handle: &image::Handle) -> iced::Element<'a, M> {
    image(handle.clone())
        .filter_method(image::FilterMethod::Nearest)
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_makes_a_square_image_with_a_quiet_zone() {
        let Some(image::Handle::Rgba {
            width,
            height,
            pixels,
            ..
        }) = image_of(b"https://kenpos.jp/")
        else {
            panic!("no image");
        };
        assert_eq!(width, height);
        assert_eq!(width % CELL, 0);
        // The corner is light (quiet zone), the finder pattern's corner is dark.
        assert_eq!(pixels[0], 255);
        let at = |x: u32, y: u32| pixels[((y * width + x) * 4) as usize];
        assert_eq!(at(QUIET_ZONE * CELL, QUIET_ZONE * CELL), 0);
        assert_eq!(at(QUIET_ZONE * CELL - 1, QUIET_ZONE * CELL), 255);
    }
}
