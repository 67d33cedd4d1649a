use leptos::prelude::*;

use crate::components::site_context::use_site;
use crate::model::href::safe_href;
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
        // Only allowlisted targets become links (http, https, mailto, paths on this site); an ad
        // whose `href` is anything else (`javascript:`, `//elsewhere`) shows its picture unlinked.
        let href = safe_href(&ad.href).map(|href| links.asset(href));
        let external = ad.href.starts_with("https://");
        let src = links.asset(&ad.image.src);
        let image = view! { <img loading="lazy" decoding="async" width=width height=height alt=ad.image.alt src=src /> };
        let boxed = match href {
            Some(href) => view! { <a class="ad-box" href=href rel=external.then_some("noopener")>{image}</a> }.into_any(),
            None => view! { <div class="ad-box">{image}</div> }.into_any(),
        };
        // Each slot's region has a name of its own, so the page's landmarks can be told apart.
        let name = match position {
            AdSlot::Sidebar => "Advertisement",
            AdSlot::Article | AdSlot::Unknown => "Advertisement after the article",
        };
        view! {
            <section class=format!("ad-slot ad-{}", position.name()) aria-label=name>
                <p class="ad-label">
                    "- Advertisement -"
                </p>
                {boxed}
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
