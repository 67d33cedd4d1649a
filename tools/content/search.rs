//! The search index (`search/…`, see `docs/content-format.md`): postings per term, capped and
//! best first, in shards small enough to fetch per word, plus the result cards in chunks. Every
//! file has a fixed upper bound, so a query costs the same at 30 articles as at 100 000.

use std::collections::{BTreeMap, HashMap};

use gazette::model::search::filter::{section_file, Recent, SectionDocs, RECENT_DAYS, RECENT_FILE};
use gazette::model::search::index::MANIFEST_FILE;
use gazette::model::search::index::{
    docs_file, prefix_of, shard_file, DocsChunk, Manifest, Posting, Shard, MAX_POSITIONS,
};
use gazette::model::search::stem::Stemmer;
use gazette::model::search::tokenize::{is_stop_word, words};
use gazette::model::text::body_text;
use gazette::model::FORMAT_VERSION;

use crate::derive::{json, summary, Sink};
use crate::validate::Record;

/// Postings kept per term: the best-scoring docs. A word in every story never makes a file
/// bigger than this many postings (about 12 KB).
pub const POSTINGS_CAP: usize = 1000;
/// A shard over this many bytes is split by a longer prefix (unless it holds one term only).
pub const SHARD_BUDGET: usize = 48 * 1024;
/// Cards per docs chunk. The ten results of a page are usually spread over the archive, so a
/// page touches up to ten chunks: small chunks keep those bytes low (about 4.5 KB each, 45 KB for
/// a page at worst), at the price of more files (12 500 at 100 000 articles).
pub const CHUNK_SIZE: u32 = 8;
/// Shards start as the terms' first two characters.
const FIRST_PREFIX_CHARS: usize = 2;

/// Field weights: a word in the headline says more about a story than one in its body.
const TITLE: u32 = 10;
const LABELS: u32 = 5;
const SUMMARY: u32 = 3;
const BODY: u32 = 1;
/// Repeats of a word in one field beyond this count for nothing: stuffing a word does not win.
const REPEATS: u32 = 5;

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
    for (prefix, bytes) in shards {
        stats.largest_shard = stats.largest_shard.max(bytes.len());
        emit(shard_file(&prefix), bytes)?;
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

/// A term (a stem), or with `true` a word as written whose stem differs (`Shard::words`).
type TermKey = (String, bool);
type Entry = (TermKey, Vec<Posting>);

/// Every term's postings, best score first (the newer story on a tie), capped.
fn postings(records: &[Record], stemmer: Stemmer) -> BTreeMap<TermKey, Vec<Posting>> {
    let mut all: HashMap<TermKey, Vec<Posting>> = HashMap::new();
    for (doc, record) in (0u32..).zip(records) {
        for (term, mut posting) in doc_postings(record, stemmer) {
            posting.doc = doc;
            all.entry(term).or_default().push(posting);
        }
    }
    all.into_iter()
        .map(|(term, mut list)| {
            list.sort_by(|a, b| b.score.cmp(&a.score).then(a.doc.cmp(&b.doc)));
            list.truncate(POSTINGS_CAP);
            (term, list)
        })
        .collect()
}

/// The story's posting for each of its terms (stems, and words as written that differ from
/// theirs): the score is the sum over fields of weight × repeats, the exact score the same over
/// the stem's own spelling; a stem's positions count every word, stop words too, as a query's
/// phrase counts them.
fn doc_postings(record: &Record, stemmer: Stemmer) -> HashMap<TermKey, Posting> {
    let a = &record.article;
    let labels = [&a.section.name, &a.author.name].into_iter().chain(a.tags.iter().map(|tag| &tag.name));
    let fields = [
        (TITLE, vec![a.title.clone()]),
        (LABELS, labels.cloned().collect()),
        (SUMMARY, vec![a.standfirst.clone(), record.excerpt.clone()]),
        (BODY, vec![body_text(&a.body)]),
    ];
    let mut postings: HashMap<TermKey, Posting> = HashMap::new();
    let mut position = 0u32;
    for (weight, texts) in fields {
        // Uses in this field: (all, spelt as the stem).
        let mut uses: HashMap<TermKey, (u32, u32)> = HashMap::new();
        for text in texts {
            for word in words(&text) {
                position = position.saturating_add(1);
                if is_stop_word(&word) {
                    continue;
                }
                let stem = stemmer.stem(&word).into_owned();
                let at = &mut postings.entry((stem.clone(), false)).or_default().at;
                if at.len() < MAX_POSITIONS {
                    at.push(position);
                }
                let exact = stem == word;
                if !exact {
                    uses.entry((word, true)).or_default().0 += 1;
                }
                let counts = uses.entry((stem, false)).or_default();
                counts.0 += 1;
                counts.1 += u32::from(exact);
            }
            // A word apart: no phrase runs from one field or label into the next.
            position = position.saturating_add(1);
        }
        for (term, (all, exact)) in uses {
            let posting = postings.entry(term).or_default();
            posting.score += weight * all.min(REPEATS);
            posting.exact += weight * exact.min(REPEATS);
        }
    }
    postings
}

/// One shard for `entries` (sorted, all starting with `prefix`), or, over the budget, the
/// entries equal to `prefix` alone and a shard per next character. `shard_for` relies on this:
/// a term always lives under the longest listed prefix it starts with.
fn shard(prefix: String, entries: Vec<Entry>, out: &mut Vec<(String, Vec<u8>)>) -> Result<(), String> {
    let longer = prefix.chars().count() + 1;
    let splittable = entries.iter().any(|((term, _), _)| term.chars().count() >= longer);
    let (words, terms): (Vec<Entry>, Vec<Entry>) =
        entries.into_iter().partition(|((_, written), _)| *written);
    let unkey = |list: Vec<Entry>| list.into_iter().map(|((term, _), postings)| (term, postings)).collect();
    let document = Shard { format: FORMAT_VERSION, prefix, terms: unkey(terms), words: unkey(words) };
    let bytes = json(&document)?;
    if bytes.len() <= SHARD_BUDGET || !splittable {
        out.push((document.prefix, bytes));
        return Ok(());
    }
    let entries = document.terms.into_iter().map(|(t, p)| ((t, false), p));
    let entries = entries.chain(document.words.into_iter().map(|(t, p)| ((t, true), p)));
    let mut own = Vec::new();
    let mut groups: BTreeMap<String, Vec<Entry>> = BTreeMap::new();
    for entry in entries {
        if entry.0 .0 == document.prefix {
            own.push(entry);
        } else {
            groups.entry(prefix_of(&entry.0 .0, longer).to_owned()).or_default().push(entry);
        }
    }
    if !own.is_empty() {
        shard(document.prefix, own, out)?;
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
