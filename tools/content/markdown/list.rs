//! Lists: one paragraph of inlines per item, nothing nested.

use gazette::model::article::{Block, Inline};
use pulldown_cmark::{Event, Tag, TagEnd};

use super::inline::is_block;
use super::Converter;

impl Converter<'_, '_> {
    pub(super) fn list(&mut self, ordered: bool) -> Option<Block> {
        let mut items = Vec::new();
        while let Some((event, range)) = self.events.next() {
            match event {
                Event::End(TagEnd::List(_)) => break,
                Event::Start(Tag::Item) => items.push(self.item()),
                _ => {
                    self.refuse(range.start, "unexpected content in a list");
                }
            }
        }
        Some(Block::List { ordered, items })
    }

    /// Tight items hold inlines directly; loose ones hold a paragraph.
    fn item(&mut self) -> Vec<Inline> {
        let mut content = Vec::new();
        let mut paragraphs = 0;
        while let Some((event, range)) = self.events.peek() {
            let at = range.start;
            match event {
                Event::End(_) => {
                    self.skip_rest();
                    break;
                }
                Event::Start(Tag::Paragraph) => {
                    self.events.next();
                    paragraphs += 1;
                    if paragraphs > 1 {
                        self.error(at, "a list item may hold one paragraph only");
                    }
                    content.extend(self.inline_only("lists"));
                    self.skip_rest();
                }
                Event::Start(Tag::List(_)) => {
                    self.events.next();
                    self.refuse_block(at, "nested lists are not allowed");
                }
                Event::Start(tag) if is_block(tag) => {
                    self.events.next();
                    self.refuse_block(at, "a list item may only hold text");
                }
                Event::Rule | Event::Html(_) => {
                    self.events.next();
                    self.refuse(at, "a list item may only hold text");
                }
                // Every other event is inline, so `inlines` consumes at least one: no endless loop.
                _ => content.extend(self.inline_only("lists")),
            }
        }
        content
    }
}
