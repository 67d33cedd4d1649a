//! The `[wordpress]` table: where an imported article came from (`gazette-content import
//! wordpress`). The import reads it back to tell its own files from hand-written ones, and the
//! post id reaches the article's JSON so that the app can fetch the post's WordPress comments.

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use super::{Located, Reader, Text, KEYS};
use crate::date::parse_rfc3339;
use crate::errors::Report;

pub const WORDPRESS_KEYS: [&str; 3] = ["id", "modified", "link"];

#[derive(Debug, Default)]
pub struct WordPressFields {
    pub id: Option<Located<u64>>,
    pub modified: Text,
    pub link: Text,
    /// The keys written, valid or not: a key with a bad value is reported once, not also as
    /// missing.
    pub written: Vec<String>,
}

/// The checked table: what the import wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    /// The post's id on the WordPress site (≥ 1).
    pub id: u64,
    /// The post's `modified_gmt`, as UTC RFC 3339.
    pub modified: String,
    /// The post's permalink.
    pub link: String,
}

impl Reader<'_> {
    pub(super) fn wordpress(
        &self,
        value: &Spanned<DeValue<'_>>,
        report: &mut Report,
    ) -> Option<Located<WordPressFields>> {
        let DeValue::Table(table) = value.get_ref() else {
            let message = format!("expected a table ([wordpress]), found {}", value.get_ref().type_str());
            report.error(Some(self.line(value.span().start)), "wordpress", message);
            return None;
        };
        Some(self.at(value, self.wordpress_table(table, report)))
    }

    fn wordpress_table(&self, table: &DeTable<'_>, report: &mut Report) -> WordPressFields {
        let mut fields = WordPressFields::default();
        for (key, value) in table {
            fields.written.push(key.get_ref().to_string());
            let name = format!("wordpress.{}", key.get_ref());
            let mut err =
                |_: &str, message: String| report.error(Some(self.line(value.span().start)), &name, message);
            match key.get_ref().as_ref() {
                "id" => fields.id = self.integer(value, "", 1, &mut err),
                "modified" => fields.modified = self.date(value, "", &mut err),
                "link" => fields.link = self.string(value, "", &mut err),
                other => {
                    // Every key after `[wordpress]` belongs to it, as after `[image]`.
                    let hint = if KEYS.contains(&other) { "; article keys go above [wordpress]" } else { "" };
                    let message =
                        format!("unknown wordpress key (known: {}){hint}", WORDPRESS_KEYS.join(", "));
                    report.error(Some(self.line(key.span().start)), &name, message);
                }
            }
        }
        fields
    }
}

/// Every key is required: a table missing one was not written by the import.
pub fn check(report: &mut Report, table: Located<WordPressFields>) -> Option<Origin> {
    let (at, fields) = (table.line, table.value);
    for key in WORDPRESS_KEYS {
        if !fields.written.iter().any(|written| written == key) {
            report.error(Some(at), &format!("wordpress.{key}"), "missing (required)");
        }
    }
    let (id, modified, link) = (fields.id.map(|id| id.value), fields.modified, fields.link);
    let modified = modified.and_then(|m| {
        let parsed = parse_rfc3339(m.value.trim());
        parsed.map_err(|message| report.error(Some(m.line), "wordpress.modified", message)).ok()
    });
    let link = link.and_then(|l| {
        let text = l.value.trim();
        let web = ["http://", "https://"].iter().any(|scheme| text.starts_with(scheme));
        if web && !text.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Some(text.to_owned());
        }
        report.error(Some(l.line), "wordpress.link", format!("{text:?} is not an http(s) URL"));
        None
    });
    Some(Origin { id: id?, modified: modified?.to_rfc3339(), link: link? })
}
