//! `site.json`: the runtime settings, read once at start so that one built `dist/` can be
//! re-pointed (name, sections, servers) without rebuilding. Every key is in
//! `docs/content-format.md`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::article::Ref;
use super::public_url::{PublicUrl, PublicUrlError};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SiteConfig {
    pub version: u32,
    pub site_name: String,
    #[serde(default)]
    pub tagline: String,
    /// Meta description of the home page, and the default for pages that have none.
    #[serde(default)]
    pub description: String,
    /// The site's language, a BCP 47 tag (`en`, `en-GB`, `fr`). Search finds words under
    /// their endings in it ("barriers" finds "barrier"): the content tool indexes by it, so a
    /// change takes a rebuild. None, or a language without a stemmer: exact words.
    #[serde(default)]
    pub language: Option<String>,
    /// The site's public address (`https://news.example/`, may include a folder): canonical
    /// links, social cards, structured data, sitemaps and feeds are written against it. The
    /// build refuses a missing or relative one (`model::public_url`); the app leaves those
    /// tags out without it.
    #[serde(default)]
    pub url: Option<String>,
    /// Who publishes the site, for structured data; its name defaults to `siteName`.
    #[serde(default)]
    pub publisher: Publisher,
    /// The picture of a shared link to a page without one of its own (the front page, an
    /// archive, an article with no picture or only an SVG): a PNG or JPEG, 1200×630 or so.
    #[serde(default)]
    pub share_image: Option<super::image::Image>,
    /// Where the site is served from, e.g. `/` or `/news/`. Normally left out: the app then
    /// takes the `<base href>` that `trunk build --public-url` wrote into `index.html`.
    #[serde(default)]
    pub base_path: Option<String>,
    /// Folder of the derived JSON, relative to the base path.
    #[serde(default = "content_path")]
    pub content_path: String,
    /// Articles per archive page; the content tool writes pages of this size.
    #[serde(default = "page_size")]
    pub page_size: u32,
    pub sections: Vec<Ref>,
    #[serde(default)]
    pub comments: CommentsConfig,
    #[serde(default)]
    pub newsletter: NewsletterConfig,
    /// The service worker (offline reading, saved stories, `docs/offline.md`). `false` turns
    /// it off: the app unregisters it and clears its caches, and the build writes a worker
    /// that removes itself (`scripts/worker.py`).
    #[serde(default = "enabled")]
    pub service_worker: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Publisher {
    #[serde(default)]
    pub name: Option<String>,
    /// The publisher's logo: a PNG or JPEG (search engines take no SVG), site-relative or
    /// absolute.
    #[serde(default)]
    pub logo: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CommentsConfig {
    /// Base URL of an Isso server.
    #[serde(default)]
    pub server: Option<String>,
    /// The address of the WordPress site the articles were imported from, whose own comments
    /// are then the comment server (docs/wordpress.md). With neither, comments are kept on the
    /// reader's device.
    #[serde(default)]
    pub wordpress: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NewsletterConfig {
    /// URL the subscription form posts to; none means subscriptions are not set up.
    #[serde(default)]
    pub action: Option<String>,
    /// Hidden fields sent with the email (list ids and the like).
    #[serde(default)]
    pub fields: BTreeMap<String, String>,
}

fn content_path() -> String {
    "content/".to_owned()
}

fn enabled() -> bool {
    true
}

fn page_size() -> u32 {
    10
}

impl SiteConfig {
    pub fn section(&self, slug: &str) -> Option<&Ref> {
        self.sections.iter().find(|section| section.slug == slug)
    }

    /// The publisher's name: `publisher.name`, else the site's.
    pub fn publisher_name(&self) -> &str {
        self.publisher.name.as_deref().filter(|name| !name.trim().is_empty()).unwrap_or(&self.site_name)
    }

    /// The site's public address, if `url` is a usable one.
    pub fn public_url(&self) -> Result<PublicUrl, PublicUrlError> {
        PublicUrl::parse(self.url.as_deref())
    }

    /// The base path in force: the configured one, else the one the page was served under.
    pub fn resolved_base(&self, document_base: &str) -> String {
        normalize_base(self.base_path.as_deref().unwrap_or(document_base))
    }
}

/// `news` / `/news` / `/news/` → `/news/`; empty → `/`.
pub fn normalize_base(path: &str) -> String {
    let trimmed = path.trim().trim_matches('/');
    if trimmed.is_empty() {
        "/".to_owned()
    } else {
        format!("/{trimmed}/")
    }
}

/// A page's `<title>`: "Page | Site", or the site's name alone for the front page (an empty
/// title, or the site's own name).
pub fn page_title(title: &str, site_name: &str) -> String {
    if title.is_empty() || title == site_name {
        site_name.to_owned()
    } else {
        format!("{title} | {site_name}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_paths_normalise() {
        assert_eq!(normalize_base(""), "/");
        assert_eq!(normalize_base("/"), "/");
        assert_eq!(normalize_base("news"), "/news/");
        assert_eq!(normalize_base("/a/b/"), "/a/b/");
    }

    #[test]
    fn configured_base_wins_over_the_document() {
        let json = r#"{"version":1,"siteName":"G","basePath":"/paper","sections":[]}"#;
        let config: SiteConfig = serde_json::from_str(json).expect("config decodes");
        assert_eq!(config.resolved_base("/"), "/paper/");
    }

    #[test]
    fn minimal_config_gets_defaults() {
        let json = r#"{"version":1,"siteName":"G","sections":[{"slug":"world","name":"World"}]}"#;
        let config: SiteConfig = serde_json::from_str(json).expect("minimal config decodes");
        assert_eq!(config.base_path, None);
        assert_eq!(config.resolved_base("/news/"), "/news/");
        assert_eq!(config.page_size, 10);
        assert_eq!(config.comments.server, None);
        assert_eq!(config.section("world").map(|s| s.name.as_str()), Some("World"));
        assert!(config.section("sport").is_none());
    }

    #[test]
    fn page_titles_name_the_site() {
        assert_eq!(page_title("World", "Gazette"), "World | Gazette");
        assert_eq!(page_title("", "Gazette"), "Gazette");
        assert_eq!(page_title("Gazette", "Gazette"), "Gazette");
    }
}
