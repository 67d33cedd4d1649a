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
