use leptos::prelude::*;

use super::WidgetBox;
use crate::components::figure::Picture;
use crate::components::site_context::use_site;
use crate::model::image::ImageSlot;
use crate::model::widgets::{views_label, Headline};

/// The five most-read stories, numbered, with thumbnails. Nothing when the list is empty.
#[component]
pub fn MostPopular(articles: Vec<Headline>) -> impl IntoView {
    let links = use_site().links;
    (!articles.is_empty()).then(move || {
        let items = articles
            .into_iter()
            .enumerate()
            .map(|(index, article)| {
                let href = links.article(&article.slug);
                // The image sits beside the headline link, not inside it, so its alt text is
                // read once as a picture rather than prefixed to the link's name.
                let thumbnail = article
                    .image
                    .map(|image| view! { <Picture image layout=ImageSlot::WidgetThumbnail class="widget-thumb" /> });
                view! {
                    <li class="ranked-item">
                        <span class="rank" aria-hidden="true">{index + 1}</span>
                        <div class="ranked-text">
                            <h3 class="widget-headline">
                                <a href=href>{article.title}</a>
                            </h3>
                            <p class="widget-meta">
                                {article.section.name}
                                {article.views.map(|views| view! { <span class="views">{format!(" · {}", views_label(views))}</span> })}
                            </p>
                        </div>
                        {thumbnail}
                    </li>
                }
            })
            .collect_view();
        view! {
            <WidgetBox id="most-popular-heading" title="Most Popular" class="most-popular">
                <ol class="ranked-list">{items}</ol>
            </WidgetBox>
        }
    })
}
