use leptos::prelude::*;

use super::comments::CommentCountLink;
use super::date::DateText;
use super::figure::{Figure, Thumbnail};
use super::site_context::use_site;
use crate::model::article::Summary;
use crate::model::image::ImageSlot;

/// How prominent a card is: the lead story, a card with a thumbnail, or a headline only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum CardStyle {
    Lead,
    #[default]
    Standard,
    Compact,
}

#[component]
pub fn ArticleCard(summary: Summary, #[prop(optional)] style: CardStyle) -> impl IntoView {
    let links = use_site().links;
    let href = links.article(&summary.slug);
    let image = match style {
        CardStyle::Lead => summary.image.map(|image| {
            view! { <Figure image eager=true class="lead-image" layout=ImageSlot::Lead /> }.into_any()
        }),
        CardStyle::Standard => summary.image.map(|image| view! { <Thumbnail image /> }.into_any()),
        CardStyle::Compact => None,
    };
    let class = match style {
        CardStyle::Lead => "card card-lead",
        CardStyle::Standard => "card",
        CardStyle::Compact => "card card-compact",
    };
    let headline = view! { <a href=href.clone()>{summary.title}</a> };
    view! {
        <article class=class>
            {image}
            <div class="card-text">
                {if style == CardStyle::Lead {
                    view! { <h2 class="card-headline">{headline}</h2> }.into_any()
                } else {
                    view! { <h3 class="card-headline">{headline}</h3> }.into_any()
                }}
                {(style != CardStyle::Compact).then(|| view! { <p class="excerpt">{summary.excerpt}</p> })}
                <p class="meta">
                    <DateText iso=summary.published />
                    <span class="reading-time">{format!(" · {} min read", summary.reading_minutes)}</span>
                    " "
                    <CommentCountLink uri=href.clone() href=href />
                </p>
            </div>
        </article>
    }
}
