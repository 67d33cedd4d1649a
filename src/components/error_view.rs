use leptos::html;
use leptos::prelude::*;
use leptos_meta::Title;

use super::page_head::PageHead;
use super::page_heading::PageHeading;
use super::site_context::use_site;
use crate::api::ApiError;
use crate::model::seo::PageMeta;

/// What an error boundary caught, read as one of our typed errors when it is one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    NotFound,
    Failed {
        message: String,
        retryable: bool,
    },
    /// Offline, and nothing kept on the device answers: what can be read offline instead.
    Offline {
        message: String,
    },
}

impl Problem {
    pub fn from_error(error: &leptos::error::Error) -> Problem {
        match error.downcast_ref::<ApiError>() {
            Some(ApiError::NotFound) => Problem::NotFound,
            Some(offline @ ApiError::Offline) => Problem::Offline { message: offline.to_string() },
            Some(api) => Problem::Failed { message: api.to_string(), retryable: api.is_retryable() },
            None => Problem::Failed { message: error.to_string(), retryable: true },
        }
    }
}

#[component]
pub fn ErrorFallback(errors: ArcRwSignal<Errors>, retry: Callback<()>) -> impl IntoView {
    // A memo: a second failure with the same message (after Retry) leaves the view as it is.
    let problem = Memo::new(move |_| {
        errors.with(|errors| errors.iter().next().map(|(_, error)| Problem::from_error(error)))
    });
    let retryable = problem.with_untracked(|problem| {
        matches!(problem, Some(Problem::Failed { retryable: true, .. } | Problem::Offline { .. }))
    });
    if retryable && crate::handoff::copy_of_this_page_showing() {
        return view! { <KeptStory problem retry /> }.into_any();
    }
    (move || match problem.get() {
        Some(Problem::NotFound) => view! { <NotFoundContent /> }.into_any(),
        Some(Problem::Failed { message, retryable }) => {
            view! { <ErrorView message retry=retryable.then_some(retry) /> }.into_any()
        }
        Some(Problem::Offline { message }) => view! { <OfflineView message retry /> }.into_any(),
        None => ().into_any(),
    })
    .into_any()
}

/// A failure in words, with Retry when trying again could help.
#[component]
pub fn ErrorView(#[prop(into)] message: String, retry: Option<Callback<()>>) -> impl IntoView {
    view! {
        <Title text="Something went wrong" />
        <section class="error-view" role="alert">
            <PageHeading>"Something went wrong"</PageHeading>
            <p class="error-message">{message}</p>
            {retry
                .map(|retry| {
                    view! {
                        <button type="button" class="button" on:click=move |_| retry.run(())>
                            "Retry"
                        </button>
                    }
                })}
        </section>
    }
}

/// Offline, with nothing kept on the device for this page: said in plain words, with Retry and
/// the pages that can be read offline.
#[component]
fn OfflineView(message: String, retry: Callback<()>) -> impl IntoView {
    let links = use_site().links;
    view! {
        <Title text="You're offline" />
        <section class="error-view offline-view" role="alert">
            <PageHeading>"You're offline"</PageHeading>
            <p class="error-message">{message}</p>
            <button type="button" class="button" on:click=move |_| retry.run(())>
                "Retry"
            </button>
            <p>
                <a href=links.saved()>"Read your saved stories"</a>
                " or "
                <a href=links.base().to_owned()>"go to the front page"</a>
                " (the stories you opened before are kept)."
            </p>
        </section>
    }
}

/// A failure on a first load that shows the build's copy of the page: the reader keeps the
/// story they opened (`handoff::adopt_copy_story` moves it in below the notice), with what
/// failed and a Retry. Built once for as long as the failure lasts, so that the story stays
/// through every failed Retry; a page found gone meanwhile gives way to "Page not found".
#[component]
fn KeptStory(problem: Memo<Option<Problem>>, retry: Callback<()>) -> impl IntoView {
    let holder = NodeRef::<html::Div>::new();
    let notice = NodeRef::<html::Section>::new();
    // Runs once both are drawn: node refs are set once, so it never runs again.
    Effect::new(move || {
        if let (Some(holder), Some(notice)) = (holder.get(), notice.get()) {
            crate::handoff::adopt_copy_story(holder.into(), notice.into());
        }
    });
    let gone = move || problem.with(|problem| matches!(problem, Some(Problem::NotFound)));
    let message = move || match problem.get() {
        Some(Problem::Failed { message, .. } | Problem::Offline { message }) => message,
        _ => String::new(),
    };
    view! {
        {move || gone().then(|| view! { <NotFoundContent /> })}
        <section id="copy-notice" class="copy-notice" role="alert" hidden=gone node_ref=notice>
            <p>
                <strong>"This page could not be brought up to date. "</strong>
                <span class="error-message">{message}</span>
            </p>
            <button type="button" class="button" on:click=move |_| retry.run(())>
                "Retry"
            </button>
        </section>
        <div class="kept-story" hidden=gone node_ref=holder></div>
    }
}

/// The 404 page body: for unknown routes, articles, sections, tags and authors alike.
#[component]
pub fn NotFoundContent() -> impl IntoView {
    let site = use_site();
    let links = site.links.clone();
    let sections = site.config.sections.clone();
    view! {
        <PageHead meta=PageMeta::not_found(&site.config) />
        <section class="not-found">
            <PageHeading>"Page not found"</PageHeading>
            <p>"Sorry, we couldn't find that page. It may have moved, or the link may be wrong."</p>
            <p>
                <a href=links.base().to_owned()>"Go to the front page"</a>
                " or browse a section:"
            </p>
            <ul class="section-links">
                {sections
                    .into_iter()
                    .map(|section| {
                        let href = links.archive(crate::model::listing::ArchiveKind::Section, &section.slug, 1);
                        view! {
                            <li>
                                <a href=href>{section.name}</a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
