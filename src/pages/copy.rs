//! A page drawn with its data in hand, by the same components as the app draws it after
//! fetching that data: what the build renders natively into a page's static copy
//! (`tools/pages`), so that the copy and the app cannot differ.

use leptos::prelude::*;

use super::archive::ArchiveReady;
use super::article::{ArticleLeadReady, ArticleReady};
use super::home::HomeReady;
use crate::app::SiteFrame;
use crate::components::site_context::SiteContext;
use crate::model::article::Article;
use crate::model::listing::{ArchivePage, Home};
use crate::model::widgets::ArticleLinks;

/// A page the build writes, with its data.
// One value per page drawn, moved once: its size costs nothing.
#[allow(clippy::large_enum_variant)]
pub enum PageData {
    Home(Home),
    Article {
        article: Article,
        related: Option<ArticleLinks>,
    },
    Archive(ArchivePage),
    /// An article past the newest the build copies whole: its page gets the head tags (title,
    /// description, cards, structured data, so that a shared link to it unfurls) and the top of
    /// the story (headline, standfirst, byline, picture), which paint before the app loads.
    ArticleLead(Article),
}

/// The whole page, header to footer, as the app draws it on a first visit once the page's own
/// data has arrived. Parts with data of their own (the sidebar's widgets, the ticker, comment
/// counts) show what the app shows before their answers: natively their requests never start.
#[component]
pub fn PageCopy(site: SiteContext, page: PageData) -> impl IntoView {
    view! {
        <SiteFrame site>
            {match page {
                PageData::Home(home) => view! { <HomeReady home /> }.into_any(),
                PageData::Article { article, related } => view! { <ArticleReady article related /> }.into_any(),
                PageData::Archive(archive) => view! { <ArchiveReady archive /> }.into_any(),
                PageData::ArticleLead(article) => view! { <ArticleLeadReady article /> }.into_any(),
            }}
        </SiteFrame>
    }
}
