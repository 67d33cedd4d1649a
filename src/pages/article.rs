use leptos::prelude::*;

use crate::model::routes::AppRoute;
use leptos_router::hooks::use_params;
use leptos_router::params::Params;

use crate::api::{fetch_article, fetch_article_links};
use crate::components::article_body::ArticleBody;
use crate::components::async_view::AsyncView;
use crate::components::breadcrumb::Breadcrumb;
use crate::components::comments::{provide_comment_counts, CommentCountLink, CommentsSection};
use crate::components::date::DateText;
use crate::components::figure::Figure;
use crate::components::in_browser::InBrowser;
use crate::components::layout::WithSidebar;
use crate::components::offline::saved::SaveStory;
use crate::components::page_head::PageHead;
use crate::components::page_heading::PageHeading;
use crate::components::share::ShareStory;
use crate::components::site_context::use_site;
use crate::components::widgets::after_article::{AfterArticle, RelatedLinks};
use crate::model::article::Article;
use crate::model::listing::ArchiveKind;
use crate::model::saved::{story_files, SavedStory};
use crate::model::seo::PageMeta;
use crate::model::widgets::ArticleLinks;

#[derive(Params, Clone, Debug, PartialEq, Eq)]
pub struct ArticleParams {
    pub slug: Option<String>,
}

/// The article in the main column, the sidebar beside it (after it on narrow screens). The
/// related links and the sidebar's widgets are requested at the same time as the article; none
/// of them can fail the article.
#[component]
pub fn ArticlePage() -> impl IntoView {
    let source = use_site().content;
    let params = use_params::<ArticleParams>();
    let slug = move || params.read().as_ref().ok().and_then(|p| p.slug.clone()).unwrap_or_default();
    let links_source = source.clone();
    let article = LocalResource::new(move || {
        let (source, slug) = (source.clone(), slug());
        async move { fetch_article(&source, &slug).await }
    });
    let related = LocalResource::new(move || {
        let (source, slug) = (links_source.clone(), slug());
        async move { fetch_article_links(&source, &slug).await }
    });
    let retry = move || {
        article.refetch();
        related.refetch();
    };
    view! {
        <WithSidebar page_key=Signal::derive(move || AppRoute::Article { slug: slug() }.path())>
            <AsyncView retry=retry>
                {move || Suspend::new(async move {
                    article.await.map(|article| view! { <ArticleContent article related=RelatedLinks::Loading(related) /> })
                })}
            </AsyncView>
        </WithSidebar>
    }
}

/// An article page with its data in hand (the build's static copy, `pages::copy`): the
/// related links, when the build has them too.
#[component]
pub fn ArticleReady(article: Article, related: Option<ArticleLinks>) -> impl IntoView {
    let page_key = AppRoute::Article { slug: article.slug.clone() }.path();
    let related = RelatedLinks::InHand(related);
    view! {
        <WithSidebar page_key>
            <ArticleContent article related />
        </WithSidebar>
    }
}

/// The story, and what follows it.
#[component]
fn ArticleContent(article: Article, related: RelatedLinks) -> impl IntoView {
    let slug = article.slug.clone();
    view! {
        <ArticleView article />
        <AfterArticle links=related slug />
    }
}

/// An article past the newest the build copies whole (`pages::copy`): its static copy is the
/// top of the story alone, so that the headline, standfirst and picture paint from the HTML
/// before the app has loaded; the app draws the rest when it takes over.
#[component]
pub fn ArticleLeadReady(article: Article) -> impl IntoView {
    let site = use_site();
    let meta = PageMeta::article(&site.config, &article);
    let page_key = AppRoute::Article { slug: article.slug.clone() }.path();
    let href = site.links.article(&article.slug);
    provide_comment_counts(vec![href.clone()]);
    view! {
        <WithSidebar page_key>
            <PageHead meta />
            <article class="article">
                <ArticleLead article href />
            </article>
        </WithSidebar>
    }
}

#[component]
pub fn ArticleView(mut article: Article) -> impl IntoView {
    let site = use_site();
    let meta = PageMeta::article(&site.config, &article);
    let links = site.links;
    // The thread is keyed by the article's path, as Isso's own embed would key it.
    let article_href = links.article(&article.slug);
    provide_comment_counts(vec![article_href.clone()]);
    let thread_title = article.title.clone();
    let wordpress_id = article.wordpress_id;
    // Shared by its public address (the canonical one), or this site's path without one.
    let share_url = meta.url.clone().unwrap_or_else(|| article_href.clone());
    let saved = SavedStory {
        files: story_files(&article, &links, &site.content.article_url(&article.slug)),
        slug: article.slug.clone(),
        title: article.title.clone(),
        standfirst: article.standfirst.clone(),
        saved_at: String::new(),
    };
    // Taken after the saved story has listed the body's pictures.
    let tags = std::mem::take(&mut article.tags);
    let body = std::mem::take(&mut article.body);
    view! {
        <PageHead meta />
        <article class="article">
            <ArticleLead article href=article_href.clone() />
            <ArticleBody blocks=body />
            // Saving keeps files on the reader's device: only the app can.
            <InBrowser>
                <SaveStory story=saved.clone() />
            </InBrowser>
            <ShareStory url=share_url title=thread_title.clone() />
            {(!tags.is_empty())
                .then(|| {
                    view! {
                        <nav class="tags" aria-label="Tags">
                            <h2 class="tags-heading">"Tags"</h2>
                            <ul>
                                {tags
                                    .into_iter()
                                    .map(|tag| {
                                        let href = links.archive(ArchiveKind::Tag, &tag.slug, 1);
                                        view! {
                                            <li>
                                                <a href=href rel="tag">{tag.name}</a>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </nav>
                    }
                })}
        </article>
        // The discussion lives on the reader's device or a comment server: only the app has it.
        <InBrowser>
            <CommentsSection uri=article_href.clone() title=thread_title.clone() wordpress_id />
        </InBrowser>
    }
}

/// The top of the story: where it sits, its headline, standfirst, byline and picture (the
/// article's body and tags are not read). `href` is the article's own address, which its
/// comment count is kept under.
#[component]
fn ArticleLead(article: Article, href: String) -> impl IntoView {
    let links = use_site().links;
    let section_href = links.archive(ArchiveKind::Section, &article.section.slug, 1);
    let author_href = links.archive(ArchiveKind::Author, &article.author.slug, 1);
    let trail =
        vec![("Home".to_owned(), links.base().to_owned()), (article.section.name.clone(), section_href)];
    view! {
        <Breadcrumb trail current=article.title.clone() />
        <header class="article-header">
            <PageHeading class="headline">{article.title}</PageHeading>
            <p class="standfirst">{article.standfirst}</p>
            <p class="byline">
                "By "
                <a href=author_href rel="author">{article.author.name}</a>
                <span aria-hidden="true">" · "</span>
                <DateText iso=article.published />
                <span aria-hidden="true">" · "</span>
                <span class="reading-time">{format!("{} min read", article.reading_minutes)}</span>
                <span aria-hidden="true">" · "</span>
                <CommentCountLink uri=href.clone() href />
            </p>
        </header>
        {article.image.map(|image| view! { <Figure image eager=true class="featured" /> })}
    }
}
