//! House ads: `content/ads.toml`, the site's own promotions shown in the "- Advertisement -"
//! slots. Optional: without the file every slot is empty and collapses.

use std::path::Path;

use gazette::model::article::Image;
use gazette::model::href::safe_href;
use gazette::model::widgets::{AdSlot, HouseAd};
use serde::Deserialize;
use toml::Spanned;

use crate::errors::{known_list, Problem, Report};
use crate::images::{self, Source};

pub const FILE_NAME: &str = "ads.toml";
/// `ads.json` is fetched on every page: keep it small.
pub const MAX_ADS: usize = 24;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AdsFile {
    #[serde(default)]
    ad: Vec<Spanned<Entry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    slot: Spanned<String>,
    image: Spanned<String>,
    alt: Spanned<String>,
    href: Spanned<String>,
    width: Option<Spanned<u32>>,
    height: Option<Spanned<u32>>,
}

/// Every ad in `<content>/ads.toml`, checked; no file means no ads.
pub fn load(content: &Path, public: &Path) -> Result<Vec<HouseAd>, Vec<Problem>> {
    let path = content.join(FILE_NAME);
    if !path.exists() {
        return Ok(Vec::new());
    }
    let mut report = Report::new(path.display().to_string());
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            report.error(None, "file", format!("cannot read as UTF-8 text: {e}"));
            return Err(report.into_problems());
        }
    };
    let line = |offset: usize| 1 + text.get(..offset).unwrap_or(&text).matches('\n').count();
    let file: AdsFile = match toml::from_str(&text) {
        Ok(file) => file,
        Err(e) => {
            report.error(e.span().map(|s| line(s.start)), "ads", e.message().trim().to_owned());
            return Err(report.into_problems());
        }
    };
    if file.ad.len() > MAX_ADS {
        report.error(
            None,
            "ad",
            format!("{} ads; at most {MAX_ADS} (ads.json loads on every page)", file.ad.len()),
        );
    }
    let mut ads = Vec::new();
    for (index, entry) in file.ad.iter().enumerate() {
        let mut err = |span: std::ops::Range<usize>, key: &str, message: String| {
            report.error(Some(line(span.start)), &format!("ad[{index}].{key}"), message)
        };
        if let Some(ad) = check(entry.get_ref(), public, &mut err) {
            ads.push(ad);
        }
    }
    if report.is_empty() {
        Ok(ads)
    } else {
        Err(report.into_problems())
    }
}

fn check(
    entry: &Entry,
    public: &Path,
    err: &mut impl FnMut(std::ops::Range<usize>, &str, String),
) -> Option<HouseAd> {
    let slot = AdSlot::KNOWN.into_iter().find(|slot| slot.name() == entry.slot.get_ref().trim());
    if slot.is_none() {
        let known = known_list(AdSlot::KNOWN.iter().map(|slot| slot.name()));
        err(entry.slot.span(), "slot", format!("unknown slot {:?} (known: {known})", entry.slot.get_ref()));
    }
    let alt = entry.alt.get_ref().trim();
    if alt.is_empty() {
        err(entry.alt.span(), "alt", "must not be empty: it is the link's name for screen readers".into());
    }
    let href = entry.href.get_ref().trim();
    if let Err(message) = check_href(href) {
        err(entry.href.span(), "href", message);
    }
    let src = entry.image.get_ref().trim();
    let actual = match images::classify(src) {
        Err(message) => {
            err(entry.image.span(), "image", message);
            return None;
        }
        Ok(Source::Remote) => None,
        Ok(Source::Local(path)) => {
            let file = public.join(path);
            if !file.is_file() {
                err(entry.image.span(), "image", format!("{src:?} not found in {}", public.display()));
                return None;
            }
            match images::intrinsic_size(&file) {
                Ok(size) => size,
                Err(message) => {
                    err(entry.image.span(), "image", message);
                    return None;
                }
            }
        }
    };
    let declared = entry.width.as_ref().zip(entry.height.as_ref()).map(|(w, h)| (*w.get_ref(), *h.get_ref()));
    let size = match (declared, actual) {
        (Some(size), _) | (None, Some(size)) => size,
        (None, None) => {
            err(entry.image.span(), "width", "width and height are required for this image".into());
            return None;
        }
    };
    let slot = slot?;
    if !images::aspect_matches(size, slot.size()) {
        let (w, h) = slot.size();
        let message = format!(
            "{}x{} does not fit the {} slot ({w}x{h}): use an image of that shape",
            size.0,
            size.1,
            slot.name()
        );
        err(entry.image.span(), "image", message);
        return None;
    }
    if alt.is_empty() || check_href(href).is_err() {
        return None;
    }
    let image = Image {
        src: src.to_owned(),
        alt: alt.to_owned(),
        caption: None,
        credit: None,
        width: size.0,
        height: size.1,
        variants: Vec::new(),
    };
    Some(HouseAd { slot, href: href.to_owned(), image })
}

/// An `https://` URL, or a path on this site without a leading `/` (`section/world`), which the
/// app resolves under the base path so that a site hosted in a sub-folder links inside itself.
pub fn check_href(href: &str) -> Result<(), String> {
    if href.starts_with("https://") && safe_href(href).is_some() && href.len() > "https://".len() {
        return Ok(());
    }
    let plain_path = !href.is_empty()
        && !href.starts_with('/')
        && !href.contains(':')
        && !href.split(['?', '#']).next().unwrap_or("").split('/').any(|segment| segment == "..")
        && safe_href(href).is_some();
    if plain_path {
        Ok(())
    } else {
        Err(format!(
            "{href:?} must be an https:// URL or a path on this site such as section/world (no leading /)"
        ))
    }
}

#[cfg(test)]
#[path = "tests/ads.rs"]
mod tests;
