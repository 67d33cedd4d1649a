//! Components mounted with fixture data in headless Chromium (wasm-bindgen-test).
//! Run: CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
//!      cargo test --target wasm32-unknown-unknown --test components
#![cfg(target_arch = "wasm32")]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use gazette::components::article_body::ArticleBody;
use gazette::components::article_card::{ArticleCard, CardStyle};
use gazette::components::date::DateText;
use gazette::components::error_view::ErrorView;
use gazette::components::site_context::SiteContext;
use gazette::components::theme::{apply_stored_theme, apply_theme, stored_theme, ThemeToggle};
use gazette::model::article::{Block, Image, Inline, Ref, Summary};
use gazette::model::image::{ImageSlot, ImageVariant};
use gazette::model::site::SiteConfig;
use gazette::model::storage_keys::THEME;
use gazette::model::theme::Theme;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

mod support;

wasm_bindgen_test_configure!(run_in_browser);

fn site(base: &str) -> SiteContext {
    let config: SiteConfig = serde_json::from_str(
        r#"{"version":1,"siteName":"Test Gazette","sections":[{"slug":"world","name":"World"}]}"#,
    )
    .expect("fixture config");
    SiteContext::new(config, base)
}

/// Mounts a view in a fresh container and returns the container.
fn mount<V: IntoView + 'static>(base: &'static str, view: impl FnOnce() -> V + 'static) -> HtmlElement {
    support::mount_in_page(move || {
        provide_context(site(base));
        view()
    })
}

fn texts(root: &HtmlElement, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).expect("selector");
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .map(|node| node.text_content().unwrap_or_default())
        .collect()
}

fn text(s: &str) -> Inline {
    Inline::Text { text: s.to_owned() }
}

fn image(src: &str) -> Image {
    Image {
        src: src.into(),
        alt: "A chart of rates".into(),
        caption: Some("Rates since 2020".into()),
        credit: Some("Gazette".into()),
        width: 1200,
        height: 675,
        variants: Vec::new(),
    }
}

#[wasm_bindgen_test]
fn article_body_renders_every_block_as_elements() {
    let blocks = vec![
        Block::Paragraph {
            content: vec![
                text("Plain "),
                Inline::Strong { content: vec![text("bold")] },
                text(" and "),
                Inline::Emphasis { content: vec![text("soft")] },
                text(" with "),
                Inline::Link { href: "https://example.org/report".into(), content: vec![text("a report")] },
            ],
        },
        Block::Heading { level: 2, content: vec![text("Second level")] },
        Block::Heading { level: 5, content: vec![text("Deep level")] },
        Block::Heading { level: 1, content: vec![text("Never an h1")] },
        Block::Quote {
            paragraphs: vec![vec![text("We did it.")]],
            attribution: Some("Odile Farrant".into()),
        },
        Block::List { ordered: true, items: vec![vec![text("one")], vec![text("two")]] },
        Block::List { ordered: false, items: vec![vec![text("dot")]] },
        Block::Image { image: image("images/chart.svg") },
        Block::Unsupported,
    ];
    let root = mount("/news/", move || view! { <ArticleBody blocks /> });

    assert_eq!(texts(&root, "p strong"), ["bold"]);
    assert_eq!(texts(&root, "p em"), ["soft"]);
    assert_eq!(texts(&root, "h2"), ["Second level", "Never an h1"]);
    assert_eq!(texts(&root, "h3"), ["Deep level"]);
    assert!(texts(&root, "h1").is_empty());
    assert_eq!(texts(&root, "blockquote p"), ["We did it."]);
    assert_eq!(texts(&root, "blockquote footer"), ["Odile Farrant"]);
    assert_eq!(texts(&root, "ol li"), ["one", "two"]);
    assert_eq!(texts(&root, "ul li"), ["dot"]);
    let link = root.query_selector("a").expect("selector").expect("a link");
    assert_eq!(link.get_attribute("href").as_deref(), Some("https://example.org/report"));
    assert_eq!(link.get_attribute("rel").as_deref(), Some("noopener noreferrer"));

    let img = root.query_selector("figure img").expect("selector").expect("an image");
    // Site-relative images resolve under the base path; the size is reserved up front.
    assert_eq!(img.get_attribute("src").as_deref(), Some("/news/images/chart.svg"));
    assert_eq!(img.get_attribute("width").as_deref(), Some("1200"));
    assert_eq!(img.get_attribute("height").as_deref(), Some("675"));
    assert_eq!(img.get_attribute("alt").as_deref(), Some("A chart of rates"));
    assert_eq!(img.get_attribute("loading").as_deref(), Some("lazy"));
    assert!(texts(&root, "figcaption")[0].contains("Rates since 2020"));
}

