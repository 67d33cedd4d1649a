//! An article as the app fetches it: `content/articles/<slug>.json`.

use serde::{Deserialize, Serialize};

/// A section, tag or author as other documents refer to it: enough to link and label it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ref {
    pub slug: String,
    pub name: String,
}

pub use super::image::Image;

/// Inline text inside a block. Rendered node by node, never as an HTML string.
///
/// Written as `{"type": "text", "text": …}` (serde's internally tagged form). Read through the
/// flat [`RawInline`] instead of serde's tagged-enum support, which buffers every node before
/// it knows its type and made the wasm about 9 KB (brotli) bigger; the accepted JSON is the same.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "camelCase", try_from = "RawInline")]
pub enum Inline {
    Text {
        text: String,
    },
    Emphasis {
        content: Vec<Inline>,
    },
    Strong {
        content: Vec<Inline>,
    },
    Code {
        text: String,
    },
    Link {
        href: String,
        content: Vec<Inline>,
    },
    LineBreak,
    /// A kind of inline this version does not know (written by a newer tool): skipped.
    Unsupported,
}

/// Every field any kind of inline has, as the JSON carries them. An unknown `type` is
/// `Unsupported` whatever else the node holds, as long as the fields named here have the shapes
/// they have for the kinds we know.
#[derive(Deserialize)]
struct RawInline {
    #[serde(rename = "type")]
    kind: String,
    text: Option<String>,
    content: Option<Vec<Inline>>,
    href: Option<String>,
}

/// The field a kind of node needs and the JSON lacks: serde's own wording.
fn required<T>(value: Option<T>, field: &'static str) -> Result<T, String> {
    value.ok_or_else(|| format!("missing field `{field}`"))
}

impl TryFrom<RawInline> for Inline {
    type Error = String;

    fn try_from(raw: RawInline) -> Result<Self, String> {
        Ok(match raw.kind.as_str() {
            "text" => Inline::Text { text: required(raw.text, "text")? },
            "emphasis" => Inline::Emphasis { content: required(raw.content, "content")? },
            "strong" => Inline::Strong { content: required(raw.content, "content")? },
            "code" => Inline::Code { text: required(raw.text, "text")? },
            "link" => {
                Inline::Link { href: required(raw.href, "href")?, content: required(raw.content, "content")? }
            }
            "lineBreak" => Inline::LineBreak,
            _ => Inline::Unsupported,
        })
    }
}

/// A block of the article's body: written like [`Inline`], read through the flat [`RawBlock`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "camelCase", try_from = "RawBlock")]
pub enum Block {
    Paragraph {
        content: Vec<Inline>,
    },
    Heading {
        /// 2 or 3: the article headline is the page's only `h1`.
        level: u8,
        content: Vec<Inline>,
    },
    Quote {
        paragraphs: Vec<Vec<Inline>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        attribution: Option<String>,
    },
    List {
        ordered: bool,
        items: Vec<Vec<Inline>>,
    },
    Image {
        image: Image,
    },
    /// A table: `head` is its header row (empty when it has none), each row a list of cells.
    Table {
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        head: Vec<Vec<Inline>>,
        rows: Vec<Vec<Vec<Inline>>>,
    },
    /// Preformatted text (code, a listing), shown as written.
    Code {
        text: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        language: Option<String>,
    },
    /// Two or more pictures shown side by side, each with its own caption.
    Gallery {
        images: Vec<Image>,
    },
    /// A kind of block this version does not know (written by a newer tool): skipped.
    Unsupported,
}

/// Every field any kind of block has (see [`RawInline`]).
#[derive(Deserialize)]
struct RawBlock {
    #[serde(rename = "type")]
    kind: String,
    content: Option<Vec<Inline>>,
    level: Option<u8>,
    paragraphs: Option<Vec<Vec<Inline>>>,
    attribution: Option<String>,
    ordered: Option<bool>,
    items: Option<Vec<Vec<Inline>>>,
    image: Option<Image>,
    head: Option<Vec<Vec<Inline>>>,
    rows: Option<Vec<Vec<Vec<Inline>>>>,
    text: Option<String>,
    language: Option<String>,
    images: Option<Vec<Image>>,
}

impl TryFrom<RawBlock> for Block {
    type Error = String;

    fn try_from(raw: RawBlock) -> Result<Self, String> {
        Ok(match raw.kind.as_str() {
            "paragraph" => Block::Paragraph { content: required(raw.content, "content")? },
            "heading" => Block::Heading {
                level: required(raw.level, "level")?,
                content: required(raw.content, "content")?,
            },
            "quote" => Block::Quote {
                paragraphs: required(raw.paragraphs, "paragraphs")?,
                attribution: raw.attribution,
            },
            "list" => Block::List {
                ordered: required(raw.ordered, "ordered")?,
                items: required(raw.items, "items")?,
            },
            "image" => Block::Image { image: required(raw.image, "image")? },
            "table" => Block::Table { head: raw.head.unwrap_or_default(), rows: required(raw.rows, "rows")? },
            "code" => Block::Code { text: required(raw.text, "text")?, language: raw.language },
            "gallery" => Block::Gallery { images: required(raw.images, "images")? },
            _ => Block::Unsupported,
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Article {
    pub format: u32,
    pub slug: String,
    pub title: String,
    pub standfirst: String,
    pub section: Ref,
    pub author: Ref,
    /// RFC 3339, UTC. Shown to readers by `model::date::long_date`.
    pub published: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    #[serde(default)]
    pub tags: Vec<Ref>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<Image>,
    pub reading_minutes: u32,
    pub body: Vec<Block>,
    /// The post's id on the WordPress site it was imported from (`[wordpress]` in the front
    /// matter): the app asks that site for the post's comments with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wordpress_id: Option<u64>,
}

/// What a list, a card or a widget needs to show an article without fetching it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    pub slug: String,
    pub title: String,
    pub excerpt: String,
    pub section: Ref,
    pub author: Ref,
    pub published: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<Image>,
    pub reading_minutes: u32,
}
