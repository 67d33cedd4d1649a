//! The bare app's early request for a page's data. A static copy carries the `<link
//! rel="preload">` of its own page (written by the build from `AppRoute::data_file`); the bare
//! app (`404.html`, any address without a copy) cannot know the page before it runs, so the
//! small inline script in `index.html` matches the address against this table, which the build
//! writes into the page from the route table. A pattern it gets wrong costs one wasted request.

use serde::Serialize;

use super::routes::{AppRoute, ARCHIVES};
use super::search::filter::Filters;

/// Stands for the slug in `path` and `file`.
pub const SLUG: &str = "{slug}";
/// Stands for the page number (`?page=`, else 1) in `file`.
pub const PAGE: &str = "{page}";
/// `model::slug::is_valid_slug` as a JavaScript regular expression (without its length limit,
/// which only costs a wasted request).
pub const SLUG_PATTERN: &str = "[a-z0-9]+(?:-[a-z0-9]+)*";

/// What the script reads (`<script type="application/json" id="gazette-routes">`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PreloadTable {
    /// The folder of the derived JSON under the base (`site.json` `contentPath`).
    pub content: String,
    pub slug: &'static str,
    pub routes: Vec<PreloadRoute>,
}

/// One page's address under the base, and the data file it is drawn from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PreloadRoute {
    pub path: String,
    pub file: String,
    /// A query parameter that must be present and not blank (a search's words).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query: Option<&'static str>,
}

/// The id of the data block in the page.
pub const TABLE_ID: &str = "gazette-routes";

/// Every kind of page, written by the route table with the placeholders in it, for a site whose
/// derived JSON is in `content_path`.
pub fn preload_table(content_path: &str) -> PreloadTable {
    let slug = || SLUG.to_owned();
    let archives = ARCHIVES.map(|kind| AppRoute::Archive { kind, slug: slug(), page: 1 });
    let routes = [AppRoute::Home, AppRoute::Article { slug: slug() }]
        .into_iter()
        .chain(archives)
        .chain([AppRoute::Search { query: "words".to_owned(), filters: Filters::default(), page: 1 }])
        .filter_map(|route| {
            let file = route.data_file_at(PAGE)?;
            let query = matches!(route, AppRoute::Search { .. }).then_some("q");
            Some(PreloadRoute { path: route.path(), file, query })
        })
        .collect();
    let content = format!("{}/", content_path.trim_matches('/')).trim_start_matches('/').to_owned();
    PreloadTable { content, slug: SLUG_PATTERN, routes }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_the_route_table() {
        let table = preload_table("/content");
        assert_eq!(table.content, "content/");
        assert_eq!(preload_table("").content, "");
        let pairs: Vec<(&str, &str)> =
            table.routes.iter().map(|r| (r.path.as_str(), r.file.as_str())).collect();
        assert_eq!(
            pairs,
            [
                ("", "home.json"),
                ("article/{slug}", "articles/{slug}.json"),
                ("section/{slug}", "section/{slug}/{page}.json"),
                ("tag/{slug}", "tag/{slug}/{page}.json"),
                ("author/{slug}", "author/{slug}/{page}.json"),
                ("search", "search/index.json"),
            ]
        );
        assert_eq!(table.routes.last().and_then(|r| r.query), Some("q"));
        // Every route the table names parses back to a page with that data file.
        for route in &table.routes {
            let path = route.path.replace(SLUG, "a-b");
            let parsed = AppRoute::parse(&path, |name| (name == "q").then(|| "x".to_owned()));
            let file = parsed.and_then(|p| p.data_file()).expect("a page");
            assert_eq!(file, route.file.replace(SLUG, "a-b").replace(PAGE, "1"));
        }
    }
}
