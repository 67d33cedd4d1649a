//! The widget documents (`widgets/all.json` and `widgets/related/*.json`): small, precomputed
//! lists, so that the furniture costs the app two small requests whatever the archive's size. Every list has a fixed upper
//! bound; the rankings use only the content itself, so the same input gives the same bytes.

use std::collections::HashMap;

use gazette::model::article::{Block, Image};
use gazette::model::site::SiteConfig;
use gazette::model::text::{excerpt, inline_text};
use gazette::model::widgets::{
    article_links_file, ArticleLinks, Headline, HeadlineList, HouseAd, HouseAds, SectionCount, SectionCounts,
    WidgetPart, SITE_WIDGETS_FILE,
};
use gazette::model::FORMAT_VERSION;

use crate::derive::{json, summary, Sink};
use crate::validate::Record;

pub const MOST_POPULAR: usize = 5;
pub const POPULAR_NEWS: usize = 4;
/// "Popular News" ranks the stories published in this many days up to the newest article.
pub const POPULAR_NEWS_DAYS: i64 = 14;
pub const READ_NOW: usize = 3;
pub const LONG_EXCERPT_CHARS: usize = 400;
pub const TRENDING: usize = 6;
pub const RELATED: usize = 4;

const HOUR: i64 = 3600;
const DAY: i64 = 24 * HOUR;

/// `records` sorted newest first (see `catalog::sort`). The files in memory, for tests.
#[cfg(test)]
pub fn files(
    records: &[Record],
    site: &SiteConfig,
    ads: &[HouseAd],
) -> Result<Vec<(String, Vec<u8>)>, String> {
    let mut files = Vec::new();
    write(records, site, ads, &mut |path, bytes| {
        files.push((path, bytes));
        Ok(())
    })?;
    Ok(files)
}

/// Like `files`, but hands each file to `emit` as soon as it is made, so a large archive's
/// thousands of link files are never all held in memory at once.
pub fn write(
    records: &[Record],
    site: &SiteConfig,
    ads: &[HouseAd],
    emit: &mut Sink<'_>,
) -> Result<(), String> {
    let list = |articles: Vec<Headline>| HeadlineList { format: FORMAT_VERSION, articles };
    let popular = most_popular(records);
    let value = |document: Result<serde_json::Value, serde_json::Error>| document.map_err(|e| e.to_string());
    let mut parts = serde_json::Map::new();
    for part in WidgetPart::ALL {
        let document = match part {
            WidgetPart::MostPopular => {
                serde_json::to_value(list(popular.iter().map(|r| ranked(r)).collect()))
            }
            WidgetPart::PopularNews => serde_json::to_value(list(popular_news(records, &popular))),
            WidgetPart::ReadNow => serde_json::to_value(list(read_now(records))),
            WidgetPart::Trending => {
                serde_json::to_value(list(trending(records).into_iter().map(headline).collect()))
            }
            WidgetPart::Sections => serde_json::to_value(section_counts(records, site)),
            WidgetPart::Ads => serde_json::to_value(HouseAds { format: FORMAT_VERSION, ads: ads.to_vec() }),
        };
        parts.insert(part.key().to_owned(), value(document)?);
    }
    emit(SITE_WIDGETS_FILE.to_owned(), json(&parts)?)?;
    let mut index = LinkIndex::new(records);
    for (at, record) in records.iter().enumerate() {
        emit(article_links_file(&record.article.slug), json(&index.links(records, at))?)?;
    }
    Ok(())
}

/// The most-read first (views in the last 7 days); ties go to the newer story.
pub fn most_popular(records: &[Record]) -> Vec<&Record> {
    let mut ranked: Vec<&Record> = records.iter().collect();
    // Stable: equal counts keep the newest-first order.
    ranked.sort_by_key(|r| std::cmp::Reverse(r.popularity));
    ranked.truncate(MOST_POPULAR);
    ranked
}

