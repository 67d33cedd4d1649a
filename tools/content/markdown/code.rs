//! Code and other preformatted text: fenced (```` ``` ```` or `~~~`, the first word of the
//! info string naming the language) and indented blocks, kept exactly as written.

use gazette::model::article::Block;
use pulldown_cmark::{CodeBlockKind, Event};

use super::Converter;

impl Converter<'_, '_> {
    /// After `Start(CodeBlock)`; consumes the block's events.
    pub(super) fn code(&mut self, kind: &CodeBlockKind<'_>, at: usize) -> Option<Block> {
        let mut text = String::new();
        for (event, _) in self.events.by_ref() {
            match event {
                Event::Text(part) => text.push_str(&part),
                _ => break,
            }
        }
        // Every line ends with a line break, the last one too: the block's end is not a line.
        let text = text.trim_end_matches(['\n', '\r']).to_owned();
        if text.trim().is_empty() {
            return self.refuse(at, "a code block needs some text");
        }
        let language = match kind {
            CodeBlockKind::Fenced(info) => info.split_whitespace().next().map(str::to_owned),
            CodeBlockKind::Indented => None,
        };
        Some(Block::Code { text, language })
    }
}
