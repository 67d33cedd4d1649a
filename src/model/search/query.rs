//! What a reader typed → words to find, words to leave out, and the index keys to look them up
//! by. Pure, so the whole search behaviour is tested natively; `api::search` only fetches.

use super::filter::Filters;
use super::highlight::Matcher;
use super::stem::Stemmer;
use super::tokenize::{is_stop_word, terms, words};
use crate::model::article::Summary;

/// More words than this are ignored: each costs a request, and six words already pin a story.
pub const MAX_TERMS: usize = 6;
/// The last word also matches as a prefix from this length on ("harb" finds "harbour");
/// shorter ones would match too much to be useful.
pub const PREFIX_MIN_CHARS: usize = 3;
pub const PER_PAGE: usize = 10;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchQuery {
    /// Distinct, in the order typed, at most [`MAX_TERMS`].
    pub terms: Vec<String>,
    /// For each term, whether it was typed inside double quotes: taken as spelt, never
    /// corrected (the "search instead for" link quotes the word).
    pub quoted: Vec<bool>,
    /// Two or more words in one pair of quotes must stand in that order (`"tidal barrier"`):
    /// each phrase's words as indexes into `terms`, with how many words after the phrase's
    /// start each stands (stop words counted, as the index counts them).
    pub phrases: Vec<Vec<(usize, u32)>>,
    /// Words typed with a leading `-` (`-football`): no story that has them is found. At most
    /// [`MAX_TERMS`] too, each costing a shard.
    pub excluded: Vec<String>,
    /// Whether the last term also matches as a prefix.
    pub prefix_last: bool,
}

impl SearchQuery {
    pub fn parse(text: &str) -> Self {
        let mut query = SearchQuery::default();
        // Every other piece between double quotes is quoted (an unclosed quote runs to the end).
        for (piece, inside) in text.split(['"', '“', '”']).zip([false, true].into_iter().cycle()) {
            if inside {
                query.add_phrase(piece);
                continue;
            }
            for token in piece.split_whitespace() {
                match token.strip_prefix('-') {
                    Some(rest) => {
                        for term in terms(rest) {
                            if !query.excluded.contains(&term) {
                                query.excluded.push(term);
                            }
                        }
                    }
                    None => terms(token).into_iter().for_each(|term| {
                        query.add_term(term, false);
                    }),
                }
            }
        }
        query.terms.truncate(MAX_TERMS);
        query.quoted.truncate(MAX_TERMS);
        query.excluded.truncate(MAX_TERMS);
        let kept = query.terms.len();
        for phrase in &mut query.phrases {
            phrase.retain(|(index, _)| *index < kept);
        }
        query.phrases.retain(|phrase| phrase.len() > 1);
        query.prefix_last = query.terms.last().is_some_and(|last| last.chars().count() >= PREFIX_MIN_CHARS)
            && query.quoted.last() == Some(&false);
        query
    }

    /// The term's index, added if new; quoted once, it stays quoted.
    fn add_term(&mut self, term: String, quoted: bool) -> usize {
        if let Some(index) = self.terms.iter().position(|known| *known == term) {
            if let Some(flag) = self.quoted.get_mut(index) {
                *flag |= quoted;
            }
            return index;
        }
        self.terms.push(term);
        self.quoted.push(quoted);
        self.terms.len().saturating_sub(1)
    }

    /// The words of one quoted piece: each a quoted term, and together, when there are two or
    /// more, a phrase.
    fn add_phrase(&mut self, piece: &str) {
        let mut phrase = Vec::new();
        for (offset, word) in (0u32..).zip(words(piece)) {
            if !is_stop_word(&word) {
                phrase.push((self.add_term(word, true), offset));
            }
        }
        if phrase.len() > 1 {
            self.phrases.push(phrase);
        }
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

/// Every key a query looks up: per word the keys any of which may match it and the key of its
/// exact spelling (for ranking), and the keys of the excluded words (their stems, exactly).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    pub words: Vec<Vec<Key>>,
    /// Per word, where its spelling as typed is counted: among the words as written when its
    /// stem differs, else the stem's own `exact` score.
    pub exact: Vec<Key>,
    /// Per word, whether it must match (quoted) rather than be left out when no story has it.
    pub required: Vec<bool>,
    pub excluded: Vec<Key>,
}

impl SearchQuery {
    /// Each word's keys, in order: its stem (the index holds stems), and for the last word,
    /// as a prefix, its stem and also the word as typed among the words as written, since a
    /// half-typed word may run past the stem ("vaccinat" → stem "vaccinat", but "vaccination"
    /// → "vaccin").
    pub fn plan(&self, stemmer: Stemmer) -> Plan {
        let mut plan = Plan::default();
        for (word, prefix) in self.parts() {
            let stem = stemmer.stem(word).into_owned();
            let typed = (prefix && stemmer.name().is_some()).then(|| Key {
                term: word.to_owned(),
                prefix,
                written: true,
            });
            plan.exact.push(Key { term: word.to_owned(), prefix: false, written: stem != word });
            plan.words
                .push(std::iter::once(Key { term: stem, prefix, written: false }).chain(typed).collect());
        }
        plan.required = self.quoted.clone();
        plan.excluded = self
            .excluded
            .iter()
            .map(|word| Key { term: stemmer.stem(word).into_owned(), prefix: false, written: false })
            .collect();
        plan
    }
}

/// One page of results as the search page shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchResults {
    /// The query as typed, for the heading and the form.
    pub query: String,
    /// The filters it was narrowed by.
    pub filters: Filters,
    /// Matching stories over all pages.
    pub total: usize,
    pub page: u32,
    pub total_pages: u32,
    pub articles: Vec<Summary>,
    /// The query as searched when a word matched nothing and a near spelling did ("harbour"
    /// for "harbor") or the word was left out; `None` when every word was found as typed.
    pub corrected: Option<String>,
    /// The words no story has, left out of the search.
    pub dropped: Vec<String>,
    /// What the words were found by, to mark them in each result.
    pub matcher: Matcher,
}

/// The query's words with `corrections` applied and `dropped` left out, for "Showing results
/// for …"; `None` when the words were searched as typed.
pub fn corrected_text(
    query: &SearchQuery,
    corrections: &[(String, String)],
    dropped: &[String],
) -> Option<String> {
    if corrections.is_empty() && dropped.is_empty() {
        return None;
    }
    let words = query.terms.iter().filter(|term| !dropped.contains(term)).map(|term| {
        corrections.iter().find(|(typed, _)| typed == term).map_or(term.as_str(), |(_, found)| found.as_str())
    });
    Some(words.collect::<Vec<_>>().join(" "))
}
