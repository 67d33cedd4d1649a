//! The passage of a story a result shows when its excerpt has none of the words the search
//! matched: the stretch of the body with the most of them, so the reader sees why it matched.

use super::highlight::{segments, Matcher};

/// Words in a passage: about as long as an excerpt, three lines of a results card.
pub const PASSAGE_WORDS: usize = 30;

/// Whether `text` has a word the search matched.
pub fn has_match(text: &str, matcher: &Matcher) -> bool {
    segments(text, matcher).iter().any(|(_, marked)| *marked)
}

/// The `PASSAGE_WORDS` words of `text` with the most matched words (the earliest such
/// stretch), with an ellipsis where it was cut; `None` when no word matched. Words are cut at
/// white space, so the marks inside (`segments`) fall on whole words.
pub fn passage(text: &str, matcher: &Matcher) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let hits: Vec<usize> = words.iter().map(|word| usize::from(has_match(word, matcher))).collect();
    let mut best = (0usize, 0usize);
    let mut in_window = 0usize;
    for end in 0..hits.len() {
        in_window += hits.get(end).copied().unwrap_or(0);
        if let Some(start) = end.checked_sub(PASSAGE_WORDS) {
            in_window -= hits.get(start).copied().unwrap_or(0);
        }
        if in_window > best.0 {
            best = (in_window, (end + 1).saturating_sub(PASSAGE_WORDS));
        }
    }
    if best.0 == 0 {
        return None;
    }
    // A stretch that would run past the end starts earlier instead, keeping its length.
    let start = best.1.min(words.len().saturating_sub(PASSAGE_WORDS));
    let end = (start + PASSAGE_WORDS).min(words.len());
    let body = words.get(start..end)?.join(" ");
    let before = if start > 0 { "… " } else { "" };
    let after = if end < words.len() { " …" } else { "" };
    Some(format!("{before}{body}{after}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::search::query::Key;
    use crate::model::search::stem::Stemmer;

    fn matcher(terms: &[&str]) -> Matcher {
        let keys = terms.iter().map(|t| Key { term: (*t).to_owned(), prefix: false, written: false });
        Matcher { stemmer: Stemmer::for_language("en"), keys: keys.collect() }
    }

    fn numbered(count: usize) -> Vec<String> {
        (0..count).map(|i| format!("w{i}")).collect()
    }

    #[test]
    fn the_stretch_with_the_most_matches_wins() {
        let mut words = numbered(200);
        for (i, word) in [(20, "barrier"), (150, "tidal"), (160, "barriers"), (170, "Tidal")] {
            if let Some(slot) = words.get_mut(i) {
                *slot = word.to_owned();
            }
        }
        let text = words.join(" ");
        let found = passage(&text, &matcher(&["tidal", "barrier"])).expect("a passage");
        assert!(found.starts_with("… ") && found.ends_with(" …"), "{found}");
        assert_eq!(found.split_whitespace().filter(|w| *w != "…").count(), PASSAGE_WORDS);
        assert!(found.contains("tidal w151") && found.contains("Tidal"), "{found}");
        assert!(!found.contains("w20 "), "the lone early match loses: {found}");
    }

    #[test]
    fn short_texts_ends_and_no_match() {
        let m = matcher(&["harbour"]);
        assert_eq!(passage("The harbour's gates held.", &m).as_deref(), Some("The harbour's gates held."));
        let mut words = numbered(100);
        words.push("harbour".into());
        let found = passage(&words.join(" "), &m).expect("at the end");
        assert!(found.starts_with("… w71 ") && found.ends_with(" harbour"), "{found}");
        assert_eq!(passage("Nothing here at all.", &m), None);
        assert_eq!(passage("", &m), None);
        assert!(has_match("Harbours", &m) && !has_match("Harbinger", &m));
    }
}
