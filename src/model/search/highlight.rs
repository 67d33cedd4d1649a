//! Which words of a result's headline and excerpt the query matched, so the results page can
//! mark them (`<mark>`, built as nodes by the card, never as HTML). A word counts when it
//! would have matched in the index: the same folding and stemming, the same prefix rule.

use super::query::Key;
use super::stem::Stemmer;
use super::tokenize::{is_apostrophe, is_mark, words};

/// What one search matched: the keys its words were found by (a corrected word's spelling in
/// place of what was typed), and the stemmer they were stemmed with.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Matcher {
    pub stemmer: Stemmer,
    pub keys: Vec<Key>,
}

impl Matcher {
    /// Whether a word as `tokenize::words` spells it would have matched.
    pub fn matches(&self, word: &str) -> bool {
        let stem = self.stemmer.stem(word);
        self.keys.iter().any(|key| {
            let spelling = if key.written { word } else { stem.as_ref() };
            if key.prefix {
                spelling.starts_with(key.term.as_str())
            } else {
                spelling == key.term
            }
        })
    }
}

/// `text` cut into runs, each marked or not: a run of letters, digits, marks and inner
/// apostrophes is one word ("harbour's" is marked as a whole). Joined again, the runs are
/// `text` exactly.
pub fn segments(text: &str, matcher: &Matcher) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    let mut push = |piece: &str, marked: bool| match out.last_mut() {
        Some((last, was)) if *was == marked => last.push_str(piece),
        _ => out.push((piece.to_owned(), marked)),
    };
    let mut rest = text;
    while !rest.is_empty() {
        // The tokenizer's own notion of what belongs to a word.
        let in_word = |c: char| c.is_alphanumeric() || is_apostrophe(c) || is_mark(c);
        let start = rest.find(|c: char| c.is_alphanumeric()).unwrap_or(rest.len());
        let (gap, tail) = rest.split_at(start);
        push(gap, false);
        let end = tail.find(|c: char| !in_word(c)).unwrap_or(tail.len());
        let (word, after) = tail.split_at(end);
        if !word.is_empty() {
            push(word, words(word).iter().any(|w| matcher.matches(w)));
        }
        rest = after;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(term: &str, prefix: bool, written: bool) -> Key {
        Key { term: term.to_owned(), prefix, written }
    }

    fn marked(text: &str, matcher: &Matcher) -> Vec<String> {
        segments(text, matcher).into_iter().filter(|(_, m)| *m).map(|(t, _)| t).collect()
    }

    #[test]
    fn marks_words_by_their_stem_and_keeps_the_text_whole() {
        let matcher =
            Matcher { stemmer: Stemmer::for_language("en"), keys: vec![key("barrier", false, false)] };
        let text = "The Barriers' gates: a barrier, BARRIER's end (barrierless?)";
        assert_eq!(marked(text, &matcher), ["Barriers'", "barrier", "BARRIER's"]);
        let joined: String = segments(text, &matcher).into_iter().map(|(t, _)| t).collect();
        assert_eq!(joined, text);
    }

    #[test]
    fn prefixes_written_words_and_other_scripts() {
        let english = Stemmer::for_language("en");
        let matcher =
            Matcher { stemmer: english, keys: vec![key("vaccinat", true, true), key("harb", true, false)] };
        assert_eq!(marked("Vaccination at the harbour, vaccine", &matcher), ["Vaccination", "harbour"]);
        let none = Matcher { stemmer: Stemmer::default(), keys: vec![key("東京", false, false)] };
        assert_eq!(marked("東京 and Café — 東京!", &none), ["東京", "東京"]);
        assert!(segments("", &none).is_empty());
        assert_eq!(
            marked(
                "e\u{301}te\u{301}",
                &Matcher { stemmer: Stemmer::default(), keys: vec![key("ete", false, false)] }
            )
            .len(),
            1
        );
    }
}
