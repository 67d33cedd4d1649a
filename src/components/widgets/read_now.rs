use leptos::prelude::*;

use super::WidgetBox;
use crate::components::site_context::use_site;
use crate::model::widgets::Headline;

/// Editors' picks: a headline with a long excerpt, to tempt a longer read.
#[component]
pub fn ReadNow(articles: Vec<Headline>) -> impl IntoView {
    let links = use_site().links;
    (!articles.is_empty()).then(move || {
        let items = articles
            .into_iter()
            .map(|article| {
                let href = links.article(&article.slug);
                view! {
                    <li class="news-item read-now-item">
                        <p class="widget-kicker">{article.section.name}</p>
                        <h3 class="widget-headline">
                            <a href=href>{article.title}</a>
                        </h3>
                        {article.excerpt.map(|excerpt| view! { <p class="widget-excerpt">{excerpt}</p> })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <WidgetBox id="read-now-heading" title="Read Now" class="read-now">
                <ul class="news-list">{items}</ul>
            </WidgetBox>
        }
    })
}
