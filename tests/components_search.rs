//! The search box mounted in headless Chromium (wasm-bindgen-test): a labelled GET form to the
//! search page under the site's base, which works as plain HTML before the app takes it over.
//! Run: CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
//!      cargo test --target wasm32-unknown-unknown --test components_search
#![cfg(target_arch = "wasm32")]

use gazette::components::search_form::SearchForm;
use gazette::components::site_context::SiteContext;
use gazette::model::site::SiteConfig;
use leptos::prelude::*;
use leptos_router::components::Router;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

mod support;

wasm_bindgen_test_configure!(run_in_browser);

fn mount<V: IntoView + 'static>(base: &'static str, view: impl FnOnce() -> V + 'static) -> HtmlElement {
    let config: SiteConfig = serde_json::from_str(
        r#"{"version":1,"siteName":"Test Gazette","sections":[{"slug":"world","name":"World"}]}"#,
    )
    .expect("fixture config");
    support::mount_in_page(move || {
        provide_context(SiteContext::new(config, base));
        view()
    })
}

fn one(root: &HtmlElement, selector: &str) -> Element {
    root.query_selector(selector).expect("selector").unwrap_or_else(|| panic!("{selector} missing"))
}

#[wasm_bindgen_test]
fn the_header_box_is_a_labelled_search_landmark_under_the_base() {
    let root = mount("/news/", || {
        view! {
            <Router base="/news">
                <SearchForm id="site-search" label="Search" label_hidden=true landmark=true />
            </Router>
        }
    });
    let form = one(&root, "form");
    assert_eq!(form.get_attribute("role").as_deref(), Some("search"));
    assert_eq!(form.get_attribute("aria-label").as_deref(), Some("Site search"));
    assert_eq!(form.get_attribute("method").as_deref(), Some("get"));
    assert_eq!(form.get_attribute("action").as_deref(), Some("/news/search"));
    let label = one(&root, "label");
    assert_eq!(label.get_attribute("for").as_deref(), Some("site-search"));
    assert_eq!(label.text_content().as_deref(), Some("Search"));
    assert!(label.get_attribute("class").unwrap_or_default().contains("visually-hidden"));
    let input: HtmlInputElement = one(&root, "input#site-search").unchecked_into();
    assert_eq!((input.type_().as_str(), input.name().as_str()), ("search", "q"));
    assert_eq!(one(&root, "button").get_attribute("type").as_deref(), Some("submit"));
}

#[wasm_bindgen_test]
fn the_results_page_box_is_prefilled_and_not_a_second_landmark() {
    let root = mount("/", || {
        view! {
            <Router>
                <SearchForm id="page-search" label="Search the archive" value="tidal & tide" />
            </Router>
        }
    });
    let form = one(&root, "form");
    assert_eq!(form.get_attribute("role"), None);
    assert_eq!(form.get_attribute("action").as_deref(), Some("/search"));
    let input: HtmlInputElement = one(&root, "input#page-search").unchecked_into();
    assert_eq!(input.value(), "tidal & tide");
    assert!(!one(&root, "label").get_attribute("class").unwrap_or_default().contains("visually-hidden"));
}