#[wasm_bindgen_test]
fn hostile_text_stays_text_and_unsafe_links_are_not_links() {
    let blocks = vec![Block::Paragraph {
        content: vec![
            text("<script>window.hacked = 1</script><img src=x onerror=alert(1)>"),
            Inline::Link { href: "javascript:alert(1)".into(), content: vec![text("click me")] },
            Inline::Link { href: "//evil.example/".into(), content: vec![text(" or me")] },
        ],
    }];
    let root = mount("/", move || view! { <ArticleBody blocks /> });
    assert!(root.query_selector("script").expect("selector").is_none());
    assert!(root.query_selector("img").expect("selector").is_none());
    assert!(root.query_selector("a").expect("selector").is_none());
    let paragraph = &texts(&root, "p")[0];
    assert!(paragraph.starts_with("<script>window.hacked = 1</script>"));
    assert!(paragraph.ends_with("click me or me"));
}

#[wasm_bindgen_test]
fn error_view_says_what_happened_and_retries() {
    let retries = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&retries);
    let retry = Callback::new(move |()| {
        counter.fetch_add(1, Ordering::SeqCst);
    });
    let root = mount(
        "/",
        move || view! { <ErrorView message="The server took too long to answer." retry=Some(retry) /> },
    );

    let alert = root.query_selector("[role=alert]").expect("selector").expect("an alert");
    assert!(alert.text_content().unwrap_or_default().contains("The server took too long to answer."));
    let button: HtmlElement =
        root.query_selector("button").expect("selector").expect("a Retry button").unchecked_into();
    assert_eq!(button.text_content().as_deref(), Some("Retry"));
    button.click();
    button.click();
    assert_eq!(retries.load(Ordering::SeqCst), 2);
}

#[wasm_bindgen_test]
fn error_view_without_retry_has_no_button() {
    let root = mount("/", || view! { <ErrorView message="Gone for good." retry=None /> });
    assert!(root.query_selector("button").expect("selector").is_none());
    assert!(root.text_content().unwrap_or_default().contains("Gone for good."));
}

#[wasm_bindgen_test]
fn dates_read_in_english_and_keep_the_machine_form() {
    let root = mount("/", || view! { <DateText iso="2026-11-27T08:30:00Z" /> <DateText iso="not a date" /> });
    let times = root.query_selector_all("time").expect("selector");
    let first = times.item(0).expect("first time");
    let first: &web_sys::Element = first.unchecked_ref();
    assert_eq!(first.get_attribute("datetime").as_deref(), Some("2026-11-27T08:30:00Z"));
    assert_eq!(first.text_content().as_deref(), Some("November 27, 2026"));
    // Bad data is shown as written rather than as "Invalid Date" or a crash.
    assert_eq!(times.item(1).and_then(|n| n.text_content()).as_deref(), Some("not a date"));
}

#[wasm_bindgen_test]
fn article_card_links_under_the_base_path() {
    let summary = Summary {
        slug: "rates-rise".into(),
        title: "Rates rise again".into(),
        excerpt: "The bank moved for the third time.".into(),
        section: Ref { slug: "business".into(), name: "Business".into() },
        author: Ref { slug: "ann-lee".into(), name: "Ann Lee".into() },
        published: "2026-10-01T09:00:00Z".into(),
        image: Some(image("images/rates.svg")),
        reading_minutes: 3,
    };
    let root = mount("/news/", move || view! { <ArticleCard summary /> });
    let link = root.query_selector("h3 a").expect("selector").expect("headline link");
    assert_eq!(link.get_attribute("href").as_deref(), Some("/news/article/rates-rise"));
    assert_eq!(link.text_content().as_deref(), Some("Rates rise again"));
    assert_eq!(texts(&root, ".excerpt"), ["The bank moved for the third time."]);
    assert!(texts(&root, ".meta")[0].contains("3 min read"));
}

