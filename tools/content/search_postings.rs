//! The postings of the search index: each story's score, exact score and word positions for
//! every term it has, capped per term to the best. Separate from `search`, which shards and
//! writes them.

use std::collections::{BTreeMap, HashMap};

use gazette::model::search::index::Posting;
use gazette::model::search::positions::{Positions, MAX_POSITIONS};
use gazette::model::search::stem::Stemmer;
use gazette::model::search::tokenize::{is_stop_word, words};
use gazette::model::text::body_text;

use crate::validate::Record;

/// Postings kept per term: the best-scoring docs. A word in every story never makes a file
/// bigger than this many postings (about 12 KB).
pub const POSTINGS_CAP: usize = 1000;

/// Field weights: a word in the headline says more about a story than one in its body.
const TITLE: u32 = 10;
const LABELS: u32 = 5;
const SUMMARY: u32 = 3;
const BODY: u32 = 1;
/// Repeats of a word in one field beyond this count for nothing: stuffing a word does not win.
const REPEATS: u32 = 5;

/// A term (a stem), or with `true` a word as written whose stem differs (`Shard::words`).
pub type TermKey = (String, bool);
/// A term's postings, each with the stem's positions in that story (none for a written word).
pub type Entry = (TermKey, Vec<(Posting, Vec<u32>)>);

/// Every term's postings, best score first (the newer story on a tie), capped.
pub fn postings(records: &[Record], stemmer: Stemmer) -> BTreeMap<TermKey, Vec<(Posting, Vec<u32>)>> {
    let mut all: HashMap<TermKey, Vec<(Posting, Vec<u32>)>> = HashMap::new();
    for (doc, record) in (0u32..).zip(records) {
        for (term, (mut posting, at)) in doc_postings(record, stemmer) {
            posting.doc = doc;
            all.entry(term).or_default().push((posting, at));
        }
    }
    all.into_iter()
        .map(|(term, mut list)| {
            list.sort_by(|(a, _), (b, _)| b.score.cmp(&a.score).then(a.doc.cmp(&b.doc)));
            list.truncate(POSTINGS_CAP);
            (term, list)
        })
        .collect()
}

/// The positions of a term's postings, for its positions file.
pub fn positions_of(list: &[(Posting, Vec<u32>)]) -> Vec<Positions> {
    list.iter().map(|(posting, at)| Positions { doc: posting.doc, at: at.clone() }).collect()
}

/// The story's posting for each of its terms (stems, and words as written that differ from
/// theirs) with the stem's positions: the score is the sum over fields of weight × repeats,
/// the exact score the same over the stem's own spelling; positions count every word, stop
/// words too, as a query's phrase counts them.
fn doc_postings(record: &Record, stemmer: Stemmer) -> HashMap<TermKey, (Posting, Vec<u32>)> {
    let a = &record.article;
    let labels = [&a.section.name, &a.author.name].into_iter().chain(a.tags.iter().map(|tag| &tag.name));
    let fields = [
        (TITLE, vec![a.title.clone()]),
        (LABELS, labels.cloned().collect()),
        (SUMMARY, vec![a.standfirst.clone(), record.excerpt.clone()]),
        (BODY, vec![body_text(&a.body)]),
    ];
    let mut postings: HashMap<TermKey, (Posting, Vec<u32>)> = HashMap::new();
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
                let at = &mut postings.entry((stem.clone(), false)).or_default().1;
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
            let (posting, _) = postings.entry(term).or_default();
            posting.score += weight * all.min(REPEATS);
            posting.exact += weight * exact.min(REPEATS);
        }
    }
    postings
}
