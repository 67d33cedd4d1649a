//! Small HTML helpers: escaping content, reading the built `index.html`, and dates
//! written the way the app writes them.

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

/// `2026-11-27T08:30:00Z` → `November 27, 2026`, as the app's `Intl` long date reads in en-US
/// (the benchmark's browser locale). Anything else is shown as written, as the app does.
pub fn long_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let part = |range: std::ops::Range<usize>| iso.get(range).and_then(|s| s.parse::<usize>().ok());
    match (part(0..4), part(5..7), part(8..10)) {
        (Some(year), Some(month @ 1..=12), Some(day)) => format!("{} {day}, {year}", MONTHS[month - 1]),
        _ => iso.to_owned(),
    }
}

/// The current year (UTC), for the footer's copyright line, as the app prints it.
pub fn current_year() -> i64 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    // Civil-from-days (Howard Hinnant's algorithm), year only.
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    yoe + era * 400 + i64::from(month <= 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_like_the_app() {
        assert_eq!(long_date("2026-11-27T08:30:00Z"), "November 27, 2026");
        assert_eq!(long_date("soon"), "soon");
        assert!(current_year() >= 2024);
    }

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
