use leptos::prelude::*;

use super::site_context::use_site;
use crate::model::image::{Image, ImageSlot};

/// An image with its caption and credit.
#[component]
pub fn Figure(
    mut image: Image,
    #[prop(optional)] eager: bool,
    #[prop(optional)] class: &'static str,
    #[prop(optional)] layout: ImageSlot,
) -> impl IntoView {
    let caption = image.caption.take().filter(|c| !c.trim().is_empty());
    let credit = image.credit.take().filter(|c| !c.trim().is_empty());
    let has_caption = caption.is_some() || credit.is_some();
    view! {
        <figure class=format!("figure {class}")>
            <Picture image layout eager />
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
    view! { <Picture image layout=ImageSlot::Thumbnail class="thumb" /> }
}

/// The `<img>` itself. `width`/`height` reserve the space so nothing moves when it arrives;
/// images below the fold load lazily; with variants the browser picks the width it needs for
/// its `layout`. `loading` is set before `src`, so a lazy image is never fetched early. The
/// static copies (`tools/pages`) write the same attributes in the same order.
#[component]
pub fn Picture(
    image: Image,
    layout: ImageSlot,
    #[prop(optional)] eager: bool,
    #[prop(optional)] class: Option<&'static str>,
) -> impl IntoView {
    let links = use_site().links;
    let src = links.asset(&image.src);
    let srcset = image.srcset(|src| links.asset(src));
    let sizes = srcset.is_some().then_some(layout.sizes());
    view! {
        <img
            class=class
            loading=if eager { "eager" } else { "lazy" }
            decoding="async"
            fetchpriority=if eager { "high" } else { "auto" }
            width=image.width
            height=image.height
            alt=image.alt
            sizes=sizes
            srcset=srcset
            src=src
        />
    }
}
