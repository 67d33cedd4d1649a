//! The body's remote pictures. A Markdown image gives only its URL, and the app must know a
//! picture's size before it arrives (nothing may move as it loads): so every `https://` picture
//! of the body is listed in the front matter's `media`, by its exact URL, with its width and
//! height and any narrower copies (`variants`, checked as the featured image's are).

use gazette::model::image::ImageVariant;

use crate::errors::Report;
use crate::front_matter::{Located, MediaFields};
use crate::images::{self, Source};
use crate::validate::Context;
use crate::variants;

/// A `media` entry as the body looks it up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Media {
    pub src: String,
    pub line: usize,
    /// `None` when the entry itself is wrong (already reported): a picture naming it gets no
    /// second message.
    pub size: Option<MediaSize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MediaSize {
    pub width: u32,
    pub height: u32,
    pub variants: Vec<ImageVariant>,
}

/// The entries, each checked; problems are reported under `media`.
pub fn check(report: &mut Report, entries: Vec<Located<MediaFields>>, cx: &Context<'_>) -> Vec<Media> {
    let mut media: Vec<Media> = Vec::new();
    for Located { value: fields, line } in entries {
        let Some(src) = fields.src.map(|src| Located { value: src.value.trim().to_owned(), line: src.line })
        else {
            report.error(Some(line), "media.src", "missing (required): the picture's https:// URL");
            continue;
        };
        match images::classify(&src.value) {
            Ok(Source::Remote) => {}
            Ok(Source::Local(_)) => {
                let message = format!(
                    "{:?}: media lists remote pictures (https://); a local picture's size is read from its file",
                    src.value
                );
                report.error(Some(src.line), "media.src", message);
                continue;
            }
            Err(message) => {
                report.error(Some(src.line), "media.src", message);
                continue;
            }
        }
        if media.iter().any(|known| known.src == src.value) {
            report.error(Some(src.line), "media.src", format!("{:?} is listed twice", src.value));
            continue;
        }
        let size = match (fields.width, fields.height) {
            (Some(width), Some(height)) => {
                let main = (width.value, height.value);
                let variants = variants::check(report, "media.variants", fields.variants, main, None, cx);
                Some(MediaSize { width: main.0, height: main.1, variants })
            }
            _ => {
                report.error(Some(line), "media", format!("{:?}: give its width and height", src.value));
                None
            }
        };
        media.push(Media { src: src.value, line, size });
    }
    media
}

/// Reports every entry no picture of the body used: most likely a mistyped URL.
pub fn report_unused(report: &mut Report, media: &[Media], used: &[String]) {
    for entry in media.iter().filter(|entry| !used.contains(&entry.src)) {
        let message = format!(
            "{:?} is not a picture of the body (the body's image must use exactly this URL)",
            entry.src
        );
        report.error(Some(entry.line), "media", message);
    }
}
