use gazette::model::article::Image;

use super::*;
use crate::images;
use crate::media::Media;

fn size_of(src: &str) -> Result<(u32, u32), String> {
    match src {
        "images/chart.svg" => Ok((1200, 800)),
        _ => Err(format!("{src} does not exist")),
    }
}

fn pictures(media: &[Media]) -> Pictures<'_> {
    Pictures { local_size: &size_of, media }
}

fn blocks(body: &str) -> Vec<Block> {
    let converted = convert(body, 1, &pictures(&[]));
    assert!(converted.errors.is_empty(), "unexpected errors: {:?}", converted.errors);
    converted.blocks
}

/// Errors, with the body starting on file line 10 (as after a 9-line front matter).
fn errors(body: &str) -> LineErrors {
    convert(body, 10, &pictures(&[])).errors
}

fn text(s: &str) -> Inline {
    Inline::Text { text: s.to_owned() }
}

#[test]
fn paragraphs_and_inlines() {
    let got = blocks("Plain *em* **strong** `code` [link](https://example.org/a) &amp; more\nsoft  \nhard");
    let want = vec![Block::Paragraph {
        content: vec![
            text("Plain "),
            Inline::Emphasis { content: vec![text("em")] },
            text(" "),
            Inline::Strong { content: vec![text("strong")] },
            text(" "),
            Inline::Code { text: "code".into() },
            text(" "),
            Inline::Link { href: "https://example.org/a".into(), content: vec![text("link")] },
            text(" & more soft"),
            Inline::LineBreak,
            text("hard"),
        ],
    }];
    assert_eq!(got, want);
}

#[test]
fn adjacent_text_runs_are_merged() {
    assert_eq!(blocks("a [b c\nd"), vec![Block::Paragraph { content: vec![text("a [b c d")] }]);
}

#[test]
fn headings_map_to_two_levels() {
    let got = blocks("## Two\n\n### Three\n\n#### Four\n\nSetext\n------\n");
    let levels: Vec<u8> = got
        .iter()
        .filter_map(|b| if let Block::Heading { level, .. } = b { Some(*level) } else { None })
        .collect();
    assert_eq!(levels, [2, 3, 3, 2]);
    assert_eq!(got[0], Block::Heading { level: 2, content: vec![text("Two")] });
    assert_eq!(
        errors("# Title\n"),
        [(10, "the headline is the title; start body headings at ##".to_owned())]
    );
}

#[test]
fn quotes_take_the_attribution_from_a_dash_paragraph() {
    let got = blocks("> First.\n>\n> Second.\n>\n> — Berit Saelens, 81\n\n> Other\n>\n> -- Ann\n\n> — Not an attribution alone\n");
    assert_eq!(
        got[0],
        Block::Quote {
            paragraphs: vec![vec![text("First.")], vec![text("Second.")]],
            attribution: Some("Berit Saelens, 81".into())
        }
    );
    assert_eq!(
        got[1],
        Block::Quote { paragraphs: vec![vec![text("Other")]], attribution: Some("Ann".into()) }
    );
    assert_eq!(
        got[2],
        Block::Quote { paragraphs: vec![vec![text("— Not an attribution alone")]], attribution: None }
    );
}

#[test]
fn tight_and_loose_lists() {
    let items = vec![vec![text("one")], vec![Inline::Strong { content: vec![text("two")] }]];
    assert_eq!(blocks("- one\n- **two**\n"), vec![Block::List { ordered: false, items: items.clone() }]);
    assert_eq!(blocks("1. one\n\n2. **two**\n"), vec![Block::List { ordered: true, items }]);
}

#[test]
fn image_paragraphs_become_image_blocks() {
    let got = blocks("![A chart](images/chart.svg \"Rates rose.\")\n\n![Bare](images/chart.svg)");
    assert_eq!(
        got[0],
        Block::Image {
            image: Image {
                src: "images/chart.svg".into(),
                alt: "A chart".into(),
                caption: Some("Rates rose.".into()),
                credit: None,
                width: 1200,
                height: 800,
                variants: Vec::new(),
            }
        }
    );
    assert!(matches!(&got[1], Block::Image { image } if image.caption.is_none()));
}

#[test]
fn image_errors() {
    let e = |body: &str| errors(body).into_iter().map(|(_, m)| m).collect::<Vec<_>>();
    assert_eq!(e("![](images/chart.svg)"), ["image alt text is required: ![what the image shows](src)"]);
    assert_eq!(
        e("Text ![A](images/chart.svg)"),
        ["an image must be a paragraph of its own, with no text around it"]
    );
    assert_eq!(e("![A](https://cdn.example/a.png)"), [images::remote_in_body("https://cdn.example/a.png")]);
    assert_eq!(e("![A](images/missing.png)"), ["image: images/missing.png does not exist"]);
    assert_eq!(e("## ![A](images/chart.svg)").len(), 1);
}

#[test]
fn refused_constructs_name_their_line() {
    let body = "Intro.\n\n<div>html</div>\n\nText <b>bold</b>\n\n---\n\n```\n\n```\n";
    let got = errors(body);
    let want = [
        (12, "raw HTML is not allowed"),
        (14, "raw HTML is not allowed"),
        (16, "horizontal rules are not allowed"),
        (18, "a code block needs some text"),
    ];
    let got: Vec<(usize, &str)> = got.iter().map(|(l, m)| (*l, m.as_str())).collect();
    assert_eq!(got, want);
}

#[test]
fn nesting_is_refused() {
    let got = errors("- a\n  - b\n- c\n\n> quote\n> - item\n\n> > deep\n");
    let got: Vec<(usize, &str)> = got.iter().map(|(l, m)| (*l, m.as_str())).collect();
    assert_eq!(got[0], (11, "nested lists are not allowed"));
    assert_eq!(got[1].0, 15);
    assert_eq!(got[2].0, 17);
    assert_eq!(got.len(), 3, "{got:?}");
}

#[test]
fn unsafe_links_are_refused_by_name() {
    let got = errors("Fine [ok](/about) but\n[click me](javascript:alert(1)) no.");
    assert_eq!(got, [(11, r#"link "click me" to "javascript:alert(1)" is not allowed (only http, https, mailto and site paths)"#.to_owned())]);
    assert!(errors("<desk@example.org> and <https://example.org>").is_empty(), "autolinks are fine");
}
