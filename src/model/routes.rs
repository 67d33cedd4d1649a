//! The URL is the state: every page the app can show, and the one way to write its link.

use super::listing::ArchiveKind;
use super::pagination::parse_page;
use super::percent::encode_component;
use super::search::filter::{Filters, Within};

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
    /// `/search?q=…&section=…&within=…&page=N`: the query as typed (not yet tokenized), so
    /// the link keeps it, and the filters.
    Search {
        query: String,
        filters: Filters,
        page: u32,
    },
    /// `/saved`: the stories this reader saved for offline reading (kept on their device).
    Saved,
}

/// The search page's filters in its address (`?section=politics&within=week`).
pub const SECTION_PARAM: &str = "section";
pub const WITHIN_PARAM: &str = "within";

/// The first segment of an article's address (`article/<slug>`).
pub const ARTICLE_SEGMENT: &str = "article";
/// The search page's address (`search?q=…`).
pub const SEARCH_SEGMENT: &str = "search";
/// The saved stories' address (`saved`).
pub const SAVED_SEGMENT: &str = "saved";
/// The name of the slug in the router's patterns (`article/:slug`), and so of the `slug` field
/// of the pages' `Params`.
pub const SLUG_PARAM: &str = "slug";

pub const ARCHIVES: [ArchiveKind; 3] = [ArchiveKind::Section, ArchiveKind::Tag, ArchiveKind::Author];

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
        if path == SEARCH_SEGMENT {
            let filters =
                Filters::from_params(query(SECTION_PARAM).as_deref(), query(WITHIN_PARAM).as_deref());
            return Some(AppRoute::Search { query: query("q").unwrap_or_default(), filters, page: page() });
        }
        if path == SAVED_SEGMENT {
            return Some(AppRoute::Saved);
        }
        let (first, slug) = path.split_once('/')?;
        if slug.is_empty() || slug.contains('/') {
            return None;
        }
        let slug = slug.to_owned();
        if first == ARTICLE_SEGMENT {
            return Some(AppRoute::Article { slug });
        }
        let kind = ARCHIVES.into_iter().find(|kind| kind.segment() == first)?;
        Some(AppRoute::Archive { kind, slug, page: page() })
    }

    /// The page's path under the base, without its query (`""` for the front page).
    pub fn path(&self) -> String {
        match self {
            AppRoute::Home => String::new(),
            AppRoute::Article { slug } => format!("{ARTICLE_SEGMENT}/{slug}"),
            AppRoute::Archive { kind, slug, .. } => format!("{}/{slug}", kind.segment()),
            AppRoute::Search { .. } => SEARCH_SEGMENT.to_owned(),
            AppRoute::Saved => SAVED_SEGMENT.to_owned(),
        }
    }

    /// Whether the build writes a static copy of this page: the front page, articles, and the
    /// first page of an archive.
    pub fn has_copy(&self) -> bool {
        match self {
            AppRoute::Home | AppRoute::Article { .. } => true,
            AppRoute::Archive { page, .. } => *page == 1,
            AppRoute::Search { .. } | AppRoute::Saved => false,
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
            // Kept on the reader's device.
            AppRoute::Saved => None,
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
            AppRoute::Home | AppRoute::Article { .. } | AppRoute::Saved => {}
            AppRoute::Archive { page, .. } => {
                if *page > 1 {
                    href.push_str(&format!("?page={page}"));
                }
            }
            AppRoute::Search { query, filters, page } => {
                let within = filters.within.map(Within::param);
                let page = (*page > 1).then(|| page.to_string());
                let pairs = [
                    ("q", Some(query.as_str()).filter(|q| !q.is_empty())),
                    (SECTION_PARAM, filters.section.as_deref()),
                    (WITHIN_PARAM, within),
                    ("page", page.as_deref()),
                ];
                let present = pairs.into_iter().filter_map(|(name, value)| Some((name, value?)));
                for (i, (name, value)) in present.enumerate() {
                    href.push(if i == 0 { '?' } else { '&' });
                    href.push_str(name);
                    href.push('=');
                    href.push_str(&encode_component(value));
                }
            }
        }
        href
    }

    pub fn search(&self, query: &str, page: u32) -> String {
        self.search_within(query, &Filters::default(), page)
    }

    /// A search narrowed by `filters`.
    pub fn search_within(&self, query: &str, filters: &Filters, page: u32) -> String {
        self.to_href(&AppRoute::Search { query: query.to_owned(), filters: filters.clone(), page })
    }

    pub fn article(&self, slug: &str) -> String {
        self.to_href(&AppRoute::Article { slug: slug.to_owned() })
    }

    pub fn saved(&self) -> String {
        self.to_href(&AppRoute::Saved)
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
#[path = "routes_tests.rs"]
mod tests;
