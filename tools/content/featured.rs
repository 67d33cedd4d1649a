//! The featured image of the front matter's `[image]`: its file, its size and its variants.

use gazette::model::article::Image;

use crate::errors::Report;
use crate::front_matter::{ImageFields, Located};
use crate::images::{self, Source};
use crate::validate::{fail, nonempty, Context};
use crate::variants;

pub fn image(report: &mut Report, image: Located<ImageFields>, cx: &Context<'_>) -> Option<Image> {
    let (at, fields) = (image.line, image.value);
    let src = required_image(report, "image.src", fields.src, at);
    let alt = required_image(report, "image.alt", fields.alt, at);
    let text = |v: Option<Located<String>>| v.map(|c| c.value.trim().to_owned()).filter(|c| !c.is_empty());
    let (caption, credit) = (text(fields.caption), text(fields.credit));
    let declared = match (fields.width, fields.height) {
        (Some(w), Some(h)) => Some((w.value, h.value)),
        (None, None) => None,
        _ => {
            report.error(Some(at), "image", "give both width and height, or neither");
            return None;
        }
    };
    let src = src?;
    let actual = match images::classify(&src.value) {
        Err(message) => return fail(report, src.line, "image.src", message),
        Ok(Source::Remote) => None,
        Ok(Source::Local(path)) => match cx.read_size(path) {
            Err(message) => return fail(report, src.line, "image.src", message),
            Ok(size) => size,
        },
    };
    let (width, height) = match (declared, actual) {
        (Some(d), Some(a)) if !images::aspect_matches(d, a) => {
            let message = format!(
                "{}x{} does not match the file's {}x{} (aspect ratio off by more than 2%)",
                d.0, d.1, a.0, a.1
            );
            return fail(report, at, "image.width", message);
        }
        (Some(size), _) | (None, Some(size)) => size,
        (None, None) => {
            return fail(report, at, "image.width", "width and height are required for this image");
        }
    };
    let variants = variants::check(report, "image.variants", fields.variants, (width, height), actual, cx);
    Some(Image { src: src.value, alt: alt?.value, caption, credit, width, height, variants })
}

fn required_image(
    report: &mut Report,
    field: &str,
    value: Option<Located<String>>,
    table_line: usize,
) -> Option<Located<String>> {
    match value {
        None => fail(report, table_line, field, "missing (required)"),
        Some(v) => {
            let line = v.line;
            nonempty(report, field, v).map(|text| Located { value: text, line })
        }
    }
}
