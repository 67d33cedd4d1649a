//! Atom 1.0 (RFC 4287), written by the `atom_syndication` crate. The featured image goes in
//! Media RSS's `media:content`, as in the RSS feed.

use std::collections::BTreeMap;

use atom_syndication::extension::Extension;
use atom_syndication::{Category, Content, Entry, FixedDateTime, Link, Person, Text};
use chrono::{DateTime, Utc};
use gazette::model::syndication::FeedFormat;

use super::{Feed, Item, MEDIA_NS};

pub fn write(feed: &Feed, self_url: &str) -> Result<String, String> {
    let atom = atom_syndication::Feed {
        title: Text::plain(feed.title.clone()),
        // The page the feed follows names it: it does not change when the feed's file moves.
        id: feed.home.clone(),
        updated: fixed(feed.updated),
        links: vec![
            link(&feed.home, "alternate", "text/html"),
            link(self_url, "self", FeedFormat::Atom.media_type()),
        ],
        subtitle: Some(Text::plain(feed.description.clone())),
        lang: Some(feed.language.clone()),
        entries: feed.items.iter().map(entry).collect(),
        namespaces: BTreeMap::from([("media".to_owned(), MEDIA_NS.to_owned())]),
        ..atom_syndication::Feed::default()
    };
    let bytes = atom.write_to(Vec::new()).map_err(|e| format!("Atom: {e}"))?;
    String::from_utf8(bytes).map_err(|e| format!("Atom: {e}"))
}

fn entry(item: &Item) -> Entry {
    let extensions = item.image.as_ref().map(|image| media_extensions!(Extension, image)).unwrap_or_default();
    Entry {
        title: Text::plain(item.title.clone()),
        id: item.url.clone(),
        updated: fixed(item.modified()),
        published: Some(fixed(item.published)),
        authors: vec![Person {
            name: item.author.name.clone(),
            uri: Some(item.author.url.clone()),
            ..Person::default()
        }],
        categories: item
            .categories
            .iter()
            .map(|category| Category {
                term: category.name.clone(),
                scheme: Some(category.url.clone()),
                label: Some(category.name.clone()),
            })
            .collect(),
        links: vec![link(&item.url, "alternate", "text/html")],
        summary: Some(Text::plain(item.summary.clone())),
        content: Some(Content {
            value: Some(item.content_html.clone()),
            content_type: Some("html".to_owned()),
            ..Content::default()
        }),
        extensions,
        ..Entry::default()
    }
}

fn link(href: &str, rel: &str, media_type: &str) -> Link {
    Link {
        href: href.to_owned(),
        rel: rel.to_owned(),
        mime_type: Some(media_type.to_owned()),
        ..Link::default()
    }
}

fn fixed(at: DateTime<Utc>) -> FixedDateTime {
    at.fixed_offset()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feeds::tests::{hostile, EVIL};

    #[test]
    fn hostile_text_stays_text_and_the_feed_reads_back() {
        let xml = hostile(FeedFormat::Atom);
        assert!(!xml.contains("<script>"), "{xml}");
        let feed = atom_syndication::Feed::read_from(xml.as_bytes()).unwrap_or_else(|e| panic!("{e}: {xml}"));
        assert_eq!(feed.title.value, EVIL);
        let entry = &feed.entries[0];
        assert_eq!(entry.title.value, EVIL);
        assert_eq!(entry.id, "https://news.example/article/a-b");
        assert_eq!(entry.published.map(|d| d.to_rfc3339()).as_deref(), Some("2026-11-27T08:30:00+00:00"));
        assert_eq!(entry.updated.to_rfc3339(), "2026-11-28T09:00:00+00:00");
        assert_eq!(entry.authors[0].uri.as_deref(), Some("https://news.example/author/m-l"));
        let html = entry.content.as_ref().and_then(|c| c.value.clone()).unwrap_or_default();
        assert!(html.starts_with("<p>&lt;/title&gt;&lt;script&gt;"), "{html}");
        assert_eq!(entry.extensions["media"]["content"][0].attrs["url"], "https://news.example/images/a.jpg");
        assert_eq!(entry.extensions["media"]["thumbnail"][0].attrs["width"], "1200");
        let rels: Vec<&str> = feed.links.iter().map(|l| l.rel.as_str()).collect();
        assert_eq!(rels, ["alternate", "self"]);
    }
}
