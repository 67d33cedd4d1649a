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
use crate::model::prerender::{copy_shows, path_under_base, COPY_ID, COPY_META, HEAD_END, HEAD_START};

/// The element the app is drawn in.
const APP_ID: &str = "app";
/// The page title the copy came with, kept on the copy while the app starts (the app names
/// the page as it draws it; a kept story gets its own back, see `adopt_copy_story`).
const TITLE_ATTRIBUTE: &str = "data-title";

pub fn mount_app() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return mount_to_body(App);
    };
    remove_copy_head(&document);
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
    if let (Some(copy), true) = (&copy, keep_copy) {
        // The app names the page as it draws it; if it cannot, the kept copy gets its own back.
        let _ = copy.set_attribute(TITLE_ATTRIBUTE, &document.title());
    }
    if body.append_child(&container).is_err() {
        return mount_to_body(App);
    }
    mount_to(container, App).forget();
}

/// Takes out the head tags the build wrote for the copy's page (between the `HEAD_START` and
/// `HEAD_END` comments): the app's pages put in their own, and a document with two
/// descriptions or two canonical links is invalid and ambiguous to crawlers. The title stays:
/// the app sets the same element's text.
fn remove_copy_head(document: &web_sys::Document) {
    let Some(head) = document.head() else { return };
    let is_marker = |node: &web_sys::Node, text: &str| {
        node.node_type() == web_sys::Node::COMMENT_NODE && node.node_value().as_deref() == Some(text)
    };
    let mut node = head.first_child();
    let mut inside = false;
    while let Some(current) = node {
        node = current.next_sibling();
        let start = is_marker(&current, HEAD_START);
        let end = is_marker(&current, HEAD_END);
        if start || inside || end {
            let _ = head.remove_child(&current);
        }
        inside = (inside || start) && !end;
    }
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

/// Whether the build's copy of the page in the address bar is still showing: a first load, the
/// app not yet drawn over it.
pub fn copy_of_this_page_showing() -> bool {
    web_sys::window().and_then(|window| window.document()).is_some_and(|document| {
        document.get_element_by_id(COPY_ID).is_some() && copy_is_of_this_page(&document)
    })
}

/// Where the app could not load this page's data (offline, a timeout, a server or content
/// error) while the build's copy is still showing, the reader keeps the story they are reading.
/// On the next frame its nodes move into `holder`, the copy goes and the app is shown around
/// them, so the header, theme toggle and sidebar work while the error lasts. The holder gets
/// the copy's story column, or the copy's whole page when the holder is outside a story column
/// (the site's own settings failed, and the app has no page of its own to draw); the `notice`
/// then moves to the top of the copy's story column, where it would be on any other failure.
pub fn adopt_copy_story(holder: web_sys::Element, notice: web_sys::Element) {
    request_animation_frame(move || {
        let Some(document) = web_sys::window().and_then(|window| window.document()) else { return };
        let Some(copy) = document.get_element_by_id(COPY_ID) else { return };
        let holder_in_column = holder.closest(".primary").ok().flatten().is_some();
        let column = document.query_selector(&format!("#{COPY_ID} .primary")).ok().flatten();
        let source = match column {
            Some(column) if holder_in_column => column,
            Some(column) => {
                let _ = column.prepend_with_node_1(&notice);
                copy.clone()
            }
            None => copy.clone(),
        };
        // Moving a focused node blurs it: the reader's place is given back after the move.
        let focused = document.active_element().filter(|active| source.contains(Some(active)));
        while let Some(child) = source.first_child() {
            if holder.append_child(&child).is_err() {
                break;
            }
        }
        if let Some(title) = copy.get_attribute(TITLE_ATTRIBUTE) {
            document.set_title(&title);
        }
        copy.remove();
        if let Some(app) =
            document.get_element_by_id(APP_ID).and_then(|app| app.dyn_into::<web_sys::HtmlElement>().ok())
        {
            app.set_hidden(false);
        }
        if let Some(focused) = focused.and_then(|focused| focused.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = focused.focus();
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
