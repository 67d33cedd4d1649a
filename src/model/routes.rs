//! The URL is the state: every page the app can show, and the one way to write its link.

use super::listing::ArchiveKind;
use super::pagination::parse_page;
use super::percent::encode_component;

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

const ARCHIVES: [ArchiveKind; 3] = [ArchiveKind::Section, ArchiveKind::Tag, ArchiveKind::Author];

impl AppRoute {
    /// The page at `path` (under the base, no leading slash: `""`, `article/a-b`), with the
    /// query read by `query` (a value by its name, decoded); `None` when no page has that
    /// address. The table of routes: the static copies and the check that a
    /// copy shows the address's page read addresses here, and `path` writes them.
    pub fn parse(path: &str, query: impl Fn(&str) -> Option<String>) -> Option<AppRoute> {
        let path = path.strip_suffix('/').unwrap_or(path);
        let page = || parse_page(query("page").as_deref());
        if path.is_empty() {
            return Some(AppRoute::Home);
        }
        if path == "search" {
            return Some(AppRoute::Search { query: query("q").unwrap_or_default(), page: page() });
        }
        let (first, slug) = path.split_once('/')?;
        if slug.is_empty() || slug.contains('/') {
            return None;
        }
        let slug = slug.to_owned();
        if first == "article" {
            return Some(AppRoute::Article { slug });
        }
        let kind = ARCHIVES.into_iter().find(|kind| kind.segment() == first)?;
        Some(AppRoute::Archive { kind, slug, page: page() })
    }

    /// The page's path under the base, without its query (`""` for the front page).
    pub fn path(&self) -> String {
        match self {
            AppRoute::Home => String::new(),
            AppRoute::Article { slug } => format!("article/{slug}"),
            AppRoute::Archive { kind, slug, .. } => format!("{}/{slug}", kind.segment()),
            AppRoute::Search { .. } => "search".to_owned(),
        }
    }

    /// Whether the build writes a static copy of this page: the front page, articles, and the
    /// first page of an archive.
    pub fn has_copy(&self) -> bool {
        match self {
            AppRoute::Home | AppRoute::Article { .. } => true,
            AppRoute::Archive { page, .. } => *page == 1,
            AppRoute::Search { .. } => false,
        }
    }

    /// The derived file the page is drawn from, under the content folder (a search page's is
    /// the index's manifest, and only with words to look for).
    pub fn data_file(&self) -> Option<String> {
        let page = match self {
            AppRoute::Archive { page, .. } => page.to_string(),
            _ => String::new(),
        };
        self.data_file_at(&page)
    }

    /// `data_file` with an archive's page written as `page` (`{page}` in `model::preload`).
    pub(crate) fn data_file_at(&self, page: &str) -> Option<String> {
        match self {
            AppRoute::Home => Some("home.json".to_owned()),
            AppRoute::Article { slug } => Some(format!("articles/{slug}.json")),
            AppRoute::Archive { kind, slug, .. } => Some(format!("{}/{slug}/{page}.json", kind.segment())),
            AppRoute::Search { query, .. } => {
                (!query.trim().is_empty()).then(|| "search/index.json".to_owned())
            }
        }
    }
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
        let mut href = format!("{}{}", self.base, route.path());
        match route {
            AppRoute::Home | AppRoute::Article { .. } => {}
            AppRoute::Archive { page, .. } => {
                if *page > 1 {
                    href.push_str(&format!("?page={page}"));
                }
            }
            AppRoute::Search { query, page } => {
                if !query.is_empty() {
                    href.push_str("?q=");
                    href.push_str(&encode_component(query));
                }
                if *page > 1 {
                    href.push(if query.is_empty() { '?' } else { '&' });
                    href.push_str(&format!("page={page}"));
                }
            }
        }
        href
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

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(path: &str, page: Option<&str>) -> Option<AppRoute> {
        AppRoute::parse(path, |name| (name == "page").then(|| page.map(str::to_owned)).flatten())
    }

    #[test]
    fn addresses_read_back_as_the_routes_that_wrote_them() {
        let links = Links::new("/");
        for route in [
            AppRoute::Home,
            AppRoute::Article { slug: "a-b".into() },
            AppRoute::Archive { kind: ArchiveKind::Tag, slug: "ai".into(), page: 1 },
            AppRoute::Archive { kind: ArchiveKind::Author, slug: "m".into(), page: 3 },
            AppRoute::Search { query: "x y".into(), page: 2 },
        ] {
            let href = links.to_href(&route);
            let (path, query) =
                href.trim_start_matches('/').split_once('?').unwrap_or((href.trim_start_matches('/'), ""));
            let value = |name: &str| {
                query
                    .split('&')
                    .find_map(|pair| pair.strip_prefix(&format!("{name}=")))
                    .map(crate::model::percent::decode_component)
            };
            assert_eq!(AppRoute::parse(path, value), Some(route.clone()), "{href}");
        }
    }

    #[test]
    fn unknown_addresses_name_no_page() {
        for path in ["articles/a", "article", "article/", "article/a/b", "section", "x/y", "search/x"] {
            assert_eq!(parse(path, None), None, "{path}");
        }
        assert_eq!(parse("article/a-b/", None), Some(AppRoute::Article { slug: "a-b".into() }));
        assert_eq!(
            parse("section/world", Some("zero")),
            Some(AppRoute::Archive { kind: ArchiveKind::Section, slug: "world".into(), page: 1 })
        );
    }

    #[test]
    fn copies_and_data_files() {
        assert!(parse("", None).is_some_and(|r| r.has_copy()));
        assert!(parse("tag/ai", None).is_some_and(|r| r.has_copy()));
        assert!(parse("tag/ai", Some("2")).is_some_and(|r| !r.has_copy()));
        assert!(parse("search", None).is_some_and(|r| !r.has_copy() && r.data_file().is_none()));
        assert_eq!(parse("tag/ai", Some("2")).and_then(|r| r.data_file()).as_deref(), Some("tag/ai/2.json"));
        assert_eq!(parse("article/a", None).and_then(|r| r.data_file()).as_deref(), Some("articles/a.json"));
    }

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
}
