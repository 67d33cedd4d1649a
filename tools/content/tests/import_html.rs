//! HTML → Markdown, read back by the content tool's own Markdown reader: text stays text, and
//! each kind of block arrives as that block. Post bodies come from the captured posts where
//! there is one (post 60 of Frontity's demo site); the rules for single constructs use the
//! smallest HTML that shows them.

use std::path::PathBuf;

use gazette::model::article::{Block, Inline};
use gazette::model::text::inline_text;

use super::html_blocks::{convert, Resolve};

/// Links kept as they are; every picture is `images/p.jpg`.
struct Plain;

impl Resolve for Plain {
    fn link(&mut self, href: &str) -> Option<String> {
        gazette::model::href::safe_href(href).map(str::to_owned)
    }

    fn picture(&mut self, _: &str) -> Result<String, String> {
        Ok("images/p.jpg".to_owned())
    }
}

/// The body the content tool reads from the converted HTML (every problem fails the test).
fn blocks(html: &str) -> (Vec<Block>, String) {
    let body = convert(html, &mut Plain);
    let pictures = crate::markdown::Pictures { local_size: &|_| Ok((1200, 800)), media: &[] };
    let read = crate::markdown::convert(&body.markdown, 1, &pictures);
    assert!(read.errors.is_empty(), "{:?} in\n{}", read.errors, body.markdown);
    (read.blocks, body.markdown)
}

fn paragraph_texts(blocks: &[Block]) -> Vec<String> {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph { content } => Some(inline_text(content)),
            _ => None,
        })
        .collect()
}

#[test]
fn text_that_looks_like_markup_stays_text() {
    let html = "<p>*not em* _nor this_ [not a link](x) &lt;b&gt;no tag&lt;/b&gt; &amp;copy; a | b `tick` \\ back</p>\
                <p># not a heading</p><p>1. not a list</p><p>- nor this</p><p>&gt; not a quote</p>";
    let (blocks, markdown) = blocks(html);
    assert_eq!(
        paragraph_texts(&blocks),
        [
            "*not em* _nor this_ [not a link](x) <b>no tag</b> &copy; a | b `tick` \\ back",
            "# not a heading",
            "1. not a list",
            "- nor this",
            "> not a quote",
        ],
        "{markdown}"
    );
}

#[test]
fn inline_formatting_keeps_its_spaces() {
    let (blocks, markdown) = blocks("<p>The <strong>seven gates </strong>of <em> the</em> barrier, <a href=\"https://e.org/\">see</a>, <code>a`b</code>.<br>Next line</p>");
    let [Block::Paragraph { content }] = blocks.as_slice() else { panic!("one paragraph: {markdown}") };
    assert_eq!(inline_text(content), "The seven gates of the barrier, see, a`b. Next line", "{markdown}");
    assert!(content.iter().any(|i| matches!(i, Inline::Strong { .. })));
    assert!(content.iter().any(|i| matches!(i, Inline::LineBreak)));
    assert!(content.iter().any(|i| matches!(i, Inline::Link { href, .. } if href == "https://e.org/")));
}

#[test]
fn headings_lists_and_quotes_become_gazette_blocks() {
    let html = "<h1>Top</h1><h4>Low</h4><ul><li>one<ul><li>one and a half</li></ul></li><li>two</li></ul>\
                <figure class=\"wp-block-pullquote\"><blockquote><p>Said.</p><cite>Ann Lee</cite></blockquote></figure>";
    let (blocks, markdown) = blocks(html);
    assert!(matches!(&blocks[0], Block::Heading { level: 2, .. }), "{markdown}");
    assert!(matches!(&blocks[1], Block::Heading { level: 3, .. }), "{markdown}");
    let Block::List { items, .. } = &blocks[2] else { panic!("a list: {markdown}") };
    let items: Vec<String> = items.iter().map(|i| inline_text(i)).collect();
    assert_eq!(items, ["one", "one and a half", "two"], "nested items follow their parent");
    let Block::Quote { paragraphs, attribution } = &blocks[3] else { panic!("a quote: {markdown}") };
    assert_eq!((paragraphs.len(), attribution.as_deref()), (1, Some("Ann Lee")));
}

#[test]
fn a_captured_post_converts_with_its_picture_embed_and_links() {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/wordpress-frontity/post-60.json");
    let post: super::wp::Post =
        serde_json::from_str(&std::fs::read_to_string(path).expect("post-60")).expect("a post");
    let body = convert(&post.content.rendered, &mut Plain);
    assert_eq!(body.dropped.get("iframe"), Some(&1), "{:?}", body.dropped);
    let (blocks, markdown) = blocks(&post.content.rendered);
    let image = blocks.iter().find_map(|b| match b {
        Block::Image { image } => Some(image),
        _ => None,
    });
    let image = image.unwrap_or_else(|| panic!("the figure: {markdown}"));
    assert_eq!(
        (image.alt.as_str(), image.caption.as_deref()),
        ("gullfoss", Some("Gullfoss, an iconic waterfall of Iceland."))
    );
    let texts = paragraph_texts(&blocks);
    assert!(
        texts.iter().any(|t| t.starts_with("During the first half of the 20th century")),
        "a div's text is a paragraph"
    );
    assert!(
        markdown.contains("(https://www.youtube.com/embed/3bUtvUAeX8s?feature=oembed)"),
        "the video is a link: {markdown}"
    );
    assert!(!markdown.contains("<iframe"), "{markdown}");
}

#[test]
fn a_list_item_may_start_with_emphasis_or_with_words_that_look_like_a_list() {
    let (blocks, markdown) =
        blocks("<ol><li><em>First</em> of all</li><li>- a dash</li><li>3. three</li></ol>");
    let Block::List { items, ordered: true } = &blocks[0] else { panic!("an ordered list: {markdown}") };
    assert!(matches!(items[0].first(), Some(Inline::Emphasis { .. })), "{markdown}");
    let items: Vec<String> = items.iter().map(|i| inline_text(i)).collect();
    assert_eq!(items, ["First of all", "- a dash", "3. three"], "{markdown}");
}
