//! Lists of pictures in the front matter: the featured image's `variants`, and the `media`
//! entries that give the body's remote pictures their sizes.

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use super::{Located, Reader, Text, VariantFields, KEYS};
use crate::errors::Report;

/// One `[[media]]` entry: a remote picture of the body, by its exact URL.
#[derive(Debug, Default)]
pub struct MediaFields {
    pub src: Text,
    pub width: Option<Located<u32>>,
    pub height: Option<Located<u32>>,
    pub variants: Vec<Located<VariantFields>>,
}

const MEDIA_KEYS: [&str; 4] = ["src", "width", "height", "variants"];

impl Reader<'_> {
    /// `media = [{ src = "https://…", width = 1200, height = 800 }, …]`, or `[[media]]` tables.
    pub(super) fn media(&self, v: &Spanned<DeValue<'_>>, report: &mut Report) -> Vec<Located<MediaFields>> {
        let DeValue::Array(items) = v.get_ref() else {
            let message = format!(
                "expected a list of {{ src, width, height }} tables, found {}",
                v.get_ref().type_str()
            );
            report.error(Some(self.line(v.span().start)), "media", message);
            return Vec::new();
        };
        let mut media = Vec::new();
        for item in items {
            let DeValue::Table(table) = item.get_ref() else {
                let message =
                    format!("expected a {{ src, width, height }} table, found {}", item.get_ref().type_str());
                report.error(Some(self.line(item.span().start)), "media", message);
                continue;
            };
            media.push(self.at(item, self.media_entry(table, report)));
        }
        media
    }

    fn media_entry(&self, table: &DeTable<'_>, report: &mut Report) -> MediaFields {
        let mut fields = MediaFields::default();
        for (key, value) in table {
            let name = format!("media.{}", key.get_ref());
            let mut err =
                |_: &str, message: String| report.error(Some(self.line(value.span().start)), &name, message);
            match key.get_ref().as_ref() {
                "src" => fields.src = self.string(value, "", &mut err),
                "width" => fields.width = self.integer(value, "", 1, &mut err),
                "height" => fields.height = self.integer(value, "", 1, &mut err),
                "variants" => fields.variants = self.variants(value, &mut err),
                other => {
                    // As with `[image]`: every key after a `[[media]]` line belongs to it.
                    let hint = if KEYS.contains(&other) { "; article keys go above [[media]]" } else { "" };
                    let message = format!("unknown media key (known: {}){hint}", MEDIA_KEYS.join(", "));
                    report.error(Some(self.line(key.span().start)), &name, message);
                }
            }
        }
        fields
    }

    /// `variants = [{ src = "…", width = 640 }, …]`, or `[[image.variants]]` tables.
    pub(super) fn variants(
        &self,
        v: &Spanned<DeValue<'_>>,
        err: &mut impl FnMut(&str, String),
    ) -> Vec<Located<VariantFields>> {
        let DeValue::Array(items) = v.get_ref() else {
            err("", format!("expected a list of {{ src, width }} tables, found {}", v.get_ref().type_str()));
            return Vec::new();
        };
        let mut variants = Vec::new();
        for item in items {
            let DeValue::Table(table) = item.get_ref() else {
                err("", format!("expected a {{ src, width }} table, found {}", item.get_ref().type_str()));
                continue;
            };
            let mut fields = VariantFields::default();
            for (key, value) in table {
                match key.get_ref().as_ref() {
                    "src" => fields.src = self.string(value, "", err),
                    "width" => fields.width = self.integer(value, "", 1, err),
                    other => err("", format!("unknown variant key {other:?} (known: src, width)")),
                }
            }
            variants.push(self.at(item, fields));
        }
        variants
    }
}
