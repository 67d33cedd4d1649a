//! The search index (`search/…`, see `docs/content-format.md`): postings per term, capped and
//! best first, in shards small enough to fetch per word, plus the result cards in chunks. Every
//! file has a fixed upper bound, so a query costs the same at 30 articles as at 100 000.

use std::collections::BTreeMap;

use gazette::model::search::filter::{section_file, Recent, SectionDocs, RECENT_DAYS, RECENT_FILE};
use gazette::model::search::index::MANIFEST_FILE;
use gazette::model::search::index::{docs_file, prefix_of, shard_file, DocsChunk, Manifest, Posting, Shard};
use gazette::model::search::positions::{positions_file, PositionShard};
use gazette::model::search::stem::Stemmer;
use gazette::model::FORMAT_VERSION;

use crate::derive::{json, summary, Sink};
use crate::search_postings::{positions_of, postings, Entry};
use crate::validate::Record;

/// A shard over this many bytes is split by a longer prefix (unless it holds one term only).
pub const SHARD_BUDGET: usize = 48 * 1024;
/// Cards per docs chunk. The ten results of a page are usually spread over the archive, so a
/// page touches up to ten chunks: small chunks keep those bytes low (about 2.2 KB each, 0.6 KB
/// brotli, 22 KB for a page at worst), at the price of more files (25 000 at 100 000 articles).
pub const CHUNK_SIZE: u32 = 4;
/// Shards start as the terms' first two characters.
const FIRST_PREFIX_CHARS: usize = 2;

/// What the index came to, for tests and measurements.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct SearchStats {
    pub terms: usize,
    pub shards: usize,
    pub largest_shard: usize,
    pub largest_chunk: usize,
}

/// `records` sorted newest first: a record's position is its doc number. Every term is
/// reduced by `stemmer` (the site's language), which the manifest names for the app.
pub fn write(records: &[Record], stemmer: Stemmer, emit: &mut Sink<'_>) -> Result<SearchStats, String> {
    let mut stats = SearchStats::default();
    let docs = u32::try_from(records.len()).map_err(|_| "too many articles to index")?;
    let size = usize::try_from(CHUNK_SIZE).map_err(|_| "chunk size")?;
    for (chunk, list) in (0..).zip(records.chunks(size)) {
        let bytes = json(&DocsChunk { format: FORMAT_VERSION, docs: list.iter().map(summary).collect() })?;
        stats.largest_chunk = stats.largest_chunk.max(bytes.len());
        emit(docs_file(chunk), bytes)?;
    }
    write_filters(records, emit)?;
    let postings = postings(records, stemmer);
    stats.terms = postings.len();
    let mut groups: BTreeMap<String, Vec<Entry>> = BTreeMap::new();
    for (key, list) in postings {
        groups.entry(prefix_of(&key.0, FIRST_PREFIX_CHARS).to_owned()).or_default().push((key, list));
    }
    let mut shards = Vec::new();
    for (prefix, terms) in groups {
        shard(prefix, terms, &mut shards)?;
    }
    let mut prefixes = Vec::with_capacity(shards.len());
    for (prefix, bytes, positions) in shards {
        stats.largest_shard = stats.largest_shard.max(bytes.len());
        emit(shard_file(&prefix), bytes)?;
        emit(positions_file(&prefix), positions)?;
        prefixes.push(prefix);
    }
    stats.shards = prefixes.len();
    prefixes.sort();
    let stemmer = stemmer.name().map(str::to_owned);
    let manifest =
        Manifest { format: FORMAT_VERSION, docs, chunk_size: CHUNK_SIZE, shards: prefixes, stemmer };
    emit(MANIFEST_FILE.to_owned(), json(&manifest)?)?;
    Ok(stats)
}

/// What the filters read (`model::search::filter`): the stories per day of the last
/// `RECENT_DAYS` before the newest, and each section's doc numbers.
fn write_filters(records: &[Record], emit: &mut Sink<'_>) -> Result<(), String> {
    let day_of = |record: &Record| record.instant.seconds.div_euclid(86_400);
    let newest = records.first().map(day_of).unwrap_or_default();
    let mut days: Vec<(i64, u32)> = Vec::new();
    let mut sections: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
    for (doc, record) in (0u32..).zip(records) {
        let day = day_of(record);
        if newest - day <= RECENT_DAYS {
            match days.last_mut() {
                Some((last, count)) if *last == day => *count = doc + 1,
                _ => days.push((day, doc + 1)),
            }
        }
        sections.entry(record.article.section.slug.as_str()).or_default().push(doc);
    }
    emit(RECENT_FILE.to_owned(), json(&Recent { format: FORMAT_VERSION, days })?)?;
    for (slug, docs) in sections {
        emit(section_file(slug), json(&SectionDocs::from_docs(FORMAT_VERSION, &docs))?)?;
    }
    Ok(())
}

/// A shard and its positions file.
type Written = (String, Vec<u8>, Vec<u8>);

/// One shard for `entries` (sorted, all starting with `prefix`), or, over the budget, the
/// entries equal to `prefix` alone and a shard per next character. `shard_for` relies on this:
/// a term always lives under the longest listed prefix it starts with. The budget is the
/// terms', which every query reads; the positions follow their terms.
fn shard(prefix: String, entries: Vec<Entry>, out: &mut Vec<Written>) -> Result<(), String> {
    let longer = prefix.chars().count() + 1;
    let splittable = entries.iter().any(|((term, _), _)| term.chars().count() >= longer);
    let postings = |written: bool| -> BTreeMap<String, Vec<Posting>> {
        let of_kind = entries.iter().filter(|((_, w), _)| *w == written);
        of_kind.map(|((term, _), list)| (term.clone(), list.iter().map(|(p, _)| *p).collect())).collect()
    };
    let document = Shard {
        format: FORMAT_VERSION,
        prefix: prefix.clone(),
        terms: postings(false),
        words: postings(true),
    };
    let bytes = json(&document)?;
    if bytes.len() <= SHARD_BUDGET || !splittable {
        let stems = entries.iter().filter(|((_, written), _)| !*written);
        let terms = stems.map(|((term, _), list)| (term.clone(), positions_of(list))).collect();
        let positions = json(&PositionShard { format: FORMAT_VERSION, prefix: prefix.clone(), terms })?;
        out.push((prefix, bytes, positions));
        return Ok(());
    }
    let mut own = Vec::new();
    let mut groups: BTreeMap<String, Vec<Entry>> = BTreeMap::new();
    for entry in entries {
        if entry.0 .0 == prefix {
            own.push(entry);
        } else {
            groups.entry(prefix_of(&entry.0 .0, longer).to_owned()).or_default().push(entry);
        }
    }
    if !own.is_empty() {
        shard(prefix, own, out)?;
    }
    for (prefix, entries) in groups {
        shard(prefix, entries, out)?;
    }
    Ok(())
}

#[cfg(test)]
#[path = "tests/search.rs"]
mod tests;

#[cfg(test)]
#[path = "tests/search_ranking.rs"]
mod ranking_tests;
