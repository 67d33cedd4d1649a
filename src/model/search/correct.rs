//! Misspelt query words: a word that matches nothing is tried against the spellings its shard
//! holds (stems and words as written), within a small edit distance, so "harbor" finds
//! "harbour" and "barier" finds "barrier". The shard is the one the word was looked up in, so a
//! correction costs no extra request; a typo in the first two letters lands in another shard
//! and is not corrected.

use super::index::Shard;
use super::query::Key;

/// Edits allowed for a word of this many characters: none for short words (too many near
/// neighbours: "cat" → "car", "hat"), one from 4, two from 8.
pub fn max_edits(chars: usize) -> usize {
    match chars {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// The closest spelling to `typed` in `shard`, as a key to look up exactly: fewest edits
/// (transpositions count one: "hrabour"), then the one in more stories, then A to Z.
pub fn closest(typed: &str, shard: &Shard) -> Option<Key> {
    let chars = typed.chars().count();
    let allowed = max_edits(chars);
    if allowed == 0 {
        return None;
    }
    let candidates = shard.terms.iter().map(|(term, postings)| (term, postings, false));
    let candidates = candidates.chain(shard.words.iter().map(|(word, postings)| (word, postings, true)));
    candidates
        .filter(|(spelling, _, _)| spelling.chars().count().abs_diff(chars) <= allowed)
        .map(|(spelling, postings, written)| {
            (strsim::osa_distance(typed, spelling), spelling, postings, written)
        })
        .filter(|(distance, _, _, _)| *distance <= allowed)
        .min_by(|a, b| a.0.cmp(&b.0).then(b.2.len().cmp(&a.2.len())).then(a.1.cmp(b.1)))
        // Spelt as in the index: nothing to correct.
        .filter(|(distance, _, _, _)| *distance > 0)
        .map(|(_, spelling, _, written)| Key { term: spelling.clone(), prefix: false, written })
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::model::search::index::Posting;

    fn shard(terms: &[(&str, usize)], words: &[(&str, usize)]) -> Shard {
        let map = |list: &[(&str, usize)]| -> BTreeMap<String, Vec<Posting>> {
            list.iter()
                .map(|(t, n)| ((*t).to_owned(), (0..*n as u32).map(|d| Posting::new(d, 1)).collect()))
                .collect()
        };
        Shard { format: 1, prefix: "ha".into(), terms: map(terms), words: map(words) }
    }

    #[test]
    fn a_misspelling_finds_the_nearest_spelling() {
        let s = shard(&[("harbour", 5), ("harvest", 2), ("hat", 1)], &[("harbours", 1)]);
        let found = |typed: &str| closest(typed, &s).map(|key| (key.term, key.written));
        assert_eq!(found("harbor"), Some(("harbour".to_owned(), false)));
        assert_eq!(found("hrabour"), Some(("harbour".to_owned(), false)), "a transposition is one edit");
        assert_eq!(found("harbourss"), Some(("harbours".to_owned(), true)));
        assert_eq!(found("hav"), None, "short words are not corrected");
        assert_eq!(found("hxxxxxx"), None, "too far from anything");
        assert_eq!(found("harbour"), None, "nothing to correct: it is there");
    }

    #[test]
    fn ties_go_to_the_spelling_in_more_stories() {
        let s = shard(&[("harbour", 1), ("harbout", 9)], &[]);
        assert_eq!(closest("harbouz", &s).map(|key| key.term), Some("harbout".to_owned()));
        assert_eq!((max_edits(3), max_edits(4), max_edits(7), max_edits(8)), (0, 1, 1, 2));
    }
}
