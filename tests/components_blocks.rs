//! The body's tables, code and galleries mounted in headless Chromium (wasm-bindgen-test):
//! what a reader and a screen reader get from each.
//! Run: CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
//!      cargo test --target wasm32-unknown-unknown --test components_blocks
#![cfg(target_arch = "wasm32")]

use gazette::components::article_body::ArticleBody;
use gazette::components::site_context::SiteContext;
use gazette::model::article::{Block, Image, Inline};
use gazette::model::image::{ImageSlot, ImageVariant};
use gazette::model::site::SiteConfig;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

mod support;

wasm_bindgen_test_configure!(run_in_browser);

fn mount(blocks: Vec<Block>) -> HtmlElement {
    let config: SiteConfig = serde_json::from_str(
        r#"{"version":1,"siteName":"Test Gazette","sections":[{"slug":"world","name":"World"}]}"#,
    )
    .expect("fixture config");
    support::mount_in_page(move || {
        provide_context(SiteContext::new(config, "/news/"));
        view! { <ArticleBody blocks /> }
    })
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let nodes = root.query_selector_all(selector).expect("selector");
    (0..nodes.length()).filter_map(|i| nodes.item(i)).filter_map(|node| node.dyn_into().ok()).collect()
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    all(root, selector).iter().map(|node| node.text_content().unwrap_or_default()).collect()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).expect("selector").unwrap_or_else(|| panic!("no {selector}"))
}

fn text(s: &str) -> Inline {
    Inline::Text { text: s.to_owned() }
}

fn picture(src: &str, caption: Option<&str>) -> Image {
    Image {
        src: src.into(),
        alt: format!("Alt of {src}"),
        caption: caption.map(str::to_owned),
        credit: None,
        width: 1200,
        height: 900,
        variants: Vec::new(),
    }
}

#[wasm_bindgen_test]
fn a_table_has_column_headers_and_cells_in_a_named_focusable_region() {
    let root = mount(vec![
        Block::Table {
            head: vec![vec![text("Part")], vec![text("Price")]],
            rows: vec![
                vec![vec![Inline::Strong { content: vec![text("Battery")] }], vec![text("290 crowns")]],
                vec![vec![text("<script>alert(1)</script>")], vec![]],
            ],
        },
        Block::Table { head: vec![], rows: vec![vec![vec![text("headless")]]] },
    ]);
    let regions = all(&root, "[role=region]");
    let names: Vec<_> = regions.iter().map(|r| r.get_attribute("aria-label").unwrap_or_default()).collect();
    assert_eq!(names, ["Table 1", "Table 2"], "each region has a name of its own");
    for region in &regions {
        assert_eq!(region.get_attribute("tabindex").as_deref(), Some("0"), "reachable by keyboard");
    }
    let first = &regions[0];
    assert_eq!(texts(first, "thead th[scope=col]"), ["Part", "Price"]);
    assert_eq!(texts(first, "tbody tr:first-child td"), ["Battery", "290 crowns"]);
    assert_eq!(texts(first, "tbody td strong"), ["Battery"]);
    assert_eq!(texts(first, "tbody tr:nth-child(2) td"), ["<script>alert(1)</script>", ""]);
    assert!(first.query_selector("script").expect("selector").is_none(), "text stays text");
    assert!(
        regions[1].query_selector("thead").expect("selector").is_none(),
        "no head row when there is none"
    );
    assert_eq!(texts(&regions[1], "td"), ["headless"]);
}

#[wasm_bindgen_test]
fn code_is_shown_as_written_in_a_named_focusable_region() {
    let listing = "fn main() {\n    println!(\"<b>hi</b>\");\n}";
    let root = mount(vec![
        Block::Code { text: listing.into(), language: Some("rust".into()) },
        Block::Table { head: vec![], rows: vec![] },
        Block::Code { text: "plain".into(), language: None },
    ]);
    let blocks = all(&root, "pre");
    assert_eq!(blocks.len(), 2);
    assert_eq!(blocks[0].get_attribute("role").as_deref(), Some("region"));
    assert_eq!(blocks[0].get_attribute("aria-label").as_deref(), Some("Code 1"));
    assert_eq!(blocks[1].get_attribute("aria-label").as_deref(), Some("Code 2"));
    assert_eq!(blocks[0].get_attribute("tabindex").as_deref(), Some("0"));
    let code = one(&blocks[0], "code");
    assert_eq!(code.text_content().as_deref(), Some(listing), "every space and line kept");
    assert_eq!(code.get_attribute("data-language").as_deref(), Some("rust"));
    assert!(code.query_selector("b").expect("selector").is_none(), "text stays text");
    assert_eq!(one(&blocks[1], "code").get_attribute("data-language"), None);
}

#[wasm_bindgen_test]
fn a_gallery_is_a_figure_of_captioned_lazy_pictures_with_reserved_sizes() {
    let mut remote = picture("https://cdn.example/c.jpg", Some("From the water"));
    remote.variants = vec![ImageVariant { src: "https://cdn.example/c-300.jpg".into(), width: 300 }];
    let root = mount(vec![Block::Gallery {
        images: vec![picture("images/a.svg", Some("The battery")), picture("images/b.svg", None), remote],
    }]);
    let gallery = one(&root, "figure.gallery");
    let figures = all(&gallery, ":scope > figure");
    assert_eq!(figures.len(), 3);
    assert_eq!(texts(&gallery, "figcaption"), ["The battery", "From the water"]);
    let images = all(&gallery, "img");
    let srcs: Vec<_> = images.iter().map(|i| i.get_attribute("src").unwrap_or_default()).collect();
    assert_eq!(srcs, ["/news/images/a.svg", "/news/images/b.svg", "https://cdn.example/c.jpg"]);
    for image in &images {
        assert_eq!(image.get_attribute("loading").as_deref(), Some("lazy"));
        assert_eq!(image.get_attribute("width").as_deref(), Some("1200"));
        assert_eq!(image.get_attribute("height").as_deref(), Some("900"));
    }
    assert_eq!(images[0].get_attribute("alt").as_deref(), Some("Alt of images/a.svg"));
    assert_eq!(images[0].get_attribute("srcset"), None);
    assert_eq!(
        images[2].get_attribute("srcset").as_deref(),
        Some("https://cdn.example/c-300.jpg 300w, https://cdn.example/c.jpg 1200w")
    );
    assert_eq!(images[2].get_attribute("sizes").as_deref(), Some(ImageSlot::GalleryItem.sizes()));
}

#[wasm_bindgen_test]
fn a_remote_body_picture_with_variants_gets_a_srcset_for_the_column() {
    let mut image = picture("https://cdn.example/h.jpg", None);
    image.variants = vec![ImageVariant { src: "https://cdn.example/h-640.jpg".into(), width: 640 }];
    let root = mount(vec![Block::Image { image }]);
    let img = one(&root, "figure img");
    assert_eq!(
        img.get_attribute("srcset").as_deref(),
        Some("https://cdn.example/h-640.jpg 640w, https://cdn.example/h.jpg 1200w")
    );
    assert_eq!(img.get_attribute("sizes").as_deref(), Some(ImageSlot::Column.sizes()));
}
