use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use super::page_heading::HasNavigated;
use super::site_context::use_site;

/// A search box. A plain GET form to the search page, so it works as HTML alone (and a static
/// host's fallback serves the app at that URL); with the app running, submitting navigates in
/// the app instead of reloading.
#[component]
pub fn SearchForm(
    /// Unique on the page: ties the label to the input.
    id: &'static str,
    /// The label, visible or not (`label_hidden`).
    label: &'static str,
    #[prop(optional)] label_hidden: bool,
    /// The text already in the box (the current query on the search page).
    #[prop(optional, into)]
    value: String,
    /// The header's box is the site's search landmark; the one on the results page is not a
    /// second landmark, only a form inside the main content.
    #[prop(optional)]
    landmark: bool,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    let site = use_site();
    let (links, source) = (site.links, site.content);
    let action = links.search("", 1);
    let input = NodeRef::<html::Input>::new();
    let navigate = use_navigate();
    let navigated = use_context::<HasNavigated>();
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let text = input.get_untracked().map(|input| input.value()).unwrap_or_default();
        // A new search is a new page even when only the query changed: its heading takes focus
        // and is announced (see `PageHeading`).
        if let Some(flag) = navigated {
            flag.0.set(true);
        }
        let href = links.search(text.trim(), 1);
        navigate(&href, NavigateOptions { resolve: false, ..NavigateOptions::default() });
    };
    view! {
        <form
            class=format!("search-form {class}")
            role=landmark.then_some("search")
            aria-label=landmark.then_some("Site search")
            method="get"
            action=action
            on:submit=submit
        >
            <label for=id class:visually-hidden=label_hidden>
                {label}
            </label>
            <input
                type="search"
                id=id
                name="q"
                value=value
                node_ref=input
                autocomplete="off"
                enterkeyhint="search"
                on:focus=move |_| crate::api::warm_index(&source)
            />
            <button type="submit" class="button search-button">
                "Search"
            </button>
        </form>
    }
}
