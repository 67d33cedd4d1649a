use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::page_heading::HasNavigated;
use super::site_context::use_site;
use super::widgets::trending::TrendingBar;
use crate::model::listing::ArchiveKind;

/// Header, the Trending Now ticker, main and footer around every route.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let navigated = RwSignal::new(false);
    provide_context(HasNavigated(navigated));
    let pathname = use_location().pathname;
    // The first run is the page load; every later change of path is an in-app navigation.
    Effect::new(move |previous: Option<String>| {
        let path = pathname.get();
        if previous.is_some_and(|previous| previous != path) {
            navigated.set(true);
        }
        path
    });
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <SiteHeader />
        <TrendingBar />
        <main id="main" class="site-main" tabindex="-1">{children()}</main>
        <SiteFooter />
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

#[component]
fn SiteFooter() -> impl IntoView {
    let site = use_site();
    let name = site.config.site_name.clone();
    let year = js_sys::Date::new_0().get_full_year();
    view! {
        <footer class="site-footer">
            <p>{format!("© {year} {name}. All rights reserved.")}</p>
            <p>
                <a href=site.links.base().to_owned()>"Front page"</a>
            </p>
        </footer>
    }
}
