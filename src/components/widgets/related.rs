use leptos::prelude::*;

use crate::components::article_card::ArticleCard;
use crate::model::article::Summary;

/// "Related articles" under a story: same section and shared tags, never the story itself
/// (the content tool guarantees it; the list is filtered again here in case of stale data).
#[component]
pub fn RelatedArticles(articles: Vec<Summary>, #[prop(into)] current: String) -> impl IntoView {
    let articles: Vec<Summary> = articles.into_iter().filter(|summary| summary.slug != current).collect();
    (!articles.is_empty()).then(move || {
        view! {
            <section class="related" aria-labelledby="related-heading">
                <h2 id="related-heading" class="block-heading">
                    "Related articles"
                </h2>
                <div class="card-grid related-grid">
                    {articles.into_iter().map(|summary| view! { <ArticleCard summary /> }).collect_view()}
                </div>
            </section>
        }
    })
}
