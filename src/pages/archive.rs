use leptos::prelude::*;

use crate::model::routes::AppRoute;
use leptos_router::hooks::{use_params, use_query};
use leptos_router::params::Params;

use crate::api::fetch_archive;
use crate::components::article_card::ArticleCard;
use crate::components::async_view::AsyncView;
use crate::components::breadcrumb::Breadcrumb;
use crate::components::comments::provide_comment_counts;
use crate::components::layout::WithSidebar;
use crate::components::page_head::PageHead;
use crate::components::page_heading::PageHeading;
use crate::components::pagination_nav::PaginationNav;
use crate::components::site_context::use_site;
use crate::model::listing::{story_count, ArchiveKind, ArchivePage};
use crate::model::pagination::parse_page;
use crate::model::seo::PageMeta;

#[derive(Params, Clone, Debug, PartialEq, Eq)]
pub struct ArchiveParams {
    pub slug: Option<String>,
}

/// `?page=N`, kept as text so that a mistyped value means page 1 instead of an error.
#[derive(Params, Clone, Debug, PartialEq, Eq)]
pub struct PageQuery {
    pub page: Option<String>,
}

/// A section, tag or author archive: `/section/world?page=2`.
#[component]
pub fn ArchiveRoute(kind: ArchiveKind) -> impl IntoView {
    let source = use_site().content;
    let params = use_params::<ArchiveParams>();
    let query = use_query::<PageQuery>();
    let slug = move || params.read().as_ref().ok().and_then(|p| p.slug.clone()).unwrap_or_default();
    let page = move || parse_page(query.read().as_ref().ok().and_then(|q| q.page.as_deref()));
    let archive = LocalResource::new(move || {
        let (source, slug, page) = (source.clone(), slug(), page());
        async move { fetch_archive(&source, kind, &slug, page).await }
    });
    view! {
        <WithSidebar page_key=Signal::derive(move || AppRoute::Archive { kind, slug: slug(), page: 1 }.path())>
            <AsyncView retry=move || archive.refetch()>
                {move || Suspend::new(async move { archive.await.map(|archive| view! { <ArchiveView archive /> }) })}
            </AsyncView>
        </WithSidebar>
    }
}

/// An archive page with its data in hand (the build's static copy, `pages::copy`).
#[component]
pub fn ArchiveReady(archive: ArchivePage) -> impl IntoView {
    let page_key =
        AppRoute::Archive { kind: archive.kind, slug: archive.subject.slug.clone(), page: 1 }.path();
    view! {
        <WithSidebar page_key>
            <ArchiveView archive />
        </WithSidebar>
    }
}

#[component]
fn ArchiveView(archive: ArchivePage) -> impl IntoView {
    let site = use_site();
    let heading = archive.heading();
    let meta = PageMeta::archive(&site.config, &archive);
    let trail = vec![("Home".to_owned(), site.links.base().to_owned())];
    provide_comment_counts(archive.articles.iter().map(|a| site.links.article(&a.slug)).collect());
    let count = story_count(archive.total_articles);
    view! {
        <PageHead meta />
        <section class="archive">
            <Breadcrumb trail current=heading.clone() />
            <header class="archive-header">
                <PageHeading>{heading}</PageHeading>
                // A heading between the page's h1 and the cards' h3s, so the outline has no gap.
                <h2 class="archive-count">{count}</h2>
            </header>
            {if archive.articles.is_empty() {
                view! { <p class="empty">"No stories here yet."</p> }.into_any()
            } else {
                view! {
                    <div class="card-list">
                        {archive.articles.into_iter().map(|summary| view! { <ArticleCard summary /> }).collect_view()}
                    </div>
                }
                .into_any()
            }}
            <PaginationNav
                kind=archive.kind
                slug=archive.subject.slug
                page=archive.page
                total_pages=archive.total_pages
            />
        </section>
    }
}
