//! Comment components mounted with fixture data in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use gazette::components::comments::{CommentsContext, RichText};
use gazette::model::comments::sanitize::sanitize_html;
use gazette::model::site::CommentsConfig;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

mod support;

wasm_bindgen_test_configure!(run_in_browser);

fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> HtmlElement {
    support::mount_in_page(view)
}

#[wasm_bindgen_test]
fn rich_text_builds_only_allowlisted_elements() {
    let html = r#"<p>Hi <em>there</em> <a href="https://ok.example/" onclick="alert(1)">ok</a>
        <a href="javascript:alert(1)">bad</a><img src=x onerror=alert(1)><script>alert(2)</script></p>"#;
    let nodes = sanitize_html(html);
    let root = mount(move || view! { <RichText nodes /> });
    assert!(root.query_selector("script, img, [onclick], [onerror]").expect("selector").is_none());
    let links = root.query_selector_all("a").expect("selector");
    assert_eq!(links.length(), 1);
    let link: web_sys::Element = links.item(0).expect("a link").unchecked_into();
    assert_eq!(link.get_attribute("href").as_deref(), Some("https://ok.example/"));
    assert_eq!(link.get_attribute("rel").as_deref(), Some("nofollow noopener ugc"));
    assert_eq!(
        root.query_selector("em").expect("selector").and_then(|e| e.text_content()).as_deref(),
        Some("there")
    );
    assert!(root.text_content().unwrap_or_default().contains("bad"));
}

#[wasm_bindgen_test]
fn the_comments_context_reloads_by_bumping_its_version() {
    let owner = Owner::new();
    owner.with(|| {
        let ctx = CommentsContext {
            backend: gazette::api::CommentBackend::from_config(&CommentsConfig::default(), None),
            uri: "/article/x".into(),
            title: "X".into(),
            scope: "device".into(),
            version: RwSignal::new(0),
            pending: RwSignal::new(Vec::new()),
        };
        assert!(ctx.backend.is_device_only());
        ctx.reload();
        ctx.reload();
        assert_eq!(ctx.version.get_untracked(), 2);
    });
}
