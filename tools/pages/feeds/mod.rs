//! The site's feeds and each section's, in the three formats feed readers take: what an item
//! says is gathered once here from the article (every address absolute), and each format's
//! writer only lays it out.

use chrono::{DateTime, Utc};
use gazette::model::article::Article;
use gazette::model::date::{parse_rfc3339, Instant};
use gazette::model::listing::ArchiveKind;
use gazette::model::public_url::PublicUrl;
use gazette::model::routes::AppRoute;
use gazette::model::syndication::FeedFormat;

use html::{body_html, Resolve};

/// Items in a feed: the newest articles. Readers poll a feed every hour or so, and 20 covers
/// more than a day of a busy desk while keeping each feed (with full text) a few hundred KB.
pub const FEED_ITEMS: usize = 20;

/// The Media RSS namespace, for the featured image in RSS and in Atom.
const MEDIA_NS: &str = "http://search.yahoo.com/mrss/";

/// The featured image as Media RSS elements of an item, for the `rss` and the
/// `atom_syndication` crates alike (their `Extension` types have the same fields):
/// `media:content`, with the alt text as its `media:description`, and `media:thumbnail`, which
/// is what many readers (feedparser among them) show as the item's picture.
macro_rules! media_extensions {
    ($extension:ident, $picture:expr) => {{
        let picture: &$crate::feeds::Picture = $picture;
        let element = |name: &str, attrs: &[(&str, String)], value: Option<String>| $extension {
            name: name.to_owned(),
            value,
            attrs: attrs.iter().map(|(key, value)| ((*key).to_owned(), value.clone())).collect(),
            children: std::collections::BTreeMap::new(),
        };
        let size = [("width", picture.width.to_string()), ("height", picture.height.to_string())];
        let [width, height] = size;
        let mut content = element(
            "media:content",
            &[("url", picture.url.clone()), ("medium", "image".to_owned()), width.clone(), height.clone()],
            None,
        );
        let alt = element("media:description", &[("type", "plain".to_owned())], Some(picture.alt.clone()));
        content.children.insert("description".to_owned(), vec![alt]);
        let thumbnail = element("media:thumbnail", &[("url", picture.url.clone()), width, height], None);
        std::collections::BTreeMap::from([(
            "media".to_owned(),
            std::collections::BTreeMap::from([
                ("content".to_owned(), vec![content]),
                ("thumbnail".to_owned(), vec![thumbnail]),
            ]),
        )])
    }};
}

mod atom;
pub mod html;
mod json;
mod rss;

/// One feed: its own title and page, and the newest articles of its scope, newest first.
pub struct Feed {
    /// "Site", or "Section | Site".
    pub title: String,
    /// The page the feed follows (the front page, a section's page).
    pub home: String,
    pub description: String,
    pub language: String,
    /// The newest change among the items (a feed without items: the site's newest change),
    /// so that the same content gives the same feed whenever it is built.
    pub updated: DateTime<Utc>,
    pub items: Vec<Item>,
}

pub struct Item {
    pub title: String,
    /// The article's page: also its id and guid, which stays the same as long as `url` does.
    pub url: String,
    /// The standfirst.
    pub summary: String,
    /// The whole body (`html::body_html`).
    pub content_html: String,
    pub published: DateTime<Utc>,
    pub updated: Option<DateTime<Utc>>,
    pub author: Named,
    /// The section first, then the tags, each with its page.
    pub categories: Vec<Named>,
    pub image: Option<Picture>,
}

/// A name and its page on the site (an author, a section, a tag).
pub struct Named {
    pub name: String,
    pub url: String,
}

/// The featured image, for the formats' own image fields.
pub struct Picture {
    pub url: String,
    pub alt: String,
    pub width: u32,
    pub height: u32,
}

impl Item {
    pub fn new(article: &Article, url: &PublicUrl) -> Result<Item, String> {
        let page = url.page(&AppRoute::Article { slug: article.slug.clone() });
        let archive =
            |kind, slug: &str| url.page(&AppRoute::Archive { kind, slug: slug.to_owned(), page: 1 });
        let named = |kind, of: &gazette::model::article::Ref| Named {
            name: of.name.clone(),
            url: archive(kind, &of.slug),
        };
        let categories = std::iter::once(named(ArchiveKind::Section, &article.section))
            .chain(article.tags.iter().map(|tag| named(ArchiveKind::Tag, tag)))
            .collect();
        Ok(Item {
            title: article.title.clone(),
            summary: article.standfirst.clone(),
            content_html: body_html(&article.body, &Resolve { url, page: &page }),
            published: instant(&article.published)?,
            updated: article.updated.as_deref().map(instant).transpose()?,
            author: named(ArchiveKind::Author, &article.author),
            categories,
            image: article.image.as_ref().map(|image| Picture {
                url: url.file(&image.src),
                alt: image.alt.clone(),
                width: image.width,
                height: image.height,
            }),
            url: page,
        })
    }