/// The most-read of the recent stories, leaving out those already in Most Popular so the two
/// lists never repeat each other; topped up from older stories when the period was quiet.
pub fn popular_news(records: &[Record], most_popular: &[&Record]) -> Vec<Headline> {
    let newest = records.first().map_or(0, |r| r.instant.seconds);
    let listed = |r: &Record| most_popular.iter().any(|p| p.article.slug == r.article.slug);
    let mut candidates: Vec<&Record> = records.iter().filter(|r| !listed(r)).collect();
    let recent = |r: &Record| r.instant.seconds >= newest - POPULAR_NEWS_DAYS * DAY;
    candidates.sort_by(|a, b| recent(b).cmp(&recent(a)).then(b.popularity.cmp(&a.popularity)));
    candidates
        .into_iter()
        .take(POPULAR_NEWS)
        .map(|r| Headline { excerpt: Some(r.excerpt.clone()), ..headline(r) })
        .collect()
}

/// Editors' picks (`pick = true`), newest first, with a long excerpt.
pub fn read_now(records: &[Record]) -> Vec<Headline> {
    records
        .iter()
        .filter(|r| r.pick)
        .take(READ_NOW)
        .map(|r| Headline { excerpt: Some(long_excerpt(r)), ..headline(r) })
        .collect()
}

/// Rising stories: views per day over the part of the 7-day window the story has been out
/// (at least a day), measured at the newest article's publication, not at build time, so
/// that a rebuild of the same content gives the same file.
pub fn trending(records: &[Record]) -> Vec<&Record> {
    let newest = records.first().map_or(0, |r| r.instant.seconds);
    let hours_out = |r: &Record| i128::from(((newest - r.instant.seconds) / HOUR).clamp(24, 7 * 24));
    let mut ranked: Vec<&Record> = records.iter().collect();
    // a/ha > b/hb ⇔ a·hb > b·ha: exact, no floating point.
    ranked.sort_by(|a, b| {
        let left = i128::from(a.popularity) * hours_out(b);
        let right = i128::from(b.popularity) * hours_out(a);
        right.cmp(&left)
    });
    ranked.truncate(TRENDING);
    ranked
}

pub fn section_counts(records: &[Record], site: &SiteConfig) -> SectionCounts {
    let sections = site
        .sections
        .iter()
        .map(|section| {
            let count = records.iter().filter(|r| r.article.section.slug == section.slug).count();
            SectionCount { section: section.clone(), count: u32::try_from(count).unwrap_or(u32::MAX) }
        })
        .collect();
    SectionCounts { format: FORMAT_VERSION, sections }
}

/// Related stories (two points per shared tag, one for the same section, newer first on a
/// tie; never the article itself) and its older and newer neighbours on the site.
/// Builds the index for one article (for tests); to link every article, build a `LinkIndex` once.
#[cfg(test)]
pub fn article_links(records: &[Record], index: usize) -> ArticleLinks {
    LinkIndex::new(records).links(records, index)
}

/// Which articles carry each tag and belong to each section (positions in `records`, so newest
/// first), so that related stories are scored only among the articles sharing a tag with the
/// one being linked, instead of against the whole archive.
pub struct LinkIndex<'a> {
    by_tag: HashMap<&'a str, Vec<usize>>,
    by_section: HashMap<&'a str, Vec<usize>>,
    /// Shared-tag counts by position, reused from one article to the next (only the touched
    /// entries are reset), so scoring costs a few array writes per candidate.
    shared: Vec<u32>,
    touched: Vec<usize>,
}

impl<'a> LinkIndex<'a> {
    pub fn new(records: &'a [Record]) -> Self {
        let mut by_tag: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut by_section: HashMap<&str, Vec<usize>> = HashMap::new();
        for (at, record) in records.iter().enumerate() {
            // Once per listed tag, so a score counts the other article's tags as before.
            for tag in &record.article.tags {
                by_tag.entry(tag.slug.as_str()).or_default().push(at);
            }
            by_section.entry(record.article.section.slug.as_str()).or_default().push(at);
        }
        LinkIndex { by_tag, by_section, shared: vec![0; records.len()], touched: Vec::new() }
    }