#[wasm_bindgen_test]
fn pictures_with_variants_let_the_browser_pick_a_width() {
    let mut lead = image("images/rates.jpg");
    lead.variants = vec![
        ImageVariant { src: "images/rates-1600.jpg".into(), width: 1600 },
        ImageVariant { src: "images/rates-640.jpg".into(), width: 640 },
    ];
    let summary = |image: Image, slug: &str| Summary {
        slug: slug.into(),
        title: format!("Story {slug}"),
        excerpt: "Text.".into(),
        section: Ref { slug: "business".into(), name: "Business".into() },
        author: Ref { slug: "ann-lee".into(), name: "Ann Lee".into() },
        published: "2026-10-01T09:00:00Z".into(),
        image: Some(image),
        reading_minutes: 3,
    };
    let (first, second, plain) =
        (summary(lead.clone(), "a"), summary(lead, "b"), summary(image("images/plain.svg"), "c"));
    let root = mount("/news/", move || {
        view! {
            <ArticleCard summary=first style=CardStyle::Lead />
            <ArticleCard summary=second />
            <ArticleCard summary=plain />
        }
    });
    let images = root.query_selector_all("img").expect("selector");
    let attribute = |index: u32, name: &str| {
        let node = images.item(index).expect("an image");
        node.unchecked_ref::<web_sys::Element>().get_attribute(name)
    };
    let srcset =
        "/news/images/rates-640.jpg 640w, /news/images/rates.jpg 1200w, /news/images/rates-1600.jpg 1600w";
    assert_eq!(attribute(0, "srcset").as_deref(), Some(srcset));
    assert_eq!(attribute(0, "sizes").as_deref(), Some(ImageSlot::Lead.sizes()));
    assert_eq!(attribute(0, "src").as_deref(), Some("/news/images/rates.jpg"), "src stays for old browsers");
    assert_eq!(attribute(1, "srcset").as_deref(), Some(srcset));
    assert_eq!(attribute(1, "sizes").as_deref(), Some(ImageSlot::Thumbnail.sizes()));
    assert_eq!(attribute(1, "loading").as_deref(), Some("lazy"));
    assert_eq!(
        (attribute(2, "srcset"), attribute(2, "sizes")),
        (None, None),
        "one file: nothing to pick from"
    );
}

/// Waits (in small steps) until `check` holds, for at most two seconds.
async fn until(check: impl Fn() -> bool) -> bool {
    for _ in 0..100 {
        if check() {
            return true;
        }
        gloo_timers::future::TimeoutFuture::new(20).await;
    }
    check()
}

fn theme_attribute() -> Option<String> {
    document().document_element().and_then(|root| root.get_attribute("data-theme"))
}

#[wasm_bindgen_test]
async fn theme_toggle_is_a_pressed_button_that_remembers_the_choice() {
    let storage = window().local_storage().ok().flatten().expect("local storage");
    storage.remove_item(THEME).expect("clear");
    apply_theme(None);
    let system_dark = window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches());
    let root = mount("/", || view! { <ThemeToggle /> });
    let button: HtmlElement =
        root.query_selector("button[type=button]").expect("selector").expect("a button").unchecked_into();
    assert_eq!(button.text_content().unwrap_or_default().trim(), "Dark theme");
    // No choice yet: once running, the button shows the system's scheme and nothing is written.
    assert!(until(|| button.get_attribute("aria-pressed") == Some(system_dark.to_string())).await);
    assert!(!button.has_attribute("disabled"));
    assert_eq!(theme_attribute(), None);

    button.click();
    let chosen = if system_dark { Theme::Light } else { Theme::Dark };
    assert!(until(|| button.get_attribute("aria-pressed") == Some((!system_dark).to_string())).await);
    assert_eq!(theme_attribute().as_deref(), Some(chosen.as_str()));
    assert_eq!(stored_theme(), Some(chosen));
    assert_eq!(storage.get_item(THEME).ok().flatten().as_deref(), Some(chosen.as_str()));

    // What the app does when it starts: the remembered choice is written before any view.
    apply_theme(None);
    apply_stored_theme();
    assert_eq!(theme_attribute().as_deref(), Some(chosen.as_str()));

    // A value this version does not know is no choice at all.
    storage.set_item(THEME, "sepia").expect("store");
    apply_stored_theme();
    assert_eq!(theme_attribute(), None);
    storage.remove_item(THEME).expect("clear");
}
