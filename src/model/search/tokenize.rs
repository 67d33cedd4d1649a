//! Splitting text into search terms. The content tool indexes with exactly these functions and
//! the app parses queries with them, so a word is spelled the same way on both sides.

use crate::model::slug::fold_latin;

/// Longer "words" are URLs, hashes or run-together junk nobody types: not indexed.
pub const MAX_TERM_CHARS: usize = 40;

/// Words too common to tell articles apart; a query made only of them finds nothing.
/// Sorted, for the binary search.
const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "has", "have", "he", "her", "his",
    "in", "into", "is", "it", "its", "of", "on", "or", "she", "that", "the", "their", "they", "this", "to",
    "was", "were", "will", "with",
];

pub fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.binary_search(&word).is_ok()
}

/// Marks that belong to the letter before them (accents written as separate code points,
/// Hebrew and Arabic vowel points, joiners inside emoji and Indic words): they neither end a
/// word nor are part of the indexed spelling, so `e` + U+0301 reads as `é`, then `e`.
pub(crate) fn is_mark(ch: char) -> bool {
    matches!(ch,
        '\u{0300}'..='\u{036F}' | '\u{0591}'..='\u{05C7}' | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}'
        | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{200C}' | '\u{200D}' | '\u{FE00}'..='\u{FE0F}')
}

pub(crate) fn is_apostrophe(ch: char) -> bool {
    matches!(ch, '\'' | '\u{2019}')
}

/// Every word of `text`, lowercased and folded, in order (stop words included).
///
/// A word is a run of Unicode letters and digits. An apostrophe inside a word joins it
/// (`don't` → `dont`) except a possessive `'s`, which is dropped (`harbour's` → `harbour`) so
/// that the possessive finds the plain noun. No other stemming: the last query word matches as
/// a prefix instead (see `query`), which covers plurals typed in part.
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut apostrophe = false;
    for ch in text.chars() {
        if is_mark(ch) {
            continue;
        }
        if is_apostrophe(ch) {
            apostrophe = !word.is_empty();
            continue;
        }
        // Most text is ASCII: lowercased in place, without the Unicode tables.
        if ch.is_ascii() {
            if ch.is_ascii_alphanumeric() {
                if std::mem::take(&mut apostrophe) {
                    word.push('\'');
                }
                word.push(ch.to_ascii_lowercase());
            } else {
                apostrophe = false;
                finish(&mut word, &mut out);
            }
        } else if ch.is_alphanumeric() {
            if std::mem::take(&mut apostrophe) {
                word.push('\'');
            }
            for folded in ch.to_lowercase().flat_map(fold_latin).filter(|c| !is_mark(*c)) {
                word.push(folded);
            }
        } else {
            apostrophe = false;
            finish(&mut word, &mut out);
        }
    }
    finish(&mut word, &mut out);
    out
}

fn finish(word: &mut String, out: &mut Vec<String>) {
    if word.ends_with("'s") {
        word.truncate(word.len().saturating_sub(2));
    }
    word.retain(|c| c != '\'');
    if !word.is_empty() && word.chars().count() <= MAX_TERM_CHARS {
        out.push(std::mem::take(word));
    }
    word.clear();
}

/// The words of `text` worth indexing or searching for: `words` without the stop words.
pub fn terms(text: &str) -> Vec<String> {
    let mut list = words(text);
    list.retain(|word| !is_stop_word(word));
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_sorted() {
        assert!(STOP_WORDS.windows(2).all(|pair| pair.first() < pair.last()));
    }

    #[test]
    fn lowercases_and_splits_on_punctuation() {
        assert_eq!(
            words("Harbour City: opens tidal-barrier, at 21:40!"),
            ["harbour", "city", "opens", "tidal", "barrier", "at", "21", "40"]
        );
        assert_eq!(words("  \t\n…—"), Vec::<String>::new());
    }

    #[test]
    fn folds_latin_diacritics_precomposed_or_not() {
        assert_eq!(words("Zoë Ångström STRASSE Straße"), ["zoe", "angstrom", "strasse", "strasse"]);
        assert_eq!(words("Cafe\u{301} café CAFÉ"), ["cafe", "cafe", "cafe"]);
        assert_eq!(words("Łódź Œuvre"), ["lodz", "oeuvre"]);
    }

    #[test]
    fn apostrophes_join_and_possessives_drop() {
        assert_eq!(words("the harbour's gates"), ["the", "harbour", "gates"]);
        assert_eq!(words("Don’t O'Brien students' 'quoted'"), ["dont", "obrien", "students", "quoted"]);
    }

    #[test]
    fn stop_words_are_dropped_from_terms() {
        assert_eq!(terms("The Harbour and the City of the Future"), ["harbour", "city", "future"]);
        assert_eq!(terms("the of and with"), Vec::<String>::new());
        assert!(is_stop_word("with") && !is_stop_word("harbour"));
    }

    #[test]
    fn other_scripts_emoji_and_junk_never_panic() {
        assert_eq!(words("עִבְרִית"), ["עברית"]);
        assert_eq!(words("عَرَبِيّ"), ["عربي"]);
        assert_eq!(words("東京 Москва"), ["東京", "москва"]);
        assert_eq!(words("👩🏽\u{200D}💻🇺🇦 \u{202E}evil\u{202C}"), ["evil"]);
        assert_eq!(words("Z̷̢͓͎a̵͓l̴g̸o̶"), ["zalgo"]);
        assert!(words(&"x".repeat(41)).is_empty(), "too long to be a word");
        assert_eq!(words(&"é".repeat(40)), [&"e".repeat(40) as &str]);
        let hostile: String = (0u32..0x3000).filter_map(char::from_u32).collect();
        let _ = terms(&hostile);
    }
}
