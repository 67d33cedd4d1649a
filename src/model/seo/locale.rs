//! `og:locale` is `language_TERRITORY` (`en_GB`), while `site.json` says a BCP 47 tag that
//! may have no region (`en`). A tag with a region says it; a bare language takes its most
//! likely territory (CLDR's "likely subtags") for the languages news sites mostly publish in,
//! and is otherwise left out rather than guessed.

/// CLDR likely subtags: language → its most likely territory.
const LIKELY_TERRITORY: [(&str, &str); 24] = [
    ("ar", "EG"),
    ("cs", "CZ"),
    ("da", "DK"),
    ("de", "DE"),
    ("el", "GR"),
    ("en", "US"),
    ("es", "ES"),
    ("fi", "FI"),
    ("fr", "FR"),
    ("he", "IL"),
    ("hi", "IN"),
    ("hu", "HU"),
    ("it", "IT"),
    ("ja", "JP"),
    ("ko", "KR"),
    ("nb", "NO"),
    ("nl", "NL"),
    ("pl", "PL"),
    ("pt", "BR"),
    ("ro", "RO"),
    ("ru", "RU"),
    ("sv", "SE"),
    ("tr", "TR"),
    ("uk", "UA"),
];

/// `en-GB` → `en_GB`; `en` → `en_US`; `x-klingon` → None.
pub fn og_locale(language: &str) -> Option<String> {
    let mut parts = language.trim().split(['-', '_']);
    let lang =
        parts.next().filter(|l| (2..=3).contains(&l.len()) && l.chars().all(|c| c.is_ascii_alphabetic()))?;
    let lang = lang.to_ascii_lowercase();
    // The region is the first two-letter subtag after the language (a script, `Hant`, has four).
    let region = parts.find(|part| part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()));
    let territory = match region {
        Some(region) => region.to_ascii_uppercase(),
        None => LIKELY_TERRITORY.iter().find(|(l, _)| *l == lang)?.1.to_owned(),
    };
    Some(format!("{lang}_{territory}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_become_open_graph_locales() {
        assert_eq!(og_locale("en-GB").as_deref(), Some("en_GB"));
        assert_eq!(og_locale("pt-br").as_deref(), Some("pt_BR"));
        assert_eq!(og_locale("zh-Hant-TW").as_deref(), Some("zh_TW"));
        assert_eq!(og_locale("en").as_deref(), Some("en_US"));
        assert_eq!(og_locale("fr").as_deref(), Some("fr_FR"));
        assert_eq!(og_locale("tlh"), None);
        assert_eq!(og_locale(""), None);
        assert_eq!(og_locale("x-private"), None);
    }
}
