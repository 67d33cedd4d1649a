use leptos::prelude::*;
use leptos_router::hooks::use_query;
use leptos_router::params::Params;

use crate::api::{fetch_article, search, ContentSource};
use crate::components::article_card::ArticleCard;
use crate::components::async_view::AsyncView;
use crate::components::comments::provide_comment_counts;
use crate::components::page_head::PageHead;
use crate::components::page_heading::PageHeading;
use crate::components::search_form::SearchForm;
use crate::components::site_context::use_site;
use crate::components::widgets::sidebar::Sidebar;
use crate::model::article::Ref;
use crate::model::pagination::{neighbours, parse_page};
use crate::model::search::filter::Filters;
use crate::model::search::highlight::Matcher;
use crate::model::search::passage::{has_match, passage};
use crate::model::search::{SearchQuery, SearchResults};
use crate::model::seo::PageMeta;
use crate::model::text::body_text;

/// `?q=…&section=…&within=…&page=N`. All kept as text: a missing or mistyped page means page
/// 1, an unknown filter no filter (`Filters::from_params`). The filters' names are
/// `routes::SECTION_PARAM` and `WITHIN_PARAM`; a test holds these fields to them.
#[derive(Params, Clone, Debug, PartialEq, Eq)]
pub struct SearchParams {
    pub q: Option<String>,
    pub section: Option<String>,
    pub within: Option<String>,
    pub page: Option<String>,
}

/// The search results page: `/search?q=tidal+barrier&page=2`. The URL is the whole state.
#[component]
pub fn SearchPage() -> impl IntoView {
    let source = use_site().content;
    let params = use_query::<SearchParams>();
    let text = move || params.read().as_ref().ok().and_then(|p| p.q.clone()).unwrap_or_default();
    let page = move || parse_page(params.read().as_ref().ok().and_then(|p| p.page.as_deref()));
    let filters = move || {
        params.read().as_ref().ok().map_or_else(Filters::default, |p| {
            Filters::from_params(p.section.as_deref(), p.within.as_deref())
        })
    };
    let results = LocalResource::new(move || {
        let (source, text, filters, page) = (source.clone(), text(), filters(), page());
        async move { search(&source, &text, &filters, page).await }
    });
    view! {
        <div class="with-sidebar">
            <div class="primary">
                <AsyncView retry=move || results.refetch()>
                    {move || Suspend::new(async move { results.await.map(|results| view! { <SearchView results /> }) })}
                </AsyncView>
            </div>
            <Sidebar page_key="search".to_owned() />
        </div>
    }
}

fn count_text(total: usize) -> String {
    match total {
        0 => "No results".to_owned(),
        1 => "1 result".to_owned(),
        n => format!("{n} results"),
    }
}

/// The words left out, said: "No story has “disorders”. ".
fn dropped_text(dropped: &[String]) -> Option<String> {
    let quoted: Vec<String> = dropped.iter().map(|word| format!("“{word}”")).collect();
    (!quoted.is_empty()).then(|| format!("No story has {}. ", quoted.join(" or ")))
}

/// The filters in words, for the count and the no-results advice: " in World, past week".
fn filters_text(filters: &Filters, sections: &[Ref]) -> String {
    let section = filters.section.as_deref().map(|slug| {
        let name = sections.iter().find(|s| s.slug == slug).map_or(slug, |s| s.name.as_str());
        format!(" in {name}")
    });
    let within = filters.within.map(|range| format!(", {}", range.label().to_ascii_lowercase()));
    format!("{}{}", section.unwrap_or_default(), within.unwrap_or_default())
}

