//! A page drawn with its data in hand, by the same components as the app draws it after
//! fetching that data: what the build renders natively into a page's static copy
//! (`tools/pages`), so that the copy and the app cannot differ.

use leptos::prelude::*;

use super::archive::ArchiveReady;
use super::article::ArticleReady;
use super::home::HomeReady;
use crate::app::{SiteFrame, SiteTitle};
use crate::components::page_head::PageHead;
use crate::components::site_context::SiteContext;
use crate::model::article::Article;
use crate::model::listing::{ArchivePage, Home};
use crate::model::seo::PageMeta;
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
    /// An article past the newest the build copies whole: its page gets the head tags alone
    /// (title, description, cards, structured data), so that a shared link to it unfurls.
    ArticleHead(Article),
}

/// The whole page, header to footer, as the app draws it on a first visit once the page's own
/// data has arrived. Parts with data of their own (the sidebar's widgets, the ticker, comment
/// counts) show what the app shows before their answers: natively their requests never start.
#[component]
pub fn PageCopy(site: SiteContext, page: PageData) -> impl IntoView {
    if let PageData::ArticleHead(article) = page {
        let meta = PageMeta::article(&site.config, &article);
        return view! {
            <SiteTitle site />
            <PageHead meta />
        }
        .into_any();
    }
    view! {
        <SiteFrame site>
            {match page {
                PageData::Home(home) => view! { <HomeReady home /> }.into_any(),
                PageData::Article { article, related } => view! { <ArticleReady article related /> }.into_any(),
                PageData::Archive(archive) => view! { <ArchiveReady archive /> }.into_any(),
                PageData::ArticleHead(_) => ().into_any(),
            }}
        </SiteFrame>
    }
    .into_any()
}
