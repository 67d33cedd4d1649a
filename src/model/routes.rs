//! The URL is the state: every page the app can show, and the one way to write its link.

use super::listing::ArchiveKind;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AppRoute {
    Home,
    Article {
        slug: String,
    },
    Archive {
        kind: ArchiveKind,
        slug: String,
        page: u32,
    },
    /// `/search?q=…&page=N`: the query as typed (not yet tokenized), so the link keeps it.
    Search {
        query: String,
        page: u32,
    },
}

/// Turns routes into links under the site's base path (`/` or `/news/`, always with a
/// trailing slash), so that a site hosted in a sub-folder links inside itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Links {
    base: String,
}

impl Links {
    pub fn new(base: &str) -> Self {
        Links { base: super::site::normalize_base(base) }
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    /// The base as leptos_router's `base` wants it: no trailing slash, empty at the root.
    pub fn router_base(&self) -> &str {
        self.base.trim_end_matches('/')
    }

    pub fn to_href(&self, route: &AppRoute) -> String {
        let base = &self.base;
        match route {
            AppRoute::Home => base.clone(),
            AppRoute::Article { slug } => format!("{base}article/{slug}"),
            AppRoute::Archive { kind, slug, page } => {
                let segment = kind.segment();
                if *page > 1 {
                    format!("{base}{segment}/{slug}?page={page}")
                } else {
                    format!("{base}{segment}/{slug}")
                }
            }
            AppRoute::Search { query, page } => {
                let mut href = format!("{base}search");
                if !query.is_empty() {
                    href.push_str("?q=");
                    href.push_str(&encode_component(query));
                }
                if *page > 1 {
                    href.push(if query.is_empty() { '?' } else { '&' });
                    href.push_str(&format!("page={page}"));
                }
                href
            }
        }
    }

    pub fn search(&self, query: &str, page: u32) -> String {
        self.to_href(&AppRoute::Search { query: query.to_owned(), page })
    }

    pub fn article(&self, slug: &str) -> String {
        self.to_href(&AppRoute::Article { slug: slug.to_owned() })
    }

    pub fn archive(&self, kind: ArchiveKind, slug: &str, page: u32) -> String {
        self.to_href(&AppRoute::Archive { kind, slug: slug.to_owned(), page })
    }

    /// Site-relative asset paths (`images/a.svg`) resolve under the base; absolute URLs and
    /// root-relative paths are left alone.
    pub fn asset(&self, src: &str) -> String {
        if src.starts_with("https://") || src.starts_with("http://") || src.starts_with('/') {
            src.to_owned()
        } else {
            format!("{}{}", self.base, src)
        }
    }
}

/// Percent-encodes everything but the unreserved characters of RFC 3986, so `&`, `#`, `+`,
/// spaces and non-ASCII text survive as part of one query value.
pub fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The inverse of [`encode_component`], reading `+` as a space the way a GET form writes it;
/// a malformed escape is kept as it is, and invalid UTF-8 becomes U+FFFD.
pub fn decode_component(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (byte, hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(decoded)) => {
                out.push(decoded);
                i += 3;
            }
            (b'+', _) => {
                out.push(b' ');
                i += 1;
            }
            _ => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_at_the_root() {
        let links = Links::new("/");
        assert_eq!(links.to_href(&AppRoute::Home), "/");
        assert_eq!(links.article("a-b"), "/article/a-b");
        assert_eq!(links.archive(ArchiveKind::Section, "world", 1), "/section/world");
        assert_eq!(links.archive(ArchiveKind::Section, "world", 3), "/section/world?page=3");
        assert_eq!(links.archive(ArchiveKind::Tag, "ai", 2), "/tag/ai?page=2");
        assert_eq!(links.router_base(), "");
    }

    #[test]
    fn links_in_a_sub_folder() {
        let links = Links::new("news");
        assert_eq!(links.to_href(&AppRoute::Home), "/news/");
        assert_eq!(links.article("x"), "/news/article/x");
        assert_eq!(links.archive(ArchiveKind::Author, "mara-lindqvist", 1), "/news/author/mara-lindqvist");
        assert_eq!(links.router_base(), "/news");
    }

    #[test]
    fn assets_resolve_under_the_base() {
        let links = Links::new("/news/");
        assert_eq!(links.asset("images/a.svg"), "/news/images/a.svg");
        assert_eq!(links.asset("https://cdn.example/a.jpg"), "https://cdn.example/a.jpg");
        assert_eq!(links.asset("/shared/a.jpg"), "/shared/a.jpg");
    }

    #[test]
    fn search_links_encode_the_query() {
        let links = Links::new("/news/");
        assert_eq!(links.search("", 1), "/news/search");
        assert_eq!(links.search("", 3), "/news/search?page=3");
        assert_eq!(links.search("tidal barrier", 1), "/news/search?q=tidal%20barrier");
        assert_eq!(links.search("a&b#c", 2), "/news/search?q=a%26b%23c&page=2");
        assert_eq!(links.search("Zoë 東京+", 1), "/news/search?q=Zo%C3%AB%20%E6%9D%B1%E4%BA%AC%2B");
    }

    #[test]
    fn search_queries_round_trip() {
        for query in ["tidal barrier", "a&b#c=d?e/f", "Zoë Ångström", "東京 🚢", "100% + 50%", "%zz %4", "  "]
        {
            let href = Links::new("/").search(query, 2);
            let value = href.strip_prefix("/search?q=").and_then(|rest| rest.strip_suffix("&page=2"));
            assert_eq!(value.map(decode_component).as_deref(), Some(query), "{href}");
        }
        assert_eq!(decode_component("tidal+barrier%2B"), "tidal barrier+");
        assert_eq!(decode_component("%zz%4"), "%zz%4");
        assert_eq!(decode_component("%FF"), "\u{FFFD}");
    }
}
