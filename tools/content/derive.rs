//! Sorted records → the derived JSON files, as (path under the out dir, bytes). Pure, so
//! ordering, paging and the home page are tested without touching the disk.

use std::collections::BTreeMap;

use gazette::model::article::{Ref, Summary};
use gazette::model::listing::{ArchiveKind, ArchivePage, Home, SectionBlock};
use gazette::model::pagination::page_count;
use gazette::model::search::stem::Stemmer;
use gazette::model::site::SiteConfig;
use gazette::model::widgets::HouseAd;
use gazette::model::FORMAT_VERSION;
use serde::Serialize;

use crate::validate::Record;

/// Articles in the home page's "latest" strip, besides the lead.
pub const LATEST: usize = 6;
/// Articles per section block on the home page.
pub const PER_SECTION: usize = 4;

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Stats {
    pub articles: usize,
    pub sections: usize,
    pub tags: usize,
    pub authors: usize,
}

#[cfg(test)]
pub struct Derived {
    /// Relative paths with `/`, matching the URLs in `gazette::api::ContentSource`.
    pub files: Vec<(String, Vec<u8>)>,
    pub stats: Stats,
}

/// Where derived files go as they are made: a relative path with `/` and the bytes.
pub type Sink<'a> = dyn FnMut(String, Vec<u8>) -> Result<(), String> + 'a;

/// `records` must be sorted (see `catalog::sort`) and non-empty. The files in memory, for tests.
#[cfg(test)]
pub fn derive(records: &[Record], site: &SiteConfig, ads: &[HouseAd]) -> Result<Derived, String> {
    let mut files = Vec::new();
    let stats = derive_into(records, site, ads, &mut |path, bytes| {
        files.push((path, bytes));
        Ok(())
    })?;
    Ok(Derived { files, stats })
}

/// `derive`, handing each file to `emit` as soon as it is made instead of collecting them, so a
/// build holds one file at a time rather than the whole output. Same files, same order.
pub fn derive_into(
    records: &[Record],
    site: &SiteConfig,
    ads: &[HouseAd],
    emit: &mut Sink<'_>,
) -> Result<Stats, String> {
    let home = home(records, site).ok_or("no articles: the home page needs at least one")?;
    for record in records {
        emit(format!("articles/{}.json", record.article.slug), json(&record.article)?)?;
    }
    emit("home.json".to_owned(), json(&home)?)?;

    let mut tags: BTreeMap<&str, (&Ref, Vec<&Record>)> = BTreeMap::new();
    let mut authors: BTreeMap<&str, (&Ref, Vec<&Record>)> = BTreeMap::new();
    for record in records {
        let a = &record.article;
        authors.entry(&a.author.slug).or_insert((&a.author, Vec::new())).1.push(record);
        for tag in &a.tags {
            tags.entry(&tag.slug).or_insert((tag, Vec::new())).1.push(record);
        }
    }
    let sections = site.sections.iter().map(|section| {
        let list: Vec<&Record> = records.iter().filter(|r| r.article.section.slug == section.slug).collect();
        (ArchiveKind::Section, section, list)
    });
    let tag_lists = tags.values().map(|(r, list)| (ArchiveKind::Tag, *r, list.clone()));
    let author_lists = authors.values().map(|(r, list)| (ArchiveKind::Author, *r, list.clone()));
    for (kind, subject, list) in sections.chain(tag_lists).chain(author_lists) {
        for page in archive(kind, subject, &list, site.page_size) {
            emit(format!("{}/{}/{}.json", kind.segment(), subject.slug, page.page), json(&page)?)?;
        }
    }
    crate::widgets::write(records, site, ads, emit)?;
    crate::search::write(records, Stemmer::for_language(site.language.as_deref().unwrap_or_default()), emit)?;
    Ok(Stats {
        articles: records.len(),
        sections: site.sections.len(),
        tags: tags.len(),
        authors: authors.len(),
    })
}

pub fn summary(record: &Record) -> Summary {
    let a = &record.article;
    Summary {
        slug: a.slug.clone(),
        title: a.title.clone(),
        excerpt: record.excerpt.clone(),
        section: a.section.clone(),
        author: a.author.clone(),
        published: a.published.clone(),
        image: a.image.clone(),
        reading_minutes: a.reading_minutes,
    }
}

/// At most 1 + LATEST + PER_SECTION × sections summaries, however large the archive.
pub fn home(records: &[Record], site: &SiteConfig) -> Option<Home> {
    // Sorted newest first, so the first lead found is the newest one.
    let lead = records.iter().position(|r| r.lead).unwrap_or(0);
    let others = || records.iter().enumerate().filter(move |(i, _)| *i != lead).map(|(_, r)| r);
    let sections = site
        .sections
        .iter()
        .map(|section| SectionBlock {
            section: section.clone(),
            articles: others()
                .filter(|r| r.article.section.slug == section.slug)
                .take(PER_SECTION)
                .map(summary)
                .collect(),
        })
        .collect();
    Some(Home {
        format: FORMAT_VERSION,
        lead: summary(records.get(lead)?),
        latest: others().take(LATEST).map(summary).collect(),
        sections,
    })
}

/// Pages of `page_size`, numbered from 1; an empty archive still has page 1.
pub fn archive(kind: ArchiveKind, subject: &Ref, list: &[&Record], page_size: u32) -> Vec<ArchivePage> {
    let size = usize::try_from(page_size.max(1)).unwrap_or(usize::MAX);
    let total_pages = u32::try_from(page_count(list.len(), size)).unwrap_or(u32::MAX);
    let total_articles = u32::try_from(list.len()).unwrap_or(u32::MAX);
    let mut chunks: Vec<&[&Record]> = list.chunks(size).collect();
    if chunks.is_empty() {
        chunks.push(&[]);
    }
    (1..)
        .zip(chunks)
        .map(|(page, chunk)| ArchivePage {
            format: FORMAT_VERSION,
            kind,
            subject: subject.clone(),
            page,
            total_pages,
            total_articles,
            articles: chunk.iter().map(|r| summary(r)).collect(),
        })
        .collect()
}

/// Compact and deterministic: struct fields serialize in declaration order.
pub fn json<T: Serialize>(value: &T) -> Result<Vec<u8>, String> {
    serde_json::to_vec(value).map_err(|e| format!("cannot serialize: {e}"))
}

#[cfg(test)]
#[path = "tests/derive.rs"]
mod tests;
