use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use super::page_heading::HasNavigated;
use super::site_context::use_site;
use crate::model::article::Ref;
use crate::model::routes::{SECTION_PARAM, WITHIN_PARAM};
use crate::model::search::filter::{Filters, Within};

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
    /// The results page's form narrows the search too: section and date, set as the page's.
    #[prop(optional)]
    filters: Option<Filters>,
) -> impl IntoView {
    let site = use_site();
    let (links, source) = (site.links, site.content);
    let action = links.search("", 1);
    let input = NodeRef::<html::Input>::new();
    let section = NodeRef::<html::Select>::new();
    let within = NodeRef::<html::Select>::new();
    let controls = filters.map(|current| {
        view! { <FilterControls id current sections=site.config.sections.clone() section within /> }
    });
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
        let chosen = |select: NodeRef<html::Select>| select.get_untracked().map(|s| s.value());
        let filters = Filters::from_params(chosen(section).as_deref(), chosen(within).as_deref());
        let href = links.search_within(text.trim(), &filters, 1);
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
                on:focus={
                    let source = source.clone();
                    move |_| crate::api::warm_index(&source)
                }
                on:input=move |ev| crate::api::warm_shards(&source, &event_target_value(&ev))
            />
            {controls}
            <button type="submit" class="button search-button">
                "Search"
            </button>
        </form>
    }
}

/// The section and date choices, named as the URL names them, so the form works as HTML alone.
#[component]
fn FilterControls(
    id: &'static str,
    current: Filters,
    sections: Vec<Ref>,
    section: NodeRef<html::Select>,
    within: NodeRef<html::Select>,
) -> impl IntoView {
    let section_id = format!("{id}-section");
    let within_id = format!("{id}-within");
    let sections = sections.into_iter().map(|choice| {
        let selected = current.section.as_deref() == Some(choice.slug.as_str());
        view! { <option value=choice.slug selected=selected>{choice.name}</option> }
    });
    let ranges = Within::ALL.map(|range| {
        view! { <option value=range.param() selected=current.within == Some(range)>{range.label()}</option> }
    });
    view! {
        <div class="search-filters">
            <label for=section_id.clone()>"Section"</label>
            <select id=section_id name=SECTION_PARAM node_ref=section>
                <option value="" selected=current.section.is_none()>"All sections"</option>
                {sections.collect_view()}
            </select>
            <label for=within_id.clone()>"Published"</label>
            <select id=within_id name=WITHIN_PARAM node_ref=within>
                <option value="" selected=current.within.is_none()>"Any time"</option>
                {ranges.into_iter().collect_view()}
            </select>
        </div>
    }
}
