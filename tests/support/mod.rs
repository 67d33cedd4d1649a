//! Shared by the wasm component suites: mounting a view into the test page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// Mounts `view` into a fresh `<div>` at the end of the test page's body and returns the div;
/// the view stays mounted for the rest of the test run.
pub fn mount_in_page<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> HtmlElement {
    let document = document();
    let container: HtmlElement = document.create_element("div").expect("div").unchecked_into();
    document.body().expect("body").append_child(&container).expect("append");
    leptos::mount::mount_to(container.clone(), view).forget();
    container
}
