//! HTML inline content → Markdown inline text: text escaped, emphasis, strong, code, links.
//! Pictures and embeds found inside a run of text are pulled out, to follow the block they
//! were in (the content tool allows an image only alone in its paragraph).

use ego_tree::NodeRef;
use scraper::{ElementRef, Node};

use super::html_blocks::{Convert, Dropped};
use super::md;

/// A picture as the body will show it: a local path or URL the resolver gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picture {
    pub src: String,
    pub alt: String,
    pub caption: Option<String>,
}

/// What is taken out of a run of text to stand on its own after it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pulled {
    Picture(Picture),
    /// An embed's source, shown as a link.
    Embed {
        url: String,
        label: String,
    },
}

#[derive(Default)]
pub struct Inlines {
    /// Markdown, with single spaces (collapsed as a browser would) and `\` + newline breaks.
    pub text: String,
    pub pulled: Vec<Pulled>,
}

impl Inlines {
    /// The text without its outer spaces: a paragraph, an item, a cell.
    pub fn trimmed(&self) -> &str {
        // A run never starts with a break (`<br>` at the start is dropped), but may end with
        // spaces and breaks; a backslash is otherwise an escape and stays.
        let mut text = self.text.trim_start_matches([' ', '\n']);
        loop {
            let shorter = text.trim_end_matches(' ');
            let shorter = shorter.strip_suffix("\\\n").unwrap_or(shorter);
            if shorter.len() == text.len() {
                return text;
            }
            text = shorter;
        }
    }

    fn at_line_start(&self) -> bool {
        self.text.is_empty() || self.text.ends_with('\n')
    }

    fn push_text(&mut self, raw: &str) {
        let mut text = md::collapse(raw);
        if self.text.ends_with(' ') || self.at_line_start() {
            text = text.trim_start().to_owned();
        }
        if text.is_empty() {
            return;
        }
        let escaped = md::escape(&text);
        if self.at_line_start() {
            self.text.push_str(&md::escape_line_start(&escaped));
        } else {
            self.text.push_str(&escaped);
        }
    }

    /// `marker` around `inner`, with its outer spaces moved outside (CommonMark's `* a*` is
    /// not emphasis).
    fn push_wrapped(&mut self, marker: &str, inner: Inlines) {
        let body = inner.text.trim_matches(' ');
        if !body.is_empty() {
            if inner.text.starts_with(' ') && !self.text.ends_with(' ') && !self.at_line_start() {
                self.text.push(' ');
            }
            self.text.push_str(marker);
            self.text.push_str(body);
            self.text.push_str(marker);
            if inner.text.ends_with(' ') {
                self.text.push(' ');
            }
        }
        self.pulled.extend(inner.pulled);
    }

    fn push_raw(&mut self, markdown: &str) {
        self.text.push_str(markdown);
    }
}

impl Convert<'_> {
    /// The Markdown of `node`'s children as one run of text.
    pub fn inlines(&mut self, node: NodeRef<'_, Node>) -> Inlines {
        let mut out = Inlines::default();
        self.inline_children(node, &mut out);
        out
    }

    /// Sibling nodes as one run of text.
    pub fn inline_run<'n>(&mut self, nodes: impl Iterator<Item = NodeRef<'n, Node>>) -> Inlines {
        let mut out = Inlines::default();
        self.inline_nodes(nodes, &mut out);
        out
    }

    fn inline_children(&mut self, node: NodeRef<'_, Node>, out: &mut Inlines) {
        self.inline_nodes(node.children(), out);
    }

    fn inline_nodes<'n>(&mut self, nodes: impl Iterator<Item = NodeRef<'n, Node>>, out: &mut Inlines) {
        for child in nodes {
            match child.value() {
                Node::Text(text) => out.push_text(text),
                Node::Element(_) => {
                    if let Some(element) = ElementRef::wrap(child) {
                        self.inline_element(element, out);
                    }
                }
                _ => {}
            }
        }
    }

    fn inline_element(&mut self, element: ElementRef<'_>, out: &mut Inlines) {
        let name = element.value().name();
        if let Some(kind) = Dropped::of(name) {
            if let Some(embed) = self.embed_of(element) {
                out.pulled.push(embed);
            }
            self.dropped(kind);
            return;
        }
        match name {
            "br" => {
                if !out.at_line_start() {
                    // Trailing spaces would make `\` part of the text: the break follows text.
                    let kept = out.text.trim_end_matches(' ').len();
                    out.text.truncate(kept);
                    out.push_raw("\\\n");
                }
            }
            "em" | "i" | "cite" | "dfn" | "var" => {
                let inner = self.inlines(*element);
                out.push_wrapped("*", inner);
            }
            "strong" | "b" => {
                let inner = self.inlines(*element);
                out.push_wrapped("**", inner);
            }
            "code" | "kbd" | "samp" | "tt" => {
                let text = md::collapse(&element.text().collect::<String>());
                let text = text.trim();
                if !text.is_empty() {
                    out.push_raw(&md::code_span(text));
                }
            }
            "q" => {
                out.push_text("“");
                self.inline_children(*element, out);
                out.push_text("”");
            }
            "a" => self.link(element, out),
            "img" => {
                if let Some(picture) = self.picture(element, None) {
                    out.pulled.push(Pulled::Picture(picture));
                }
            }
            _ => self.inline_children(*element, out),
        }
    }

    fn link(&mut self, element: ElementRef<'_>, out: &mut Inlines) {
        let inner = self.inlines(*element);
        let href = element.value().attr("href").and_then(|href| self.resolve_link(href));
        match href {
            Some(href) if !inner.trimmed().is_empty() => {
                let body = inner.text.trim_matches(' ');
                if inner.text.starts_with(' ') && !out.text.ends_with(' ') && !out.at_line_start() {
                    out.push_raw(" ");
                }
                out.push_raw(&format!("[{body}]({})", md::destination(&href)));
                if inner.text.ends_with(' ') {
                    out.push_raw(" ");
                }
                out.pulled.extend(inner.pulled);
            }
            // No safe target (or only a picture inside): the text stays, without the link.
            _ => {
                out.push_raw(&inner.text);
                out.pulled.extend(inner.pulled);
            }
        }
    }
}
