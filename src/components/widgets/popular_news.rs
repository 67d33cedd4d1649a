use leptos::prelude::*;

use super::WidgetBox;
use crate::components::date::DateText;
use crate::components::site_context::use_site;
use crate::model::widgets::Headline;

/// The most-read recent stories: headline, excerpt and date.
#[component]
pub fn PopularNews(articles: Vec<Headline>) -> impl IntoView {
    let links = use_site().links;
    (!articles.is_empty()).then(move || {
        let items = articles
            .into_iter()
            .map(|article| {
                let href = links.article(&article.slug);
                view! {
                    <li class="news-item">
                        <h3 class="widget-headline">
                            <a href=href>{article.title}</a>
                        </h3>
                        {article.excerpt.map(|excerpt| view! { <p class="widget-excerpt">{excerpt}</p> })}
                        <p class="widget-meta">
                            <DateText iso=article.published />
                        </p>
                    </li>
                }
            })
            .collect_view();
        view! {
            <WidgetBox id="popular-news-heading" title="Popular News" class="popular-news">
                <ul class="news-list">{items}</ul>
            </WidgetBox>
        }
    })
}
