//! The news-site furniture as the app fetches it: small precomputed documents under
//! `content/widgets/` (see `docs/content-format.md`): the site-wide widgets in one file, and
//! one file of related links per article, so that the furniture costs at most two small
//! requests whatever the size of the archive.

pub mod files;
pub mod newsletter;

pub use files::{article_links_file, WidgetPart, SITE_WIDGETS_FILE};

use serde::{Deserialize, Serialize};

use super::article::{Image, Ref, Summary};
use super::decode::Versioned;

/// One article in a widget list: what a headline needs, plus what that widget shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Headline {
    pub slug: String,
    pub title: String,
    pub section: Ref,
    /// RFC 3339, UTC.
    pub published: String,
    /// Popular News: the card excerpt; Read Now: a longer one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub excerpt: Option<String>,
    /// Most Popular: the thumbnail (no caption or credit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<Image>,
    /// Most Popular: views in the last 7 days, the figure the list is ranked by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub views: Option<u64>,
}

/// `most-popular.json`, `popular-news.json`, `read-now.json`, `trending.json`: ranked lists.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HeadlineList {
    pub format: u32,
    pub articles: Vec<Headline>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SectionCount {
    pub section: Ref,
    pub count: u32,
}

/// `sections.json`: every section of `site.json`, in menu order, with its number of articles.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SectionCounts {
    pub format: u32,
    pub sections: Vec<SectionCount>,
}

/// Where an advertisement can go. Each slot has a fixed size, so the page reserves the box
/// before any ad data or image has arrived and nothing moves when it does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum AdSlot {
    /// Top of the sidebar: a 300×250 medium rectangle.
    Sidebar,
    /// Under an article: a 728×90 leaderboard, scaled down on narrow screens.
    Article,
    /// A slot this version does not know (written by a newer tool): never shown.
    #[serde(other)]
    Unknown,
}

impl AdSlot {
    pub const KNOWN: [AdSlot; 2] = [AdSlot::Sidebar, AdSlot::Article];

    /// Width and height in CSS pixels; ad images must have this aspect ratio.
    pub fn size(self) -> (u32, u32) {
        match self {
            AdSlot::Sidebar => (300, 250),
            AdSlot::Article | AdSlot::Unknown => (728, 90),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            AdSlot::Sidebar => "sidebar",
            AdSlot::Article => "article",
            AdSlot::Unknown => "unknown",
        }
    }
}

/// A house ad: the site's own promotion (image, link, alt), from `content/ads.toml`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HouseAd {
    pub slot: AdSlot,
    /// An `https://` URL, or a path on this site resolved under the base path (`section/world`).
    pub href: String,
    /// `alt` says what the ad offers; it is the link's accessible name.
    pub image: Image,
}

/// `ads.json`: every house ad, in file order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HouseAds {
    pub format: u32,
    pub ads: Vec<HouseAd>,
}

/// The ad a slot shows on a page: the same page always shows the same ad (no flicker on
/// revisits, stable tests), different pages spread over the slot's ads. `None` collapses the slot.
pub fn pick_ad<'a>(ads: &'a [HouseAd], slot: AdSlot, page_key: &str) -> Option<&'a HouseAd> {
    let candidates: Vec<&HouseAd> =
        ads.iter().filter(|ad| ad.slot == slot && slot != AdSlot::Unknown).collect();
    if candidates.is_empty() {
        return None;
    }
    // FNV-1a: tiny and stable across builds and platforms (std's hasher is neither promised).
    let hash = page_key.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    let index = usize::try_from(hash % candidates.len() as u64).unwrap_or(0);
    candidates.get(index).copied()
}

/// `related/<slug>.json`: what to read after an article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ArticleLinks {
    pub format: u32,
    pub slug: String,
    /// Same section and shared tags, best match first; never the article itself.
    #[serde(default)]
    pub related: Vec<Summary>,
    /// The next older article on the site.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<Headline>,
    /// The next newer article on the site.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<Headline>,
}

