//! The site's public address (`site.json` `url`): what canonical links, social cards,
//! structured data, sitemaps and feeds are written against. Those are read by crawlers and
//! other sites, so every address in them is absolute, and made here from the route table.
//!
//! Checked by hand rather than with the `url` crate: the app needs only "absolute http(s) with
//! a host, no query or fragment", and the crate (with its IDNA tables) would add far more to
//! the wasm than these lines.

use std::fmt;

use super::routes::{AppRoute, Links};

/// An absolute `http(s)://host[:port]/folder/` address, always ending in `/`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicUrl {
    /// `https://news.example` (no trailing slash).
    origin: String,
    /// The folder the site lives in on that host (`/` or `/news/`).
    links: Links,
}

/// Why `url` cannot be the site's public address. Shown to the publisher by the build.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PublicUrlError {
    Missing,
    NotAbsolute(String),
    HasQueryOrFragment(String),
}

impl fmt::Display for PublicUrlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const EXAMPLE: &str = "e.g. \"https://news.example/\" or \"https://example.org/news/\"";
        match self {
            PublicUrlError::Missing => write!(
                f,
                "site.json has no `url`: set it to the site's public address ({EXAMPLE}), or set GAZETTE_URL \
                 for the build; canonical links, social cards, sitemaps and feeds are written against it"
            ),
            PublicUrlError::NotAbsolute(url) => write!(
                f,
                "site.json `url` is {url:?}: it must be an absolute http(s) address with a host ({EXAMPLE}); \
                 links in sitemaps, feeds and social cards cannot be relative"
            ),
            PublicUrlError::HasQueryOrFragment(url) => {
                write!(f, "site.json `url` is {url:?}: it must be a folder address, without `?` or `#`")
            }
        }
    }
}

impl std::error::Error for PublicUrlError {}

impl PublicUrl {
    pub fn parse(url: Option<&str>) -> Result<PublicUrl, PublicUrlError> {
        let url = url.map(str::trim).filter(|url| !url.is_empty()).ok_or(PublicUrlError::Missing)?;
        let not_absolute = || PublicUrlError::NotAbsolute(url.to_owned());
        let (scheme, rest) = url.split_once("://").ok_or_else(not_absolute)?;
        if !scheme.eq_ignore_ascii_case("https") && !scheme.eq_ignore_ascii_case("http") {
            return Err(not_absolute());
        }
        if url.contains(['?', '#']) {
            return Err(PublicUrlError::HasQueryOrFragment(url.to_owned()));
        }
        let (host, folder) = rest.split_once('/').unwrap_or((rest, ""));
        let host_ok = !host.is_empty()
            && !host.contains('@')
            && host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
        if !host_ok || folder.chars().any(|c| c.is_whitespace() || c.is_control() || c == '\\') {
            return Err(not_absolute());
        }
        Ok(PublicUrl {
            origin: format!("{}://{}", scheme.to_ascii_lowercase(), host.to_ascii_lowercase()),
            links: Links::new(folder),
        })
    }

    /// The folder the site lives in on its host: `/` or `/news/`.
    pub fn folder(&self) -> &str {
        self.links.base()
    }

    /// The site's own address, `https://news.example/news/`.
    pub fn root(&self) -> String {
        format!("{}{}", self.origin, self.links.base())
    }

    /// The absolute address of a page (its query included: `?page=2` of an archive).
    pub fn page(&self, route: &AppRoute) -> String {
        format!("{}{}", self.origin, self.links.to_href(route))
    }

    /// The absolute address of a file of the site (`images/a.jpg`, `feeds/rss.xml`) or of an
    /// asset the content names (kept as it is when it is already absolute).
    pub fn file(&self, src: &str) -> String {
        let resolved = self.links.asset(src);
        if resolved.starts_with('/') {
            format!("{}{resolved}", self.origin)
        } else {
            resolved
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::listing::ArchiveKind;

    #[test]
    fn pages_and_files_get_absolute_addresses_in_the_folder() {
        let url = PublicUrl::parse(Some("HTTPS://News.Example/paper")).expect("valid");
        assert_eq!(url.root(), "https://news.example/paper/");
        assert_eq!(url.page(&AppRoute::Home), "https://news.example/paper/");
        assert_eq!(
            url.page(&AppRoute::Article { slug: "a-b".into() }),
            "https://news.example/paper/article/a-b"
        );
        let later = AppRoute::Archive { kind: ArchiveKind::Section, slug: "world".into(), page: 2 };
        assert_eq!(url.page(&later), "https://news.example/paper/section/world?page=2");
        assert_eq!(url.file("images/a.jpg"), "https://news.example/paper/images/a.jpg");
        assert_eq!(url.file("/logo.png"), "https://news.example/logo.png");
        assert_eq!(url.file("https://cdn.example/x.jpg"), "https://cdn.example/x.jpg");
        let port = PublicUrl::parse(Some("http://127.0.0.1:8080/")).expect("valid");
        assert_eq!(port.root(), "http://127.0.0.1:8080/");
    }

    #[test]
    fn a_missing_or_relative_address_is_refused_by_name() {
        assert_eq!(PublicUrl::parse(None), Err(PublicUrlError::Missing));
        assert_eq!(PublicUrl::parse(Some("  ")), Err(PublicUrlError::Missing));
        for bad in
            ["/news/", "news.example", "ftp://news.example/", "https://", "https://a b/", "//x.example/"]
        {
            assert!(
                matches!(PublicUrl::parse(Some(bad)), Err(PublicUrlError::NotAbsolute(_))),
                "{bad} should be refused"
            );
        }
        assert!(matches!(
            PublicUrl::parse(Some("https://x.example/?a=1")),
            Err(PublicUrlError::HasQueryOrFragment(_))
        ));
        assert!(PublicUrlError::Missing.to_string().contains("`url`"));
    }
}