    /// The same result as scoring every other article and taking the best `RELATED`: an article
    /// sharing a tag scores at least 2, so all of those rank before the same-section-only ones
    /// (score 1), which come newest first; articles sharing nothing (score 0) are never listed.
    pub fn links(&mut self, records: &[Record], index: usize) -> ArticleLinks {
        let Some(this) = records.get(index) else {
            return ArticleLinks {
                format: FORMAT_VERSION,
                slug: String::new(),
                related: Vec::new(),
                previous: None,
                next: None,
            };
        };
        let own_section = this.article.section.slug.as_str();
        let is_self = |other: &Record| other.article.slug == this.article.slug;
        // Shared-tag counts per candidate; a tag this article lists twice counts once, as the
        // full scan did (`any` over its own tags).
        for &at in &self.touched {
            if let Some(shared) = self.shared.get_mut(at) {
                *shared = 0;
            }
        }
        self.touched.clear();
        let mut seen_tags: Vec<&str> = Vec::new();
        for tag in &this.article.tags {
            if seen_tags.contains(&tag.slug.as_str()) {
                continue;
            }
            seen_tags.push(&tag.slug);
            for &at in self.by_tag.get(tag.slug.as_str()).map_or(&[][..], Vec::as_slice) {
                let Some(shared) = self.shared.get_mut(at) else { continue };
                if *shared == 0 {
                    self.touched.push(at);
                }
                *shared += 1;
            }
        }
        // Bounded selection: the best RELATED by (score desc, position asc), kept sorted.
        let mut best: Vec<(usize, usize)> = Vec::with_capacity(RELATED + 1);
        for &at in &self.touched {
            let (Some(&shared), Some(other)) = (self.shared.get(at), records.get(at)) else { continue };
            let count = usize::try_from(shared).unwrap_or(usize::MAX);
            if is_self(other) {
                continue;
            }
            let score = 2 * count + usize::from(other.article.section.slug == own_section);
            let ranks_before = |(s, a): &(usize, usize)| score > *s || (score == *s && at < *a);
            if best.len() == RELATED && !best.last().is_some_and(ranks_before) {
                continue;
            }
            let slot = best.iter().position(ranks_before).unwrap_or(best.len());
            best.insert(slot, (score, at));
            best.truncate(RELATED);
        }
        // Top up with the section's newest articles that share no tag (score 1).
        if best.len() < RELATED {
            for &at in self.by_section.get(own_section).map_or(&[][..], Vec::as_slice) {
                if best.len() == RELATED {
                    break;
                }
                let shares_a_tag = self.shared.get(at).is_some_and(|&shared| shared > 0);
                if shares_a_tag || records.get(at).is_none_or(is_self) {
                    continue;
                }
                best.push((1, at));
            }
        }
        ArticleLinks {
            format: FORMAT_VERSION,
            slug: this.article.slug.clone(),
            related: best.into_iter().filter_map(|(_, at)| records.get(at)).map(summary).collect(),
            previous: records.get(index + 1).map(headline),
            next: index.checked_sub(1).and_then(|i| records.get(i)).map(headline),
        }
    }
}

fn headline(r: &Record) -> Headline {
    let a = &r.article;
    Headline {
        slug: a.slug.clone(),
        title: a.title.clone(),
        section: a.section.clone(),
        published: a.published.clone(),
        excerpt: None,
        image: None,
        views: None,
    }
}

/// Most Popular shows a thumbnail and the figure it is ranked by.
fn ranked(r: &Record) -> Headline {
    let thumbnail = r.article.image.as_ref().map(|i| Image { caption: None, credit: None, ..i.clone() });
    Headline { image: thumbnail, views: Some(r.popularity), ..headline(r) }
}

/// Whole opening paragraphs until there is enough text, then cut at a word, so it reads as the
/// story's opening rather than a fragment.
pub fn long_excerpt(r: &Record) -> String {
    let mut text = String::new();
    for block in &r.article.body {
        if text.chars().count() >= LONG_EXCERPT_CHARS {
            break;
        }
        if let Block::Paragraph { content } = block {
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(&inline_text(content));
        }
    }
    excerpt(if text.trim().is_empty() { &r.article.standfirst } else { &text }, LONG_EXCERPT_CHARS)
}

#[cfg(test)]
#[path = "tests/widgets.rs"]
mod tests;
