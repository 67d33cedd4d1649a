//! Starting the app on a page the build may have written out as a static copy (see
//! `model::prerender`). With a copy of this route in the page, the app is drawn hidden beside
//! it and swapped in by `reveal_app` once its own page has drawn its heading, in one frame, so
//! the reader sees the story from the first paint and nothing jumps when the app takes over.
//! A copy of another route is removed before anything is drawn.

use leptos::mount::{mount_to, mount_to_body};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::App;
use crate::components::site_context::document_base_path;
use crate::model::prerender::{copy_shows, path_under_base, COPY_META};

/// The element that holds the static copy (written by `tools/pages`).
const COPY_ID: &str = "prerendered";
/// The element the app is drawn in.
const APP_ID: &str = "app";

pub fn mount_app() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return mount_to_body(App);
    };
    let copy = document.get_element_by_id(COPY_ID);
    let keep_copy = copy.is_some() && copy_is_of_this_page(&document);
    if let (Some(copy), false) = (&copy, keep_copy) {
        copy.remove();
    }
    let container = document
        .create_element("div")
        .ok()
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    let (Some(body), Some(container)) = (document.body(), container) else {
        return mount_to_body(App);
    };
    container.set_id(APP_ID);
    container.set_hidden(keep_copy);
    if body.append_child(&container).is_err() {
        return mount_to_body(App);
    }
    mount_to(container, App).forget();
}

/// Swaps the app in for the static copy, if one is still showing. Called when a page draws
/// its `h1` (every page and every error state has one), so the swap waits for the app's
/// version of the content rather than showing a loading state in its place.
pub fn reveal_app() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else { return };
    if document.get_element_by_id(COPY_ID).is_none() {
        return;
    }
    // Next frame: the heading's page is in the document by then.
    request_animation_frame(move || {
        let Some(copy) = document.get_element_by_id(COPY_ID) else { return };
        let app =
            document.get_element_by_id(APP_ID).and_then(|app| app.dyn_into::<web_sys::HtmlElement>().ok());
        let Some(app) = app else {
            copy.remove();
            return;
        };
        // What a reader typed into the copy (its search box) carries over to the app's field,
        // and so does focus: onto the same field, else the app's heading.
        carry_over_inputs(&copy, &app);
        let focused = document.active_element().filter(|active| copy.contains(Some(active)));
        copy.remove();
        app.set_hidden(false);
        if let Some(focused) = focused {
            let same = Some(focused.id()).filter(|id| !id.is_empty()).and_then(|id| by_id(&app, &id));
            let target = same.or_else(|| app.query_selector("h1").ok().flatten());
            if let Some(target) = target.and_then(|target| target.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = target.focus();
            }
        }
    });
}

fn by_id(root: &web_sys::HtmlElement, id: &str) -> Option<web_sys::Element> {
    root.query_selector(&format!("[id=\"{id}\"]")).ok().flatten()
}

/// Text typed into the copy's fields, put into the app's fields of the same id.
fn carry_over_inputs(copy: &web_sys::Element, app: &web_sys::HtmlElement) {
    let Ok(fields) = copy.query_selector_all("input[id]") else { return };
    for index in 0..fields.length() {
        let Some(field) =
            fields.item(index).and_then(|node| node.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            continue;
        };
        let typed = field.value();
        if typed.is_empty() {
            continue;
        }
        if let Some(target) =
            by_id(app, &field.id()).and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            target.set_value(&typed);
        }
    }
}

/// The copy names its route in `<meta name="gazette-prerendered">`; the address bar may be
/// another page's (a host's catch-all answer) or a later page of an archive.
fn copy_is_of_this_page(document: &web_sys::Document) -> bool {
    let copied = document
        .query_selector(&format!("meta[name=\"{COPY_META}\"]"))
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"));
    let location = document.location();
    let pathname = location.as_ref().and_then(|l| l.pathname().ok()).unwrap_or_default();
    let search = location.as_ref().and_then(|l| l.search().ok()).unwrap_or_default();
    match (copied, path_under_base(&pathname, &document_base_path())) {
        (Some(copied), Some(path)) => copy_shows(&copied, path, &search),
        _ => false,
    }
}
