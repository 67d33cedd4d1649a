use leptos::prelude::*;

use crate::components::site_context::use_site;
use crate::model::widgets::{AdSlot, HouseAd};

/// An "- Advertisement -" slot. The box has the slot's fixed size (CSS `aspect-ratio` from the
/// same numbers), so an image arriving later moves nothing; with no ad the slot renders
/// nothing at all. Slots are placed where collapsing cannot move the article: in the sidebar,
/// and after the article's end.
#[component]
pub fn Advertisement(position: AdSlot, ad: Option<HouseAd>) -> impl IntoView {
    let links = use_site().links;
    ad.filter(|ad| ad.slot == position && position != AdSlot::Unknown).map(|ad| {
        let (width, height) = position.size();
        let href = links.asset(&ad.href);
        let external = ad.href.starts_with("https://");
        let src = links.asset(&ad.image.src);
        let label_id = format!("ad-label-{}", position.name());
        let labelled_by = label_id.clone();
        view! {
            <section class=format!("ad-slot ad-{}", position.name()) aria-labelledby=labelled_by>
                <p class="ad-label" id=label_id>
                    "- Advertisement -"
                </p>
                <a class="ad-box" href=href rel=external.then_some("noopener")>
                    <img src=src alt=ad.image.alt width=width height=height loading="lazy" decoding="async" />
                </a>
            </section>
        }
    })
}

/// The space an ad will take while the ad list loads: same label height, same box.
#[component]
pub fn AdPlaceholder(position: AdSlot) -> impl IntoView {
    view! {
        <div class=format!("ad-slot ad-{} ad-pending", position.name()) aria-hidden="true">
            <p class="ad-label">"- Advertisement -"</p>
            <div class="ad-box"></div>
        </div>
    }
}
