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
use crate::components::site_context::use_site;
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
    let source = use_site().content;
    let ads = fetched(&source, |source| async move { fetch_house_ads(&source).await });
    let most_popular = fetched(&source, |source| async move { fetch_most_popular(&source).await });
    let popular_news = fetched(&source, |source| async move { fetch_popular_news(&source).await });
    let read_now = fetched(&source, |source| async move { fetch_read_now(&source).await });
    let sections = fetched(&source, |source| async move { fetch_section_counts(&source).await });
    // All five requests are in flight from here; the column waits for the last answer.
    let column = move || {
        let (Some(ads), Some(most_popular), Some(popular_news), Some(read_now), Some(sections)) =
            (ads.get(), most_popular.get(), popular_news.get(), read_now.get(), sections.get())
        else {
            return None;
        };
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
