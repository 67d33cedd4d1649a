//! A post's HTML (`content.rendered`) → the Markdown body of the authoring format: paragraphs,
//! headings, lists, quotes with their citation, pictures and galleries, tables, code. Parsed
//! with html5ever as a browser would (entities decoded, tags closed); nothing of the HTML is
//! copied through, so scripts, styles, iframes, forms and event attributes cannot survive:
//! what is left out is counted by kind for the import's report.

use std::collections::BTreeMap;

use ego_tree::NodeRef;
use scraper::{ElementRef, Html, Node};

use super::html_hostile::count_hostile;
pub use super::html_hostile::Dropped;
use super::html_inline::{Inlines, Picture, Pulled};
use super::html_structures::classes_of;
use super::md;

/// What the conversion asks of the import: where links and pictures go.
pub trait Resolve {
    /// The link's target in the Gazette site (`article/<slug>` for another imported post, an
    /// absolute URL otherwise), or `None` for a target that must not be linked.
    fn link(&mut self, href: &str) -> Option<String>;
    /// The picture's `src` in the Gazette site (downloaded under `public/`), or why not.
    fn picture(&mut self, src: &str) -> Result<String, String>;
}

pub struct Convert<'r> {
    resolver: &'r mut dyn Resolve,
    blocks: Vec<String>,
    pub dropped: BTreeMap<String, u64>,
    /// Why pictures were left out (a download failed, a type whose size cannot be read).
    pub notes: Vec<String>,
}

/// The body, and what was left out.
pub struct Body {
    pub markdown: String,
    pub dropped: BTreeMap<String, u64>,
    pub notes: Vec<String>,
    /// The first paragraph's plain text, for a standfirst when the post has no excerpt.
    pub first_paragraph: Option<String>,
}

pub fn convert(html: &str, resolver: &mut dyn Resolve) -> Body {
    let fragment = Html::parse_fragment(html);
    let mut convert = Convert { resolver, blocks: Vec::new(), dropped: BTreeMap::new(), notes: Vec::new() };
    count_hostile(fragment.root_element(), &mut convert.dropped);
    convert.container(*fragment.root_element());
    let first_paragraph = fragment
        .root_element()
        .descendent_elements()
        .find(|e| e.value().name() == "p")
        .map(|p| md::collapse(&super::text::visible(p)).trim().to_owned())
        .filter(|text| !text.is_empty());
    Body {
        markdown: convert.blocks.join("\n\n"),
        dropped: convert.dropped,
        notes: convert.notes,
        first_paragraph,
    }
}

impl Convert<'_> {
    /// A link's target as the resolver sees it, after making it absolute.
    pub(super) fn resolve_link(&mut self, href: &str) -> Option<String> {
        self.resolver.link(href)
    }

    pub(super) fn resolver_picture(&mut self, src: &str) -> Result<String, String> {
        self.resolver.picture(src)
    }

    pub fn dropped(&mut self, kind: &str) {
        *self.dropped.entry(kind.to_owned()).or_default() += 1;
    }

    pub(super) fn push_block(&mut self, block: String) {
        if !block.trim().is_empty() {
            self.blocks.push(block);
        }
    }

    /// Block content: loose text between blocks becomes paragraphs of its own.
    fn container(&mut self, node: NodeRef<'_, Node>) {
        let mut loose: Vec<NodeRef<'_, Node>> = Vec::new();
        for child in node.children() {
            let block = ElementRef::wrap(child).filter(|e| is_block_name(e.value().name()));
            match block {
                None => loose.push(child),
                Some(element) => {
                    self.loose(&mut loose);
                    self.block(element);
                }
            }
        }
        self.loose(&mut loose);
    }

    fn loose(&mut self, nodes: &mut Vec<NodeRef<'_, Node>>) {
        let inlines = self.inline_run(nodes.drain(..));
        self.paragraph_of(inlines);
    }

    fn block(&mut self, element: ElementRef<'_>) {
        let name = element.value().name();
        if let Some(kind) = Dropped::of(name) {
            if let Some(embed) = self.embed_of(element) {
                self.pulled(vec![embed]);
            }
            self.dropped(kind);
            return;
        }
        let class = classes_of(element);
        match name {
            "p" => {
                let inlines = self.inlines(*element);
                self.paragraph_of(inlines);
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let level = if matches!(name, "h1" | "h2") { "##" } else { "###" };
                let inlines = self.inlines(*element);
                let text = inlines.trimmed().replace("\\\n", " ");
                if !text.is_empty() {
                    self.push_block(format!("{level} {text}"));
                }
                self.pulled(inlines.pulled);
            }
            "ul" | "ol" => self.list(element),
            "blockquote" if is_social(&class) => {
                let embed = self.embed_of(element);
                self.pulled(embed.into_iter().collect());
            }
            "blockquote" => self.quote(element),
            "pre" => self.code(element),
            "table" => self.table(element),
            "hr" => self.dropped("hr"),
            "img" => {
                let picture = self.picture(element, None);
                self.pulled(picture.map(Pulled::Picture).into_iter().collect());
            }
            "figure" => self.figure(element, &class),
            "div" if class.contains("wp-caption") || class.contains("gallery") => {
                self.figure(element, &class)
            }
            _ => self.container(*element),
        }
    }

    /// A run of text, then what was pulled out of it.
    fn paragraph_of(&mut self, inlines: Inlines) {
        let text = inlines.trimmed().to_owned();
        if !text.is_empty() {
            self.push_block(text);
        }
        self.pulled(inlines.pulled);
    }

    /// Pictures and embeds taken out of a block: two or more pictures in a row are a gallery.
    pub fn pulled(&mut self, pulled: Vec<Pulled>) {
        let mut pictures: Vec<Picture> = Vec::new();
        for item in pulled {
            match item {
                Pulled::Picture(picture) => pictures.push(picture),
                Pulled::Embed { url, label } => {
                    self.pictures(std::mem::take(&mut pictures));
                    self.push_block(format!("[{}]({})", md::escape(&label), md::destination(&url)));
                }
            }
        }
        self.pictures(pictures);
    }

    fn pictures(&mut self, pictures: Vec<Picture>) {
        let lines: Vec<String> = pictures
            .iter()
            .map(|p| {
                let title = p.caption.as_deref().map(|c| format!(" {}", md::title(c))).unwrap_or_default();
                format!("![{}]({}{title})", md::escape(&p.alt), md::destination(&p.src))
            })
            .collect();
        if !lines.is_empty() {
            self.push_block(lines.join("\n"));
        }
    }
}

/// Elements that start a block of their own.
pub fn is_block_name(name: &str) -> bool {
    matches!(
        name,
        "p" | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "ul"
            | "ol"
            | "blockquote"
            | "pre"
            | "table"
            | "hr"
            | "figure"
            | "div"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "main"
            | "aside"
            | "nav"
            | "details"
            | "summary"
            | "dl"
            | "dt"
            | "dd"
            | "address"
            | "center"
            | "figcaption"
            | "iframe"
            | "script"
            | "style"
            | "form"
            | "object"
            | "embed"
            | "noscript"
            | "template"
            | "video"
            | "audio"
            | "canvas"
            | "svg"
            | "hgroup"
    )
}

/// Social posts pasted as their own markup (`blockquote.twitter-tweet`, `instagram-media`, …).
pub fn is_social(class: &str) -> bool {
    [
        "twitter-tweet",
        "instagram-media",
        "tiktok-embed",
        "wp-embedded-content",
        "bluesky-embed",
        "mastodon-embed",
    ]
    .iter()
    .any(|c| class.contains(c))
}
