use leptos::prelude::*;

use crate::model::routes::AppRoute;

use super::advertisement::{AdPlaceholder, Advertisement};
use super::article_pager::ArticlePager;
use super::fetched;
use super::related::RelatedArticles;
use crate::api::{fetch_house_ads, ApiError};
use crate::model::widgets::{pick_ad, AdSlot, ArticleLinks};

/// What follows a story: an ad slot, related articles, previous / next links. Rendered once the
/// article is on screen, so everything here is added below it and nothing above moves. The ad
/// box is reserved while the ad list loads (then filled, or collapsed when the slot has no
/// ad); the links were requested at the same time as the article.
#[component]
pub fn AfterArticle(
    links: RelatedLinks,
    /// The article's slug.
    #[prop(into)]
    slug: String,
) -> impl IntoView {
    let ads = fetched(|source| async move { fetch_house_ads(&source).await });
    let page_key = AppRoute::Article { slug: slug.clone() }.path();
    let ad = move || {
        let ads = ads.get()?.map(|ads| ads.ads).unwrap_or_default();
        let ad = pick_ad(&ads, AdSlot::Article, &page_key).cloned();
        Some(view! { <Advertisement position=AdSlot::Article ad /> })
    };
    // No related links is a quieter page, not a broken one; links of another article (the
    // reader has moved on) are not shown.
    let more = move |found: Option<ArticleLinks>| {
        found.filter(|found| found.slug == slug).map(|found| {
            view! {
                <RelatedArticles articles=found.related current=found.slug />
                <ArticlePager previous=found.previous next=found.next />
            }
        })
    };
    let more = match links {
        RelatedLinks::InHand(found) => more(found).into_any(),
        RelatedLinks::Loading(links) => {
            let found = move || links.get().map(|answer| more(answer.ok()));
            view! { <Suspense fallback=|| ()>{found}</Suspense> }.into_any()
        }
    };
    view! {
        <div class="after-article">
            <Suspense fallback=|| view! { <AdPlaceholder position=AdSlot::Article /> }>{ad}</Suspense>
            {more}
        </div>
    }
}

/// The related links of the article on screen.
// One value per article drawn, moved once: its size costs nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Clone)]
pub enum RelatedLinks {
    /// With the article (the build's static copy): none when the build has none.
    InHand(Option<ArticleLinks>),
    /// Requested with the article, shown when they arrive (see `widgets`' note on reading).
    Loading(LocalResource<Result<ArticleLinks, ApiError>>),
}
