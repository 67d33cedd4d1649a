//! HTML character references, decoded once. Isso stores `author` and `website` already
//! escaped (`Alice &lt;i&gt;`); decoding once and rendering as text shows exactly what the
//! commenter typed, with no double escaping and no markup.

/// Escapes text for the HTML the sanitiser reads (`&`, `<`, `>`, `"`): the inverse of
/// [`decode_entities`], used for comments kept on the device, which Isso never escaped.
pub fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Decodes `&amp;`, `&lt;`, `&#39;`, `&#x1F600;` and the like; unknown references stay as written.
pub fn decode_entities(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut rest = input;
    while let Some(at) = rest.find('&') {
        out.push_str(rest.get(..at).unwrap_or_default());
        let after = rest.get(at..).unwrap_or_default();
        match decode_one(after) {
            Some((ch, used)) => {
                out.push(ch);
                rest = after.get(used..).unwrap_or_default();
            }
            None => {
                out.push('&');
                rest = after.get(1..).unwrap_or_default();
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character a reference at the start of `text` stands for, and its length in bytes.
fn decode_one(text: &str) -> Option<(char, usize)> {
    // The longest reference known is `&#x10FFFF;`: look for its `;` among the first bytes.
    // Bytes, not a slice of the text: byte 12 may fall inside a character (`&amp;鈴木`), and
    // `;` is ASCII, so where it is found the text can be cut.
    let end = text.bytes().take(12).position(|b| b == b';')?;
    let name = text.get(1..end)?;
    let ch = if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse::<u32>().ok()?,
        };
        // NUL and surrogates are not characters: the HTML rule replaces them.
        char::from_u32(code).filter(|c| *c != '\0').unwrap_or('\u{FFFD}')
    } else {
        match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => '\u{A0}',
            "colon" => ':',
            "tab" => '\t',
            "newline" => '\n',
            _ => return None,
        }
    };
    Some((ch, end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_what_isso_escapes_once() {
        assert_eq!(decode_entities("Alice &lt;i&gt;"), "Alice <i>");
        assert_eq!(decode_entities("Tom &amp; Jerry"), "Tom & Jerry");
        assert_eq!(decode_entities("O&#39;Neill &quot;Q&quot;"), "O'Neill \"Q\"");
        assert_eq!(decode_entities("&#x27;&#X41;&#65;"), "'AA");
        // Once only: an escaped ampersand stays a literal reference.
        assert_eq!(decode_entities("&amp;lt;"), "&lt;");
    }

    #[test]
    fn leaves_what_it_does_not_know() {
        assert_eq!(decode_entities("AT&T"), "AT&T");
        assert_eq!(decode_entities("&unknown; & &;"), "&unknown; & &;");
        assert_eq!(decode_entities("&#0;&#xD800;&#99999999;"), "\u{FFFD}\u{FFFD}\u{FFFD}");
        assert_eq!(decode_entities("trailing &"), "trailing &");
        assert_eq!(decode_entities("emoji &#x1F600; ok"), "emoji 😀 ok");
        assert_eq!(decode_entities("ünïcödé &amp; 東京"), "ünïcödé & 東京");
    }

    #[test]
    fn decodes_a_reference_followed_by_wide_characters() {
        // Byte 12 falls inside 一: the look for `;` must not depend on where characters end.
        assert_eq!(decode_entities("&amp;鈴木一郎"), "&鈴木一郎");
        assert_eq!(decode_entities("&lt;東京&gt;"), "<東京>");
        assert_eq!(decode_entities("&#x41;😀😀😀"), "A😀😀😀");
        // An unknown name followed by wide text still stays as written.
        assert_eq!(decode_entities("&木木木木;"), "&木木木木;");
    }
}
