use leptos::prelude::*;

use super::WidgetBox;
use crate::components::date::DateText;
use crate::components::site_context::use_site;
use crate::model::widgets::Headline;

/// What a news list shows around each headline and excerpt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemStyle {
    /// The date under the excerpt (Popular News).
    Dated,
    /// The section above the headline (Read Now).
    SectionKicker,
}

/// A sidebar box of headlines with excerpts; nothing at all when there are no stories.
#[component]
pub fn NewsList(
    articles: Vec<Headline>,
    id: &'static str,
    title: &'static str,
    class: &'static str,
    style: ItemStyle,
) -> impl IntoView {
    let links = use_site().links;
    (!articles.is_empty()).then(move || {
        let items = articles
            .into_iter()
            .map(|article| {
                let href = links.article(&article.slug);
                let kicker = (style == ItemStyle::SectionKicker)
                    .then(|| view! { <p class="widget-kicker">{article.section.name}</p> });
                let date = (style == ItemStyle::Dated)
                    .then(|| view! { <p class="widget-meta"><DateText iso=article.published /></p> });
                view! {
                    <li class="news-item">
                        {kicker}
                        <h3 class="widget-headline">
                            <a href=href>{article.title}</a>
                        </h3>
                        {article.excerpt.map(|excerpt| view! { <p class="widget-excerpt">{excerpt}</p> })}
                        {date}
                    </li>
                }
            })
            .collect_view();
        view! {
            <WidgetBox id title class>
                <ul class="news-list">{items}</ul>
            </WidgetBox>
        }
    })
}
