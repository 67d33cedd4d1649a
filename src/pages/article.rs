use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params;
use leptos_router::params::Params;

use crate::api::fetch_article;
use crate::components::article_body::ArticleBody;
use crate::components::async_view::AsyncView;
use crate::components::breadcrumb::Breadcrumb;
use crate::components::date::DateText;
use crate::components::figure::Figure;
use crate::components::page_heading::PageHeading;
use crate::components::site_context::use_site;
use crate::model::article::Article;
use crate::model::listing::ArchiveKind;

#[derive(Params, Clone, Debug, PartialEq, Eq)]
pub struct ArticleParams {
    pub slug: Option<String>,
}

#[component]
pub fn ArticlePage() -> impl IntoView {
    let source = use_site().content;
    let params = use_params::<ArticleParams>();
    let slug = move || params.read().as_ref().ok().and_then(|p| p.slug.clone()).unwrap_or_default();
    let article = LocalResource::new(move || {
        let (source, slug) = (source.clone(), slug());
        async move { fetch_article(&source, &slug).await }
    });
    view! {
        <AsyncView retry=move || article.refetch()>
            {move || Suspend::new(async move { article.await.map(|article| view! { <ArticleView article /> }) })}
        </AsyncView>
    }
}

#[component]
pub fn ArticleView(article: Article) -> impl IntoView {
    let links = use_site().links;
    let section_href = links.archive(ArchiveKind::Section, &article.section.slug, 1);
    let author_href = links.archive(ArchiveKind::Author, &article.author.slug, 1);
    let trail =
        vec![("Home".to_owned(), links.base().to_owned()), (article.section.name.clone(), section_href)];
    let tags = article.tags.clone();
    view! {
        <Title text=article.title.clone() />
        <Meta name="description" content=article.standfirst.clone() />
        <article class="article">
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
                </p>
            </header>
            {article.image.map(|image| view! { <Figure image eager=true class="featured" /> })}
            <ArticleBody blocks=article.body />
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
    }
}
