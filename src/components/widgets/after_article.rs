use leptos::prelude::*;

use crate::model::routes::AppRoute;

use super::advertisement::{AdPlaceholder, Advertisement};
use super::article_pager::ArticlePager;
use super::load;
use super::related::RelatedArticles;
use crate::api::{fetch_house_ads, ApiError};
use crate::components::site_context::use_site;
use crate::model::widgets::{pick_ad, AdSlot, ArticleLinks};

/// What follows a story: an ad slot, related articles, previous / next links. Rendered once the
/// article is on screen, so everything here is added below it and nothing above moves. The ad
/// box is reserved while the ad list loads (then filled, or collapsed when the slot has no
/// ad); the links were requested at the same time as the article.
#[component]
pub fn AfterArticle(
    /// The related links of the article on screen (`None` while they load).
    #[prop(into)]
    links: Signal<Option<Result<ArticleLinks, ApiError>>>,
    /// The article's slug.
    #[prop(into)]
    slug: String,
) -> impl IntoView {
    let source = use_site().content;
    let ads = load(async move { fetch_house_ads(&source).await });
    let page_key = AppRoute::Article { slug: slug.clone() }.path();
    let ad = move || match ads.get() {
        None => view! { <AdPlaceholder position=AdSlot::Article /> }.into_any(),
        Some(ads) => {
            let ads = ads.map(|ads| ads.ads).unwrap_or_default();
            let ad = pick_ad(&ads, AdSlot::Article, &page_key).cloned();
            view! { <Advertisement position=AdSlot::Article ad /> }.into_any()
        }
    };
    // No related links is a quieter page, not a broken one; links of another article (the
    // reader has moved on) are not shown.
    let more = move || {
        links.get().and_then(Result::ok).filter(|found| found.slug == slug).map(|found| {
            view! {
                <RelatedArticles articles=found.related current=found.slug />
                <ArticlePager previous=found.previous next=found.next />
            }
        })
    };
    view! {
        <div class="after-article">
            {ad}
            {more}
        </div>
    }
}
