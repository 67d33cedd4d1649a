//! What a reader typed → terms, and postings → ranked, paged results. Pure, so the whole
//! search behaviour is tested natively; `api::search` only fetches the files.

use std::collections::{BTreeMap, HashMap};

use super::correct::closest;
use super::index::{shard_for, Manifest, Posting, Shard};
use super::stem::Stemmer;
use super::tokenize::terms;
use crate::model::article::Summary;
use crate::model::pagination::page_count;

/// More words than this are ignored: each costs a request, and six words already pin a story.
pub const MAX_TERMS: usize = 6;
/// The last word also matches as a prefix from this length on ("harb" finds "harbour");
/// shorter ones would match too much to be useful.
pub const PREFIX_MIN_CHARS: usize = 3;
pub const PER_PAGE: usize = 10;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchQuery {
    /// Distinct, in the order typed, at most [`MAX_TERMS`].
    pub terms: Vec<String>,
    /// For each term, whether it was typed inside double quotes: taken as spelt, never
    /// corrected (the "search instead for" link quotes the word).
    pub quoted: Vec<bool>,
    /// Whether the last term also matches as a prefix.
    pub prefix_last: bool,
}

impl SearchQuery {
    pub fn parse(text: &str) -> Self {
        let mut list: Vec<String> = Vec::new();
        let mut quoted: Vec<bool> = Vec::new();
        // Every other piece between double quotes is quoted (an unclosed quote runs to the end).
        for (piece, inside) in text.split(['"', '“', '”']).zip([false, true].into_iter().cycle()) {
            for term in terms(piece) {
                if !list.contains(&term) {
                    list.push(term);
                    quoted.push(inside);
                }
            }
        }
        list.truncate(MAX_TERMS);
        quoted.truncate(MAX_TERMS);
        let prefix_last = list.last().is_some_and(|last| last.chars().count() >= PREFIX_MIN_CHARS)
            && quoted.last() == Some(&false);
        SearchQuery { terms: list, quoted, prefix_last }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Each term with whether it matches as a prefix.
    pub fn parts(&self) -> impl Iterator<Item = (&str, bool)> {
        let last = self.terms.len().saturating_sub(1);
        self.terms.iter().enumerate().map(move |(i, term)| (term.as_str(), self.prefix_last && i == last))
    }
}

/// One way a query word matches the index: a term, whether as a prefix, and whether among the
/// words as written (`Shard::words`) rather than the stems.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Key {
    pub term: String,
    pub prefix: bool,
    pub written: bool,
}

impl SearchQuery {
    /// Each word's keys, in order: its stem (the index holds stems), and for the last word,
    /// as a prefix, its stem and also the word as typed among the words as written, since a
    /// half-typed word may run past the stem ("vaccinat" → stem "vaccinat", but "vaccination"
    /// → "vaccin").
    pub fn keys(&self, stemmer: Stemmer) -> Vec<Vec<Key>> {
        self.parts()
            .map(|(word, prefix)| {
                let stem = stemmer.stem(word).into_owned();
                let typed = (prefix && stemmer.name().is_some()).then(|| Key {
                    term: word.to_owned(),
                    prefix,
                    written: true,
                });
                std::iter::once(Key { term: stem, prefix, written: false }).chain(typed).collect()
            })
            .collect()
    }
}

/// A word's postings over its keys, a doc's best score among them; `shard_of` gives the shard
/// holding a key's term, if the index has one.
fn word_postings<'a>(keys: &[Key], shard_of: impl Fn(&str) -> Option<&'a Shard>) -> Vec<Posting> {
    let mut best: BTreeMap<u32, u32> = BTreeMap::new();
    for key in keys {
        let Some(shard) = shard_of(&key.term) else { continue };
        let map = if key.written { &shard.words } else { &shard.terms };
        for (doc, score) in postings_for(map, &key.term, key.prefix) {
            let slot = best.entry(doc).or_insert(score);
            *slot = (*slot).max(score);
        }
    }
    best.into_iter().collect()
}

/// The shards a query reads, each once: `None` when some word can be in no shard, so no story
/// has it and, every word having to match, nothing is found without a request.
pub fn shards_needed<'a>(keys: &[Vec<Key>], shards: &'a [String]) -> Option<Vec<&'a str>> {
    let mut wanted: Vec<&str> = Vec::new();
    for word in keys {
        let prefixes: Vec<&str> = word.iter().filter_map(|key| shard_for(&key.term, shards)).collect();
        if prefixes.is_empty() {
            return None;
        }
        for prefix in prefixes {
            if !wanted.contains(&prefix) {
                wanted.push(prefix);
            }
        }
    }
    Some(wanted)
}

/// What a query found: the ranked docs, and the words it corrected (as typed, as found).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Evaluation {
    pub ranked: Vec<Posting>,
    pub corrections: Vec<(String, String)>,
}

