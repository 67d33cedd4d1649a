//! JSON Feed 1.1 (https://jsonfeed.org/version/1.1), written with serde: the format is plain
//! JSON whose fields map one to one onto these structs, so no crate is needed.

use serde::Serialize;

use super::{Feed, Item};

const VERSION: &str = "https://jsonfeed.org/version/1.1";

#[derive(Serialize)]
struct JsonFeed<'a> {
    version: &'static str,
    title: &'a str,
    home_page_url: &'a str,
    feed_url: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    description: &'a str,
    language: &'a str,
    items: Vec<JsonItem<'a>>,
}

#[derive(Serialize)]
struct JsonItem<'a> {
    id: &'a str,
    url: &'a str,
    title: &'a str,
    content_html: &'a str,
    summary: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Option<&'a str>,
    date_published: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_modified: Option<String>,
    authors: [Author<'a>; 1],
    tags: Vec<&'a str>,
}

#[derive(Serialize)]
struct Author<'a> {
    name: &'a str,
    url: &'a str,
}

pub fn write(feed: &Feed, self_url: &str) -> Result<String, String> {
    let json = JsonFeed {
        version: VERSION,
        title: &feed.title,
        home_page_url: &feed.home,
        feed_url: self_url,
        description: &feed.description,
        language: &feed.language,
        items: feed.items.iter().map(item).collect(),
    };
    serde_json::to_string(&json).map_err(|e| format!("JSON Feed: {e}"))
}

fn item(item: &Item) -> JsonItem<'_> {
    JsonItem {
        id: &item.url,
        url: &item.url,
        title: &item.title,
        content_html: &item.content_html,
        summary: &item.summary,
        image: item.image.as_ref().map(|image| image.url.as_str()),
        date_published: item.published.to_rfc3339(),
        date_modified: item.updated.map(|updated| updated.to_rfc3339()),
        authors: [Author { name: &item.author.name, url: &item.author.url }],
        tags: item.categories.iter().map(|category| category.name.as_str()).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feeds::tests::{hostile, EVIL};
    use gazette::model::syndication::FeedFormat;

    #[test]
    fn hostile_text_stays_text_and_the_feed_reads_back() {
        let text = hostile(FeedFormat::Json);
        let feed: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(feed["version"], VERSION);
        assert_eq!(feed["title"], EVIL);
        assert_eq!(feed["feed_url"], "https://news.example/feeds/feed.json");
        let item = &feed["items"][0];
        assert_eq!(item["title"], EVIL);
        assert_eq!(item["id"], "https://news.example/article/a-b");
        assert_eq!(item["image"], "https://news.example/images/a.jpg");
        assert_eq!(item["authors"][0]["url"], "https://news.example/author/m-l");
        assert_eq!(item["date_modified"], "2026-11-28T09:00:00+00:00");
        let html = item["content_html"].as_str().unwrap_or_default();
        assert!(html.starts_with("<p>&lt;/title&gt;&lt;script&gt;"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
    }
}
