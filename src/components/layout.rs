use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::offline::connection::{provide_connection, OfflineNotice};
use super::offline::worker::ServiceWorkerUpdates;
use super::page_heading::{HasNavigated, PageAnnouncement};
use super::search_form::SearchForm;
use super::site_context::use_site;
use super::theme::ThemeToggle;
use super::widgets::sidebar::Sidebar;
use super::widgets::trending::TrendingBar;
use crate::model::date::year_of_epoch;
use crate::model::listing::ArchiveKind;

/// Header, the Trending Now ticker, main and footer around every route.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let navigated = RwSignal::new(false);
    provide_context(HasNavigated(navigated));
    let announcement = RwSignal::new(String::new());
    provide_context(PageAnnouncement(announcement));
    provide_connection();
    let pathname = use_location().pathname;
    // The first run is the page load; every later change of path is an in-app navigation.
    Effect::new(move |previous: Option<String>| {
        let path = pathname.get();
        if previous.is_some_and(|previous| previous != path) {
            navigated.set(true);
            // The next page says for itself whether it is an offline copy.
            crate::api::offline::offline_copy_time().set(None);
        }
        path
    });
    // The skip link moves focus itself: with `<base href>` in the page, the browser would
    // resolve `#main` against the base (the front page), and the router would go there. Its
    // href names the page itself, for a reader of the static copy without the app.
    let main = NodeRef::<html::Main>::new();
    let skip_href = move || format!("{}#main", pathname.get());
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = main.get_untracked() {
            let _ = main.focus();
        }
    };
    view! {
        <a class="skip-link" href=skip_href on:click=skip>"Skip to content"</a>
        <SiteHeader />
        <TrendingBar />
        <ServiceWorkerUpdates />
        <OfflineNotice />
        <main id="main" class="site-main" tabindex="-1" node_ref=main>
            // Announces each new page after an in-app navigation (see `PageHeading`).
            <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
                {move || announcement.get()}
            </p>
            {children()}
        </main>
        <SiteFooter />
    }
}

/// A page's own column, and the sidebar beside it (after it on narrow screens).
#[component]
pub fn WithSidebar(
    /// Names the page (see `Sidebar`).
    #[prop(into)]
    page_key: Signal<String>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="with-sidebar">
            <div class="primary">{children()}</div>
            <Sidebar page_key />
        </div>
    }
}

#[component]
fn SiteHeader() -> impl IntoView {
    let site = use_site();
    let links = site.links.clone();
    let pathname = use_location().pathname;
    let sections = site.config.sections.clone();
    view! {
        <header class="site-header">
            <div class="masthead">
                <a class="site-name" href=links.base().to_owned()>{site.config.site_name.clone()}</a>
                {(!site.config.tagline.is_empty()).then(|| view! { <p class="tagline">{site.config.tagline.clone()}</p> })}
                <SearchForm id="site-search" label="Search" label_hidden=true landmark=true class="site-search" />
                <ThemeToggle />
            </div>
            <nav class="section-nav" aria-label="Sections">
                <ul>
                    {sections
                        .into_iter()
                        .map(|section| {
                            let href = links.archive(ArchiveKind::Section, &section.slug, 1);
                            let target = href.clone();
                            let current = move || (pathname.get() == target).then_some("page");
                            view! {
                                <li>
                                    <a href=href aria-current=current>{section.name}</a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        </header>
    }
}

fn now_seconds() -> i64 {
    #[cfg(target_arch = "wasm32")]
    let seconds = (js_sys::Date::now() / 1000.0) as i64;
    #[cfg(not(target_arch = "wasm32"))]
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| i64::try_from(elapsed.as_secs()).unwrap_or(0));
    seconds
}

#[component]
fn SiteFooter() -> impl IntoView {
    let site = use_site();
    let name = site.config.site_name.clone();
    // UTC, by the clock of whichever side draws it: the reader's browser, or the build's.
    let year = year_of_epoch(now_seconds());
    view! {
        <footer class="site-footer">
            <p>{format!("© {year} {name}. All rights reserved.")}</p>
            <p>
                <a href=site.links.base().to_owned()>"Front page"</a>
                <span aria-hidden="true">" · "</span>
                <a href=site.links.saved()>"Saved stories"</a>
            </p>
        </footer>
    }
}
