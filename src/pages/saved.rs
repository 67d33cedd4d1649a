use leptos::prelude::*;

use crate::components::date::DateText;
use crate::components::offline::saved::{remove, saved_stories};
use crate::components::page_head::PageHead;
use crate::components::page_heading::PageHeading;
use crate::components::site_context::use_site;
use crate::model::saved::SavedStory;
use crate::model::seo::PageMeta;

/// `/saved`: the stories saved on this device for offline reading, newest first, each with
/// "Remove". The list is the device's: read once the page runs in the browser.
#[component]
pub fn SavedPage() -> impl IntoView {
    let site = use_site();
    let stories = RwSignal::new(None::<Vec<SavedStory>>);
    Effect::new(move || stories.set(Some(saved_stories())));
    let links = site.links.clone();
    let front = links.base().to_owned();
    let list = move || {
        let links = links.clone();
        stories.get().map(|list| {
            if list.is_empty() {
                return view! {
                    <p class="saved-empty">
                        "No saved stories yet. Choose Save on a story to keep it on this device: you can then read it here, even offline."
                    </p>
                }
                .into_any();
            }
            view! {
                <ul class="saved-list">
                    {list
                        .into_iter()
                        .map(|story| {
                            let slug = story.slug.clone();
                            let title = story.title.clone();
                            let remove_story = move |_| {
                                let slug = slug.clone();
                                leptos::task::spawn_local(async move {
                                    remove(&slug).await;
                                    stories.try_set(Some(saved_stories()));
                                });
                            };
                            view! {
                                <li class="saved-story">
                                    <h2 class="saved-title">
                                        <a href=links.article(&story.slug)>{story.title}</a>
                                    </h2>
                                    <p class="saved-standfirst">{story.standfirst}</p>
                                    <p class="saved-meta">
                                        "Saved " <DateText iso=story.saved_at />
                                    </p>
                                    <button type="button" class="button" aria-label=format!("Remove “{title}”") on:click=remove_story>
                                        "Remove"
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
            .into_any()
        })
    };
    view! {
        <PageHead meta=PageMeta::saved(&site.config) />
        <section class="saved">
            <PageHeading>"Saved stories"</PageHeading>
            <p class="saved-intro">
                "Stories you saved on this device, newest first. They can be read without a connection. "
                <a href=front>"Go to the front page"</a>
            </p>
            {list}
        </section>
    }
}
