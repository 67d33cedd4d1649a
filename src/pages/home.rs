use leptos::prelude::*;

use crate::api::fetch_home;
use crate::components::article_card::{ArticleCard, CardStyle};
use crate::components::async_view::AsyncView;
use crate::components::comments::provide_comment_counts;
use crate::components::layout::WithSidebar;
use crate::components::page_head::PageHead;
use crate::components::page_heading::PageHeading;
use crate::components::site_context::use_site;
use crate::model::listing::{ArchiveKind, Home, SectionBlock};
use crate::model::seo::PageMeta;

/// The front page's name for the sidebar (see `Sidebar`).
const PAGE_KEY: &str = "home";

/// The front page in the main column, the sidebar beside it (after it on narrow screens).
#[component]
pub fn HomePage() -> impl IntoView {
    let source = use_site().content;
    let home = LocalResource::new(move || {
        let source = source.clone();
        async move { fetch_home(&source).await }
    });
    view! {
        <WithSidebar page_key=PAGE_KEY.to_owned()>
            <AsyncView retry=move || home.refetch()>
                {move || Suspend::new(async move { home.await.map(|home| view! { <HomeView home /> }) })}
            </AsyncView>
        </WithSidebar>
    }
}

/// The front page with its data in hand (the build's static copy, `pages::copy`).
#[component]
pub fn HomeReady(home: Home) -> impl IntoView {
    view! {
        <WithSidebar page_key=PAGE_KEY.to_owned()>
            <HomeView home />
        </WithSidebar>
    }
}

#[component]
fn HomeView(home: Home) -> impl IntoView {
    let site = use_site();
    let meta = PageMeta::home(&site.config, &home);
    // One count request for every card on the page (cards repeat: count each article once).
    let links = site.links;
    let mut uris: Vec<String> = std::iter::once(&home.lead)
        .chain(&home.latest)
        .chain(home.sections.iter().flat_map(|block| &block.articles))
        .map(|summary| links.article(&summary.slug))
        .collect();
    uris.sort();
    uris.dedup();
    provide_comment_counts(uris);
    view! {
        <PageHead meta />
        <div class="home">
            <PageHeading class="kicker">"Top stories"</PageHeading>
            <ArticleCard summary=home.lead style=CardStyle::Lead />
            {(!home.latest.is_empty())
                .then(|| {
                    view! {
                        <section class="latest" aria-labelledby="latest-heading">
                            <h2 id="latest-heading" class="block-heading">"Latest"</h2>
                            <div class="card-row">
                                {home
                                    .latest
                                    .into_iter()
                                    .map(|summary| view! { <ArticleCard summary style=CardStyle::Compact /> })
                                    .collect_view()}
                            </div>
                        </section>
                    }
                })}
            {home.sections.into_iter().map(|block| view! { <SectionBlockView block /> }).collect_view()}
        </div>
    }
}

#[component]
fn SectionBlockView(block: SectionBlock) -> impl IntoView {
    let links = use_site().links;
    let heading_id = format!("section-{}", block.section.slug);
    let href = links.archive(ArchiveKind::Section, &block.section.slug, 1);
    let labelled_by = heading_id.clone();
    view! {
        <section class="section-block" aria-labelledby=labelled_by>
            <h2 id=heading_id class="block-heading">
                <a href=href>{block.section.name}</a>
            </h2>
            <div class="card-grid">
                {block.articles.into_iter().map(|summary| view! { <ArticleCard summary /> }).collect_view()}
            </div>
        </section>
    }
}
