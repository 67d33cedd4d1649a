//! Each news-site widget mounted with fixture data in headless Chromium (wasm-bindgen-test).
//! Run: CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
//!      cargo test --target wasm32-unknown-unknown --test components_widgets
#![cfg(target_arch = "wasm32")]

use gazette::components::site_context::SiteContext;
use gazette::components::widgets::advertisement::{AdPlaceholder, Advertisement};
use gazette::components::widgets::article_pager::ArticlePager;
use gazette::components::widgets::most_popular::MostPopular;
use gazette::components::widgets::popular_news::PopularNews;
use gazette::components::widgets::read_now::ReadNow;
use gazette::components::widgets::related::RelatedArticles;
use gazette::components::widgets::sections::SectionList;
use gazette::model::article::{Image, Ref, Summary};
use gazette::model::image::ImageVariant;
use gazette::model::site::SiteConfig;
use gazette::model::widgets::{AdSlot, Headline, HouseAd, SectionCount};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

mod support;

wasm_bindgen_test_configure!(run_in_browser);

/// The widgets that react to the reader: the subscription form and the ticker.
#[path = "components_widgets/interactive.rs"]
mod interactive;

/// Mounts a view with a site whose newsletter posts to `action`, under `base`.
fn mount<V: IntoView + 'static>(
    base: &'static str,
    action: Option<&'static str>,
    view: impl FnOnce() -> V + 'static,
) -> HtmlElement {
    let newsletter = match action {
        Some(url) => format!(r#","newsletter":{{"action":"{url}","fields":{{"list":"daily news"}}}}"#),
        None => String::new(),
    };
    let json = format!(
        r#"{{"version":1,"siteName":"Test Gazette","sections":[{{"slug":"world","name":"World"}}]{newsletter}}}"#
    );
    let config: SiteConfig = serde_json::from_str(&json).expect("fixture config");
    support::mount_in_page(move || {
        provide_context(SiteContext::new(config, base));
        view()
    })
}

fn all(root: &HtmlElement, selector: &str) -> Vec<Element> {
    let nodes = root.query_selector_all(selector).expect("selector");
    (0..nodes.length()).filter_map(|i| nodes.item(i)).map(|node| node.unchecked_into()).collect()
}

fn texts(root: &HtmlElement, selector: &str) -> Vec<String> {
    all(root, selector).iter().map(|node| node.text_content().unwrap_or_default()).collect()
}

fn attr(root: &HtmlElement, selector: &str, name: &str) -> Option<String> {
    root.query_selector(selector).expect("selector").and_then(|node| node.get_attribute(name))
}

fn section(slug: &str, name: &str) -> Ref {
    Ref { slug: slug.into(), name: name.into() }
}

fn image(src: &str) -> Image {
    Image {
        src: src.into(),
        alt: format!("Picture for {src}"),
        caption: None,
        credit: None,
        width: 1200,
        height: 675,
        variants: Vec::new(),
    }
}

fn headline(n: usize) -> Headline {
    Headline {
        slug: format!("story-{n}"),
        title: format!("Story number {n}"),
        section: section("world", "World"),
        published: "2026-11-27T08:30:00Z".into(),
        excerpt: Some(format!("What happened in story {n}.")),
        image: Some(image(&format!("images/{n}.svg"))),
        views: Some(1000 * n as u64),
    }
}

fn summary(slug: &str) -> Summary {
    Summary {
        slug: slug.into(),
        title: format!("Title of {slug}"),
        excerpt: "An excerpt.".into(),
        section: section("world", "World"),
        author: section("ann-lee", "Ann Lee"),
        published: "2026-10-01T09:00:00Z".into(),
        image: Some(image("images/r.svg")),
        reading_minutes: 2,
    }
}

#[wasm_bindgen_test]
fn most_popular_numbers_five_stories_with_thumbnails() {
    let mut articles: Vec<Headline> = (1..=5).map(headline).collect();
    if let Some(image) = articles[1].image.as_mut() {
        image.variants = vec![ImageVariant { src: "images/2-160.svg".into(), width: 160 }];
    }
    let root = mount("/news/", None, move || view! { <MostPopular articles /> });
    assert_eq!(texts(&root, "h2"), ["Most Popular"]);
    assert_eq!(all(&root, "ol > li").len(), 5);
    assert_eq!(texts(&root, ".rank"), ["1", "2", "3", "4", "5"]);
    assert_eq!(attr(&root, "li a", "href").as_deref(), Some("/news/article/story-1"));
    assert_eq!(texts(&root, "li a")[4], "Story number 5");
    let thumbs = all(&root, "li img");
    assert_eq!(thumbs.len(), 5);
    assert_eq!(thumbs[0].get_attribute("src").as_deref(), Some("/news/images/1.svg"));
    assert_eq!(thumbs[0].get_attribute("alt").as_deref(), Some("Picture for images/1.svg"));
    assert_eq!(thumbs[0].get_attribute("width").as_deref(), Some("1200"));
    assert_eq!(thumbs[0].get_attribute("srcset"), None);
    // A small file of the picture is there: the browser can take it for a 5.5rem square.
    assert_eq!(
        thumbs[1].get_attribute("srcset").as_deref(),
        Some("/news/images/2-160.svg 160w, /news/images/2.svg 1200w")
    );
    assert_eq!(thumbs[1].get_attribute("sizes").as_deref(), Some("5.5rem"));
    assert!(texts(&root, ".widget-meta")[1].contains("2,000 views this week"));
}

#[wasm_bindgen_test]
fn popular_news_shows_headline_excerpt_and_date() {
    let articles: Vec<Headline> = (1..=4).map(headline).collect();
    let root = mount("/", None, move || view! { <PopularNews articles /> });
    assert_eq!(texts(&root, "h2"), ["Popular News"]);
    assert_eq!(texts(&root, "h3 a").len(), 4);
    assert_eq!(texts(&root, ".widget-excerpt")[3], "What happened in story 4.");
    assert_eq!(attr(&root, "time", "datetime").as_deref(), Some("2026-11-27T08:30:00Z"));
    assert!(all(&root, "img").is_empty(), "headlines and words only");
}

#[wasm_bindgen_test]
fn read_now_shows_picks_with_their_long_excerpt() {
    let mut pick = headline(7);
    pick.excerpt = Some("A long opening. ".repeat(20));
    let articles = vec![pick];
    let root = mount("/", None, move || view! { <ReadNow articles /> });
    assert_eq!(texts(&root, "h2"), ["Read Now"]);
    assert_eq!(attr(&root, "h3 a", "href").as_deref(), Some("/article/story-7"));
    assert!(texts(&root, ".widget-excerpt")[0].len() > 300);
}

#[wasm_bindgen_test]
fn empty_widgets_render_nothing() {
    let root = mount("/", None, || {
        view! {
            <MostPopular articles=vec![] />
            <PopularNews articles=vec![] />
            <ReadNow articles=vec![] />
            <SectionList sections=vec![] />
            <RelatedArticles articles=vec![] current="a" />
            <ArticlePager previous=None next=None />
        }
    });
    assert_eq!(root.child_element_count(), 0, "{:?}", root.inner_html());
}

#[wasm_bindgen_test]
fn sections_list_links_each_section_with_its_count() {
    let sections = vec![
        SectionCount { section: section("world", "World"), count: 5 },
        SectionCount { section: section("science", "Science"), count: 1 },
    ];
    let root = mount("/news/", None, move || view! { <SectionList sections /> });
    assert_eq!(texts(&root, "h2"), ["Sections"]);
    assert_eq!(texts(&root, "li a"), ["World", "Science"]);
    assert_eq!(attr(&root, "li a", "href").as_deref(), Some("/news/section/world"));
    assert_eq!(texts(&root, ".count"), ["5 articles", "1 article"]);
    assert!(all(&root, "nav").is_empty(), "not a second Sections navigation landmark");
}

fn house_ad(slot: AdSlot, href: &str) -> HouseAd {
    let (width, height) = slot.size();
    let image = Image {
        src: "images/ads/a.svg".into(),
        alt: "Read our science coverage".into(),
        caption: None,
        credit: None,
        width,
        height,
        variants: Vec::new(),
    };
    HouseAd { slot, href: href.into(), image }
}

#[wasm_bindgen_test]
fn advertisement_slots_are_labelled_sized_and_collapse_when_empty() {
    let sidebar = Some(house_ad(AdSlot::Sidebar, "section/science"));
    let article = Some(house_ad(AdSlot::Article, "https://example.org/podcast"));
    let wrong_slot = Some(house_ad(AdSlot::Article, "section/world"));
    let root = mount("/news/", None, move || {
        view! {
            <Advertisement position=AdSlot::Sidebar ad=sidebar />
            <Advertisement position=AdSlot::Article ad=article />
            <Advertisement position=AdSlot::Sidebar ad=wrong_slot />
            <Advertisement position=AdSlot::Article ad=None />
        }
    });
    let slots = all(&root, "section");
    assert_eq!(slots.len(), 2, "an empty or mismatched slot renders nothing");
    assert_eq!(texts(&root, ".ad-label"), ["- Advertisement -", "- Advertisement -"]);
    let names: Vec<String> = slots.iter().filter_map(|slot| slot.get_attribute("aria-label")).collect();
    assert_eq!(
        names,
        ["Advertisement", "Advertisement after the article"],
        "each region has a name of its own"
    );
    let links = all(&root, "section a");
    assert_eq!(links[0].get_attribute("href").as_deref(), Some("/news/section/science"));
    assert_eq!(links[0].get_attribute("rel"), None);
    assert_eq!(links[1].get_attribute("href").as_deref(), Some("https://example.org/podcast"));
    assert_eq!(links[1].get_attribute("rel").as_deref(), Some("noopener"));
    let images = all(&root, "section img");
    assert_eq!(images[0].get_attribute("alt").as_deref(), Some("Read our science coverage"));
    assert_eq!(images[0].get_attribute("src").as_deref(), Some("/news/images/ads/a.svg"));
    assert_eq!(
        (images[0].get_attribute("width"), images[0].get_attribute("height")),
        (Some("300".into()), Some("250".into()))
    );
    assert_eq!(images[1].get_attribute("width").as_deref(), Some("728"));

    let pending = mount("/", None, || view! { <AdPlaceholder position=AdSlot::Article /> });
    assert_eq!(attr(&pending, ".ad-slot", "aria-hidden").as_deref(), Some("true"));
    assert_eq!(all(&pending, ".ad-box").len(), 1, "the box is reserved while the ads load");
}

#[wasm_bindgen_test]
fn an_ad_whose_link_is_not_allowlisted_shows_its_picture_unlinked() {
    let script = Some(house_ad(AdSlot::Sidebar, "javascript:window.__pwned=1"));
    let elsewhere = Some(house_ad(AdSlot::Article, "//evil.example/x"));
    let root = mount("/", None, move || {
        view! {
            <Advertisement position=AdSlot::Sidebar ad=script />
            <Advertisement position=AdSlot::Article ad=elsewhere />
        }
    });
    assert_eq!(all(&root, "section").len(), 2, "both slots keep their picture");
    assert!(all(&root, "a").is_empty(), "neither is a link");
    assert_eq!(all(&root, ".ad-box img").len(), 2);
}

#[wasm_bindgen_test]
fn related_articles_never_list_the_article_itself() {
    let articles = vec![summary("other-one"), summary("this-one"), summary("other-two")];
    let root = mount("/", None, move || view! { <RelatedArticles articles current="this-one" /> });
    assert_eq!(texts(&root, "h2"), ["Related articles"]);
    assert_eq!(texts(&root, "h3 a"), ["Title of other-one", "Title of other-two"]);
    assert_eq!(attr(&root, "h3 a", "href").as_deref(), Some("/article/other-one"));
}

#[wasm_bindgen_test]
fn pager_links_previous_and_next_with_their_headlines() {
    let (previous, next) = (Some(headline(1)), Some(headline(2)));
    let root = mount("/news/", None, move || view! { <ArticlePager previous next /> });
    assert_eq!(attr(&root, "nav", "aria-label").as_deref(), Some("Previous and next articles"));
    let links = all(&root, "nav a");
    assert_eq!(links[0].get_attribute("href").as_deref(), Some("/news/article/story-1"));
    assert_eq!(links[0].get_attribute("rel").as_deref(), Some("prev"));
    assert_eq!(links[0].text_content().as_deref(), Some("Previous articleStory number 1"));
    assert_eq!(links[1].get_attribute("rel").as_deref(), Some("next"));
    let only_newer = mount("/", None, || view! { <ArticlePager previous=None next=Some(headline(3)) /> });
    assert_eq!(texts(&only_newer, ".pager-label"), ["Next article"]);
}
