//! Titles, excerpts, captions and names come from WordPress as HTML (`&#8217;`, `<em>`):
//! parsed as fragments with html5ever, which decodes every entity, and reduced to text.

use scraper::{ElementRef, Html};

use super::html_blocks::Dropped;
use super::md;

/// The text of an HTML fragment as a reader sees it (no script's or form's text), white space
/// collapsed, trimmed.
pub fn plain(html: &str) -> String {
    let fragment = Html::parse_fragment(html);
    md::collapse(&visible(fragment.root_element())).trim().to_owned()
}

/// The text of an element, leaving out what the conversion leaves out (`Dropped`).
pub fn visible(element: ElementRef<'_>) -> String {
    let mut out = String::new();
    for node in element.children() {
        if let Some(text) = node.value().as_text() {
            out.push_str(text);
        } else if let Some(child) = ElementRef::wrap(node) {
            if Dropped::of(child.value().name()).is_none() {
                out.push_str(&visible(child));
            }
        }
    }
    out
}

/// As [`plain`], `None` when nothing is left.
pub fn plain_html(html: &str) -> Option<String> {
    Some(plain(html)).filter(|t| !t.is_empty())
}

/// The excerpt as a standfirst: tags stripped, entities decoded, and the tail WordPress adds to
/// automatic excerpts (`[…]`, "Continue reading …", "Read more") taken off.
///
/// WordPress makes an excerpt from the whole text when the author wrote none (table cells,
/// code and button labels included): an excerpt that starts as the body starts is taken for
/// one of those, and `None` says to use the body's first sentences instead.
pub fn standfirst(excerpt_html: &str, first_paragraph: Option<&str>) -> Option<String> {
    const SAME_START: usize = 40;
    let mut text = plain(excerpt_html);
    let start = |t: &str| t.chars().filter(|c| c.is_alphanumeric()).take(SAME_START).collect::<String>();
    if first_paragraph.map(start).is_some_and(|p| !p.is_empty() && start(&text).starts_with(&p)) {
        return None;
    }
    for tail in ["Continue reading", "Read more"] {
        // A link at the end (with the post's title after it), not the words inside the text.
        if let Some(at) = text.rfind(tail).filter(|at| text.len() - at < 250) {
            text.truncate(at);
        }
    }
    let mut cut = false;
    for tail in ["[…]", "[...]", "…"] {
        if let Some(rest) = text.trim_end().strip_suffix(tail) {
            text = rest.trim_end().to_owned();
            cut = true;
        }
    }
    let mut text = text.trim().to_owned();
    if cut && !text.is_empty() && !text.ends_with(['.', '!', '?']) {
        text.push('…');
    }
    Some(text).filter(|t| !t.is_empty())
}

/// The first sentence(s) of the body, for a post without an excerpt: whole sentences up to
/// about 300 characters, or the paragraph cut at a word with `…`.
pub fn first_sentences(paragraph: &str) -> String {
    const MAX: usize = 300;
    let mut out = String::new();
    for sentence in paragraph.split_inclusive(['.', '!', '?']) {
        if out.chars().count() + sentence.chars().count() > MAX && !out.is_empty() {
            break;
        }
        out.push_str(sentence);
        if out.chars().count() > 80 {
            break;
        }
    }
    let out = out.trim();
    if out.chars().count() <= MAX {
        return out.to_owned();
    }
    gazette::model::text::excerpt(out, MAX)
}
