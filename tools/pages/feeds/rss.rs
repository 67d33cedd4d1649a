//! RSS 2.0, written by the `rss` crate. RSS has no field for an author's name without an
//! e-mail, nor for a change date, nor for an image: Dublin Core's `dc:creator` and
//! `dcterms:modified` and Media RSS's `media:content` carry them, as most feed readers expect.

use std::collections::BTreeMap;

use rss::extension::atom::{AtomExtension, Link};
use rss::extension::dublincore::DublinCoreExtension;
use rss::extension::{Extension, ExtensionMap};
use rss::{Category, Channel, Guid};

use super::{Feed, Item, MEDIA_NS};
use gazette::model::syndication::FeedFormat;

const DCTERMS_NS: &str = "http://purl.org/dc/terms/";

pub fn write(feed: &Feed, self_url: &str) -> Result<String, String> {
    let channel = Channel {
        title: feed.title.clone(),
        link: feed.home.clone(),
        description: feed.description.clone(),
        language: Some(feed.language.clone()),
        last_build_date: Some(feed.updated.to_rfc2822()),
        items: feed.items.iter().map(item).collect(),
        namespaces: BTreeMap::from([
            ("media".to_owned(), MEDIA_NS.to_owned()),
            ("dcterms".to_owned(), DCTERMS_NS.to_owned()),
        ]),
        atom_ext: Some(AtomExtension {
            links: vec![Link {
                href: self_url.to_owned(),
                rel: "self".to_owned(),
                mime_type: Some(FeedFormat::Rss.media_type().to_owned()),
                ..Link::default()
            }],
        }),
        ..Channel::default()
    };
    let bytes = channel.write_to(Vec::new()).map_err(|e| format!("RSS: {e}"))?;
    String::from_utf8(bytes).map_err(|e| format!("RSS: {e}"))
}

fn item(item: &Item) -> rss::Item {
    let mut extensions = ExtensionMap::new();
    if let Some(updated) = item.updated {
        let modified = Extension {
            name: "dcterms:modified".to_owned(),
            value: Some(updated.to_rfc3339()),
            ..Extension::default()
        };
        extensions.insert("dcterms".to_owned(), BTreeMap::from([("modified".to_owned(), vec![modified])]));
    }
    if let Some(image) = &item.image {
        extensions.extend(media_extensions!(Extension, image));
    }
    rss::Item {
        title: Some(item.title.clone()),
        link: Some(item.url.clone()),
        guid: Some(Guid { value: item.url.clone(), permalink: true }),
        description: Some(item.summary.clone()),
        content: Some(item.content_html.clone()),
        pub_date: Some(item.published.to_rfc2822()),
        categories: item
            .categories
            .iter()
            .map(|category| Category { name: category.name.clone(), domain: Some(category.url.clone()) })
            .collect(),
        dublin_core_ext: Some(DublinCoreExtension {
            creators: vec![item.author.name.clone()],
            ..DublinCoreExtension::default()
        }),
        extensions,
        ..rss::Item::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feeds::tests::{hostile, EVIL};

    #[test]
    fn hostile_text_stays_text_and_the_feed_reads_back() {
        let xml = hostile(FeedFormat::Rss);
        // Outside the CDATA sections (which the crate splits at `]]>`), nothing is markup.
        let outside: String = xml
            .split("<![CDATA[")
            .map(|part| part.split_once("]]>").map_or(part, |(_, rest)| rest))
            .collect();
        assert!(!outside.contains("<script>"), "{xml}");
        // The rss crate's own reader (quick-xml) gets every text back as it was.
        let channel = Channel::read_from(xml.as_bytes()).unwrap_or_else(|e| panic!("{e}: {xml}"));
        assert_eq!(channel.title, EVIL);
        let item = &channel.items[0];
        assert_eq!(item.title.as_deref(), Some(EVIL));
        assert_eq!(item.description.as_deref(), Some(EVIL));
        assert!(item
            .content
            .as_deref()
            .is_some_and(|html| html.starts_with("<p>&lt;/title&gt;&lt;script&gt;")));
        assert_eq!(item.guid.as_ref().map(|g| g.value.as_str()), Some("https://news.example/article/a-b"));
        assert_eq!(item.pub_date.as_deref(), Some("Fri, 27 Nov 2026 08:30:00 +0000"));
        assert_eq!(item.categories[0].domain.as_deref(), Some("https://news.example/section/world"));
        assert_eq!(item.dublin_core_ext.as_ref().map(|dc| dc.creators.clone()), Some(vec![EVIL.to_owned()]));
        let media = &item.extensions["media"]["content"][0];
        assert_eq!(media.attrs["url"], "https://news.example/images/a.jpg");
        assert_eq!(
            item.extensions["dcterms"]["modified"][0].value.as_deref(),
            Some("2026-11-28T09:00:00+00:00")
        );
        let link = channel.atom_ext.as_ref().map(|atom| atom.links[0].href.clone());
        assert_eq!(link.as_deref(), Some("https://news.example/feeds/rss.xml"));
    }
}
