//! What a reader typed → terms, and postings → ranked, paged results. Pure, so the whole
//! search behaviour is tested natively; `api::search` only fetches the files.

use std::collections::{BTreeMap, HashMap};

use super::index::{Posting, Shard};
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
    /// Whether the last term also matches as a prefix.
    pub prefix_last: bool,
}

impl SearchQuery {
    pub fn parse(text: &str) -> Self {
        let mut list: Vec<String> = Vec::new();
        for term in terms(text) {
            if !list.contains(&term) {
                list.push(term);
            }
        }
        list.truncate(MAX_TERMS);
        let prefix_last = list.last().is_some_and(|last| last.chars().count() >= PREFIX_MIN_CHARS);
        SearchQuery { terms: list, prefix_last }
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

/// The postings `term` has in `shard`; as a prefix, those of every term it begins (a doc's best
/// score among them, so a story saying "harbour" and "harbours" does not count twice).
pub fn postings_for(shard: &Shard, term: &str, prefix: bool) -> Vec<Posting> {
    if !prefix {
        return shard.terms.get(term).cloned().unwrap_or_default();
    }
    let mut best: BTreeMap<u32, u32> = BTreeMap::new();
    let matching = shard.terms.range(term.to_owned()..).take_while(|(key, _)| key.starts_with(term));
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
}
