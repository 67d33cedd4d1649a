use leptos::prelude::*;

use super::site_context::use_site;
use crate::model::article::Image;

/// An image with its caption and credit. `width`/`height` reserve the space so nothing moves
/// when it arrives; images below the fold load lazily.
#[component]
pub fn Figure(
    image: Image,
    #[prop(optional)] eager: bool,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    let src = use_site().links.asset(&image.src);
    let caption = image.caption.filter(|c| !c.trim().is_empty());
    let credit = image.credit.filter(|c| !c.trim().is_empty());
    let has_caption = caption.is_some() || credit.is_some();
    view! {
        <figure class=format!("figure {class}")>
            <img
                src=src
                alt=image.alt
                width=image.width
                height=image.height
                loading=if eager { "eager" } else { "lazy" }
                decoding="async"
                fetchpriority=if eager { "high" } else { "auto" }
            />
            {has_caption
                .then(|| {
                    view! {
                        <figcaption>
                            {caption}
                            {credit.map(|credit| view! { <span class="credit">{credit}</span> })}
                        </figcaption>
                    }
                })}
        </figure>
    }
}

/// A thumbnail for cards: no caption, always lazy.
#[component]
pub fn Thumbnail(image: Image) -> impl IntoView {
    let src = use_site().links.asset(&image.src);
    view! {
        <img class="thumb" src=src alt=image.alt width=image.width height=image.height loading="lazy" decoding="async" />
    }
}
