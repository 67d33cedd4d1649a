//! A page's description in the document's `<head>` (`model::seo::PageMeta`), through
//! leptos_meta: the build's static copy gets these tags from the server renderer, the running
//! app puts them in on every navigation and takes the last page's out.

use leptos::prelude::*;
use leptos_meta::{Link, Meta, Script, Title};

use crate::model::seo::PageMeta;

#[component]
pub fn PageHead(meta: PageMeta) -> impl IntoView {
    let card = meta.twitter_card();
    let canonical = meta.canonical().map(str::to_owned);
    let PageMeta {
        title,
        description,
        site_name,
        locale,
        kind,
        noindex,
        url,
        prev,
        next,
        image,
        article,
        feeds,
        structured_data,
    } = meta;
    view! {
        <Title text=title.clone() />
        <Meta name="description" content=description.clone() />
        {noindex.then(|| view! { <Meta name="robots" content="noindex" /> })}
        {canonical.map(|href| view! { <Link rel="canonical" href /> })}
        {prev.map(|href| view! { <Link rel="prev" href /> })}
        {next.map(|href| view! { <Link rel="next" href /> })}
        {feeds
            .into_iter()
            .map(|feed| view! { <Link rel="alternate" type_=feed.media_type href=feed.href title=feed.title /> })
            .collect_view()}
        <Meta property="og:site_name" content=site_name />
        <Meta property="og:type" content=kind.og_type() />
        <Meta property="og:title" content=title.clone() />
        <Meta property="og:description" content=description.clone() />
        {url.map(|url| view! { <Meta property="og:url" content=url /> })}
        {locale.map(|locale| view! { <Meta property="og:locale" content=locale /> })}
        {image
            .clone()
            .map(|image| {
                view! {
                    <Meta property="og:image" content=image.url />
                    <Meta property="og:image:width" content=image.width.to_string() />
                    <Meta property="og:image:height" content=image.height.to_string() />
                    <Meta property="og:image:alt" content=image.alt />
                }
            })}
        {article
            .map(|facts| {
                view! {
                    <Meta property="article:published_time" content=facts.published />
                    <Meta property="article:modified_time" content=facts.modified />
                    <Meta property="article:section" content=facts.section />
                    <Meta property="article:author" content=facts.author />
                    {facts
                        .tags
                        .into_iter()
                        .map(|tag| view! { <Meta property="article:tag" content=tag /> })
                        .collect_view()}
                }
            })}
        <Meta name="twitter:card" content=card />
        <Meta name="twitter:title" content=title />
        <Meta name="twitter:description" content=description />
        {image
            .map(|image| {
                view! {
                    <Meta name="twitter:image" content=image.url />
                    <Meta name="twitter:image:alt" content=image.alt />
                }
            })}
        // A data block, not a script: it runs nothing, so the Content-Security-Policy need not
        // name it (scripts/csp.py leaves it out).
        {structured_data
            .map(|json| view! { <Script type_="application/ld+json">{json}</Script> })}
    }
}
