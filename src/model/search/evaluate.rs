//! Keys → shards → ranked docs: which shards a query reads, and how the postings found there
//! become the ranked list (every word must match, excluded words take docs out, a word that
//! matches nothing is tried as its nearest spelling). Pure: `api::search` only fetches.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::correct::closest;
use super::filter::DocFilter;
use super::index::{shard_for, Manifest, Posting, Shard};
use super::positions::PositionShard;
use super::query::{Key, Plan, SearchQuery, PER_PAGE};
use crate::model::pagination::page_count;

/// A doc in the ranked list: (doc number, score).
pub type Ranked = (u32, u32);

/// A word's best score per doc over its keys; `shard_of` gives the shard holding a key's term,
/// if the index has one.
fn word_hits<'a>(keys: &[Key], shard_of: impl Fn(&str) -> Option<&'a Shard>) -> BTreeMap<u32, u32> {
    let mut hits: BTreeMap<u32, u32> = BTreeMap::new();
    for key in keys {
        let Some(shard) = shard_of(&key.term) else { continue };
        let map = if key.written { &shard.words } else { &shard.terms };
        for posting in postings_for(map, &key.term, key.prefix) {
            let best = hits.entry(posting.doc).or_default();
            *best = (*best).max(posting.score);
        }
    }
    hits
}

/// Per doc, the score of the word spelt exactly as typed (`Plan::exact`).
fn exact_scores<'a>(key: &Key, shard_of: impl Fn(&str) -> Option<&'a Shard>) -> BTreeMap<u32, u32> {
    let Some(shard) = shard_of(&key.term) else { return BTreeMap::new() };
    let map = if key.written { &shard.words } else { &shard.terms };
    let postings = map.get(&key.term).map(Vec::as_slice).unwrap_or_default();
    postings
        .iter()
        .map(|p| (p.doc, if key.written { p.score } else { p.exact }))
        .filter(|(_, score)| *score > 0)
        .collect()
}

/// The positions files a query's phrases read: those of its phrase words' stems (quoted words
/// are looked up by their stem alone), each once, among the shards `shards_needed` named.
pub fn positions_needed<'a>(query: &SearchQuery, plan: &Plan, shards: &'a [String]) -> Vec<&'a str> {
    let mut wanted: Vec<&str> = Vec::new();
    let words = query.phrases.iter().flatten().map(|(index, _)| *index);
    for key in words.filter_map(|index| plan.words.get(index).and_then(|keys| keys.first())) {
        if let Some(prefix) = shard_for(&key.term, shards).filter(|p| !wanted.contains(p)) {
            wanted.push(prefix);
        }
    }
    wanted
}

/// The shards a query reads, each once: `None` when the query can find nothing without a
/// request — a quoted word, which is required, can be in no shard, or no word can. An unquoted
/// word with no shard matches nothing and is left out (see [`evaluate`]); an excluded word with
/// no shard is in no story: nothing to leave out.
pub fn shards_needed<'a>(plan: &Plan, shards: &'a [String]) -> Option<Vec<&'a str>> {
    let mut all: Vec<&str> = Vec::new();
    for (word, required) in plan.words.iter().zip(&plan.required) {
        let prefixes: Vec<&str> = word.iter().filter_map(|key| shard_for(&key.term, shards)).collect();
        if prefixes.is_empty() && *required {
            return None;
        }
        all.extend(prefixes);
    }
    if all.is_empty() {
        return None;
    }
    let optional = plan.exact.iter().chain(&plan.excluded);
    all.extend(optional.filter_map(|key| shard_for(&key.term, shards)));
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
    pub ranked: Vec<Ranked>,
    pub corrections: Vec<(String, String)>,
    /// Words left out because no story has them, even corrected (see [`evaluate`]).
    pub dropped: Vec<String>,
    /// The keys the words were found by (a corrected word's in place of its own), for marking
    /// them in the results.
    pub matched: Vec<Key>,
}

