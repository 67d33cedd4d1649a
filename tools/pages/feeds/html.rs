//! An article's body as the HTML a feed item carries (`content:encoded`, Atom `content`, JSON
//! Feed `content_html`). Feed readers show it away from the site, with no `<base>`: every
//! address is absolute, every text escaped, and a link the app would not make (see
//! `model::href::safe_href`) is only its words, as in the app.

use std::fmt::Write as _;

use gazette::model::article::{Block, Image, Inline};
use gazette::model::href::safe_href;
use gazette::model::public_url::PublicUrl;

use crate::html::escape_html;

/// Where the body's addresses are resolved: the site, and the article's own page (for `#…`
/// and `?…` links, which an author writes about the page they are on).
pub struct Resolve<'a> {
    pub url: &'a PublicUrl,
    pub page: &'a str,
}

impl Resolve<'_> {
    /// A safe link target made absolute: `https:` and `mailto:` as they are, a path under the
    /// site's folder (`article/x`, as the app's `<base>` reads it), `/x` on the site's host.
    pub fn href(&self, safe: &str) -> String {
        if safe.starts_with('#') || safe.starts_with('?') {
            format!("{}{safe}", self.page)
        } else if ["http:", "https:", "mailto:"]
            .iter()
            .any(|scheme| safe.get(..scheme.len()).is_some_and(|start| start.eq_ignore_ascii_case(scheme)))
        {
            // The only schemes `safe_href` lets through.
            safe.to_owned()
        } else {
            self.url.file(safe)
        }
    }
}

/// The body, block by block. Kinds of block or inline this version does not know are left out,
/// as the app leaves them out.
pub fn body_html(blocks: &[Block], resolve: &Resolve<'_>) -> String {
    let mut html = String::new();
    for block in blocks {
        match block {
            Block::Paragraph { content } => wrap(&mut html, "p", content, resolve),
            // The headline is the item's title: body headings stay below it, as in the app.
            Block::Heading { level, content } => {
                wrap(&mut html, if *level <= 2 { "h2" } else { "h3" }, content, resolve);
            }
            Block::Quote { paragraphs, attribution } => {
                html.push_str("<blockquote>");
                for paragraph in paragraphs {
                    wrap(&mut html, "p", paragraph, resolve);
                }
                if let Some(name) = attribution {
                    let _ = write!(html, "<footer>— {}</footer>", escape_html(name));
                }
                html.push_str("</blockquote>");
            }
            Block::List { ordered, items } => {
                let tag = if *ordered { "ol" } else { "ul" };
                let _ = write!(html, "<{tag}>");
                for item in items {
                    wrap(&mut html, "li", item, resolve);
                }
                let _ = write!(html, "</{tag}>");
            }
            Block::Image { image } => html.push_str(&figure(image, resolve.url)),
            // A feed reader lays pictures out its own way: one figure after another.
            Block::Gallery { images } => {
                images.iter().for_each(|image| html.push_str(&figure(image, resolve.url)))
            }
            Block::Table { head, rows } => table(&mut html, head, rows, resolve),
            Block::Code { text, language } => {
                html.push_str("<pre><code");
                if let Some(language) = language {
                    // The class feed readers' highlighters look for (`language-rust`).
                    let _ = write!(html, " class=\"language-{}\"", escape_html(language));
                }
                let _ = write!(html, ">{}</code></pre>", escape_html(text));
            }
            Block::Unsupported => {}
        }
    }
    html
}

/// A picture with its caption: `<figure><img …><figcaption>…</figcaption></figure>`.
pub fn figure(image: &Image, url: &PublicUrl) -> String {
    let mut html = format!(
        "<figure><img src=\"{}\" alt=\"{}\" width=\"{}\" height=\"{}\">",
        escape_html(&url.file(&image.src)),
        escape_html(&image.alt),
        image.width,
        image.height
    );
    if let Some(caption) = image.caption.as_deref().filter(|caption| !caption.trim().is_empty()) {
        let _ = write!(html, "<figcaption>{}</figcaption>", escape_html(caption));
    }
    html.push_str("</figure>");
    html
}

fn table(html: &mut String, head: &[Vec<Inline>], rows: &[Vec<Vec<Inline>>], resolve: &Resolve<'_>) {
    html.push_str("<table>");
    if !head.is_empty() {
        html.push_str("<thead><tr>");
        for cell in head {
            html.push_str("<th scope=\"col\">");
            inlines(html, cell, resolve);
            html.push_str("</th>");
        }
        html.push_str("</tr></thead>");
    }
    html.push_str("<tbody>");
    for row in rows {
        html.push_str("<tr>");
        for cell in row {
            wrap(html, "td", cell, resolve);
        }
        html.push_str("</tr>");
    }
    html.push_str("</tbody></table>");
}

fn wrap(html: &mut String, tag: &str, content: &[Inline], resolve: &Resolve<'_>) {
    let _ = write!(html, "<{tag}>");
    inlines(html, content, resolve);
    let _ = write!(html, "</{tag}>");
}

fn inlines(html: &mut String, content: &[Inline], resolve: &Resolve<'_>) {
    for inline in content {
        match inline {
            Inline::Text { text } => html.push_str(&escape_html(text)),
            Inline::Emphasis { content } => wrap(html, "em", content, resolve),
            Inline::Strong { content } => wrap(html, "strong", content, resolve),
            Inline::Code { text } => {
                let _ = write!(html, "<code>{}</code>", escape_html(text));
            }
            Inline::Link { href, content } => match safe_href(href) {
                Some(safe) => {
                    let _ = write!(html, "<a href=\"{}\">", escape_html(&resolve.href(safe)));
                    inlines(html, content, resolve);
                    html.push_str("</a>");
                }
                // Not a link we trust: keep the words, drop the link.
                None => inlines(html, content, resolve),
            },
            Inline::LineBreak => html.push_str("<br>"),
            Inline::Unsupported => {}
        }
    }
}

#[cfg(test)]
#[path = "html_tests.rs"]
mod tests;
