use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{ParamSegment, StaticSegment};

use crate::api::{fetch_site_config, ApiError};
use crate::components::async_view::AsyncView;
use crate::components::layout::Layout;
use crate::components::site_context::{document_base_path, SiteContext};
use crate::components::theme::apply_stored_theme;
use crate::model::listing::ArchiveKind;
use crate::model::routes::{ARTICLE_SEGMENT, SAVED_SEGMENT, SEARCH_SEGMENT, SLUG_PARAM};
use crate::model::site::{page_title, SiteConfig};
use crate::pages::archive::ArchiveRoute;
use crate::pages::article::ArticlePage;
use crate::pages::home::HomePage;
use crate::pages::not_found::NotFoundPage;
use crate::pages::saved::SavedPage;
use crate::pages::search::SearchPage;

/// Loads `site.json`, then runs the site it describes.
#[component]
pub fn App() -> impl IntoView {
    // Before anything is drawn, so a reader who chose a theme never sees the other one.
    apply_stored_theme();
    provide_meta_context();
    let config = LocalResource::new(|| async {
        // A missing site.json is a broken deployment, not a page the reader asked for.
        fetch_site_config().await.map_err(|error| match error {
            ApiError::NotFound => ApiError::Http { status: 404 },
            other => other,
        })
    });
    view! {
        <AsyncView retry=move || config.refetch()>
            {move || Suspend::new(async move { config.await.map(|config| view! { <Site config /> }) })}
        </AsyncView>
    }
}

#[component]
fn Site(config: SiteConfig) -> impl IntoView {
    let site = SiteContext::new(config, &document_base_path());
    view! {
        <SiteFrame site>
            // Each page's address from the route table (`model::routes`), which also parses and
            // writes them: one spelling of every segment.
            <Routes fallback=NotFoundPage>
                <Route path=StaticSegment("") view=HomePage />
                <Route path=(StaticSegment(ARTICLE_SEGMENT), ParamSegment(SLUG_PARAM)) view=ArticlePage />
                <Route path=archive(ArchiveKind::Section) view=|| view! { <ArchiveRoute kind=ArchiveKind::Section /> } />
                <Route path=archive(ArchiveKind::Tag) view=|| view! { <ArchiveRoute kind=ArchiveKind::Tag /> } />
                <Route path=archive(ArchiveKind::Author) view=|| view! { <ArchiveRoute kind=ArchiveKind::Author /> } />
                <Route path=StaticSegment(SEARCH_SEGMENT) view=SearchPage />
                <Route path=StaticSegment(SAVED_SEGMENT) view=SavedPage />
            </Routes>
        </SiteFrame>
    }
}

/// The form of every page's `<title>`: "Page | Site".
#[component]
fn SiteTitle(site: SiteContext) -> impl IntoView {
    let site_name = site.config.site_name.clone();
    view! { <Title formatter=move |text: String| page_title(&text, &site_name) /> }
}

/// An archive's pattern: `section/:slug`.
fn archive(kind: ArchiveKind) -> (StaticSegment<&'static str>, ParamSegment) {
    (StaticSegment(kind.segment()), ParamSegment(SLUG_PARAM))
}

/// Every page of the site: its title's form, the router and the layout around `children`. The
/// app puts its routes here; the build's static copy of a page (`pages::copy`) the page itself.
#[component]
pub fn SiteFrame(site: SiteContext, children: Children) -> impl IntoView {
    let router_base = site.links.router_base().to_owned();
    provide_context(site.clone());
    view! {
        <SiteTitle site />
        <Router base=router_base>
            <Layout>{children()}</Layout>
        </Router>
    }
}
