//! The build writes a static copy of the busiest pages (`tools/pages`, docs/performance.md): a
//! reader sees the story at once, before the app has downloaded, and the app then takes the
//! copy's place. Here: which route a copy is of, and whether it is the page the reader asked
//! for. A host that answers every unknown path with `index.html` (the front page's copy) must
//! not show the front page under another page's address.

use super::percent::decode_component;
use super::routes::AppRoute;

/// The `<meta name="…">` that names the route a copy was written for (its path under the base).
pub const COPY_META: &str = "gazette-prerendered";

/// The comments around the head tags a copy's page asked for (`components::page_head`): the
/// app takes them out when it starts, since it puts in its own (one description, one
/// canonical link per document).
pub const HEAD_START: &str = "page-head";
pub const HEAD_END: &str = "/page-head";

/// The id of the element that holds the copy (the app's start in `Trunk.toml` looks for it).
pub const COPY_ID: &str = "prerendered";

/// Whether the copy written for `copied` (a path under the base: `""`, `article/a-b`,
/// `section/world`) shows the page at `path` (also under the base) with the query `search`:
/// the same page, and one the build copies (an archive's first page only).
pub fn copy_shows(copied: &str, path: &str, search: &str) -> bool {
    let query = |name: &str| query_value(search, name).map(decode_component);
    AppRoute::parse(path, query).is_some_and(|route| route.has_copy() && route.path() == copied)
}

/// `pathname` without the base path (`/news/article/x` under `/news/` → `article/x`); `None`
/// when the page is not under the base at all.
pub fn path_under_base<'a>(pathname: &'a str, base: &str) -> Option<&'a str> {
    let base = super::site::normalize_base(base);
    if pathname == base.trim_end_matches('/') {
        return Some("");
    }
    pathname.strip_prefix(base.as_str())
}

/// The raw value of `name` in a query string (`?a=1&page=2`).
fn query_value<'a>(search: &'a str, name: &str) -> Option<&'a str> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_shows_only_its_own_route() {
        assert!(copy_shows("", "", ""));
        assert!(copy_shows("article/a-b", "article/a-b", ""));
        assert!(copy_shows("article/a-b", "article/a-b", "?page=3"), "articles have no pages");
        assert!(!copy_shows("", "article/a-b", ""), "the front page's copy under another address");
        assert!(!copy_shows("article/a-b", "article/a-b-c", ""));
        assert!(!copy_shows("section/world", "search", "?q=world"));
    }

    #[test]
    fn archive_copies_are_of_page_one() {
        assert!(copy_shows("section/world", "section/world", ""));
        assert!(copy_shows("section/world", "section/world", "?page=1"));
        assert!(copy_shows("tag/ai", "tag/ai", "?page=zero"), "garbage means page 1, as in the app");
        assert!(!copy_shows("tag/ai", "tag/ai", "?page=2"));
        assert!(!copy_shows("author/mara", "author/mara", "?x=1&page=12"));
    }

    #[test]
    fn paths_under_the_base() {
        assert_eq!(path_under_base("/", "/"), Some(""));
        assert_eq!(path_under_base("/article/x", "/"), Some("article/x"));
        assert_eq!(path_under_base("/news/article/x", "/news/"), Some("article/x"));
        assert_eq!(path_under_base("/news", "/news/"), Some(""));
        assert_eq!(path_under_base("/news/", "news"), Some(""));
        assert_eq!(path_under_base("/other/article/x", "/news/"), None);
    }
}
