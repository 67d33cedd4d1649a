//! The `variants` of the featured image and of the body's remote pictures (`media`): the same
//! picture at other widths, for the `srcset` the app writes (`gazette::model::image`). A wrong width would make the browser pick a blurry or an
//! oversized file, so each is read from the file itself where it can be.

use gazette::model::image::ImageVariant;

use crate::errors::Report;
use crate::front_matter::{Located, VariantFields};
use crate::images::{self, Source};
use crate::validate::Context;

/// Every variant checked against the main image (`main` as the article gives it, `main_file`
/// as read from its file when local), narrowest first. Problems are reported under `field`
/// (`image.variants`, `media.variants`); what is wrong is left out.
pub fn check(
    report: &mut Report,
    field: &str,
    fields: Vec<Located<VariantFields>>,
    main: (u32, u32),
    main_file: Option<(u32, u32)>,
    cx: &Context<'_>,
) -> Vec<ImageVariant> {
    let (main_width, aspect) = (main.0, main);
    let mut variants: Vec<ImageVariant> = Vec::new();
    if let (Some(first), Some((file_width, _))) = (fields.first(), main_file) {
        if file_width != main_width {
            // The image's own file is a `srcset` candidate at `width`: it must be its real width.
            let message = format!("with variants, the image's width must be its file's, {file_width}");
            report.error(Some(first.line), field, message);
        }
    }
    for Located { value: variant, line } in fields {
        let Some(src) = variant.src.filter(|src| !src.value.trim().is_empty()) else {
            report.error(Some(line), field, "each variant needs a src");
            continue;
        };
        if src.value.contains(',') {
            // A comma would split the browser's `srcset` list in the wrong place.
            report.error(
                Some(src.line),
                field,
                format!("{:?}: a variant's src must not contain a comma", src.value),
            );
            continue;
        }
        let actual = match images::classify(&src.value) {
            Err(message) => {
                report.error(Some(src.line), field, message);
                continue;
            }
            Ok(Source::Remote) => None,
            Ok(Source::Local(path)) => match cx.read_size(path) {
                Err(message) => {
                    report.error(Some(src.line), field, message);
                    continue;
                }
                Ok(size) => size,
            },
        };
        let width = match (variant.width.map(|w| w.value), actual) {
            (Some(declared), Some((file_width, _))) if declared != file_width => {
                let message = format!("{:?} is {file_width} pixels wide, not {declared}", src.value);
                report.error(Some(line), field, message);
                continue;
            }
            (_, Some((file_width, _))) => file_width,
            (Some(declared), None) => declared,
            (None, None) => {
                report.error(
                    Some(line),
                    field,
                    format!("{:?}: give its width (it cannot be read from the file)", src.value),
                );
                continue;
            }
        };
        if let Some(size) = actual.filter(|size| !images::aspect_matches(*size, aspect)) {
            let message = format!(
                "{:?} is {}x{}: not the same picture shape as the image's {}x{}",
                src.value, size.0, size.1, aspect.0, aspect.1
            );
            report.error(Some(line), field, message);
            continue;
        }
        if width == main_width || variants.iter().any(|known| known.width == width) {
            report.error(Some(line), field, format!("two files of the picture are {width} pixels wide"));
            continue;
        }
        variants.push(ImageVariant { src: src.value, width });
    }
    variants.sort_by_key(|variant| variant.width);
    variants
}
