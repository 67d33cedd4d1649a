//! Tables, code, galleries and remote pictures in the body.

use gazette::model::article::Image;
use gazette::model::image::ImageVariant;

use super::*;
use crate::images;
use crate::media::{Media, MediaSize};

fn size_of(src: &str) -> Result<(u32, u32), String> {
    match src {
        "images/a.svg" => Ok((1200, 800)),
        "images/b.svg" => Ok((800, 800)),
        _ => Err(format!("{src} does not exist")),
    }
}

const REMOTE: &str = "https://cdn.example/harbour.jpg";

fn media() -> Vec<Media> {
    let variants = vec![ImageVariant { src: "https://cdn.example/harbour-300.jpg".into(), width: 300 }];
    vec![
        Media { src: REMOTE.into(), line: 3, size: Some(MediaSize { width: 1200, height: 900, variants }) },
        Media { src: "https://cdn.example/broken.jpg".into(), line: 4, size: None },
    ]
}

fn convert_body(body: &str) -> Converted {
    let media = media();
    convert(body, 10, &Pictures { local_size: &size_of, media: &media })
}

fn blocks(body: &str) -> Vec<Block> {
    let converted = convert_body(body);
    assert!(converted.errors.is_empty(), "unexpected errors: {:?}", converted.errors);
    converted.blocks
}

fn errors(body: &str) -> Vec<(usize, String)> {
    convert_body(body).errors
}

fn text(s: &str) -> Inline {
    Inline::Text { text: s.to_owned() }
}

fn cell(s: &str) -> Vec<Inline> {
    vec![text(s)]
}

#[test]
fn pipe_tables_become_tables_with_a_head_row() {
    let got = blocks(
        "| Gate | Width |\n|:-----|------:|\n| **North** | 40 m |\n| [South](https://example.org/s) | `38` m |\n",
    );
    let want = Block::Table {
        head: vec![cell("Gate"), cell("Width")],
        rows: vec![
            vec![vec![Inline::Strong { content: vec![text("North")] }], cell("40 m")],
            vec![
                vec![Inline::Link { href: "https://example.org/s".into(), content: vec![text("South")] }],
                vec![Inline::Code { text: "38".into() }, text(" m")],
            ],
        ],
    };
    assert_eq!(got, [want]);
}

#[test]
fn a_table_with_an_empty_head_row_has_no_head_and_short_rows_are_padded() {
    let got = blocks("|   |   |   |\n|---|---|---|\n| a | b | c |\n| d |\n| e | f | |\n");
    let want = Block::Table {
        head: vec![],
        rows: vec![
            vec![cell("a"), cell("b"), cell("c")],
            vec![cell("d"), vec![], vec![]],
            vec![cell("e"), cell("f"), vec![]],
        ],
    };
    assert_eq!(got, [want]);
}

#[test]
fn table_errors_name_their_line() {
    assert_eq!(
        errors("Intro.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 | 5 |\n"),
        [(15, "this row has more cells than the header row's 2".to_owned())]
    );
    assert_eq!(
        errors("| a |\n|---|\n| ![A](images/a.svg) |\n"),
        [(12, "images are not allowed in tables; put the image in a paragraph of its own".to_owned())]
    );
    assert_eq!(errors("| a |\n|---|\n| <b>x</b> |\n"), [(12, "raw HTML is not allowed".to_owned())]);
    let in_list = errors("- item\n\n  | a |\n  |---|\n  | 1 |\n");
    assert_eq!(in_list.first().map(|(line, _)| *line), Some(12), "{in_list:?}");
}

#[test]
fn fenced_and_indented_code_becomes_code_kept_as_written() {
    let got = blocks(
        "```rust ignore\nfn main() {\n    println!(\"<hi>\");\n}\n```\n\n~~~\nplain ~~~ text\n~~~\n\n    indented\n      more\n",
    );
    assert_eq!(
        got,
        [
            Block::Code {
                text: "fn main() {\n    println!(\"<hi>\");\n}".into(),
                language: Some("rust".into())
            },
            Block::Code { text: "plain ~~~ text".into(), language: None },
            Block::Code { text: "indented\n  more".into(), language: None },
        ]
    );
    assert_eq!(errors("Intro.\n\n```\n\n```\n"), [(12, "a code block needs some text".to_owned())]);
}

#[test]
fn a_paragraph_of_pictures_alone_is_a_gallery_with_their_captions() {
    let got = blocks(
        "![North gate](images/a.svg \"The north gate\") ![South gate](images/b.svg)\n![Harbour](https://cdn.example/harbour.jpg \"From the water\")  \n",
    );
    let [Block::Gallery { images }] = got.as_slice() else { panic!("one gallery: {got:?}") };
    let seen: Vec<(&str, &str, Option<&str>, u32, u32)> = images
        .iter()
        .map(|i| (i.src.as_str(), i.alt.as_str(), i.caption.as_deref(), i.width, i.height))
        .collect();
    assert_eq!(
        seen,
        [
            ("images/a.svg", "North gate", Some("The north gate"), 1200, 800),
            ("images/b.svg", "South gate", None, 800, 800),
            (REMOTE, "Harbour", Some("From the water"), 1200, 900),
        ]
    );
    assert_eq!(
        images[2].variants,
        [ImageVariant { src: "https://cdn.example/harbour-300.jpg".into(), width: 300 }]
    );
}

#[test]
fn gallery_errors_name_the_picture_and_text_is_still_refused() {
    assert_eq!(
        errors("![A](images/a.svg)\n![](images/b.svg)\n"),
        [(11, "image alt text is required: ![what the image shows](src)".to_owned())]
    );
    let message = "an image must be a paragraph of its own, with no text around it".to_owned();
    assert_eq!(
        errors("![A](images/a.svg) and\n![B](images/b.svg)\n"),
        [(10, message.clone()), (11, message)]
    );
}

#[test]
fn remote_pictures_take_their_size_from_media() {
    let converted = convert_body(&format!("![Harbour]({REMOTE} \"Caption\")\n"));
    assert!(converted.errors.is_empty(), "{:?}", converted.errors);
    assert_eq!(
        converted.blocks,
        [Block::Image {
            image: Image {
                src: REMOTE.into(),
                alt: "Harbour".into(),
                caption: Some("Caption".into()),
                credit: None,
                width: 1200,
                height: 900,
                variants: vec![ImageVariant {
                    src: "https://cdn.example/harbour-300.jpg".into(),
                    width: 300
                }],
            }
        }]
    );
    assert_eq!(converted.media_used, [REMOTE]);
}

#[test]
fn a_remote_picture_without_media_is_an_error_with_its_line() {
    let got = errors("Intro.\n\n![Other](https://cdn.example/other.jpg)\n");
    assert_eq!(got, [(12, images::remote_in_body("https://cdn.example/other.jpg"))]);
    assert!(got[0]
        .1
        .contains("media = [{ src = \"https://cdn.example/other.jpg\", width = …, height = … }]"));
    // Not the same address: `media` is matched exactly.
    assert_eq!(errors(&format!("![H]({REMOTE}?v=2)\n")).len(), 1);
    // An entry that is wrong itself was reported with it: no second message here.
    let broken = convert_body("![B](https://cdn.example/broken.jpg)\n");
    assert!(broken.errors.is_empty() && broken.blocks.is_empty());
    assert_eq!(broken.media_used, ["https://cdn.example/broken.jpg"]);
}
