//! Splitting a file into TOML front matter and Markdown body, and reading the front matter
//! field by field. The TOML is read through `toml`'s spanned tree (not serde derive) so that
//! every bad field is reported, each with its line, instead of stopping at the first.

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use crate::errors::Report;

mod pictures;
mod split;
pub mod wordpress;
pub use pictures::MediaFields;
pub use split::{split, Split};
pub use wordpress::WordPressFields;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located<T> {
    pub value: T,
    pub line: usize,
}

type Text = Option<Located<String>>;

#[derive(Debug, Default)]
pub struct FrontMatter {
    pub title: Text,
    pub standfirst: Text,
    pub section: Text,
    pub author: Text,
    pub published: Text,
    pub updated: Text,
    pub excerpt: Text,
    pub tags: Option<Located<Vec<Located<String>>>>,
    pub popularity: Option<Located<u64>>,
    pub lead: Option<Located<bool>>,
    /// An editor's pick, listed in the "Read Now" widget.
    pub pick: Option<Located<bool>>,
    pub image: Option<Located<ImageFields>>,
    /// Remote pictures of the body, with the sizes a Markdown image cannot give (`crate::media`).
    pub media: Vec<Located<MediaFields>>,
    /// Where an imported article came from (`front_matter::wordpress`).
    pub wordpress: Option<Located<WordPressFields>>,
}

#[derive(Debug, Default)]
pub struct ImageFields {
    pub src: Text,
    pub alt: Text,
    pub caption: Text,
    pub credit: Text,
    pub width: Option<Located<u32>>,
    pub height: Option<Located<u32>>,
    /// The same picture at other widths, for `srcset` (`crate::variants` checks them).
    pub variants: Vec<Located<VariantFields>>,
}

#[derive(Debug, Default)]
pub struct VariantFields {
    pub src: Text,
    pub width: Option<Located<u32>>,
}

pub const KEYS: [&str; 14] = [
    "title",
    "standfirst",
    "section",
    "author",
    "published",
    "updated",
    "tags",
    "popularity",
    "lead",
    "pick",
    "excerpt",
    "image",
    "media",
    "wordpress",
];
pub const IMAGE_KEYS: [&str; 7] = ["src", "alt", "caption", "credit", "width", "height", "variants"];

/// `None` when the TOML itself does not parse (its errors are reported, with lines).
pub fn parse(split: &Split<'_>, report: &mut Report) -> Option<FrontMatter> {
    let reader = Reader { text: split.front, first_line: split.front_line };
    let (table, errors) = DeTable::parse_recoverable(split.front);
    if !errors.is_empty() {
        for error in errors {
            let line = error.span().map(|span| reader.line(span.start));
            report.error(line, "front matter", format!("invalid TOML: {}", error.message().trim()));
        }
        return None;
    }
    let mut fm = FrontMatter::default();
    for (key, value) in table.get_ref() {
        let r = &reader;
        let mut err =
            |field: &str, message: String| report.error(Some(r.line(value.span().start)), field, message);
        match key.get_ref().as_ref() {
            "title" => fm.title = r.string(value, "title", &mut err),
            "standfirst" => fm.standfirst = r.string(value, "standfirst", &mut err),
            "section" => fm.section = r.string(value, "section", &mut err),
            "author" => fm.author = r.string(value, "author", &mut err),
            "excerpt" => fm.excerpt = r.string(value, "excerpt", &mut err),
            "published" => fm.published = r.date(value, "published", &mut err),
            "updated" => fm.updated = r.date(value, "updated", &mut err),
            "popularity" => fm.popularity = r.integer(value, "popularity", 0, &mut err),
            "lead" => fm.lead = r.boolean(value, "lead", &mut err),
            "pick" => fm.pick = r.boolean(value, "pick", &mut err),
            "tags" => match value.get_ref() {
                DeValue::Array(items) => {
                    let tags = items.iter().filter_map(|item| r.string(item, "tags", &mut err)).collect();
                    fm.tags = Some(r.at(value, tags));
                }
                other => err("tags", format!("expected a list of strings, found {}", other.type_str())),
            },
            "image" => match value.get_ref() {
                DeValue::Table(table) => fm.image = Some(r.at(value, r.image(table, report))),
                other => err("image", format!("expected a table ([image]), found {}", other.type_str())),
            },
            "media" => fm.media = r.media(value, report),
            "wordpress" => fm.wordpress = r.wordpress(value, report),
            unknown => report.error(
                Some(r.line(key.span().start)),
                unknown,
                format!("unknown front-matter key (known: {})", KEYS.join(", ")),
            ),
        }
    }
    Some(fm)
}

