//! A page's description in the document's `<head>` (`model::seo::PageMeta`), through
//! leptos_meta: the build's static copy gets these tags from the server renderer, the running
//! app puts them in on every navigation and takes the last page's out. The tags are listed by
//! the model and drawn by one `<Meta>` and one `<Link>` each: every element written out in the
//! view would be its own generic instance, and cost the wasm several times as much.

use leptos::prelude::*;
use leptos_meta::{Link, Meta, Script, Title};

use crate::model::seo::{MetaTag, PageMeta};

#[component]
pub fn PageHead(meta: PageMeta) -> impl IntoView {
    let metas = meta.meta_tags().into_iter().map(|tag| match tag {
        MetaTag::Name(name, content) => view! { <Meta name content /> }.into_any(),
        MetaTag::Property(property, content) => view! { <Meta property content /> }.into_any(),
    });
    // Canonical and its neighbours have no type or title; the feeds have both.
    let links = meta.link_tags().into_iter().map(|link| match (link.media_type, link.title) {
        (Some(media_type), Some(title)) => {
            view! { <Link rel=link.rel href=link.href type_=media_type title /> }.into_any()
        }
        _ => view! { <Link rel=link.rel href=link.href /> }.into_any(),
    });
    view! {
        <Title text=meta.title />
        {metas.collect_view()}
        {links.collect_view()}
        // A data block, not a script: it runs nothing, so the Content-Security-Policy need not
        // name it (scripts/csp.py leaves it out).
        {meta.structured_data.map(|json| view! { <Script type_="application/ld+json">{json}</Script> })}
    }
}
