//! The URL is the state: every page the app can show, and the one way to write its link.

use super::listing::ArchiveKind;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AppRoute {
    Home,
    Article { slug: String },
    Archive { kind: ArchiveKind, slug: String, page: u32 },
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
        }
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
}
