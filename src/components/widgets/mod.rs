//! The news-site furniture: one component per widget, each taking its data as props so it can
//! be mounted with fixture data in a test, plus the loaders that fetch that data
//! (`sidebar`, `after_article`, `trending::TrendingBar`). A widget whose data fails to load
//! shows nothing (or, for the ticker, a quiet line); it never takes the page down with it.

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

/// Starts `future` at once and gives its answer as a signal, `None` until it arrives.
///
/// Deliberately not a `LocalResource` read under `<Suspense>`: a widget pending beside the
/// page's own `<Transition>` must not take part in it. A suspended read registers with the
/// nearest suspense boundary (the app's, around the whole site), and a `Suspend` pending at the
/// same time as the article's can leave the article's error, such as a 404, reported to the
/// app-level error boundary instead of its own. A plain signal has no part in either: the
/// widget simply appears when its data does, and the page never waits for it.
pub fn load<T: Send + Sync + 'static>(
    future: impl std::future::Future<Output = T> + 'static,
) -> ReadSignal<Option<T>> {
    let (value, set_value) = signal(None);
    leptos::task::spawn_local(async move {
        let answer = future.await;
        // The view may be gone by now; setting a disposed signal does nothing.
        set_value.try_set(Some(answer));
    });
    value
}
