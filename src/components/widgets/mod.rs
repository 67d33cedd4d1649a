//! The news-site furniture: one component per widget, each taking its data as props so it can
//! be mounted with fixture data in a test, plus the loaders that fetch that data
//! (`sidebar`, `after_article`, `trending::TrendingBar`). A widget whose data fails to load
//! shows nothing (or, for the ticker, a quiet line); it never takes the page down with it.
//!
//! Widgets load with a `LocalResource`, as the pages do, requested when the widget mounts and
//! read (`get`, `None` while it loads) only inside the widget's own `<Suspense>`, whose
//! fallback is what the widget shows while it waits and what the build's static copy shows.
//! Only inside: a read registers with the nearest suspense boundary, and outside the widget's
//! that is the page's or the app's, which would then wait for the sidebar. And no `Suspend`:
//! Leptos (0.8.23, tachys `Suspend::build`) sets the thread's error hook for as long as a
//! `Suspend` is pending, so a widget's `Suspend` pending beside the article's sends the
//! article's error (a 404, say) to the boundary around the widget, the app's, which then
//! replaces the whole site (seen in `tests/e2e/failures.test.mjs`).

pub mod advertisement;
pub mod after_article;
pub mod article_pager;
pub mod most_popular;
pub mod news_list;
pub mod popular_news;
pub mod read_now;
pub mod related;
pub mod sections;
pub mod sidebar;
pub mod subscription;
pub mod trending;

use leptos::prelude::*;

use crate::api::ContentSource;
use crate::components::site_context::use_site;

/// The frame every sidebar widget shares: a region named by its visible heading.
#[component]
pub fn WidgetBox(
    /// Unique on the page: the heading's id.
    id: &'static str,
    title: &'static str,
    #[prop(optional)] class: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <section class=format!("widget {class}") aria-labelledby=id>
            <h2 id=id class="widget-heading">{title}</h2>
            {children()}
        </section>
    }
}

/// One widget's answer from the site's content folder, asked for now (see the note above on
/// where to read it).
pub fn fetched<T, Fut>(fetch: impl Fn(ContentSource) -> Fut + 'static) -> LocalResource<T>
where
    T: 'static,
    Fut: std::future::Future<Output = T> + 'static,
{
    let source = use_site().content;
    LocalResource::new(move || fetch(source.clone()))
}
