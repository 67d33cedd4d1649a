//! Percent-encoding of a query value, and its inverse.

/// Percent-encodes everything but the unreserved characters of RFC 3986, so `&`, `#`, `+`,
/// spaces and non-ASCII text survive as part of one query value.
pub fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The inverse of [`encode_component`], reading `+` as a space the way a GET form writes it;
/// a malformed escape is kept as it is, and invalid UTF-8 becomes U+FFFD.
pub fn decode_component(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (byte, hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(decoded)) => {
                out.push(decoded);
                i += 3;
            }
            (b'+', _) => {
                out.push(b' ');
                i += 1;
            }
            _ => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::routes::Links;

    #[test]
    fn search_queries_round_trip() {
        for query in ["tidal barrier", "a&b#c=d?e/f", "Zoë Ångström", "東京 🚢", "100% + 50%", "%zz %4", "  "]
        {
            let href = Links::new("/").search(query, 2);
            let value = href.strip_prefix("/search?q=").and_then(|rest| rest.strip_suffix("&page=2"));
            assert_eq!(value.map(decode_component).as_deref(), Some(query), "{href}");
        }
        assert_eq!(decode_component("tidal+barrier%2B"), "tidal barrier+");
        assert_eq!(decode_component("%zz%4"), "%zz%4");
        assert_eq!(decode_component("%FF"), "\u{FFFD}");
    }
}
