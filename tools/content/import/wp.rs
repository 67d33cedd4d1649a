//! The WordPress REST API's answers, as far as the import reads them. Lenient on purpose:
//! sites differ by version and plugins (`meta` is `[]` where the schema says object, `_embedded`
//! is missing without `_embed`, old sites lack `modified_gmt`…), so every field has a default
//! and unknown fields are ignored; what a post truly needs is checked when it is converted.

use std::collections::BTreeMap;

use serde::Deserialize;

/// `{"rendered": "…"}`: HTML, with `protected` on password-protected posts.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct Rendered {
    pub rendered: String,
    pub protected: bool,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct Post {
    pub id: u64,
    /// Site time without zone; `date_gmt` is what the import reads.
    pub date: String,
    pub date_gmt: Option<String>,
    pub modified: String,
    pub modified_gmt: Option<String>,
    pub slug: String,
    pub status: String,
    pub link: String,
    pub title: Rendered,
    pub content: Rendered,
    pub excerpt: Rendered,
    pub author: u64,
    pub featured_media: u64,
    pub sticky: bool,
    pub categories: Vec<u64>,
    pub tags: Vec<u64>,
    #[serde(rename = "_embedded")]
    pub embedded: Embedded,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct Embedded {
    pub author: Vec<User>,
    #[serde(rename = "wp:featuredmedia")]
    pub featured_media: Vec<Media>,
    /// One list per taxonomy (categories, tags, …).
    #[serde(rename = "wp:term")]
    pub terms: Vec<Vec<Term>>,
}

/// A category or a tag.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct Term {
    /// A number for categories and tags; some plugins' taxonomies use a name (`"post"`).
    #[serde(deserialize_with = "number_or_zero")]
    pub id: u64,
    pub name: String,
    pub slug: String,
    pub link: String,
    pub taxonomy: String,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct User {
    #[serde(deserialize_with = "number_or_zero")]
    pub id: u64,
    pub name: String,
    pub slug: String,
    pub link: String,
}

/// An attachment. An embedded one the reader may not see (a private parent) comes back as an
/// error object (`code`, `message`) instead, which reads as a media without `source_url`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct Media {
    #[serde(deserialize_with = "number_or_zero")]
    pub id: u64,
    pub alt_text: String,
    pub caption: Rendered,
    pub media_type: String,
    pub mime_type: String,
    pub source_url: String,
    pub media_details: MediaDetails,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct MediaDetails {
    pub width: u32,
    pub height: u32,
    /// `thumbnail`, `medium`, `large`, `full`, … (an object; some sites send `[]` when empty).
    #[serde(deserialize_with = "map_or_empty")]
    pub sizes: BTreeMap<String, Size>,
    #[serde(deserialize_with = "map_or_empty")]
    pub image_meta: BTreeMap<String, serde_json::Value>,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct Size {
    pub width: u32,
    pub height: u32,
    pub source_url: String,
}

/// `{ "id": 7 }`, for the cheap listings (`_fields=id`).
#[derive(Clone, Copy, Debug, Default, Deserialize)]
#[serde(default)]
pub struct Id {
    pub id: u64,
}

impl Post {
    pub fn modified_gmt(&self) -> &str {
        self.modified_gmt.as_deref().unwrap_or(&self.modified)
    }

    pub fn date_gmt(&self) -> &str {
        self.date_gmt.as_deref().unwrap_or(&self.date)
    }
}

impl MediaDetails {
    /// `image_meta.credit` when the camera or the uploader set one.
    pub fn credit(&self) -> Option<&str> {
        self.image_meta.get("credit").and_then(|c| c.as_str()).map(str::trim).filter(|c| !c.is_empty())
    }
}

/// PHP writes an empty associative array as `[]`: read it as an empty map.
fn map_or_empty<'de, D, T>(deserializer: D) -> Result<BTreeMap<String, T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::de::DeserializeOwned,
{
    use serde::de::Error;
    match serde_json::Value::deserialize(deserializer)? {
        value @ serde_json::Value::Object(_) => serde_json::from_value(value).map_err(D::Error::custom),
        _ => Ok(BTreeMap::new()),
    }
}

/// An id that is not a whole number reads as 0 (no WordPress object has id 0).
fn number_or_zero<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<u64, D::Error> {
    Ok(serde_json::Value::deserialize(deserializer)?.as_u64().unwrap_or(0))
}