#[component]
fn SearchView(results: SearchResults) -> impl IntoView {
    let site = use_site();
    let query = results.query.trim().to_owned();
    let (heading, title) = if query.is_empty() {
        ("Search".to_owned(), "Search".to_owned())
    } else {
        (format!("Search results for “{query}”"), format!("Search: {query}"))
    };
    let title = if results.page > 1 { format!("{title} — page {}", results.page) } else { title };
    let meta = PageMeta::search(&site.config, title, &results.query, results.page);
    // Shown only when the corrected words found something; quoting the words as typed is how
    // a reader asks for them as spelt.
    let corrected = results.corrected.filter(|_| results.total > 0);
    let filters = results.filters.clone();
    let narrowed = filters_text(&filters, &site.config.sections);
    let as_typed =
        site.links.search_within(&format!("\"{}\"", query.replace(['"', '“', '”'], "")), &filters, 1);
    // Said after the heading when the page arrives, so a screen reader hears the count too.
    let announce = (!query.is_empty()).then(|| {
        let count = format!("{}{narrowed}", count_text(results.total).to_ascii_lowercase());
        match &corrected {
            Some(words) => format!("{heading}: {count}, showing results for {words}"),
            None => format!("{heading}: {count}"),
        }
    });
    let show_pages = !results.articles.is_empty();
    provide_comment_counts(results.articles.iter().map(|a| site.links.article(&a.slug)).collect());
    let body = if query.is_empty() {
        view! { <p class="empty">"Type a word or two from a headline, a name or a topic, then press Search."</p> }
            .into_any()
    } else if let Some(parsed) = Some(SearchQuery::parse(&query)).filter(SearchQuery::is_empty) {
        let advice = if parsed.excluded.is_empty() {
            "Those words are too common to search for. Try a more specific word."
        } else {
            "A word with a minus only leaves stories out: add a word to find."
        };
        view! { <p class="empty">{advice}</p> }.into_any()
    } else if results.total == 0 && !filters.is_empty() {
        let everywhere = site.links.search(&query, 1);
        view! {
            <p class="empty">
                {format!("No stories match “{query}”{narrowed}. ")}
                <a href=everywhere>{format!("Search all stories for “{query}”")}</a>
            </p>
        }
        .into_any()
    } else if results.total == 0 {
        view! {
            <p class="empty">{format!("No stories match “{query}”. Check the spelling, or try fewer or other words.")}</p>
        }
        .into_any()
    } else if results.articles.is_empty() {
        let last = site.links.search_within(&query, &filters, results.total_pages);
        view! {
            <p class="empty">
                {match results.total_pages {
                    1 => "There is only 1 page of results. ".to_owned(),
                    n => format!("There are only {n} pages of results. "),
                }}
                <a href=last>"Go to the last page"</a>
            </p>
        }
        .into_any()
    } else {
        view! {
            <div class="card-list">
                {results.articles.into_iter().map(|summary| {
                    let marks = results.matcher.clone();
                    // A story that matched deeper than its excerpt shows the passage that did.
                    let passage = (!has_match(&summary.excerpt, &marks))
                        .then(|| body_passage(site.content.clone(), summary.slug.clone(), marks.clone()));
                    view! { <ArticleCard summary marks passage /> }
                }).collect_view()}
            </div>
        }
        .into_any()
    };
    view! {
        <PageHead meta />
        <section class="archive search-results">
            <header class="archive-header">
                <PageHeading announce>{heading}</PageHeading>
                {(!query.is_empty()).then(|| view! { <h2 class="archive-count">{format!("{}{narrowed}", count_text(results.total))}</h2> })}
            </header>
            {corrected.map(|words| view! {
                <p class="search-correction">
                    "Showing results for " <strong>{words}</strong> ". "
                    {dropped_text(&results.dropped)}
                    <a href=as_typed>{format!("Search instead for “{query}”")}</a>
                </p>
            })}
            <SearchForm
                id="page-search"
                label="Search the archive"
                value=query.clone()
                class="search-page-form"
                filters=filters.clone()
            />
            {body}
            {show_pages.then(|| view! { <SearchPages query filters page=results.page total_pages=results.total_pages /> })}
        </section>
    }
}

/// The passage of the story's body with the words `marks` matched, from the article's own
/// file (which the reader's click on the result then finds in the cache); `None` when it
/// fails or has none: the card keeps its excerpt.
fn body_passage(source: ContentSource, slug: String, marks: Matcher) -> LocalResource<Option<String>> {
    LocalResource::new(move || {
        let (source, slug, marks) = (source.clone(), slug.clone(), marks.clone());
        async move {
            let article = fetch_article(&source, &slug).await.ok()?;
            passage(&body_text(&article.body), &marks)
        }
    })
}

/// Previous / next pages of results, keeping the query.
#[component]
fn SearchPages(query: String, filters: Filters, page: u32, total_pages: u32) -> impl IntoView {
    let links = use_site().links;
    let around = neighbours(page, total_pages);
    let previous = around.previous.map(|p| links.search_within(&query, &filters, p));
    let next = around.next.map(|p| links.search_within(&query, &filters, p));
    view! {
        <nav class="pagination" aria-label="Pages">
            {previous.map(|href| view! { <a class="prev" rel="prev" href=href>"← Previous results"</a> })}
            <span class="page-of">{format!("Page {page} of {total_pages}")}</span>
            {next.map(|href| view! { <a class="next" rel="next" href=href>"More results →"</a> })}
        </nav>
    }
}
