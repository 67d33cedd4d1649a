//! What makes the site an installable app: `manifest.webmanifest` and its PNG icons, drawn at
//! build time from the site's own SVG icon (the one `index.html` links), so there is one
//! picture to change and nothing is downloaded.

use std::path::Path;

use resvg::tiny_skia::{Color, Pixmap, Transform};
use resvg::usvg::{Options, Tree};
use serde_json::json;

use crate::html::{attribute_of_tag, find_links};
use crate::shell::{read_index, Built};
use crate::write;

/// The folder the icons are written to, under the site.
const ICONS: &str = "icons";
/// Sizes Chromium asks of an installable app (192 for the home screen, 512 for the splash).
const SIZES: [u32; 2] = [192, 512];
/// A maskable icon is cropped to a circle of 80 % of its width by some launchers: the picture
/// is drawn inside that safe zone, on its own background colour out to the edges.
const MASKABLE_SCALE: f32 = 0.7;
/// `index.html`'s theme colour for the light theme (the first), which is the page's background:
/// a manifest has one colour, and the splash screen then matches the page the reader sees.
/// The dark theme's is the next tag, which browsers read from the page itself.
const THEME_COLOUR: &str = "<meta name=\"theme-color\"";

/// Writes `DIST/manifest.webmanifest` and `DIST/icons/*.png`; returns a line for the log.
pub fn run(dist: &Path) -> Result<String, String> {
    let index = read_index(dist)?;
    let Built { config, .. } = Built::open(dist)?;
    let base = attribute_of_tag(&index, "<base ", "href").unwrap_or_else(|| "/".to_owned());
    let colour = attribute_of_tag(&index, THEME_COLOUR, "content").ok_or("index.html has no theme-color")?;
    let svg = icon_svg(dist, &index, &base)?;
    let tree = Tree::from_data(&svg, &Options::default()).map_err(|e| format!("the site's icon: {e}"))?;
    let mut icons = Vec::new();
    for size in SIZES {
        let name = format!("{ICONS}/icon-{size}.png");
        write_png(&dist.join(&name), &draw(&tree, size, None)?)?;
        icons.push(
            json!({ "src": name, "sizes": format!("{size}x{size}"), "type": "image/png", "purpose": "any" }),
        );
    }
    let plain = draw(&tree, 64, None)?;
    let name = format!("{ICONS}/icon-maskable-512.png");
    write_png(&dist.join(&name), &draw(&tree, 512, Some(edge_colour(&plain)))?)?;
    icons.push(json!({ "src": name, "sizes": "512x512", "type": "image/png", "purpose": "maskable" }));

    let short_name = config.site_name.strip_prefix("The ").unwrap_or(&config.site_name).to_owned();
    let manifest = json!({
        "id": base,
        "name": config.site_name,
        "short_name": short_name,
        "description": config.description,
        "lang": config.language.as_deref().unwrap_or("en"),
        "start_url": base,
        "scope": base,
        "display": "standalone",
        "background_color": colour,
        "theme_color": colour,
        "icons": icons,
    });
    let text = serde_json::to_string_pretty(&manifest).map_err(|e| e.to_string())?;
    write(&dist.join("manifest.webmanifest"), &text)?;
    Ok(format!("gazette-pages: manifest.webmanifest and {} icons", SIZES.len() + 1))
}

/// The SVG of the icon `index.html` links (`<link rel="icon">`, under the base).
fn icon_svg(dist: &Path, index: &str, base: &str) -> Result<Vec<u8>, String> {
    let link = find_links(index, "icon").into_iter().next().ok_or("index.html links no icon")?;
    let href = attribute_of_tag(&link, "<link", "href").ok_or("the icon link has no href")?;
    let relative = href.strip_prefix(base).unwrap_or(href.trim_start_matches('/'));
    let path = dist.join(relative);
    std::fs::read(&path).map_err(|e| format!("cannot read the site's icon {}: {e}", path.display()))
}

/// The icon at `size`×`size`: the whole picture, or (with a background) inside a maskable
/// icon's safe zone.
fn draw(tree: &Tree, size: u32, background: Option<Color>) -> Result<Pixmap, String> {
    let mut pixmap = Pixmap::new(size, size).ok_or("an icon of no size")?;
    let side = size as f32;
    let (scale, offset) = match background {
        Some(colour) => {
            pixmap.fill(colour);
            (MASKABLE_SCALE, side * (1.0 - MASKABLE_SCALE) / 2.0)
        }
        None => (1.0, 0.0),
    };
    let svg = tree.size();
    let transform = Transform::from_row(
        scale * side / svg.width(),
        0.0,
        0.0,
        scale * side / svg.height(),
        offset,
        offset,
    );
    resvg::render(tree, transform, &mut pixmap.as_mut());
    Ok(pixmap)
}

/// The colour at the middle of the picture's top edge (the icon's own background), opaque.
fn edge_colour(pixmap: &Pixmap) -> Color {
    let pixel = pixmap.pixel(pixmap.width() / 2, 2).map(|p| p.demultiply());
    pixel.map_or(Color::WHITE, |p| Color::from_rgba8(p.red(), p.green(), p.blue(), 255))
}

fn write_png(path: &Path, pixmap: &Pixmap) -> Result<(), String> {
    let png = pixmap.encode_png().map_err(|e| format!("cannot encode {}: {e}", path.display()))?;
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    std::fs::write(path, png).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SVG: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="#7a1f1f"/></svg>"##;

    #[test]
    fn icons_are_drawn_at_their_size_and_the_maskable_one_fills_its_edges() {
        let tree = Tree::from_data(SVG.as_bytes(), &Options::default()).unwrap();
        let plain = draw(&tree, 192, None).unwrap();
        assert_eq!((plain.width(), plain.height()), (192, 192));
        // The rounded corner is transparent in the plain icon...
        assert_eq!(plain.pixel(0, 0).unwrap().alpha(), 0);
        let colour = edge_colour(&plain);
        assert_eq!(colour.to_color_u8().red(), 0x7a);
        // ...and the icon's own red in the maskable one, out to every corner.
        let maskable = draw(&tree, 512, Some(colour)).unwrap();
        let corner = maskable.pixel(0, 0).unwrap();
        assert_eq!((corner.red(), corner.alpha()), (0x7a, 255));
    }
}
