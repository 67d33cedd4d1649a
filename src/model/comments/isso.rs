//! Isso's JSON, as a real Isso 0.14 server sends it (fixtures in `tests/fixtures/isso/`).

use serde::{Deserialize, Serialize};

use super::entities::decode_entities;

/// Isso's `mode`: 1 published, 2 waiting for moderation, 4 deleted but kept for its replies.
pub const MODE_PUBLISHED: u8 = 1;
pub const MODE_PENDING: u8 = 2;
pub const MODE_DELETED: u8 = 4;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IssoComment {
    pub id: u64,
    #[serde(default)]
    pub parent: Option<u64>,
    /// Seconds since the epoch, with a fraction.
    pub created: f64,
    #[serde(default)]
    pub modified: Option<f64>,
    #[serde(default = "published")]
    pub mode: u8,
    /// HTML that Isso rendered from Markdown: shown only through the sanitiser.
    #[serde(default)]
    pub text: String,
    /// HTML-escaped by Isso: see [`IssoComment::author_name`].
    #[serde(default)]
    pub author: Option<String>,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub likes: i64,
    #[serde(default)]
    pub dislikes: i64,
    #[serde(default)]
    pub total_replies: u32,
    #[serde(default)]
    pub hidden_replies: u32,
    #[serde(default)]
    pub replies: Vec<IssoComment>,
}

fn published() -> u8 {
    MODE_PUBLISHED
}

/// `GET /?uri=…`: the top-level comments of a thread, each with its replies.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IssoThread {
    #[serde(default)]
    pub total_replies: u32,
    #[serde(default)]
    pub hidden_replies: u32,
    #[serde(default)]
    pub replies: Vec<IssoComment>,
}

/// `POST /id/N/like`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Votes {
    pub likes: i64,
    pub dislikes: i64,
}

/// The body of `POST /new` (and, without `email`/`parent`/`title`, of `PUT /id/N`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NewComment {
    pub text: String,
    pub author: String,
    pub email: String,
    pub website: Option<String>,
    pub parent: Option<u64>,
    /// Isso needs it to open a thread it cannot fetch the page for.
    pub title: String,
}

impl IssoComment {
    /// The name to show, decoded once from Isso's escaping; "Anonymous" when none was given.
    pub fn author_name(&self) -> String {
        match self.author.as_deref().map(decode_entities) {
            Some(name) if !name.trim().is_empty() => name,
            _ => "Anonymous".to_owned(),
        }
    }

    /// The commenter's website, decoded once, if it is an http(s) address.
    pub fn website_url(&self) -> Option<String> {
        let url = decode_entities(self.website.as_deref()?.trim());
        let lower = url.to_ascii_lowercase();
        let web = lower.starts_with("https://") || lower.starts_with("http://");
        (web && !url.chars().any(char::is_whitespace)).then_some(url)
    }

    pub fn is_pending(&self) -> bool {
        self.mode == MODE_PENDING
    }

    pub fn is_deleted(&self) -> bool {
        self.mode == MODE_DELETED
    }
}

/// The message in an Isso error page (`<p>text is too short</p>` in a text/html body), so that
/// it can be matched; plain-text bodies come back as they are.
pub fn error_detail(body: &str) -> String {
    let inner = body
        .rfind("<p>")
        .and_then(|start| body.get(start + 3..))
        .map(|tail| tail.split("</p>").next().unwrap_or(tail))
        .unwrap_or(body);
    decode_entities(inner.trim())
}
