//! What never survives the conversion of a post's HTML, named as the import's report counts
//! it: elements left out, and the event attributes and `javascript:` URLs anywhere in the post
//! (none is ever copied: the conversion rebuilds the text, it copies no attribute).

use std::collections::BTreeMap;

use scraper::ElementRef;

/// Elements never carried over, by the name the report counts them under.
pub struct Dropped;

impl Dropped {
    pub fn of(name: &str) -> Option<&'static str> {
        Some(match name {
            "script" => "script",
            "style" | "link" => "style",
            "iframe" | "frame" | "frameset" => "iframe",
            "form" | "input" | "button" | "select" | "textarea" | "option" | "fieldset" => "form",
            "object" | "embed" | "applet" | "param" => "object",
            "noscript" | "template" | "canvas" | "svg" | "math" | "meta" | "base" | "head" | "title" => {
                "other"
            }
            "video" | "audio" | "source" | "track" | "picture" => "media player",
            _ => return None,
        })
    }
}

/// Event attributes and `javascript:` URLs, wherever they are: none is ever copied, but the
/// report says how many the post had.
pub fn count_hostile(root: ElementRef<'_>, dropped: &mut BTreeMap<String, u64>) {
    for element in root.descendent_elements() {
        for (name, value) in element.value().attrs() {
            if name.len() > 2 && name.get(..2).is_some_and(|on| on.eq_ignore_ascii_case("on")) {
                *dropped.entry("event attribute".into()).or_default() += 1;
            }
            let url = matches!(name, "href" | "src" | "action" | "formaction" | "xlink:href");
            let squeezed: String = value.chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect();
            let scheme = squeezed.get(..11).map(str::to_ascii_lowercase);
            if url && scheme.as_deref() == Some("javascript:") {
                *dropped.entry("javascript: URL".into()).or_default() += 1;
            }
        }
    }
}