/// The ranked docs, from the shards [`shards_needed`] named (`fetched`, in its order). A word
/// that matches nothing, unless quoted, is tried again as the nearest spelling its shard holds
/// (`correct::closest`).
pub fn evaluate(
    query: &SearchQuery,
    keys: &[Vec<Key>],
    manifest: &Manifest,
    wanted: &[&str],
    fetched: &[Shard],
) -> Evaluation {
    let shard_of = |term: &str| {
        shard_for(term, &manifest.shards)
            .and_then(|prefix| wanted.iter().position(|w| *w == prefix))
            .and_then(|i| fetched.get(i))
    };
    let mut corrections = Vec::new();
    let mut lists: Vec<Vec<Posting>> = Vec::with_capacity(keys.len());
    for ((word, typed), quoted) in keys.iter().zip(&query.terms).zip(&query.quoted) {
        let mut list = word_postings(word, shard_of);
        let shard = word.first().and_then(|key| shard_of(&key.term));
        if let (true, false, Some(key)) = (list.is_empty(), *quoted, shard.and_then(|s| closest(typed, s))) {
            list = word_postings(std::slice::from_ref(&key), shard_of);
            corrections.push((typed.clone(), key.term));
        }
        lists.push(list);
    }
    Evaluation { ranked: rank(&lists, manifest.docs), corrections }
}

/// The postings `term` has in `map` (a shard's terms or words); as a prefix, those of every
/// entry it begins (a doc's best score among them, so a story saying "harbour" and "harbours"
/// does not count twice).
pub fn postings_for(map: &BTreeMap<String, Vec<Posting>>, term: &str, prefix: bool) -> Vec<Posting> {
    if !prefix {
        return map.get(term).cloned().unwrap_or_default();
    }
    let mut best: BTreeMap<u32, u32> = BTreeMap::new();
    let matching = map.range(term.to_owned()..).take_while(|(key, _)| key.starts_with(term));
    for (doc, score) in matching.flat_map(|(_, postings)| postings.iter().copied()) {
        let slot = best.entry(doc).or_insert(score);
        *slot = (*slot).max(score);
    }
    best.into_iter().collect()
}

/// Docs in every list (all words must match), scored by the sum of their scores, best first
/// and newest (lowest doc number) first on a tie. Doc numbers at or past `docs` (a damaged
/// index) are dropped.
pub fn rank(lists: &[Vec<Posting>], docs: u32) -> Vec<Posting> {
    let Some((first, rest)) = lists.split_first() else { return Vec::new() };
    let mut scores: HashMap<u32, u32> = HashMap::new();
    for &(doc, score) in first.iter().filter(|(doc, _)| *doc < docs) {
        let slot = scores.entry(doc).or_insert(0);
        *slot = (*slot).max(score);
    }
    for list in rest {
        let mut best: HashMap<u32, u32> = HashMap::new();
        for &(doc, score) in list.iter().filter(|(doc, _)| scores.contains_key(doc)) {
            let slot = best.entry(doc).or_insert(0);
            *slot = (*slot).max(score);
        }
        scores.retain(|doc, _| best.contains_key(doc));
        for (doc, score) in best {
            if let Some(total) = scores.get_mut(&doc) {
                *total = total.saturating_add(score);
            }
        }
    }
    let mut ranked: Vec<Posting> = scores.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked
}

/// The doc numbers on `page` (1-based) of `ranked`, and the number of pages.
pub fn page_docs(ranked: &[Posting], page: u32) -> (Vec<u32>, u32) {
    let total_pages = u32::try_from(page_count(ranked.len(), PER_PAGE)).unwrap_or(u32::MAX);
    let skip = usize::try_from(page.saturating_sub(1)).unwrap_or(usize::MAX).saturating_mul(PER_PAGE);
    let docs = ranked.iter().skip(skip).take(PER_PAGE).map(|(doc, _)| *doc).collect();
    (docs, total_pages)
}

/// One page of results as the search page shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchResults {
    /// The query as typed, for the heading and the form.
    pub query: String,
    /// Matching stories over all pages.
    pub total: usize,
    pub page: u32,
    pub total_pages: u32,
    pub articles: Vec<Summary>,
    /// The query as searched when a word matched nothing and a near spelling did ("harbour"
    /// for "harbor"); `None` when every word was found as typed.
    pub corrected: Option<String>,
}

/// The query's words with `corrections` applied, for "Showing results for …".
pub fn corrected_text(query: &SearchQuery, corrections: &[(String, String)]) -> Option<String> {
    if corrections.is_empty() {
        return None;
    }
    let words = query.terms.iter().map(|term| {
        corrections.iter().find(|(typed, _)| typed == term).map_or(term.as_str(), |(_, found)| found.as_str())
    });
    Some(words.collect::<Vec<_>>().join(" "))
}
