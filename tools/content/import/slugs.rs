//! Gazette addresses for WordPress's: a post keeps its slug when it is a valid Gazette slug;
//! a slug WordPress percent-encoded (a title in another script) gets a readable one from the
//! title, transliterated (`Привет мир` → `privet-mir`), made unique with `-2`, `-3`, ….

use std::collections::BTreeSet;

use gazette::model::slug::{is_valid_slug, slugify};

/// The longest slug the content tool accepts (docs/content-format.md, "Files").
const MAX_SLUG: usize = 120;

/// `%D0%BF` → the UTF-8 it encodes (bytes that are not valid UTF-8 are replaced).
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        let hex = bytes
            .get(at + 1..at + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (b, hex) {
            (b'%', Some(value)) => {
                out.push(value);
                at += 3;
            }
            _ => {
                out.push(b);
                at += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// ASCII words for any name: transliterated, then slugified; cut at a hyphen to fit.
pub fn readable(name: &str) -> String {
    let slug = slugify(&deunicode::deunicode(name));
    if slug.len() <= MAX_SLUG {
        return slug;
    }
    let cut = slug.get(..MAX_SLUG).unwrap_or(&slug);
    cut.rsplit_once('-').map_or(cut, |(head, _)| head).to_owned()
}

/// The slug for a WordPress item: its own when valid, else one made from its name (then
/// from its decoded slug), else `fallback`.
pub fn gazette_slug(wordpress: &str, name: &str, fallback: &str) -> String {
    if is_valid_slug(wordpress) && wordpress.len() <= MAX_SLUG {
        return wordpress.to_owned();
    }
    [readable(name), readable(&percent_decode(wordpress))]
        .into_iter()
        .find(|s| !s.is_empty() && is_valid_slug(s))
        .unwrap_or_else(|| fallback.to_owned())
}

/// `slug`, or `slug-2`, `slug-3`… when taken.
pub fn unique(slug: &str, taken: &BTreeSet<String>) -> String {
    if !taken.contains(slug) {
        return slug.to_owned();
    }
    (2..).map(|n| format!("{slug}-{n}")).find(|s| !taken.contains(s)).unwrap_or_else(|| slug.to_owned())
}