/// "4,870 views this week": the figure Most Popular is ranked by (views in the last 7 days).
pub fn views_label(views: u64) -> String {
    let digits = views.to_string();
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    let noun = if views == 1 { "view" } else { "views" };
    format!("{grouped} {noun} this week")
}

/// The ticker's next position, forwards or backwards, wrapping around; 0 for an empty list.
pub fn step(index: usize, len: usize, forward: bool) -> usize {
    match (len, forward) {
        (0, _) => 0,
        (_, true) => (index + 1) % len,
        (_, false) => (index + len - 1) % len,
    }
}

macro_rules! versioned {
    ($($type:ty),*) => {$(
        impl Versioned for $type {
            fn version(&self) -> u32 {
                self.format
            }
        }
    )*};
}

versioned!(HeadlineList, SectionCounts, HouseAds, ArticleLinks);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::decode::{decode, DecodeError};

    fn ad(slot: AdSlot, src: &str) -> HouseAd {
        let (width, height) = slot.size();
        let image = Image {
            src: src.into(),
            alt: src.into(),
            caption: None,
            credit: None,
            width,
            height,
            variants: Vec::new(),
        };
        HouseAd { slot, href: "section/world".into(), image }
    }

    #[test]
    fn ads_are_picked_per_slot_and_stable_per_page() {
        let ads = vec![ad(AdSlot::Sidebar, "a"), ad(AdSlot::Article, "b"), ad(AdSlot::Sidebar, "c")];
        let first = pick_ad(&ads, AdSlot::Sidebar, "article/x").map(|ad| ad.image.src.clone());
        assert!(matches!(first.as_deref(), Some("a" | "c")));
        assert_eq!(pick_ad(&ads, AdSlot::Sidebar, "article/x").map(|ad| ad.image.src.clone()), first);
        assert_eq!(pick_ad(&ads, AdSlot::Article, "home").map(|ad| ad.image.src.as_str()), Some("b"));
        let spread: std::collections::BTreeSet<_> = (0..20)
            .filter_map(|i| pick_ad(&ads, AdSlot::Sidebar, &format!("page-{i}")))
            .map(|ad| ad.image.src.clone())
            .collect();
        assert_eq!(spread.len(), 2, "pages spread over the slot's ads");
        assert!(pick_ad(&[], AdSlot::Sidebar, "home").is_none(), "an empty slot collapses");
        assert!(pick_ad(&[ad(AdSlot::Unknown, "z")], AdSlot::Unknown, "home").is_none());
    }

    #[test]
    fn unknown_slots_and_missing_fields_decode() {
        let json = r#"{"format":1,"ads":[{"slot":"popup","href":"x","image":{"src":"a.svg","alt":"A","width":1,"height":1}}]}"#;
        let ads: HouseAds = decode(json).expect("a newer slot is not an error");
        assert_eq!(ads.ads[0].slot, AdSlot::Unknown);
        let links: ArticleLinks = decode(r#"{"format":1,"slug":"a"}"#).expect("minimal links");
        assert!(links.related.is_empty() && links.previous.is_none() && links.next.is_none());
        let newer = decode::<HeadlineList>(r#"{"format":2,"articles":[]}"#);
        assert_eq!(newer, Err(DecodeError::UnsupportedFormat { found: 2, expected: 1 }));
    }

    #[test]
    fn ticker_steps_wrap_both_ways() {
        assert_eq!(step(0, 3, true), 1);
        assert_eq!(step(2, 3, true), 0);
        assert_eq!(step(0, 3, false), 2);
        assert_eq!(step(0, 0, true), 0);
        assert_eq!(step(0, 1, false), 0);
    }

    #[test]
    fn views_are_grouped_in_thousands() {
        assert_eq!(views_label(0), "0 views this week");
        assert_eq!(views_label(1), "1 view this week");
        assert_eq!(views_label(999), "999 views this week");
        assert_eq!(views_label(4870), "4,870 views this week");
        assert_eq!(views_label(1_234_567), "1,234,567 views this week");
    }
}
