use leptos::prelude::*;

use crate::components::site_context::use_site;
use crate::model::widgets::Headline;

/// Previous (older) and next (newer) article on the site, each with its headline so the
/// reader knows where the link goes.
#[component]
pub fn ArticlePager(previous: Option<Headline>, next: Option<Headline>) -> impl IntoView {
    let links = use_site().links;
    let link = move |headline: Headline, label: &'static str, rel: &'static str| {
        let href = links.article(&headline.slug);
        view! {
            <li class=format!("pager-{rel}")>
                <a href=href rel=rel>
                    <span class="pager-label">{label}</span>
                    <span class="pager-title">{headline.title}</span>
                </a>
            </li>
        }
    };
    (previous.is_some() || next.is_some()).then(move || {
        view! {
            <nav class="article-pager" aria-label="Previous and next articles">
                <ul>
                    {previous.map(|headline| link(headline, "Previous article", "prev"))}
                    {next.map(|headline| link(headline, "Next article", "next"))}
                </ul>
            </nav>
        }
    })
}
