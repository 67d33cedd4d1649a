//! Keys → shards → ranked docs: which shards a query reads, and how the postings found there
//! become the ranked list (every word must match, excluded words take docs out, a word that
//! matches nothing is tried as its nearest spelling). Pure: `api::search` only fetches.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::correct::closest;
use super::index::{shard_for, Manifest, Posting, Shard};
use super::query::{Key, Plan, SearchQuery, PER_PAGE};
use crate::model::pagination::page_count;

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
/// has it and, every word having to match, nothing is found without a request. An excluded
/// word with no shard is in no story: nothing to leave out.
pub fn shards_needed<'a>(plan: &Plan, shards: &'a [String]) -> Option<Vec<&'a str>> {
    let mut all: Vec<&str> = Vec::new();
    for word in &plan.words {
        let prefixes: Vec<&str> = word.iter().filter_map(|key| shard_for(&key.term, shards)).collect();
        if prefixes.is_empty() {
            return None;
        }
        all.extend(prefixes);
    }
    all.extend(plan.excluded.iter().filter_map(|key| shard_for(&key.term, shards)));
    let mut wanted: Vec<&str> = Vec::with_capacity(all.len());
    for prefix in all {
        if !wanted.contains(&prefix) {
            wanted.push(prefix);
        }
    }
    Some(wanted)
}

/// What a query found: the ranked docs, and the words it corrected (as typed, as found).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Evaluation {
    pub ranked: Vec<Posting>,
    pub corrections: Vec<(String, String)>,
    /// The keys the words were found by (a corrected word's in place of its own), for marking
    /// them in the results.
    pub matched: Vec<Key>,
}

/// The ranked docs, from the shards [`shards_needed`] named (`fetched`, in its order). A word
/// that matches nothing, unless quoted, is tried again as the nearest spelling its shard holds
/// (`correct::closest`); docs with an excluded word are left out.
pub fn evaluate(
    query: &SearchQuery,
    plan: &Plan,
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
    let mut matched = Vec::new();
    let mut lists: Vec<Vec<Posting>> = Vec::with_capacity(plan.words.len());
    for ((word, typed), quoted) in plan.words.iter().zip(&query.terms).zip(&query.quoted) {
        let mut list = word_postings(word, shard_of);
        let shard = word.first().and_then(|key| shard_of(&key.term));
        if let (true, false, Some(key)) = (list.is_empty(), *quoted, shard.and_then(|s| closest(typed, s))) {
            list = word_postings(std::slice::from_ref(&key), shard_of);
            corrections.push((typed.clone(), key.term.clone()));
            matched.push(key);
        } else {
            matched.extend(word.iter().cloned());
        }
        lists.push(list);
    }
    let mut ranked = rank(&lists, manifest.docs);
    let left_out: BTreeSet<u32> =
        word_postings(&plan.excluded, shard_of).into_iter().map(|(doc, _)| doc).collect();
    ranked.retain(|(doc, _)| !left_out.contains(doc));
    Evaluation { ranked, corrections, matched }
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