/// The ranked docs, from the shards [`shards_needed`] named (`fetched`, in its order), among
/// those `filter` allows. A word that matches nothing, unless quoted, is tried again as the
/// nearest spelling its shard holds (`correct::closest`); a word spelt as typed scores its
/// exact uses twice, so it ranks above a stemmed match, which ranks above a corrected one
/// (scored once, at its corrected spelling); phrases keep only the docs that have their words
/// in order; docs with an excluded word are left out. A word no story has, even corrected, is
/// left out while others remain, unless quoted: "sleeping disorders" then finds the stories
/// about sleeping rather than nothing, and the page says which word had none.
pub fn evaluate(
    query: &SearchQuery,
    plan: &Plan,
    manifest: &Manifest,
    wanted: &[&str],
    fetched: &[Shard],
    positions: &[PositionShard],
    filter: &DocFilter,
) -> Evaluation {
    let shard_of = |term: &str| {
        shard_for(term, &manifest.shards)
            .and_then(|prefix| wanted.iter().position(|w| *w == prefix))
            .and_then(|i| fetched.get(i))
    };
    let mut corrections = Vec::new();
    let mut matched = Vec::new();
    let mut lists: Vec<Vec<Ranked>> = Vec::with_capacity(plan.words.len());
    let typed = query.terms.iter().zip(&query.quoted);
    for ((keys, exact), (typed, quoted)) in plan.words.iter().zip(&plan.exact).zip(typed) {
        let mut hits = word_hits(keys, shard_of);
        hits.retain(|doc, _| filter.allows(*doc));
        let mut bonus = exact_scores(exact, shard_of);
        let shard = keys.first().and_then(|key| shard_of(&key.term));
        if let (true, false, Some(key)) = (hits.is_empty(), *quoted, shard.and_then(|s| closest(typed, s))) {
            hits = word_hits(std::slice::from_ref(&key), shard_of);
            hits.retain(|doc, _| filter.allows(*doc));
            bonus.clear();
            corrections.push((typed.clone(), key.term.clone()));
            matched.push(key);
        } else {
            matched.extend(keys.iter().cloned());
        }
        let list = hits
            .iter()
            .map(|(doc, score)| (*doc, score.saturating_add(bonus.get(doc).copied().unwrap_or(0))));
        lists.push(list.collect());
    }
    let mut dropped = Vec::new();
    if lists.iter().any(|list| !list.is_empty()) {
        let keep: Vec<bool> =
            lists.iter().zip(&query.quoted).map(|(list, quoted)| !list.is_empty() || *quoted).collect();
        dropped =
            query.terms.iter().zip(&keep).filter(|(_, kept)| !**kept).map(|(term, _)| term.clone()).collect();
        let mut kept = keep.into_iter();
        lists.retain(|_| kept.next().unwrap_or(true));
    }
    let mut ranked = rank(&lists, manifest.docs);
    let left_out: BTreeSet<u32> = word_hits(&plan.excluded, shard_of).into_keys().collect();
    ranked.retain(|(doc, _)| !left_out.contains(doc));
    let at = |index: usize, doc: u32| {
        let term = &plan.words.get(index)?.first()?.term;
        let prefix = shard_for(term, &manifest.shards)?;
        positions.iter().find(|shard| shard.prefix == prefix)?.at(term, doc)
    };
    ranked.retain(|(doc, _)| query.phrases.iter().all(|phrase| in_order(phrase, &at, *doc)));
    Evaluation { ranked, corrections, dropped, matched }
}

/// Whether `doc` has the phrase's words in order: some start from which every word stands at
/// its offset. `at` gives a phrase word's positions in a doc.
fn in_order<'a>(phrase: &[(usize, u32)], at: &impl Fn(usize, u32) -> Option<&'a [u32]>, doc: u32) -> bool {
    let Some(((first, first_offset), rest)) = phrase.split_first() else { return true };
    let Some(starts) = at(*first, doc) else { return false };
    starts.iter().filter_map(|p| p.checked_sub(*first_offset)).any(|start| {
        rest.iter().all(|(index, offset)| {
            at(*index, doc).is_some_and(|list| list.binary_search(&start.saturating_add(*offset)).is_ok())
        })
    })
}

/// The postings `term` has in `map` (a shard's terms or words); as a prefix, those of every
/// entry it begins (each doc's best, so a story saying "harbour" and "harbours" does not count
/// twice).
pub fn postings_for(map: &BTreeMap<String, Vec<Posting>>, term: &str, prefix: bool) -> Vec<Posting> {
    if !prefix {
        return map.get(term).cloned().unwrap_or_default();
    }
    let mut best: BTreeMap<u32, Posting> = BTreeMap::new();
    let matching = map.range(term.to_owned()..).take_while(|(key, _)| key.starts_with(term));
    for posting in matching.flat_map(|(_, postings)| postings.iter()) {
        let slot = best.entry(posting.doc).or_insert(*posting);
        if posting.score > slot.score {
            *slot = *posting;
        }
    }
    best.into_values().collect()
}

/// Docs in every list (all words must match), scored by the sum of their scores, best first
/// and newest (lowest doc number) first on a tie. Doc numbers at or past `docs` (a damaged
/// index) are dropped.
pub fn rank(lists: &[Vec<Ranked>], docs: u32) -> Vec<Ranked> {
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
    let mut ranked: Vec<Ranked> = scores.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked
}

/// The doc numbers on `page` (1-based) of `ranked`, and the number of pages.
pub fn page_docs(ranked: &[Ranked], page: u32) -> (Vec<u32>, u32) {
    let total_pages = u32::try_from(page_count(ranked.len(), PER_PAGE)).unwrap_or(u32::MAX);
    let skip = usize::try_from(page.saturating_sub(1)).unwrap_or(usize::MAX).saturating_mul(PER_PAGE);
    let docs = ranked.iter().skip(skip).take(PER_PAGE).map(|(doc, _)| *doc).collect();
    (docs, total_pages)
}
