//! The search index (`search/…`, see `docs/content-format.md`): postings per term, capped and
//! best first, in shards small enough to fetch per word, plus the result cards in chunks. Every
//! file has a fixed upper bound, so a query costs the same at 30 articles as at 100 000.

use std::collections::{BTreeMap, HashMap};

use gazette::model::article::{Block, Inline};
use gazette::model::search::index::MANIFEST_FILE;
use gazette::model::search::index::{docs_file, prefix_of, shard_file, DocsChunk, Manifest, Posting, Shard};
use gazette::model::search::stem::Stemmer;
use gazette::model::search::tokenize::terms;
use gazette::model::text::inline_text;
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

/// A term (a stem), or with `true` a word as written whose stem differs (`Shard::words`).
type TermKey = (String, bool);
type Entry = (TermKey, Vec<Posting>);

/// Every term's postings, best score first (the newer story on a tie), capped.
fn postings(records: &[Record], stemmer: Stemmer) -> BTreeMap<TermKey, Vec<Posting>> {
    let mut all: HashMap<TermKey, Vec<Posting>> = HashMap::new();
    for (doc, record) in (0u32..).zip(records) {
        for (term, score) in doc_scores(record, stemmer) {
            all.entry(term).or_default().push((doc, score));
        }
    }
    all.into_iter()
        .map(|(term, mut list)| {
            list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            list.truncate(POSTINGS_CAP);
            (term, list)
        })
        .collect()
}

/// The story's score for each of its terms (stems, and words as written that differ from
/// theirs): the sum over fields of weight × repeats.
fn doc_scores(record: &Record, stemmer: Stemmer) -> HashMap<TermKey, u32> {
    let a = &record.article;
    let labels: Vec<&str> = [a.section.name.as_str(), a.author.name.as_str()]
        .into_iter()
        .chain(a.tags.iter().map(|tag| tag.name.as_str()))
        .collect();
    let fields = [
        (TITLE, a.title.clone()),
        (LABELS, labels.join(" ")),
        (SUMMARY, format!("{} {}", a.standfirst, record.excerpt)),
        (BODY, body_text(&a.body)),
    ];
    let mut scores: HashMap<TermKey, u32> = HashMap::new();
    for (weight, text) in fields {
        // Sorted, so each term's repeats are a run: counted without a map per field.
        let mut list: Vec<TermKey> = Vec::new();
        for word in terms(&text) {
            let stem = stemmer.stem(&word).into_owned();
            if stem != word {
                list.push((word, true));
            }
            list.push((stem, false));
        }
        list.sort_unstable();
        let mut runs = list.into_iter().peekable();
        while let Some(term) = runs.next() {
            let mut count = 1;
            while runs.next_if_eq(&term).is_some() {
                count += 1;
            }
            *scores.entry(term).or_default() += weight * count.min(REPEATS);
        }
    }
    scores
}

/// The words a reader reads in the body: text, headings, quotes, lists and image captions.
fn body_text(blocks: &[Block]) -> String {
    let mut out = String::new();
    let mut push = |inlines: &[Inline]| {
        out.push_str(&inline_text(inlines));
        out.push(' ');
    };
    for block in blocks {
        match block {
            Block::Paragraph { content } | Block::Heading { content, .. } => push(content),
            Block::Quote { paragraphs, .. } => paragraphs.iter().for_each(|p| push(p)),
            Block::List { items, .. } => items.iter().for_each(|item| push(item)),
            Block::Image { image } => {
                push(&[Inline::Text { text: image.caption.clone().unwrap_or_default() }]);
            }
            Block::Unsupported => {}
        }
    }
    out
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
