//! Small HTML helpers: escaping text, and reading the built `index.html`.

/// Content as element text or a double-quoted attribute value: never markup. The app's own
/// escape (what it writes for comments kept on the device).
pub use gazette::model::comments::entities::escape_html;

/// The value of `name` in the first tag that starts with `start` (`<base `).
pub fn attribute_of_tag(html: &str, start: &str, name: &str) -> Option<String> {
    let at = html.find(start)?;
    let tag = html.get(at..at + html.get(at..)?.find('>')?)?;
    let key = format!("{name}=\"");
    let from = tag.find(&key)? + key.len();
    Some(tag.get(from..from + tag.get(from..)?.find('"')?)?.to_owned())
}

/// Every `<link rel="REL" …>` tag, as written, in document order.
pub fn find_links(html: &str, rel: &str) -> Vec<String> {
    let needle = format!("rel=\"{rel}\"");
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find("<link") {
        let Some(length) = rest[at..].find('>') else { break };
        let tag = &rest[at..at + length + 1];
        if tag.contains(&needle) {
            found.push(tag.to_owned());
        }
        rest = &rest[at + length + 1..];
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_built_links() {
        let index = r#"<base href="/news/" /><link rel="stylesheet" href="/news/main-1.css" integrity="x"/><link rel="icon" href="/f.svg"/><link rel="stylesheet" href="/news/b-2.css"/>"#;
        assert_eq!(attribute_of_tag(index, "<base ", "href").as_deref(), Some("/news/"));
        assert_eq!(
            find_links(index, "stylesheet"),
            [
                r#"<link rel="stylesheet" href="/news/main-1.css" integrity="x"/>"#,
                r#"<link rel="stylesheet" href="/news/b-2.css"/>"#
            ]
        );
        assert!(find_links(index, "preload").is_empty());
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape_html(r#"<a href="x">&"#), "&lt;a href=&quot;x&quot;&gt;&amp;");
    }
}
