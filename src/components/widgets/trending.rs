use std::time::Duration;

use leptos::prelude::*;

use super::fetched;
use crate::api::fetch_trending;
use crate::components::media_query::media_query;
use crate::components::site_context::use_site;
use crate::model::widgets::{step, Headline};

/// Long enough to read a headline twice.
pub const ROTATE_MS: u32 = 5_000;

/// The "Trending Now" bar under the header. Its height is fixed by CSS from the first paint,
/// whatever happens to the data, so the page below never moves because of it.
#[component]
pub fn TrendingBar() -> impl IntoView {
    let trending = fetched(|source| async move { fetch_trending(&source).await });
    let body = move || {
        trending.get().map(|answer| match answer {
            Ok(list) if !list.articles.is_empty() => {
                view! { <TrendingTicker headlines=list.articles /> }.into_any()
            }
            _ => view! {
                <div class="ticker-body">
                    {label()}
                    <p class="ticker-quiet">"Trending headlines are unavailable right now."</p>
                </div>
            }
            .into_any(),
        })
    };
    view! {
        <section class="ticker" aria-labelledby="ticker-label">
            <div class="ticker-inner">
                <Suspense fallback=|| view! { <div class="ticker-body">{label()}</div> }>{body}</Suspense>
            </div>
        </section>
    }
}

/// Names the bar (`aria-labelledby` of the section above): one per page.
fn label() -> impl IntoView {
    view! {
        <p class="ticker-label" id="ticker-label">
            "Trending Now"
        </p>
    }
}

/// One headline at a time, rotating. Following the WAI-ARIA carousel pattern: rotation pauses
/// while the pointer is over the ticker or focus is inside it, a button stops and starts it,
/// and it starts stopped when the reader prefers reduced motion (and follows the preference
/// if it changes). While rotating the headline is not announced (`aria-live="off"`); when
/// stopped, a headline the reader steps to is.
#[component]
pub fn TrendingTicker(headlines: Vec<Headline>, #[prop(optional)] interval_ms: Option<u32>) -> impl IntoView {
    let links = use_site().links;
    let len = headlines.len();
    let items: Vec<(String, String)> =
        headlines.into_iter().map(|headline| (links.article(&headline.slug), headline.title)).collect();
    let items = StoredValue::new(items);
    let index = RwSignal::new(0_usize);
    let hovered = RwSignal::new(false);
    let focused = RwSignal::new(false);
    let reduced_motion = media_query("(prefers-reduced-motion: reduce)");
    // The preference is read in the browser (`media_query`): the effect below applies it as
    // soon as it is known, long before the first rotation.
    let auto = RwSignal::new(true);
    Effect::new(move |previous: Option<bool>| {
        let reduced = reduced_motion.get();
        if previous != Some(reduced) {
            auto.set(!reduced);
        }
        reduced
    });
    let running = Memo::new(move |_| auto.get() && !hovered.get() && !focused.get() && len > 1);

    // A fresh interval each time rotation resumes, so the headline after a pause gets its
    // full time on screen. Each interval also checks that it is still the current one: a
    // timer id that does not fit `i32` (fake clocks in test tools hand out such ids) cannot
    // be cleared, and must then do nothing rather than keep rotating.
    let period = Duration::from_millis(u64::from(interval_ms.unwrap_or(ROTATE_MS).max(100)));
    let timer = StoredValue::new(None::<IntervalHandle>);
    let generation = StoredValue::new(0_u64);
    let stop_timer = move || {
        generation.try_update_value(|g| *g += 1);
        if let Some(handle) = timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    };
    Effect::new(move |_| {
        let run = running.get();
        stop_timer();
        if run {
            let current = generation.try_get_value();
            let advance = move || {
                if generation.try_get_value() == current {
                    index.try_update(|i| *i = step(*i, len, true));
                }
            };
            if let Ok(handle) = set_interval_with_handle(advance, period) {
                timer.try_update_value(|slot| *slot = Some(handle));
            }
        }
    });
    on_cleanup(stop_timer);

    let current = move || {
        let i = index.get();
        items.with_value(|items| items.get(i).cloned()).map(|(href, title)| {
            view! { <a class="ticker-link" href=href>{title}</a> }
        })
    };
    let go = move |forward: bool| index.update(|i| *i = step(*i, len, forward));
    view! {
        <div
            class="ticker-body"
            on:mouseenter=move |_| hovered.set(true)
            on:mouseleave=move |_| hovered.set(false)
            on:focusin=move |_| focused.set(true)
            on:focusout=move |_| focused.set(false)
        >
            {label()}
            <div class="ticker-window" aria-live=move || if running.get() { "off" } else { "polite" }>
                {current}
            </div>
            {(len > 1)
                .then(|| {
                    view! {
                        <div class="ticker-controls">
                            <button type="button" class="ticker-button" aria-label="Previous headline" on:click=move |_| go(false)>
                                "‹"
                            </button>
                            <button type="button" class="ticker-button" aria-label="Next headline" on:click=move |_| go(true)>
                                "›"
                            </button>
                            <button
                                type="button"
                                class="ticker-button ticker-toggle"
                                aria-label=move || if auto.get() { "Pause headlines" } else { "Play headlines" }
                                on:click=move |_| auto.update(|on| *on = !*on)
                            >
                                {move || if auto.get() { "❚❚" } else { "▶" }}
                            </button>
                        </div>
                    }
                })}
        </div>
    }
}
