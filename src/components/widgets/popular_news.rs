use leptos::prelude::*;

use super::news_list::{ItemStyle, NewsList};
use crate::model::widgets::Headline;

/// The most-read recent stories: headline, excerpt and date.
#[component]
pub fn PopularNews(articles: Vec<Headline>) -> impl IntoView {
    view! {
        <NewsList articles id="popular-news-heading" title="Popular News" class="popular-news" style=ItemStyle::Dated />
    }
}
