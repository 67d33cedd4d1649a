//! `site.json`'s `sections` rewritten in place: the categories become the site's sections and
//! every other byte of the file stays as the publisher wrote it (keys, order, spacing). The
//! value is found with a small scanner of JSON's syntax, after serde_json has checked that the
//! file is JSON at all.

use gazette::model::article::Ref;

/// The file's text with its top-level `sections` replaced by `sections` (one `{ "slug",
/// "name" }` a line, as the file is written), or added before the last `}` when missing.
pub fn rewrite(text: &str, sections: &[Ref]) -> Result<String, String> {
    let _: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(text).map_err(|e| format!("not a JSON object: {e}"))?;
    let lines: Vec<String> = sections
        .iter()
        .map(|s| {
            let slug = serde_json::Value::String(s.slug.clone());
            let name = serde_json::Value::String(s.name.clone());
            format!("    {{ \"slug\": {slug}, \"name\": {name} }}")
        })
        .collect();
    let value = format!("[\n{}\n  ]", lines.join(",\n"));
    replace_top_level(text, "sections", &value)
}

/// The file's text with `comments.wordpress` set to the imported site, so its readers' comments
/// stay where they are: unless the publisher already chose a comment server (Isso's `server`,
/// or a WordPress address), which is left alone. `None` when nothing changes.
pub fn keep_wordpress_comments(text: &str, site: &str) -> Result<Option<String>, String> {
    let file: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(text).map_err(|e| format!("not a JSON object: {e}"))?;
    let mut comments = match file.get("comments") {
        Some(serde_json::Value::Object(comments)) => comments.clone(),
        _ => serde_json::Map::new(),
    };
    let chosen = |key: &str| {
        comments.get(key).and_then(serde_json::Value::as_str).is_some_and(|v| !v.trim().is_empty())
    };
    if chosen("server") || chosen("wordpress") {
        return Ok(None);
    }
    comments.insert("wordpress".to_owned(), serde_json::Value::String(site.to_owned()));
    let value = serde_json::to_string(&comments).map_err(|e| e.to_string())?;
    replace_top_level(text, "comments", &value).map(Some)
}

/// The file's text with the value of its top-level `key` replaced by `value` (JSON), or the key
/// added before the last `}` when missing.
fn replace_top_level(text: &str, key: &str, value: &str) -> Result<String, String> {
    match find_value(text, key) {
        Some((start, end)) => {
            Ok(format!("{}{value}{}", text.get(..start).unwrap_or(""), text.get(end..).unwrap_or("")))
        }
        None => {
            let close = text.rfind('}').ok_or("not a JSON object")?;
            let head = text.get(..close).unwrap_or("").trim_end();
            let comma = if head.ends_with('{') { "" } else { "," };
            Ok(format!("{head}{comma}\n  \"{key}\": {value}\n{}", text.get(close..).unwrap_or("")))
        }
    }
}

/// The byte range of the value of the top-level `key`.
fn find_value(text: &str, key: &str) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut at = 0;
    let mut expecting_key = false;
    while let Some(&b) = bytes.get(at) {
        match b {
            b'{' | b'[' => {
                depth += 1;
                expecting_key = b == b'{' && depth == 1;
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            b',' if depth == 1 => expecting_key = true,
            b'"' => {
                let end = string_end(bytes, at)?;
                if depth == 1 && expecting_key {
                    expecting_key = false;
                    let name: String = serde_json::from_str(text.get(at..end)?).ok()?;
                    if name == key {
                        let colon = end + text.get(end..)?.find(':')?;
                        let after = text.get(colon + 1..)?;
                        let start = colon + 1 + (after.len() - after.trim_start().len());
                        return Some((start, value_end(bytes, start)?));
                    }
                }
                at = end;
                continue;
            }
            _ => {}
        }
        at += 1;
    }
    None
}

/// Just past the closing quote of the string starting at `start`.
fn string_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut at = start + 1;
    loop {
        match *bytes.get(at)? {
            b'\\' => at += 2,
            b'"' => return Some(at + 1),
            _ => at += 1,
        }
    }
}

/// Just past the JSON value starting at `start`.
fn value_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut at = start;
    loop {
        match *bytes.get(at)? {
            b'"' => {
                at = string_end(bytes, at)?;
                if depth == 0 {
                    return Some(at);
                }
                continue;
            }
            b'{' | b'[' => depth += 1,
            // A scalar value ends at the object's end.
            b'}' | b']' if depth == 0 => return Some(at),
            b'}' | b']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(at + 1);
                }
            }
            b',' if depth == 0 => return Some(at),
            _ => {}
        }
        at += 1;
    }
}
