//! Word endings by the site's language (Snowball stemmers), so "barriers" finds "barrier" and
//! "sleeping disorders" finds "sleep disorder". The content tool stems every indexed word and
//! the app every query word with this one function, and the index's manifest names the stemmer
//! it was built with, so the two always agree.
//!
//! `rust-stemmers`: the Snowball algorithms as plain Rust, no tables to load, used by Tantivy's
//! ecosystem; hand-written stemmers would be a second, worse copy of Snowball.
//!
//! Only the languages listed below are linked into the app. Measured on the release wasm
//! (brotli): English alone costs 2.9 KB; all 18 of the crate's languages cost 34 KB, a tenth of
//! the app, for every reader of every site. A language added here costs about 2 KB and is then
//! stemmed by the tool and the app alike; a language not here is searched by exact words.

use std::borrow::Cow;

use rust_stemmers::Algorithm;

/// The stemmers known, by the name the manifest stores and the BCP 47 primary language tags
/// that choose them. The tool and the app read this one table: a language is stemmed on both
/// sides or on neither.
const STEMMERS: &[(&str, &[&str], Algorithm)] = &[("english", &["en"], Algorithm::English)];

/// A language's stemmer, or none: a language Snowball does not know is searched by exact
/// words, as before stemming.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stemmer(Option<usize>);

impl Stemmer {
    /// The stemmer for a BCP 47 language tag (`en`, `en-GB`, `pt-BR`, `nb`), by its primary
    /// subtag.
    pub fn for_language(tag: &str) -> Self {
        let primary = tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        Stemmer(STEMMERS.iter().position(|(_, tags, _)| tags.contains(&primary.as_str())))
    }

    /// The stemmer a manifest names; an unknown name (a newer tool) stems nothing.
    pub fn named(name: Option<&str>) -> Self {
        Stemmer(name.and_then(|name| STEMMERS.iter().position(|(known, _, _)| *known == name)))
    }

    /// The name written into the manifest; `None` for exact words.
    pub fn name(self) -> Option<&'static str> {
        self.entry().map(|(name, _, _)| *name)
    }

    fn entry(self) -> Option<&'static (&'static str, &'static [&'static str], Algorithm)> {
        STEMMERS.get(self.0?)
    }

    /// The stem of a word from `tokenize::terms` (lowercased and folded).
    pub fn stem<'a>(self, word: &'a str) -> Cow<'a, str> {
        match self.entry() {
            Some((_, _, algorithm)) => rust_stemmers::Stemmer::create(*algorithm).stem(word),
            None => Cow::Borrowed(word),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_choose_by_their_primary_tag() {
        assert_eq!(Stemmer::for_language("en").name(), Some("english"));
        assert_eq!(Stemmer::for_language("en-GB").name(), Some("english"));
        assert_eq!(Stemmer::for_language("EN_us").name(), Some("english"));
        assert_eq!(Stemmer::for_language("ja").name(), None);
        assert_eq!(Stemmer::for_language("eng").name(), None, "the primary subtag, whole");
        assert_eq!(Stemmer::for_language("").name(), None);
        for (name, _, _) in STEMMERS {
            assert_eq!(Stemmer::named(Some(name)).name(), Some(*name), "names round-trip");
        }
        assert_eq!(Stemmer::named(Some("klingon")), Stemmer::default());
    }

    #[test]
    fn english_finds_the_word_under_its_endings() {
        let english = Stemmer::for_language("en");
        for (a, b) in [
            ("barriers", "barrier"),
            ("sleeping", "sleep"),
            ("disorders", "disorder"),
            ("vaccination", "vaccinated"),
        ] {
            assert_eq!(english.stem(a), english.stem(b), "{a} / {b}");
        }
        assert_ne!(english.stem("harbour"), english.stem("harvest"));
    }

    #[test]
    fn no_stemmer_keeps_words_and_odd_input_never_panics() {
        assert_eq!(Stemmer::default().stem("barriers"), "barriers");
        for stemmer in (0..STEMMERS.len()).map(|i| Stemmer(Some(i))) {
            for word in ["", "x", "東京", "москва", "ééééé", "123", &"a".repeat(40)] {
                let _ = stemmer.stem(word);
            }
        }
    }
}
