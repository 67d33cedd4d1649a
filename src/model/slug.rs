//! Slugs name files on the server, so only a strict alphabet ever reaches a request path:
//! `/article/..%2Fsite` must be a 404, not a fetch of some other file.

/// Lowercase ASCII letters, digits and single hyphens inside; 1 to 120 characters.
pub fn is_valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= 120
        && slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
}

/// A slug made from a name (`"Zoë Ångström"` → `zoe-angstrom`). Accented Latin letters are
/// folded to ASCII; other letters are dropped, and the content tool rejects names that end up
/// with an empty slug.
pub fn slugify(name: &str) -> String {
    let mut slug = String::with_capacity(name.len());
    for ch in name.chars().flat_map(fold_latin) {
        if ch.is_ascii_alphanumeric() {
            slug.push(ch.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_owned()
}

/// The ASCII letters for an accented Latin letter (`é` → `e`, `ß` → `ss`); others unchanged.
pub(crate) fn fold_latin(ch: char) -> impl Iterator<Item = char> {
    let folded: &str = match ch.to_lowercase().next().unwrap_or(ch) {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' => "i",
        'ł' | 'ľ' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ř' => "r",
        'ś' | 'š' | 'ş' => "s",
        'ß' => "ss",
        'ť' | 'ţ' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => "",
    };
    let keep = folded.is_empty().then_some(ch);
    folded.chars().chain(keep)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_plain_slugs() {
        assert!(is_valid_slug("harbour-city-opens-tidal-barrier"));
        assert!(is_valid_slug("ai"));
        assert!(is_valid_slug("covid-19"));
    }

    #[test]
    fn refuses_anything_that_could_escape_a_path() {
        for bad in ["", "../site", "a/b", "A", "a b", "-a", "a-", "a--b", "%2e%2e", "é", "a.json"] {
            assert!(!is_valid_slug(bad), "{bad:?} must be refused");
        }
        assert!(!is_valid_slug(&"a".repeat(121)));
    }

    #[test]
    fn slugify_names() {
        assert_eq!(slugify("Mara Lindqvist"), "mara-lindqvist");
        assert_eq!(slugify("  Science & Health! "), "science-health");
        assert_eq!(slugify("O'Neill"), "o-neill");
        assert_eq!(slugify("Zoë Ångström"), "zoe-angstrom");
        assert_eq!(slugify("Straße 東京"), "strasse");
        assert_eq!(slugify("!!!"), "");
    }
}
