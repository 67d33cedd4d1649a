//! What a reader typed → words to find, words to leave out, and the index keys to look them up
//! by. Pure, so the whole search behaviour is tested natively; `api::search` only fetches.

use super::highlight::Matcher;
use super::stem::Stemmer;
use super::tokenize::terms;
use crate::model::article::Summary;

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
    /// Words typed with a leading `-` (`-football`): no story that has them is found. At most
    /// [`MAX_TERMS`] too, each costing a shard.
    pub excluded: Vec<String>,
    /// Whether the last term also matches as a prefix.
    pub prefix_last: bool,
}

impl SearchQuery {
    pub fn parse(text: &str) -> Self {
        let mut query =
            SearchQuery { terms: Vec::new(), quoted: Vec::new(), excluded: Vec::new(), prefix_last: false };
        // Every other piece between double quotes is quoted (an unclosed quote runs to the end).
        for (piece, inside) in text.split(['"', '“', '”']).zip([false, true].into_iter().cycle()) {
            for token in piece.split_whitespace() {
                let (excluding, token) = match token.strip_prefix('-') {
                    Some(rest) if !inside => (true, rest),
                    _ => (false, token),
                };
                for term in terms(token) {
                    if excluding {
                        if !query.excluded.contains(&term) {
                            query.excluded.push(term);
                        }
                    } else if !query.terms.contains(&term) {
                        query.terms.push(term);
                        query.quoted.push(inside);
                    }
                }
            }
        }
        query.terms.truncate(MAX_TERMS);
        query.quoted.truncate(MAX_TERMS);
        query.excluded.truncate(MAX_TERMS);
        query.prefix_last = query.terms.last().is_some_and(|last| last.chars().count() >= PREFIX_MIN_CHARS)
            && query.quoted.last() == Some(&false);
        query
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

/// Every key a query looks up: per word the keys any of which may match it, and the keys of
/// the excluded words (their stems, exactly).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    pub words: Vec<Vec<Key>>,
    pub excluded: Vec<Key>,
}

impl SearchQuery {
    /// Each word's keys, in order: its stem (the index holds stems), and for the last word,
    /// as a prefix, its stem and also the word as typed among the words as written, since a
    /// half-typed word may run past the stem ("vaccinat" → stem "vaccinat", but "vaccination"
    /// → "vaccin").
    pub fn plan(&self, stemmer: Stemmer) -> Plan {
        let words = self
            .parts()
            .map(|(word, prefix)| {
                let stem = stemmer.stem(word).into_owned();
                let typed = (prefix && stemmer.name().is_some()).then(|| Key {
                    term: word.to_owned(),
                    prefix,
                    written: true,
                });
                std::iter::once(Key { term: stem, prefix, written: false }).chain(typed).collect()
            })
            .collect();
        let excluded = self
            .excluded
            .iter()
            .map(|word| Key { term: stemmer.stem(word).into_owned(), prefix: false, written: false })
            .collect();
        Plan { words, excluded }
    }
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
    /// What the words were found by, to mark them in each result.
    pub matcher: Matcher,
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
