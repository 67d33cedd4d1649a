//! The widget documents (`widgets/*.json`): small, precomputed lists so that each widget costs
//! the app one small request whatever the size of the archive. Every list has a fixed upper
//! bound; the rankings use only the content itself, so the same input gives the same bytes.

use gazette::model::article::{Block, Image};
use gazette::model::site::SiteConfig;
use gazette::model::text::{excerpt, inline_text};
use gazette::model::widgets::{
    article_links_file, ArticleLinks, Headline, HeadlineList, HouseAd, HouseAds, SectionCount, SectionCounts,
    ADS_FILE, MOST_POPULAR_FILE, POPULAR_NEWS_FILE, READ_NOW_FILE, SECTIONS_FILE, TRENDING_FILE,
};
use gazette::model::FORMAT_VERSION;

use crate::derive::{json, summary};
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

/// `records` sorted newest first (see `catalog::sort`).
pub fn files(
    records: &[Record],
    site: &SiteConfig,
    ads: &[HouseAd],
) -> Result<Vec<(String, Vec<u8>)>, String> {
    let list = |articles: Vec<Headline>| HeadlineList { format: FORMAT_VERSION, articles };
    let popular = most_popular(records);
    let mut files = vec![
        (MOST_POPULAR_FILE.to_owned(), json(&list(popular.iter().map(|r| ranked(r)).collect()))?),
        (POPULAR_NEWS_FILE.to_owned(), json(&list(popular_news(records, &popular)))?),
        (READ_NOW_FILE.to_owned(), json(&list(read_now(records)))?),
        (TRENDING_FILE.to_owned(), json(&list(trending(records).into_iter().map(headline).collect()))?),
        (SECTIONS_FILE.to_owned(), json(&section_counts(records, site))?),
        (ADS_FILE.to_owned(), json(&HouseAds { format: FORMAT_VERSION, ads: ads.to_vec() })?),
    ];
    for (index, record) in records.iter().enumerate() {
        files.push((article_links_file(&record.article.slug), json(&article_links(records, index))?));
    }
    Ok(files)
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
pub fn article_links(records: &[Record], index: usize) -> ArticleLinks {
    let Some(this) = records.get(index) else {
        return ArticleLinks {
            format: FORMAT_VERSION,
            slug: String::new(),
            related: Vec::new(),
            previous: None,
            next: None,
        };
    };
    let score = |other: &Record| {
        let shared = other
            .article
            .tags
            .iter()
            .filter(|t| this.article.tags.iter().any(|own| own.slug == t.slug))
            .count();
        2 * shared + usize::from(other.article.section.slug == this.article.section.slug)
    };
    let mut related: Vec<(usize, &Record)> = records
        .iter()
        .filter(|other| other.article.slug != this.article.slug)
        .map(|other| (score(other), other))
        .filter(|(score, _)| *score > 0)
        .collect();
    related.sort_by_key(|(score, _)| std::cmp::Reverse(*score));
    ArticleLinks {
        format: FORMAT_VERSION,
        slug: this.article.slug.clone(),
        related: related.into_iter().take(RELATED).map(|(_, r)| summary(r)).collect(),
        previous: records.get(index + 1).map(headline),
        next: index.checked_sub(1).and_then(|i| records.get(i)).map(headline),
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
