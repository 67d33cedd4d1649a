use leptos::prelude::*;

use super::news_list::{ItemStyle, NewsList};
use crate::model::widgets::Headline;

/// Editors' picks: a headline with a long excerpt, to tempt a longer read.
#[component]
pub fn ReadNow(articles: Vec<Headline>) -> impl IntoView {
    view! {
        <NewsList articles id="read-now-heading" title="Read Now" class="read-now" style=ItemStyle::SectionKicker />
    }
}
