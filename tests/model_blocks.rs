//! Body blocks and inlines are read through flat structs (`RawBlock`, `RawInline`) instead of
//! serde's internally tagged enums, to keep the wasm small. These tests pin down that the JSON
//! accepted and written is still exactly the tagged form.

use gazette::model::article::{Block, Image, Inline};
use gazette::model::image::ImageVariant;
use serde_json::{from_str, json, to_value, Value};

fn text(text: &str) -> Inline {
    Inline::Text { text: text.into() }
}

fn every_block() -> Vec<Block> {
    vec![
        Block::Paragraph {
            content: vec![
                text("a"),
                Inline::Emphasis { content: vec![text("b")] },
                Inline::Strong { content: vec![Inline::Code { text: "c".into() }] },
                Inline::Link { href: "https://example.org/".into(), content: vec![text("d")] },
                Inline::LineBreak,
            ],
        },
        Block::Heading { level: 3, content: vec![text("h")] },
        Block::Quote { paragraphs: vec![vec![text("q")]], attribution: Some("Ann".into()) },
        Block::Quote { paragraphs: vec![], attribution: None },
        Block::List { ordered: true, items: vec![vec![text("i")], vec![]] },
        Block::Image {
            image: Image {
                src: "images/a.svg".into(),
                alt: "A".into(),
                caption: Some("C".into()),
                credit: None,
                width: 4,
                height: 3,
                variants: Vec::new(),
            },
        },
        Block::Table {
            head: vec![vec![text("Gate")], vec![]],
            rows: vec![vec![vec![Inline::Strong { content: vec![text("N")] }], vec![text("40")]]],
        },
        Block::Table { head: vec![], rows: vec![] },
        Block::Code { text: "a < b\n  c".into(), language: Some("rust".into()) },
        Block::Code { text: "x".into(), language: None },
        Block::Gallery {
            images: vec![Image {
                src: "https://cdn.example/a.jpg".into(),
                alt: "A".into(),
                caption: None,
                credit: None,
                width: 4,
                height: 3,
                variants: vec![ImageVariant { src: "https://cdn.example/a-2.jpg".into(), width: 2 }],
            }],
        },
    ]
}

#[test]
fn every_kind_round_trips_in_the_tagged_form() {
    let blocks = every_block();
    let written = to_value(&blocks).expect("serialize");
    assert_eq!(
        written,
        json!([
            {"type": "paragraph", "content": [
                {"type": "text", "text": "a"},
                {"type": "emphasis", "content": [{"type": "text", "text": "b"}]},
                {"type": "strong", "content": [{"type": "code", "text": "c"}]},
                {"type": "link", "href": "https://example.org/", "content": [{"type": "text", "text": "d"}]},
                {"type": "lineBreak"}
            ]},
            {"type": "heading", "level": 3, "content": [{"type": "text", "text": "h"}]},
            {"type": "quote", "paragraphs": [[{"type": "text", "text": "q"}]], "attribution": "Ann"},
            {"type": "quote", "paragraphs": []},
            {"type": "list", "ordered": true, "items": [[{"type": "text", "text": "i"}], []]},
            {"type": "image", "image": {"src": "images/a.svg", "alt": "A", "caption": "C", "width": 4, "height": 3}},
            {"type": "table", "head": [[{"type": "text", "text": "Gate"}], []],
             "rows": [[[{"type": "strong", "content": [{"type": "text", "text": "N"}]}], [{"type": "text", "text": "40"}]]]},
            {"type": "table", "rows": []},
            {"type": "code", "text": "a < b\n  c", "language": "rust"},
            {"type": "code", "text": "x"},
            {"type": "gallery", "images": [{"src": "https://cdn.example/a.jpg", "alt": "A", "width": 4, "height": 3,
                                             "variants": [{"src": "https://cdn.example/a-2.jpg", "width": 2}]}]}
        ])
    );
    let read: Vec<Block> = serde_json::from_value(written).expect("deserialize");
    assert_eq!(read, blocks);
}

