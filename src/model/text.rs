//! Measures of article text: plain text, word counts, reading time, excerpts.

use super::article::{Block, Image, Inline};

/// Adult silent reading speed for news prose; the figure most news sites use.
pub const WORDS_PER_MINUTE: usize = 230;

/// Whole minutes, rounded up, never zero: "1 min read" for a brief.
pub fn reading_minutes(words: usize) -> u32 {
    let minutes = words.div_ceil(WORDS_PER_MINUTE).max(1);
    u32::try_from(minutes).unwrap_or(u32::MAX)
}

pub fn inline_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    push_inline_text(inlines, &mut out);
    out
}

fn push_inline_text(inlines: &[Inline], out: &mut String) {
    for inline in inlines {
        match inline {
            Inline::Text { text } | Inline::Code { text } => out.push_str(text),
            Inline::Emphasis { content } | Inline::Strong { content } | Inline::Link { content, .. } => {
                push_inline_text(content, out)
            }
            Inline::LineBreak => out.push(' '),
            Inline::Unsupported => {}
        }
    }
}

/// The text a reader reads in the body, one space between blocks: paragraphs, headings,
/// quotes, list items, table cells, code and image captions. What search indexes and cuts its
/// passages from (code included: a reader may search for a command they saw).
pub fn body_text(blocks: &[Block]) -> String {
    let mut out = String::new();
    let mut push = |inlines: &[Inline]| {
        push_inline_text(inlines, &mut out);
        out.push(' ');
    };
    for block in blocks {
        match block {
            Block::Paragraph { content } | Block::Heading { content, .. } => push(content),
            Block::Quote { paragraphs, .. } => paragraphs.iter().for_each(|p| push(p)),
            Block::List { items, .. } => items.iter().for_each(|item| push(item)),
            Block::Image { image } => push(&caption_inlines(image)),
            Block::Gallery { images } => images.iter().for_each(|image| push(&caption_inlines(image))),
            Block::Table { head, rows } => {
                head.iter().chain(rows.iter().flatten()).for_each(|cell| push(cell))
            }
            Block::Code { text, .. } => push(&[Inline::Text { text: text.clone() }]),
            Block::Unsupported => {}
        }
    }
    out
}

fn caption_inlines(image: &Image) -> [Inline; 1] {
    [Inline::Text { text: image.caption.clone().unwrap_or_default() }]
}

/// The words a reader reads: body text, headings, quotes, list items, table cells and image
/// captions. Not code: a listing is looked through, not read at prose speed, and a long one
/// would make a short story look long.
pub fn word_count(blocks: &[Block]) -> usize {
    blocks.iter().map(block_words).sum()
}

fn block_words(block: &Block) -> usize {
    let words = |inlines: &[Inline]| inline_text(inlines).split_whitespace().count();
    match block {
        Block::Paragraph { content } | Block::Heading { content, .. } => words(content),
        Block::Quote { paragraphs, attribution } => {
            paragraphs.iter().map(|p| words(p)).sum::<usize>()
                + attribution.as_deref().map_or(0, |a| a.split_whitespace().count())
        }
        Block::List { items, .. } => items.iter().map(|item| words(item)).sum(),
        Block::Image { image } => caption_words(image),
        Block::Gallery { images } => images.iter().map(caption_words).sum(),
        Block::Table { head, rows } => head.iter().chain(rows.iter().flatten()).map(|cell| words(cell)).sum(),
        Block::Code { .. } | Block::Unsupported => 0,
    }
}

fn caption_words(image: &Image) -> usize {
    image.caption.as_deref().map_or(0, |caption| caption.split_whitespace().count())
}

/// At most `max_chars` characters, cut at a word boundary with an ellipsis when shortened.
pub fn excerpt(text: &str, max_chars: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max_chars {
        return text;
    }
    let mut cut = String::new();
    for word in text.split(' ') {
        let needed = cut.chars().count() + usize::from(!cut.is_empty()) + word.chars().count();
        if needed > max_chars.saturating_sub(1) {
            break;
        }
        if !cut.is_empty() {
            cut.push(' ');
        }
        cut.push_str(word);
    }
    if cut.is_empty() {
        // One enormous word: cut inside it rather than return nothing.
        cut = text.chars().take(max_chars.saturating_sub(1)).collect();
    }
    let trimmed = cut.trim_end_matches(|c: char| c.is_ascii_punctuation());
    format!("{trimmed}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Inline {
        Inline::Text { text: s.to_owned() }
    }

    fn captioned(caption: Option<&str>) -> Image {
        Image {
            src: "images/a.svg".into(),
            alt: "A".into(),
            caption: caption.map(str::to_owned),
            credit: None,
            width: 4,
            height: 3,
            variants: Vec::new(),
        }
    }

    #[test]
    fn reading_time_rounds_up_and_is_never_zero() {
        assert_eq!(reading_minutes(0), 1);
        assert_eq!(reading_minutes(1), 1);
        assert_eq!(reading_minutes(230), 1);
        assert_eq!(reading_minutes(231), 2);
        assert_eq!(reading_minutes(1150), 5);
    }

    #[test]
    fn counts_words_in_every_kind_of_block() {
        let blocks = vec![
            Block::Heading { level: 2, content: vec![text("Two words")] },
            Block::Paragraph {
                content: vec![
                    text("One "),
                    Inline::Strong { content: vec![text("two")] },
                    text(" three "),
                    Inline::Link { href: "/x".into(), content: vec![text("four five")] },
                ],
            },
            Block::Quote { paragraphs: vec![vec![text("a b c")]], attribution: Some("— Ann Lee".into()) },
            Block::List { ordered: false, items: vec![vec![text("x")], vec![text("y z")]] },
            Block::Table {
                head: vec![vec![text("Gate")], vec![text("Width in metres")]],
                rows: vec![vec![vec![text("North")], vec![Inline::Strong { content: vec![text("40")] }]]],
            },
            Block::Code { text: "cargo build --release".into(), language: None },
            Block::Gallery { images: vec![captioned(Some("The north gate")), captioned(None)] },
            Block::Unsupported,
        ];
        // The table's 6 words and the caption's 3 count; the code's words do not.
        assert_eq!(word_count(&blocks), 2 + 5 + 3 + 3 + 3 + 6 + 3);
        let text = body_text(&blocks);
        for seen in ["Width in metres", "North", "40", "cargo build --release", "The north gate"] {
            assert!(text.contains(seen), "{seen} in {text}");
        }
    }

    #[test]
    fn excerpt_cuts_at_a_word() {
        assert_eq!(excerpt("Short text.", 50), "Short text.");
        assert_eq!(excerpt("The quick brown fox jumps", 16), "The quick brown…");
        assert_eq!(excerpt("Hello, world again", 14), "Hello, world…");
        assert_eq!(excerpt("  spaced   out  ", 50), "spaced out");
        assert_eq!(excerpt("Supercalifragilistic", 6), "Super…");
        assert!(excerpt(&"word ".repeat(100), 40).chars().count() <= 40);
    }
}
