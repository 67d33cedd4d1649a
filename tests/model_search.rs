//! Search query evaluation: parsing, prefix matching, AND, ranking and paging.

use std::collections::BTreeMap;

use gazette::model::search::evaluate::{page_docs, postings_for, rank, Ranked};
use gazette::model::search::index::Posting;
use gazette::model::search::query::{SearchQuery, MAX_TERMS, PER_PAGE};

fn shard(terms: &[(&str, &[Ranked])]) -> BTreeMap<String, Vec<Posting>> {
    let postings = |list: &[Ranked]| list.iter().map(|(doc, score)| Posting::new(*doc, *score)).collect();
    terms.iter().map(|(term, list)| ((*term).to_owned(), postings(list))).collect()
}

fn ranked(postings: Vec<Posting>) -> Vec<Ranked> {
    postings.into_iter().map(|p| (p.doc, p.score)).collect()
}

#[test]
fn queries_are_terms_deduplicated_and_capped() {
    let query = SearchQuery::parse("The Harbour, the HARBOUR and the barrier");
    assert_eq!(query.terms, ["harbour", "barrier"]);
    assert!(query.prefix_last);
    assert!(!SearchQuery::parse("harbour ci").prefix_last, "two letters are too few for a prefix");
    assert!(SearchQuery::parse("  the of  ").is_empty());
    assert!(SearchQuery::parse("").is_empty());
    let long = SearchQuery::parse("one two three four five six seven eight");
    assert_eq!(long.terms.len(), MAX_TERMS);
    assert_eq!(long.terms.last().map(String::as_str), Some("six"));
    let query = SearchQuery::parse("tidal barr");
    let parts: Vec<(&str, bool)> = query.parts().collect();
    assert_eq!(parts, [("tidal", false), ("barr", true)]);
}

#[test]
fn quoted_words_are_marked_and_never_end_in_a_prefix() {
    let query = SearchQuery::parse("tidal \"harbor\" gates");
    assert_eq!(query.terms, ["tidal", "harbor", "gates"]);
    assert_eq!(query.quoted, [false, true, false]);
    assert!(query.prefix_last);
    let query = SearchQuery::parse("“harbor” “gates");
    assert_eq!(query.quoted, [true, true], "curly quotes too; an unclosed quote runs to the end");
    assert!(!query.prefix_last, "a quoted last word is a whole word");
}

#[test]
fn quoted_words_make_a_phrase_that_keeps_its_gaps() {
    let query = SearchQuery::parse("\"the tidal barrier of Harbour City\" gates");
    assert_eq!(query.terms, ["tidal", "barrier", "harbour", "city", "gates"]);
    assert_eq!(query.quoted, [true, true, true, true, false]);
    // Stop words are not searched for, but they still stand between the words.
    assert_eq!(query.phrases, [vec![(0, 1), (1, 2), (2, 4), (3, 5)]]);
    let query = SearchQuery::parse("city \"harbour city\" \"lone\"");
    assert_eq!(query.terms, ["city", "harbour", "lone"]);
    assert_eq!(query.quoted, [true, true, true], "a word quoted anywhere is quoted");
    assert_eq!(query.phrases, [vec![(1, 0), (0, 1)]], "one quoted word is not a phrase");
    let long = SearchQuery::parse("one two three four five \"six seven eight\"");
    assert_eq!(long.terms.len(), MAX_TERMS);
    assert!(long.phrases.is_empty(), "a phrase cut by the word limit has one word left: none");
}

#[test]
fn a_leading_minus_excludes_a_word() {
    let query = SearchQuery::parse("harbour -tidal-barrier e-mail -");
    assert_eq!(query.terms, ["harbour", "e", "mail"]);
    assert_eq!(query.excluded, ["tidal", "barrier"]);
    assert!(SearchQuery::parse("-harbour").is_empty(), "nothing left to find");
}

#[test]
fn exact_and_prefix_postings() {
    let shard = shard(&[
        ("ha", &[(9, 1)]),
        ("harbour", &[(1, 30), (4, 2)]),
        ("harbours", &[(1, 5), (2, 7)]),
        ("hat", &[(3, 1)]),
    ]);
    assert_eq!(ranked(postings_for(&shard, "harbour", false)), [(1, 30), (4, 2)]);
    assert_eq!(ranked(postings_for(&shard, "harb", false)), []);
    // A doc with both spellings counts its best score once.
    assert_eq!(ranked(postings_for(&shard, "harb", true)), [(1, 30), (2, 7), (4, 2)]);
    assert_eq!(ranked(postings_for(&shard, "zzz", true)), []);
}

#[test]
fn every_term_must_match_and_scores_add_up() {
    let harbour = vec![(0, 10), (1, 30), (2, 5)];
    let barrier = vec![(2, 40), (0, 1), (7, 99)];
    assert_eq!(rank(&[harbour.clone(), barrier], 10), [(2, 45), (0, 11)]);
    assert_eq!(rank(&[harbour.clone(), vec![]], 10), []);
    assert_eq!(rank(&[], 10), []);
    assert_eq!(rank(&[harbour], 10), [(1, 30), (0, 10), (2, 5)]);
}

#[test]
fn ties_go_to_the_newest_and_damaged_doc_numbers_are_dropped() {
    assert_eq!(rank(&[vec![(5, 3), (2, 3), (9, 3)]], 10), [(2, 3), (5, 3), (9, 3)]);
    assert_eq!(rank(&[vec![(5, 3), (u32::MAX, 9), (10, 9)]], 10), [(5, 3)]);
    assert_eq!(rank(&[vec![(1, u32::MAX)], vec![(1, 9)]], 10), [(1, u32::MAX)], "no overflow");
}

#[test]
fn pages_of_ten() {
    let ranked: Vec<Ranked> = (0..23).map(|doc| (doc, 100 - doc)).collect();
    let (first, pages) = page_docs(&ranked, 1);
    assert_eq!((first.len(), pages), (PER_PAGE, 3));
    assert_eq!(first.first(), Some(&0));
    assert_eq!(page_docs(&ranked, 3), (vec![20, 21, 22], 3));
    assert_eq!(page_docs(&ranked, 4), (vec![], 3), "past the end: nothing, and the last page");
    assert_eq!(page_docs(&[], 1), (vec![], 1));
    assert_eq!(page_docs(&ranked, u32::MAX).0, Vec::<u32>::new());
}
