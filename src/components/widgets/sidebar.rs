use leptos::prelude::*;

use super::advertisement::Advertisement;
use super::fetched;
use super::most_popular::MostPopular;
use super::popular_news::PopularNews;
use super::read_now::ReadNow;
use super::sections::SectionList;
use super::subscription::FreeSubscription;
use crate::api::{
    fetch_house_ads, fetch_most_popular, fetch_popular_news, fetch_read_now, fetch_section_counts,
};
use crate::model::widgets::{pick_ad, AdSlot};

/// The sidebar: second column on wide screens, after the content on narrow ones. Its widgets'
/// requests start when it mounts, alongside the page's own, and after the first page each is
/// answered from the session cache. The column fills in once, when every widget has its answer
/// (or has failed, and shows nothing): widgets arriving one by one would push each other down
/// while the reader looks at them.
#[component]
pub fn Sidebar(
    /// Names the page (its path, say), so each page shows its own house ad.
    #[prop(into)]
    page_key: Signal<String>,
) -> impl IntoView {
    // One resource for the five answers: the column waits for the last of them anyway, and
    // each `LocalResource<T>` is its own copy of Leptos's async machinery in the wasm.
    let answers = fetched(|source| async move {
        futures::future::join5(
            fetch_house_ads(&source),
            fetch_most_popular(&source),
            fetch_popular_news(&source),
            fetch_read_now(&source),
            fetch_section_counts(&source),
        )
        .await
    });
    let column = move || {
        let (ads, most_popular, popular_news, read_now, sections) = answers.get()?;
        // A widget whose data failed shows nothing; the others are unaffected.
        let ads = ads.map(|ads| ads.ads).unwrap_or_default();
        let ad = move || {
            let ad = pick_ad(&ads, AdSlot::Sidebar, &page_key.get()).cloned();
            view! { <Advertisement position=AdSlot::Sidebar ad /> }
        };
        Some(view! {
            <MostPopular articles=most_popular.map(|list| list.articles).unwrap_or_default() />
            {ad}
            <FreeSubscription />
            <PopularNews articles=popular_news.map(|list| list.articles).unwrap_or_default() />
            <ReadNow articles=read_now.map(|list| list.articles).unwrap_or_default() />
            <SectionList sections=sections.map(|counts| counts.sections).unwrap_or_default() />
        })
    };
    view! {
        <aside class="sidebar" aria-label="More news">
            <Suspense fallback=|| ()>{column}</Suspense>
        </aside>
    }
}