#[test]
fn the_type_may_come_after_the_fields_and_extra_fields_are_ignored() {
    let block: Block = from_str(
        r#"{"content": [{"text": "x", "type": "text", "lang": "en"}], "id": 7, "type": "paragraph"}"#,
    )
    .expect("decodes");
    assert_eq!(block, Block::Paragraph { content: vec![text("x")] });
    let quote: Block =
        from_str(r#"{"type": "quote", "paragraphs": [], "attribution": null}"#).expect("decodes");
    assert_eq!(quote, Block::Quote { paragraphs: vec![], attribution: None });
}

#[test]
fn unknown_kinds_are_unsupported_whatever_they_carry() {
    for json in [
        r#"{"type": "video", "src": "v.mp4", "nested": {"deep": [1, 2]}}"#,
        r#"{"type": "interactiveMap"}"#,
        r#"{"type": "Paragraph", "content": []}"#,
        r#"{"type": "unsupported"}"#,
    ] {
        assert_eq!(from_str::<Block>(json).expect(json), Block::Unsupported, "{json}");
    }
    for json in [r#"{"type": "math", "tex": "x^2"}"#, r#"{"type": "footnote", "content": []}"#] {
        assert_eq!(from_str::<Inline>(json).expect(json), Inline::Unsupported, "{json}");
    }
}

#[test]
fn known_kinds_with_missing_or_wrong_fields_are_errors() {
    for (json, needle) in [
        (r#"{"type": "paragraph"}"#, "missing field `content`"),
        (r#"{"type": "heading", "content": []}"#, "missing field `level`"),
        (r#"{"type": "heading", "level": "2", "content": []}"#, "invalid type"),
        (r#"{"type": "heading", "level": 300, "content": []}"#, "invalid value"),
        (r#"{"type": "list", "items": []}"#, "missing field `ordered`"),
        (r#"{"type": "list", "ordered": "yes", "items": []}"#, "invalid type"),
        (r#"{"type": "quote"}"#, "missing field `paragraphs`"),
        (r#"{"type": "image"}"#, "missing field `image`"),
        (r#"{"type": "image", "image": {"src": "a.svg"}}"#, "missing field `alt`"),
        (r#"{"type": "table", "head": []}"#, "missing field `rows`"),
        (r#"{"type": "table", "rows": [["x"]]}"#, "invalid type"),
        (r#"{"type": "code", "language": "rust"}"#, "missing field `text`"),
        (r#"{"type": "code", "text": ["x"]}"#, "invalid type"),
        (r#"{"type": "gallery"}"#, "missing field `images`"),
        (r#"{"type": "gallery", "images": [{"src": "a.svg"}]}"#, "missing field `alt`"),
        (r#"{"content": []}"#, "missing field `type`"),
        (r#"{"type": 1, "content": []}"#, "invalid type"),
        (r#"[]"#, "invalid length"),
    ] {
        let error = from_str::<Block>(json).expect_err(json).to_string();
        assert!(error.contains(needle), "{json}: {error}");
    }
    for (json, needle) in [
        (r#"{"type": "text"}"#, "missing field `text`"),
        (r#"{"type": "text", "text": 5}"#, "invalid type"),
        (r#"{"type": "link", "content": []}"#, "missing field `href`"),
        (r#"{"type": "link", "href": "/"}"#, "missing field `content`"),
        (r#"{"type": "emphasis", "content": "x"}"#, "invalid type"),
        (r#""text""#, "invalid type"),
    ] {
        let error = from_str::<Inline>(json).expect_err(json).to_string();
        assert!(error.contains(needle), "{json}: {error}");
    }
}

#[test]
fn a_bad_inline_deep_inside_fails_the_whole_block() {
    let json = r#"{"type": "list", "ordered": false, "items": [[{"type": "strong", "content": [{"type": "code"}]}]]}"#;
    assert!(from_str::<Block>(json).is_err());
    let value: Value = from_str(json).expect("valid JSON");
    assert!(serde_json::from_value::<Block>(value).is_err());
}
