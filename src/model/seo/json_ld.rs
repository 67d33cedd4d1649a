//! Structured data (schema.org as JSON-LD) from typed values: a headline is a string field,
//! never text pasted into JSON, and the JSON is escaped so that nothing in it can end the
//! `<script>` element it is written in.

use serde::Serialize;

/// One `<script type="application/ld+json">`: the page's things in a `@graph`.
#[derive(Serialize)]
pub struct Graph {
    #[serde(rename = "@context")]
    pub context: &'static str,
    #[serde(rename = "@graph")]
    pub graph: Vec<Thing>,
}

/// Each kind names itself (`@type`), also where it sits inside another (a breadcrumb in a page).
#[derive(Serialize)]
#[serde(untagged)]
pub enum Thing {
    NewsArticle(NewsArticle),
    BreadcrumbList(BreadcrumbList),
    WebSite(WebSite),
    CollectionPage(CollectionPage),
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewsArticle {
    #[serde(rename = "@type")]
    pub kind: &'static str,
    pub headline: String,
    pub description: String,
    /// Absolute URLs, as Google's examples give them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub image: Vec<String>,
    pub date_published: String,
    pub date_modified: String,
    pub author: Vec<Person>,
    pub publisher: Organization,
    pub main_entity_of_page: String,
    pub article_section: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    pub word_count: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_language: Option<String>,
}

#[derive(Serialize)]
pub struct Person {
    #[serde(rename = "@type")]
    pub kind: &'static str,
    pub name: String,
    pub url: String,
}

/// The publisher: a `NewsMediaOrganization`.
#[derive(Serialize)]
pub struct Organization {
    #[serde(rename = "@type")]
    pub kind: &'static str,
    pub name: String,
    pub url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logo: Option<ImageObject>,
}

/// A picture by its address. Without `width`/`height`: schema.org types those as a Distance or
/// QuantitativeValue, not a number, and search engines measure the file themselves.
#[derive(Serialize)]
pub struct ImageObject {
    #[serde(rename = "@type")]
    pub kind: &'static str,
    pub url: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BreadcrumbList {
    #[serde(rename = "@type")]
    pub kind: &'static str,
    pub item_list_element: Vec<ListItem>,
}

#[derive(Serialize)]
pub struct ListItem {
    #[serde(rename = "@type")]
    pub kind: &'static str,
    pub position: usize,
    pub name: String,
    pub item: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WebSite {
    #[serde(rename = "@type")]
    pub kind: &'static str,
    pub name: String,
    pub url: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_language: Option<String>,
    pub publisher: Organization,
    pub potential_action: SearchAction,
}

#[derive(Serialize)]
pub struct SearchAction {
    #[serde(rename = "@type")]
    pub kind: &'static str,
    pub target: EntryPoint,
    #[serde(rename = "query-input")]
    pub query_input: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EntryPoint {
    #[serde(rename = "@type")]
    pub kind: &'static str,
    pub url_template: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CollectionPage {
    #[serde(rename = "@type")]
    pub kind: &'static str,
    pub name: String,
    pub url: String,
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_language: Option<String>,
    pub breadcrumb: BreadcrumbList,
    pub main_entity: ItemList,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ItemList {
    #[serde(rename = "@type")]
    pub kind: &'static str,
    pub item_list_element: Vec<ListedPage>,
}

#[derive(Serialize)]
pub struct ListedPage {
    #[serde(rename = "@type")]
    pub kind: &'static str,
    pub position: usize,
    pub url: String,
}

/// The name of the query parameter in the search action's URL template.
pub const SEARCH_TERM: &str = "search_term_string";

impl Graph {
    pub fn new(graph: Vec<Thing>) -> Self {
        Graph { context: "https://schema.org", graph }
    }

    /// The JSON for the `<script>` element's text (`script_safe`).
    pub fn script_text(&self) -> String {
        script_safe(&serde_json::to_string(self).unwrap_or_default())
    }
}

/// JSON for the text of a `<script>` data block: `<`, `>` and `&` written as `\u003c`… (the
/// same string to a JSON reader), so no value can close the element or open a comment in it;
/// U+2028/2029 likewise, for readers that treat it as JavaScript.
pub fn script_safe(json: &str) -> String {
    let mut escaped = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        match c {
            '<' => escaped.push_str("\\u003c"),
            '>' => escaped.push_str("\\u003e"),
            '&' => escaped.push_str("\\u0026"),
            '\u{2028}' => escaped.push_str("\\u2028"),
            '\u{2029}' => escaped.push_str("\\u2029"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// A breadcrumb trail as schema.org lists it: named pages, first to last.
pub fn breadcrumb(trail: Vec<(String, String)>) -> BreadcrumbList {
    let item_list_element = trail
        .into_iter()
        .enumerate()
        .map(|(index, (name, item))| ListItem { kind: "ListItem", position: index + 1, name, item })
        .collect();
    BreadcrumbList { kind: "BreadcrumbList", item_list_element }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_in_a_value_can_close_the_script() {
        let trail = breadcrumb(vec![(
            "</script><script>alert(1)</script> & <!--".into(),
            "https://x/\u{2028}".into(),
        )]);
        let text = Graph::new(vec![Thing::BreadcrumbList(trail)]).script_text();
        for bad in ["<", ">", "&", "\u{2028}"] {
            assert!(!text.contains(bad), "{bad} in {text}");
        }
        let value: serde_json::Value = serde_json::from_str(&text).expect("still JSON");
        assert_eq!(value["@graph"][0]["@type"], "BreadcrumbList");
        assert_eq!(
            value["@graph"][0]["itemListElement"][0]["name"],
            "</script><script>alert(1)</script> & <!--"
        );
        assert_eq!(value["@graph"][0]["itemListElement"][0]["position"], 1);
        assert_eq!(value["@context"], "https://schema.org");
    }
}
