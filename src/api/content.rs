use super::http::{get_text, DEFAULT_TIMEOUT_MS};
use super::ApiError;
use crate::model::article::Article;
use crate::model::decode::decode;
use crate::model::listing::{ArchiveKind, ArchivePage, Home};
use crate::model::site::SiteConfig;
use crate::model::slug::is_valid_slug;

/// Where the derived JSON lives, e.g. `/content/` or `/news/content/`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentSource {
    root: String,
}

impl ContentSource {
    pub fn new(base: &str, content_path: &str) -> Self {
        let path = content_path.trim_matches('/');
        let root = if path.is_empty() { base.to_owned() } else { format!("{base}{path}/") };
        ContentSource { root }
    }

    /// Any derived file by its path under the content folder (`search/index.json`).
    pub fn file_url(&self, relative: &str) -> String {
        format!("{}{relative}", self.root)
    }

    pub fn home_url(&self) -> String {
        format!("{}home.json", self.root)
    }

    pub fn article_url(&self, slug: &str) -> String {
        format!("{}articles/{slug}.json", self.root)
    }

    pub fn archive_url(&self, kind: ArchiveKind, slug: &str, page: u32) -> String {
        format!("{}{}/{slug}/{page}.json", self.root, kind.segment())
    }
}

/// `site.json` sits beside `index.html`; a relative URL resolves against `<base href>`.
pub async fn fetch_site_config() -> Result<SiteConfig, ApiError> {
    Ok(decode(&get_text("site.json", DEFAULT_TIMEOUT_MS).await?)?)
}

pub async fn fetch_home(source: &ContentSource) -> Result<Home, ApiError> {
    Ok(decode(&get_text(&source.home_url(), DEFAULT_TIMEOUT_MS).await?)?)
}

pub async fn fetch_article(source: &ContentSource, slug: &str) -> Result<Article, ApiError> {
    // A slug outside the alphabet names no file of ours: don't let it shape a request path.
    if !is_valid_slug(slug) {
        return Err(ApiError::NotFound);
    }
    Ok(decode(&get_text(&source.article_url(slug), DEFAULT_TIMEOUT_MS).await?)?)
}

pub async fn fetch_archive(
    source: &ContentSource,
    kind: ArchiveKind,
    slug: &str,
    page: u32,
) -> Result<ArchivePage, ApiError> {
    if !is_valid_slug(slug) || page == 0 {
        return Err(ApiError::NotFound);
    }
    Ok(decode(&get_text(&source.archive_url(kind, slug, page), DEFAULT_TIMEOUT_MS).await?)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_urls() {
        let source = ContentSource::new("/news/", "content/");
        assert_eq!(source.home_url(), "/news/content/home.json");
        assert_eq!(source.article_url("a-b"), "/news/content/articles/a-b.json");
        assert_eq!(
            source.archive_url(ArchiveKind::Section, "world", 2),
            "/news/content/section/world/2.json"
        );
        assert_eq!(ContentSource::new("/", "").home_url(), "/home.json");
    }
}