    /// When the article last changed: `updated`, else `published`.
    pub fn modified(&self) -> DateTime<Utc> {
        self.updated.unwrap_or(self.published)
    }
}

impl Feed {
    /// The feed in `format`, whose own address is `self_url`.
    pub fn write(&self, format: FeedFormat, self_url: &str) -> Result<String, String> {
        match format {
            FeedFormat::Rss => rss::write(self, self_url),
            FeedFormat::Atom => atom::write(self, self_url),
            FeedFormat::Json => json::write(self, self_url),
        }
    }
}

/// An RFC 3339 date of the content, read with the app's own parser.
pub fn instant(text: &str) -> Result<DateTime<Utc>, String> {
    let at = parse_rfc3339(text).map_err(|e| format!("date {text:?}: {e}"))?;
    utc(at).ok_or_else(|| format!("date {text:?} is out of range"))
}

/// The app's instant as the feed crates' type (`None` past chrono's range, years beyond ±262 000).
pub fn utc(at: Instant) -> Option<DateTime<Utc>> {
    DateTime::from_timestamp(at.seconds, at.nanos)
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use gazette::model::syndication::{feed_path, FeedScope};

    /// What a hostile newsroom writes everywhere: markup, the end of a CDATA section, an entity.
    pub const EVIL: &str = "</title><script>alert(1)</script>]]>&amp;";

    /// The hostile feed in `format`, as written to `https://news.example/feeds/…`.
    pub fn hostile(format: FeedFormat) -> String {
        let self_url = format!("https://news.example/{}", feed_path(FeedScope::Site, format));
        hostile_feed().write(format, &self_url).unwrap_or_else(|e| panic!("{e}"))
    }

    /// A feed of one article whose every text is hostile, for each format's tests.
    pub fn hostile_feed() -> Feed {
        let article: Article = serde_json::from_value(serde_json::json!({
            "format": 1, "slug": "a-b", "title": EVIL, "standfirst": EVIL,
            "section": {"slug": "world", "name": EVIL}, "author": {"slug": "m-l", "name": EVIL},
            "published": "2026-11-27T08:30:00Z", "updated": "2026-11-28T09:00:00Z",
            "tags": [{"slug": "t", "name": EVIL}], "readingMinutes": 1,
            "image": {"src": "images/a.jpg", "alt": EVIL, "width": 1200, "height": 675},
            "body": [{"type": "paragraph", "content": [{"type": "text", "text": EVIL},
                {"type": "link", "href": "javascript:alert(1)", "content": [{"type": "text", "text": "x"}]}]}]
        }))
        .unwrap_or_else(|e| panic!("{e}"));
        let url = PublicUrl::parse(Some("https://news.example/")).unwrap_or_else(|e| panic!("{e}"));
        let item = Item::new(&article, &url).unwrap_or_else(|e| panic!("{e}"));
        Feed {
            title: EVIL.to_owned(),
            home: url.root(),
            description: EVIL.to_owned(),
            language: "en".to_owned(),
            updated: item.modified(),
            items: vec![item],
        }
    }

    #[test]
    fn an_item_has_absolute_addresses_and_both_dates() {
        let feed = hostile_feed();
        let item = &feed.items[0];
        assert_eq!(item.url, "https://news.example/article/a-b");
        assert_eq!(item.author.url, "https://news.example/author/m-l");
        let pages: Vec<&str> = item.categories.iter().map(|c| c.url.as_str()).collect();
        assert_eq!(pages, ["https://news.example/section/world", "https://news.example/tag/t"]);
        assert_eq!(item.image.as_ref().map(|i| i.url.as_str()), Some("https://news.example/images/a.jpg"));
        assert_eq!(item.modified().to_rfc3339(), "2026-11-28T09:00:00+00:00");
        assert!(!item.content_html.contains("<script>") && !item.content_html.contains("javascript:"));
        assert!(instant("soon").is_err());
    }
}
