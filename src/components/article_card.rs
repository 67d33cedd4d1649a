use leptos::prelude::*;

use super::comments::CommentCountLink;
use super::date::DateText;
use super::figure::{Figure, Thumbnail};
use super::site_context::use_site;
use crate::model::article::Summary;
use crate::model::image::ImageSlot;
use crate::model::search::highlight::{segments, Matcher};

/// How prominent a card is: the lead story, a card with a thumbnail, or a headline only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum CardStyle {
    Lead,
    #[default]
    Standard,
    Compact,
}

/// `marks`: on a results page, what the search matched, marked in the headline and excerpt.
/// `passage`: a passage of the story to show in place of the excerpt once it has loaded (the
/// excerpt until then, or if it fails).
#[component]
pub fn ArticleCard(
    summary: Summary,
    #[prop(optional)] style: CardStyle,
    #[prop(optional)] marks: Option<Matcher>,
    #[prop(default = None)] passage: Option<LocalResource<Option<String>>>,
) -> impl IntoView {
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
    let headline = view! { <a href=href.clone()>{marked(summary.title, marks.as_ref())}</a> };
    view! {
        <article class=class>
            {image}
            <div class="card-text">
                {if style == CardStyle::Lead {
                    view! { <h2 class="card-headline">{headline}</h2> }.into_any()
                } else {
                    view! { <h3 class="card-headline">{headline}</h3> }.into_any()
                }}
                {(style != CardStyle::Compact).then(|| view! { <p class="excerpt">{excerpt(summary.excerpt, marks, passage)}</p> })}
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

/// The excerpt, or the passage once it has come. Its own `Suspense`, so the results page does
/// not wait for the passages.
fn excerpt(text: String, marks: Option<Matcher>, passage: Option<LocalResource<Option<String>>>) -> AnyView {
    let Some(found) = passage else { return marked(text, marks.as_ref()).into_any() };
    let (fallback_text, fallback_marks) = (text.clone(), marks.clone());
    view! {
        <Suspense fallback=move || marked(fallback_text.clone(), fallback_marks.as_ref())>
            {move || {
                let (text, marks) = (text.clone(), marks.clone());
                Suspend::new(async move { marked(found.await.unwrap_or(text), marks.as_ref()) })
            }}
        </Suspense>
    }
    .into_any()
}

/// Text as text nodes, the matched words inside `<mark>`; unchanged without `marks`.
fn marked(text: String, marks: Option<&Matcher>) -> Vec<AnyView> {
    let Some(marks) = marks else { return vec![text.into_any()] };
    segments(&text, marks)
        .into_iter()
        .map(|(piece, hit)| if hit { view! { <mark>{piece}</mark> }.into_any() } else { piece.into_any() })
        .collect()
}
