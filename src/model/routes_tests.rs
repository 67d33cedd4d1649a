use super::*;
use crate::model::search::filter::{Filters, Within};

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
        AppRoute::Search { query: "x y".into(), filters: Filters::default(), page: 2 },
        AppRoute::Search {
            query: "x".into(),
            filters: Filters { section: Some("world".into()), within: Some(Within::Week) },
            page: 1,
        },
        AppRoute::Saved,
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
    assert!(parse("saved", None).is_some_and(|r| !r.has_copy() && r.data_file().is_none()));
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
