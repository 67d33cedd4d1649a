//! Decoding fetched text into documents: every malformed, partial or hostile input ends in a
//! typed `DecodeError`, never a panic (the release build aborts on panic).

use gazette::model::article::{Article, Block, Inline};
use gazette::model::decode::{decode, DecodeError, MAX_DOCUMENT_BYTES};
use gazette::model::listing::{ArchiveKind, ArchivePage, Home};
use gazette::model::site::SiteConfig;

const ARTICLE: &str = r#"{
  "format": 1, "slug": "a", "title": "T", "standfirst": "S",
  "section": {"slug": "world", "name": "World"},
  "author": {"slug": "ann-lee", "name": "Ann Lee"},
  "published": "2026-11-27T08:30:00Z", "readingMinutes": 2,
  "body": [
    {"type": "paragraph", "content": [{"type": "text", "text": "Hi "}, {"type": "hologram", "x": 1}]},
    {"type": "interactiveMap", "lat": 1.0},
    {"type": "heading", "level": 2, "content": []}
  ]
}"#;

#[test]
fn a_valid_article_decodes_and_unknown_kinds_are_kept_as_unsupported() {
    let article: Article = decode(ARTICLE).expect("valid article");
    assert_eq!(article.title, "T");
    assert!(article.tags.is_empty(), "tags default to none");
    assert_eq!(article.image, None);
    assert_eq!(
        article.body,
        vec![
            Block::Paragraph { content: vec![Inline::Text { text: "Hi ".into() }, Inline::Unsupported] },
            Block::Unsupported,
            Block::Heading { level: 2, content: vec![] },
        ]
    );
}

#[test]
fn truncated_json_is_a_syntax_error() {
    for cut in [10, ARTICLE.len() / 2, ARTICLE.len() - 2] {
        let partial = &ARTICLE[..cut];
        assert!(
            matches!(decode::<Article>(partial), Err(DecodeError::Syntax { .. })),
            "cut at {cut} must be a syntax error"
        );
    }
}

#[test]
fn not_json_at_all_is_a_syntax_error() {
    let html = "<!DOCTYPE html><html><body>502 Bad Gateway</body></html>";
    assert_eq!(decode::<Home>(html), Err(DecodeError::Syntax { line: 1, column: 1 }));
}

#[test]
fn empty_bodies_are_named_as_such() {
    assert_eq!(decode::<Article>(""), Err(DecodeError::Empty));
    assert_eq!(decode::<Article>("  \n\t"), Err(DecodeError::Empty));
}

#[test]
fn missing_fields_and_wrong_types_are_shape_errors() {
    for (input, needle) in [
        ("{}", "missing field"),
        (r#"{"format": 1}"#, "missing field"),
        (r#"{"format": 1, "slug": 5}"#, "invalid type"),
        ("[]", "invalid length"),
        ("null", "invalid type"),
        ("42", "invalid type"),
        (r#""a string""#, "invalid type"),
    ] {
        match decode::<Article>(input) {
            Err(DecodeError::Shape(message)) => assert!(message.contains(needle), "{input}: {message}"),
            other => panic!("{input} gave {other:?}"),
        }
    }
    // Wrong types deep inside: a block with a numeric heading level that is a string.
    let bad_block = ARTICLE.replace(r#""level": 2"#, r#""level": "two""#);
    assert!(matches!(decode::<Article>(&bad_block), Err(DecodeError::Shape(_))));
}

#[test]
fn another_format_version_is_refused_by_name() {
    let newer = ARTICLE.replace(r#""format": 1"#, r#""format": 2"#);
    assert_eq!(decode::<Article>(&newer), Err(DecodeError::UnsupportedFormat { found: 2, expected: 1 }));
    // Even when the newer format no longer fits our shape, the version is what we report.
    assert_eq!(
        decode::<Home>(r#"{"format": 3, "everything": "changed"}"#),
        Err(DecodeError::UnsupportedFormat { found: 3, expected: 1 })
    );
    assert_eq!(
        decode::<SiteConfig>(r#"{"version": 2, "siteName": "x", "sections": []}"#),
        Err(DecodeError::UnsupportedFormat { found: 2, expected: 1 })
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let deep = format!("{}{}", "[".repeat(5_000), "]".repeat(5_000));
    assert!(decode::<Article>(&deep).is_err());
    let deep_object = format!("{}1{}", r#"{"a":"#.repeat(5_000), "}".repeat(5_000));
    assert!(decode::<Home>(&deep_object).is_err());
}

/// Emphasis inside emphasis, `depth` levels, as the article's only paragraph.
fn article_with_nested_emphasis(depth: usize) -> String {
    let inner = r#"{"type":"text","text":"deep"}"#;
    let paragraph = format!(
        r#"{{"type":"paragraph","content":[{}{inner}{}]}}"#,
        r#"{"type":"emphasis","content":["#.repeat(depth),
        "]}".repeat(depth)
    );
    let start = ARTICLE.find(r#""body": ["#).expect("fixture has a body") + r#""body": ["#.len();
    format!("{}{paragraph},{}", &ARTICLE[..start], &ARTICLE[start..])
}

#[test]
fn deep_nesting_in_the_body_is_read_up_to_the_limit_then_named() {
    // Where the format really nests: what an editor could write is read in full...
    let article: Article = decode(&article_with_nested_emphasis(50)).expect("50 levels are fine");
    let mut depth = 0;
    let mut inline = match article.body.first() {
        Some(Block::Paragraph { content }) => content.first(),
        other => panic!("first block: {other:?}"),
    };
    while let Some(Inline::Emphasis { content }) = inline {
        depth += 1;
        inline = content.first();
    }
    assert_eq!(depth, 50);
    // ...and a document built to exhaust the stack is refused, with the reason in plain words
    // (it is valid JSON, so "not valid JSON" would mislead whoever debugs the feed).
    assert_eq!(decode::<Article>(&article_with_nested_emphasis(5_000)), Err(DecodeError::TooDeep));
    assert_eq!(DecodeError::TooDeep.to_string(), "the response is nested too deeply");
}

#[test]
fn oversized_bodies_are_refused_before_parsing() {
    let huge = format!(r#"{{"format":1,"pad":"{}"}}"#, "x".repeat(MAX_DOCUMENT_BYTES));
    assert!(matches!(decode::<Home>(&huge), Err(DecodeError::TooLarge { .. })));
}

#[test]
fn hostile_and_unusual_text_survives_intact() {
    let hostile =
        ARTICLE.replace(r#""title": "T""#, r#""title": "<script>alert(1)</script> مرحبا 👩‍👩‍👧 e\u0301""#);
    let article: Article = decode(&hostile).expect("strings are only strings");
    assert_eq!(article.title, "<script>alert(1)</script> مرحبا 👩‍👩‍👧 e\u{301}");
}

#[test]
fn an_archive_page_decodes() {
    let json = r#"{"format":1,"kind":"tag","subject":{"slug":"ai","name":"ai"},"page":2,
        "totalPages":3,"totalArticles":25,"articles":[]}"#;
    let page: ArchivePage = decode(json).expect("archive page");
    assert_eq!(page.kind, ArchiveKind::Tag);
    assert_eq!((page.page, page.total_pages, page.total_articles), (2, 3, 25));
    let unknown_kind = json.replace(r#""tag""#, r#""podcast""#);
    assert!(matches!(decode::<ArchivePage>(&unknown_kind), Err(DecodeError::Shape(_))));
}