struct Reader<'a> {
    text: &'a str,
    first_line: usize,
}

impl Reader<'_> {
    fn line(&self, offset: usize) -> usize {
        let before = self.text.get(..offset).unwrap_or(self.text);
        self.first_line + before.matches('\n').count()
    }

    fn at<T>(&self, value: &Spanned<DeValue<'_>>, inner: T) -> Located<T> {
        Located { value: inner, line: self.line(value.span().start) }
    }

    fn string(&self, v: &Spanned<DeValue<'_>>, field: &str, err: &mut impl FnMut(&str, String)) -> Text {
        match v.get_ref() {
            DeValue::String(s) => Some(self.at(v, s.to_string())),
            other => {
                err(field, format!("expected a string, found {}", other.type_str()));
                None
            }
        }
    }

    fn boolean(
        &self,
        v: &Spanned<DeValue<'_>>,
        field: &str,
        err: &mut impl FnMut(&str, String),
    ) -> Option<Located<bool>> {
        match v.get_ref() {
            DeValue::Boolean(b) => Some(self.at(v, *b)),
            other => {
                err(field, format!("expected true or false, found {}", other.type_str()));
                None
            }
        }
    }

    /// Quoted or bare: TOML has its own date-time values, and writers use both.
    fn date(&self, v: &Spanned<DeValue<'_>>, field: &str, err: &mut impl FnMut(&str, String)) -> Text {
        match v.get_ref() {
            DeValue::Datetime(d) => Some(self.at(v, d.to_string())),
            _ => self.string(v, field, err),
        }
    }

    fn integer<T: TryFrom<i128>>(
        &self,
        v: &Spanned<DeValue<'_>>,
        field: &str,
        min: i128,
        err: &mut impl FnMut(&str, String),
    ) -> Option<Located<T>> {
        let number = match v.get_ref() {
            DeValue::Integer(i) => i128::from_str_radix(i.as_str(), i.radix()).ok(),
            other => {
                err(field, format!("expected a whole number, found {}", other.type_str()));
                return None;
            }
        };
        match number.filter(|n| *n >= min).and_then(|n| T::try_from(n).ok()) {
            Some(value) => Some(self.at(v, value)),
            None => {
                err(field, format!("must be a whole number of at least {min}, in range"));
                None
            }
        }
    }

    fn image(&self, table: &DeTable<'_>, report: &mut Report) -> ImageFields {
        let mut image = ImageFields::default();
        for (key, value) in table {
            let name = format!("image.{}", key.get_ref());
            let mut err =
                |_: &str, message: String| report.error(Some(self.line(value.span().start)), &name, message);
            match key.get_ref().as_ref() {
                "src" => image.src = self.string(value, "", &mut err),
                "alt" => image.alt = self.string(value, "", &mut err),
                "caption" => image.caption = self.string(value, "", &mut err),
                "credit" => image.credit = self.string(value, "", &mut err),
                "width" => image.width = self.integer(value, "", 1, &mut err),
                "height" => image.height = self.integer(value, "", 1, &mut err),
                "variants" => image.variants = self.variants(value, &mut err),
                other => {
                    // TOML puts every key after `[image]` in the image table: a common slip.
                    let hint = if KEYS.contains(&other) { "; article keys go above [image]" } else { "" };
                    let message = format!("unknown image key (known: {}){hint}", IMAGE_KEYS.join(", "));
                    report.error(Some(self.line(key.span().start)), &name, message);
                }
            }
        }
        image
    }
}

#[cfg(test)]
#[path = "tests/front_matter.rs"]
mod tests;
