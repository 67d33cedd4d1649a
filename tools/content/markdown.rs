//! The Markdown body → typed blocks. Only a small, predictable subset is accepted: anything
//! the app could not render as a typed node (raw HTML, rules, nesting) is an error here, at
//! build time, rather than something silently dropped in front of readers.

use std::iter::Peekable;

use gazette::model::article::{Block, Inline};
use gazette::model::text::inline_text;
use pulldown_cmark::{Event, HeadingLevel, OffsetIter, Options, Parser, Tag, TagEnd};

use crate::media::Media;

mod code;
mod inline;
mod list;
mod table;

/// Intrinsic size of a local image, by its `src`.
pub type SizeOf<'a> = &'a dyn Fn(&str) -> Result<(u32, u32), String>;

/// What the body's pictures are measured with: local files by reading them, remote ones by
/// the front matter's `media` entries.
pub struct Pictures<'a> {
    pub local_size: SizeOf<'a>,
    pub media: &'a [Media],
}

/// Errors as (file line, message); the caller adds the file and the field (`body`).
pub type LineErrors = Vec<(usize, String)>;

pub struct Converted {
    pub blocks: Vec<Block>,
    pub errors: LineErrors,
    /// The `media` URLs the body's pictures named, so that an entry nothing names is reported.
    pub media_used: Vec<String>,
}

pub fn convert(body: &str, first_line: usize, pictures: &Pictures<'_>) -> Converted {
    let mut converter = Converter {
        events: Parser::new_ext(body, Options::ENABLE_TABLES).into_offset_iter().peekable(),
        source: body,
        first_line,
        pictures,
        errors: Vec::new(),
        media_used: Vec::new(),
    };
    let blocks = converter.blocks();
    // `<b>x</b>` is two HTML events on one line; one message is enough.
    converter.errors.dedup();
    Converted { blocks, errors: converter.errors, media_used: converter.media_used }
}

struct Converter<'a, 's> {
    events: Peekable<OffsetIter<'a>>,
    source: &'a str,
    first_line: usize,
    pictures: &'s Pictures<'s>,
    errors: LineErrors,
    media_used: Vec<String>,
}

impl Converter<'_, '_> {
    fn line(&self, offset: usize) -> usize {
        self.first_line + self.source.get(..offset).unwrap_or(self.source).matches('\n').count()
    }

    fn error(&mut self, offset: usize, message: impl Into<String>) {
        let line = self.line(offset);
        self.errors.push((line, message.into()));
    }

    fn blocks(&mut self) -> Vec<Block> {
        let mut blocks = Vec::new();
        while let Some((event, range)) = self.events.next() {
            let at = range.start;
            let block = match event {
                Event::Start(Tag::Paragraph) => self.paragraph(),
                Event::Start(Tag::Heading { level, .. }) => self.heading(level, at),
                Event::Start(Tag::BlockQuote(_)) => self.quote(at),
                Event::Start(Tag::List(first)) => self.list(first.is_some()),
                Event::Start(Tag::CodeBlock(kind)) => self.code(&kind, at),
                Event::Start(Tag::Table(_)) => self.table(range),
                Event::Start(Tag::HtmlBlock) => self.refuse_block(at, "raw HTML is not allowed"),
                Event::Start(_) => self.refuse_block(at, "this kind of Markdown is not supported"),
                Event::Rule => self.refuse(at, "horizontal rules are not allowed"),
                _ => self.refuse(at, "this kind of Markdown is not supported"),
            };
            blocks.extend(block);
        }
        blocks
    }

    fn refuse(&mut self, at: usize, message: &str) -> Option<Block> {
        self.error(at, message);
        None
    }

    fn refuse_block(&mut self, at: usize, message: &str) -> Option<Block> {
        self.error(at, message);
        self.skip_rest();
        None
    }

    /// Consumes events up to and including the `End` that closes the current element.
    fn skip_rest(&mut self) {
        let mut depth = 0usize;
        for (event, _) in self.events.by_ref() {
            match event {
                Event::Start(_) => depth += 1,
                Event::End(_) if depth == 0 => return,
                Event::End(_) => depth -= 1,
                _ => {}
            }
        }
    }

    fn paragraph(&mut self) -> Option<Block> {
        let inlines = self.inlines();
        self.skip_rest();
        // Pictures alone, apart from the spaces and line breaks between them.
        let only_images = inlines.content.iter().all(|inline| match inline {
            Inline::Text { text } => text.trim().is_empty(),
            Inline::LineBreak => true,
            _ => false,
        });
        if only_images && inlines.images.len() == 1 {
            let image = inlines.images.into_iter().next()?;
            return self.body_image(image).map(|image| Block::Image { image });
        }
        if only_images && inlines.images.len() >= 2 {
            let count = inlines.images.len();
            let images: Vec<_> =
                inlines.images.into_iter().filter_map(|image| self.body_image(image)).collect();
            // A picture that failed has its message; the gallery goes with it.
            return (images.len() == count).then_some(Block::Gallery { images });
        }
        if inlines.images.is_empty() {
            return Some(Block::Paragraph { content: inlines.content });
        }
        for image in inlines.images {
            self.errors
                .push((image.line, "an image must be a paragraph of its own, with no text around it".into()));
        }
        None
    }

    fn heading(&mut self, level: HeadingLevel, at: usize) -> Option<Block> {
        let content = self.inline_only("headings");
        self.skip_rest();
        let level = match level {
            HeadingLevel::H1 => {
                return self.refuse(at, "the headline is the title; start body headings at ##")
            }
            HeadingLevel::H2 => 2,
            _ => 3,
        };
        Some(Block::Heading { level, content })
    }

    fn quote(&mut self, at: usize) -> Option<Block> {
        let errors_before = self.errors.len();
        let mut paragraphs = Vec::new();
        while let Some((event, range)) = self.events.next() {
            match event {
                Event::End(TagEnd::BlockQuote(_)) => break,
                Event::Start(Tag::Paragraph) => {
                    paragraphs.push(self.inline_only("quotes"));
                    self.skip_rest();
                }
                Event::Start(_) => {
                    self.refuse_block(
                        range.start,
                        "a quote may only hold paragraphs (no lists, headings or nested quotes)",
                    );
                }
                _ => {
                    self.refuse(range.start, "a quote may only hold paragraphs");
                }
            }
        }
        // The speaker goes in a last paragraph of its own: `> — Name, role`.
        let mut attribution = None;
        if paragraphs.len() >= 2 {
            let last = inline_text(paragraphs.last()?);
            let last = last.trim();
            if let Some(rest) = last.strip_prefix('—').or_else(|| last.strip_prefix("--")) {
                attribution = Some(rest.trim_start_matches(['—', '-']).trim().to_owned());
                paragraphs.pop();
            }
        }
        if paragraphs.is_empty() {
            // A quote that already failed for its content needs no second message.
            if self.errors.len() == errors_before {
                self.error(at, "a quote needs some text");
            }
            return None;
        }
        Some(Block::Quote { paragraphs, attribution })
    }
}

#[cfg(test)]
#[path = "tests/markdown.rs"]
mod tests;

#[cfg(test)]
#[path = "tests/markdown_blocks.rs"]
mod block_tests;
