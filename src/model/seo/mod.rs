//! What a page tells search engines, social networks and feed readers about itself: title,
//! description, canonical address, Open Graph and Twitter cards, structured data and feed
//! links. Built here from the page's data, drawn once by `components::page_head` into the
//! static copy's `<head>` and the running app's alike.

pub mod json_ld;
mod locale;
mod pages;

pub use locale::og_locale;

/// Everything in a page's `<head>` that describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageMeta {
    /// The page's own title (`<title>` adds the site's name; cards show it alone).
    pub title: String,
    pub description: String,
    pub site_name: String,
    /// `og:locale`, from the site's language.
    pub locale: Option<String>,
    pub kind: PageKind,
    /// Search results and the 404 page: kept out of search engines, and given no canonical.
    pub noindex: bool,
    /// The page's absolute address (`og:url`; `rel=canonical` unless `noindex`). None when the
    /// site has no public address or the page has none (the 404 page).
    pub url: Option<String>,
    /// The pages before and after this one in an archive.
    pub prev: Option<String>,
    pub next: Option<String>,
    pub image: Option<ShareImage>,
    pub article: Option<ArticleFacts>,
    pub feeds: Vec<FeedLink>,
    /// The JSON-LD `<script>`'s text, already escaped for it.
    pub structured_data: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageKind {
    Article,
    Website,
}

impl PageKind {
    pub fn og_type(self) -> &'static str {
        match self {
            PageKind::Article => "article",
            PageKind::Website => "website",
        }
    }
}

/// The picture a shared link shows, at an absolute address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareImage {
    pub url: String,
    pub width: u32,
    pub height: u32,
    pub alt: String,
}

/// Open Graph's `article:*` facts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArticleFacts {
    pub published: String,
    pub modified: String,
    pub section: String,
    pub tags: Vec<String>,
    /// The author's page, absolute.
    pub author: String,
}

/// `<link rel="alternate">` to a feed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedLink {
    pub title: String,
    pub media_type: &'static str,
    pub href: String,
}

impl PageMeta {
    /// `twitter:card`: the large card when there is a picture to show.
    pub fn twitter_card(&self) -> &'static str {
        if self.image.is_some() {
            "summary_large_image"
        } else {
            "summary"
        }
    }

    /// `rel=canonical`: the page's own address, for pages meant to be indexed.
    pub fn canonical(&self) -> Option<&str> {
        self.url.as_deref().filter(|_| !self.noindex)
    }
}

/// A `<meta>` element: by `name` (description, robots, Twitter) or by `property` (Open Graph).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MetaTag {
    Name(&'static str, String),
    Property(&'static str, String),
}

/// A `<link>` element of the head.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkTag {
    pub rel: &'static str,
    pub href: String,
    pub media_type: Option<&'static str>,
    pub title: Option<String>,
}

impl PageMeta {
    /// The `<meta>` elements, in the order they are written.
    pub fn meta_tags(&self) -> Vec<MetaTag> {
        use MetaTag::{Name, Property};
        let mut tags = vec![Name("description", self.description.clone())];
        if self.noindex {
            tags.push(Name("robots", "noindex".to_owned()));
        }
        tags.push(Property("og:site_name", self.site_name.clone()));
        tags.push(Property("og:type", self.kind.og_type().to_owned()));
        tags.push(Property("og:title", self.title.clone()));
        tags.push(Property("og:description", self.description.clone()));
        tags.extend(self.url.clone().map(|url| Property("og:url", url)));
        tags.extend(self.locale.clone().map(|locale| Property("og:locale", locale)));
        if let Some(image) = &self.image {
            tags.push(Property("og:image", image.url.clone()));
            tags.push(Property("og:image:width", image.width.to_string()));
            tags.push(Property("og:image:height", image.height.to_string()));
            tags.push(Property("og:image:alt", image.alt.clone()));
        }
        if let Some(facts) = &self.article {
            tags.push(Property("article:published_time", facts.published.clone()));
            tags.push(Property("article:modified_time", facts.modified.clone()));
            tags.push(Property("article:section", facts.section.clone()));
            tags.push(Property("article:author", facts.author.clone()));
            tags.extend(facts.tags.iter().map(|tag| Property("article:tag", tag.clone())));
        }
        tags.push(Name("twitter:card", self.twitter_card().to_owned()));
        tags.push(Name("twitter:title", self.title.clone()));
        tags.push(Name("twitter:description", self.description.clone()));
        if let Some(image) = &self.image {
            tags.push(Name("twitter:image", image.url.clone()));
            tags.push(Name("twitter:image:alt", image.alt.clone()));
        }
        tags
    }

    /// The `<link>` elements: canonical, the neighbouring pages, the feeds.
    pub fn link_tags(&self) -> Vec<LinkTag> {
        let plain = |rel, href: &String| LinkTag { rel, href: href.clone(), media_type: None, title: None };
        let mut links: Vec<LinkTag> =
            self.canonical().map(|href| plain("canonical", &href.to_owned())).into_iter().collect();
        links.extend(self.prev.iter().map(|href| plain("prev", href)));
        links.extend(self.next.iter().map(|href| plain("next", href)));
        links.extend(self.feeds.iter().map(|feed| LinkTag {
            rel: "alternate",
            href: feed.href.clone(),
            media_type: Some(feed.media_type),
            title: Some(feed.title.clone()),
        }));
        links
    }
}
