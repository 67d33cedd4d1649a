//! Image sources and intrinsic sizes. The app reserves each image's box from its width and
//! height before the file arrives, so sizes must be right; reading them from the files
//! themselves is the only way to be sure.

use std::path::Path;

/// A remote picture of the body that no `media` entry measures.
pub fn remote_in_body(src: &str) -> String {
    format!(
        "remote image {src:?} needs its size: add it to the front matter's media, \
         media = [{{ src = {src:?}, width = …, height = … }}]"
    )
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source<'a> {
    /// Relative to the public dir (and to the site's base at run time).
    Local(&'a str),
    Remote,
}

/// `images/…` (a plain relative path under `public/`) or an `https://` URL; nothing else.
pub fn classify(src: &str) -> Result<Source<'_>, String> {
    if let Some(rest) = src.strip_prefix("https://") {
        let ok = !rest.is_empty() && !src.chars().any(|c| c.is_whitespace() || c.is_control());
        return if ok { Ok(Source::Remote) } else { Err(format!("{src:?} is not a valid https URL")) };
    }
    if src.contains(':') || src.starts_with('/') {
        return Err(format!(
            "{src:?} must be a path relative to the public folder (e.g. images/x.svg) or an https:// URL"
        ));
    }
    // The path is used both on disk and in a URL: keep it to one unambiguous spelling.
    let safe = src.split('/').all(|seg| !seg.is_empty() && seg != "." && seg != "..")
        && !src.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '\\' | '?' | '#' | '%'));
    if safe {
        Ok(Source::Local(src))
    } else {
        Err(format!("{src:?} is not a plain relative path (no spaces, `..`, `\\`, `?`, `#` or `%`)"))
    }
}

/// Width and height of a local SVG, PNG or JPEG; `Ok(None)` for other types.
pub fn intrinsic_size(path: &Path) -> Result<Option<(u32, u32)>, String> {
    let name = path.to_string_lossy();
    if reader(&name).is_none() {
        return Ok(None);
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    intrinsic_size_of(&name, &bytes)
        .map(Some)
        .ok_or_else(|| format!("cannot read the size of {}", path.display()))
}

/// The size of a file named `name` (its extension says the type) from its bytes; `None` for
/// other types or when the bytes are not a picture of that type.
pub fn intrinsic_size_of(name: &str, bytes: &[u8]) -> Option<(u32, u32)> {
    reader(name)?(bytes).filter(|(w, h)| *w > 0 && *h > 0)
}

/// Reads a picture's width and height from its bytes.
type SizeReader = fn(&[u8]) -> Option<(u32, u32)>;

fn reader(name: &str) -> Option<SizeReader> {
    let ext = name.rsplit_once('.').map(|(_, ext)| ext.to_ascii_lowercase());
    match ext.as_deref() {
        Some("svg") => Some(svg_size),
        Some("png") => Some(png_size),
        Some("jpg" | "jpeg") => Some(jpeg_size),
        _ => None,
    }
}

/// True when `declared` has the file's aspect ratio within 2% (sizes may be scaled, not warped).
pub fn aspect_matches(declared: (u32, u32), actual: (u32, u32)) -> bool {
    let ratio = |(w, h): (u32, u32)| f64::from(w) / f64::from(h);
    ((ratio(declared) - ratio(actual)) / ratio(actual)).abs() <= 0.02
}

pub fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let signature = b"\x89PNG\r\n\x1a\n";
    if bytes.get(..8)? != signature || bytes.get(12..16)? != b"IHDR" {
        return None;
    }
    Some((be32(bytes.get(16..20)?)?, be32(bytes.get(20..24)?)?))
}

pub fn jpeg_size(bytes: &[u8]) -> Option<(u32, u32)> {
    if bytes.get(..2)? != [0xFF, 0xD8] {
        return None;
    }
    let mut at = 2;
    loop {
        // Markers may be padded with extra 0xFF bytes.
        while *bytes.get(at)? == 0xFF && *bytes.get(at + 1)? == 0xFF {
            at += 1;
        }
        if *bytes.get(at)? != 0xFF {
            return None;
        }
        let marker = *bytes.get(at + 1)?;
        let length = usize::from(u16::from_be_bytes([*bytes.get(at + 2)?, *bytes.get(at + 3)?]));
        // Start-of-frame markers hold the size; C4 (DHT), C8 (JPG) and CC (DAC) do not.
        if matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC) {
            let height = u16::from_be_bytes([*bytes.get(at + 5)?, *bytes.get(at + 6)?]);
            let width = u16::from_be_bytes([*bytes.get(at + 7)?, *bytes.get(at + 8)?]);
            return Some((u32::from(width), u32::from(height)));
        }
        if length < 2 || marker == 0xD9 || marker == 0xDA {
            return None;
        }
        at += 2 + length;
    }
}

/// `width`/`height` of the root element when both are plain numbers (or px), else the viewBox.
pub fn svg_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let text = std::str::from_utf8(bytes).ok()?;
    let mut search = 0;
    let tag = loop {
        let start = search + text.get(search..)?.find("<svg")?;
        let after = text.get(start + 4..)?;
        // `<svgfoo` is another element; comments and the XML prolog come before the root.
        if after.starts_with(|c: char| c.is_whitespace() || c == '>' || c == '/') {
            break after.get(..after.find('>')?)?;
        }
        search = start + 4;
    };
    let attr = |name: &str| attribute(tag, name);
    let length = |name: &str| {
        let value = attr(name)?;
        let number = value.trim().strip_suffix("px").unwrap_or(value.trim());
        number.parse::<f64>().ok().filter(|n| n.is_finite() && *n > 0.0)
    };
    let (w, h) = match (length("width"), length("height")) {
        (Some(w), Some(h)) => (w, h),
        _ => {
            let view_box = attr("viewBox")?;
            let numbers: Vec<f64> = view_box
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|s| !s.is_empty())
                .map(str::parse)
                .collect::<Result<_, _>>()
                .ok()?;
            match numbers.as_slice() {
                [_, _, w, h] if *w > 0.0 && *h > 0.0 => (*w, *h),
                _ => return None,
            }
        }
    };
    Some((w.round() as u32, h.round() as u32))
}

fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = tag;
    while let Some(found) = rest.find(name) {
        let before_ok = rest[..found].ends_with(|c: char| c.is_whitespace());
        let after = rest[found + name.len()..].trim_start();
        if let (true, Some(value)) = (before_ok, after.strip_prefix('=')) {
            let value = value.trim_start();
            let quote = value.chars().next().filter(|q| *q == '"' || *q == '\'')?;
            let inner = &value[1..];
            return inner.find(quote).map(|end| &inner[..end]);
        }
        rest = &rest[found + name.len()..];
    }
    None
}

fn be32(bytes: &[u8]) -> Option<u32> {
    Some(u32::from_be_bytes(bytes.try_into().ok()?))
}

#[cfg(test)]
#[path = "tests/images.rs"]
mod tests;
