//! Inline content: text runs, emphasis, code, links and images, and the checks on them
//! (safe link targets, images only as paragraphs of their own, alt text, sizes).

use gazette::model::article::{Image, Inline};
use gazette::model::href::safe_href;
use gazette::model::text::inline_text;
use pulldown_cmark::{Event, LinkType, Tag};

use super::{Converter, LineErrors};
use crate::images::{self, Source};

/// An image met among inlines; whether it is allowed depends on what surrounds it.
pub(super) struct ImageRef {
    pub(super) line: usize,
    src: String,
    alt: String,
    title: String,
}

#[derive(Default)]
pub(super) struct Inlines {
    pub(super) content: Vec<Inline>,
    pub(super) images: Vec<ImageRef>,
}

impl Converter<'_, '_> {
    /// Inlines where images may not appear.
    pub(super) fn inline_only(&mut self, place: &str) -> Vec<Inline> {
        let inlines = self.inlines();
        for image in inlines.images {
            self.errors.push((
                image.line,
                format!("images are not allowed in {place}; put the image in a paragraph of its own"),
            ));
        }
        inlines.content
    }

    /// Inline events up to (not including) the `End` of the enclosing element.
    pub(super) fn inlines(&mut self) -> Inlines {
        let mut out = Inlines::default();
        while let Some((event, _)) = self.events.peek() {
            let stop = matches!(event, Event::End(_) | Event::Rule | Event::Html(_))
                || matches!(event, Event::Start(tag) if is_block(tag));
            if stop {
                break;
            }
            let Some((event, range)) = self.events.next() else { break };
            let at = range.start;
            match event {
                Event::Text(text) => push_text(&mut out.content, &text),
                Event::SoftBreak => push_text(&mut out.content, " "),
                Event::HardBreak => out.content.push(Inline::LineBreak),
                Event::Code(text) => out.content.push(Inline::Code { text: text.to_string() }),
                Event::InlineHtml(_) => self.error(at, "raw HTML is not allowed"),
                Event::Start(Tag::Emphasis) => {
                    let content = self.nested(&mut out.images);
                    out.content.push(Inline::Emphasis { content });
                }
                Event::Start(Tag::Strong) => {
                    let content = self.nested(&mut out.images);
                    out.content.push(Inline::Strong { content });
                }
                Event::Start(Tag::Link { link_type, dest_url, .. }) => {
                    let content = self.nested(&mut out.images);
                    let target = match link_type {
                        LinkType::Email => format!("mailto:{dest_url}"),
                        _ => dest_url.to_string(),
                    };
                    match safe_href(&target) {
                        Some(href) => out.content.push(Inline::Link { href: href.to_owned(), content }),
                        None => self.error(at, format!(
                            "link {:?} to {target:?} is not allowed (only http, https, mailto and site paths)",
                            inline_text(&content)
                        )),
                    }
                }
                Event::Start(Tag::Image { dest_url, title, .. }) => {
                    let alt = self.nested(&mut out.images);
                    let line = self.line(at);
                    out.images.push(ImageRef {
                        line,
                        src: dest_url.to_string(),
                        alt: inline_text(&alt),
                        title: title.to_string(),
                    });
                }
                Event::Start(_) => {
                    self.refuse_block(at, "this kind of Markdown is not supported");
                }
                _ => self.error(at, "this kind of Markdown is not supported"),
            }
        }
        out
    }

    /// The content of an inline element, consuming its `End`; images inside bubble up.
    pub(super) fn nested(&mut self, images: &mut Vec<ImageRef>) -> Vec<Inline> {
        let inner = self.inlines();
        self.skip_rest();
        images.extend(inner.images);
        inner.content
    }

    pub(super) fn body_image(&mut self, image: ImageRef) -> Option<Image> {
        let fail = |errors: &mut LineErrors, message: String| {
            errors.push((image.line, message));
            None
        };
        let alt = image.alt.trim();
        if alt.is_empty() {
            return fail(&mut self.errors, "image alt text is required: ![what the image shows](src)".into());
        }
        let (width, height, variants) = match images::classify(&image.src) {
            Err(message) => return fail(&mut self.errors, format!("image: {message}")),
            Ok(Source::Remote) => {
                let pictures = self.pictures;
                let Some(entry) = pictures.media.iter().find(|entry| entry.src == image.src) else {
                    return fail(&mut self.errors, images::remote_in_body(&image.src));
                };
                self.media_used.push(entry.src.clone());
                // A wrong entry has its own message already.
                let size = entry.size.as_ref()?;
                (size.width, size.height, size.variants.clone())
            }
            Ok(Source::Local(src)) => match (self.pictures.local_size)(src) {
                Ok((width, height)) => (width, height, Vec::new()),
                Err(message) => return fail(&mut self.errors, format!("image: {message}")),
            },
        };
        let caption = Some(image.title.trim().to_owned()).filter(|c| !c.is_empty());
        Some(Image {
            src: image.src.clone(),
            alt: alt.to_owned(),
            caption,
            credit: None,
            width,
            height,
            variants,
        })
    }
}

pub(super) fn is_block(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::Paragraph
            | Tag::Heading { .. }
            | Tag::BlockQuote(_)
            | Tag::CodeBlock(_)
            | Tag::HtmlBlock
            | Tag::List(_)
            | Tag::Item
            | Tag::Table(_)
            | Tag::TableHead
            | Tag::TableRow
            | Tag::TableCell
    )
}

/// pulldown-cmark splits text at entities and brackets; readers' text is one run.
fn push_text(content: &mut Vec<Inline>, text: &str) {
    if let Some(Inline::Text { text: last }) = content.last_mut() {
        last.push_str(text);
    } else {
        content.push(Inline::Text { text: text.to_owned() });
    }
}
