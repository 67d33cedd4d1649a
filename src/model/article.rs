//! An article as the app fetches it: `content/articles/<slug>.json`.

use serde::{Deserialize, Serialize};

/// A section, tag or author as other documents refer to it: enough to link and label it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ref {
    pub slug: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Image {
    /// Site-relative path (`images/…`, resolved against the site's base) or an https URL.
    pub src: String,
    pub alt: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
    /// Intrinsic size, so the browser reserves the space before the image arrives.
    pub width: u32,
    pub height: u32,
}

/// Inline text inside a block. Rendered node by node, never as an HTML string.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "camelCase")]
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
    #[serde(other)]
    Unsupported,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "camelCase")]
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
    /// A kind of block this version does not know (written by a newer tool): skipped.
    #[serde(other)]
    Unsupported,
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
    /// RFC 3339, UTC. Formatted for the reader by the browser's `Intl`.
    pub published: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    #[serde(default)]
    pub tags: Vec<Ref>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<Image>,
    pub reading_minutes: u32,
    pub body: Vec<Block>,
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
