use leptos::prelude::*;
use leptos_meta::Title;

use super::page_heading::PageHeading;
use super::site_context::use_site;
use crate::api::ApiError;

/// What an error boundary caught, read as one of our typed errors when it is one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    NotFound,
    Failed { message: String, retryable: bool },
}

impl Problem {
    pub fn from_error(error: &leptos::error::Error) -> Problem {
        match error.downcast_ref::<ApiError>() {
            Some(ApiError::NotFound) => Problem::NotFound,
            Some(api) => Problem::Failed { message: api.to_string(), retryable: api.is_retryable() },
            None => Problem::Failed { message: error.to_string(), retryable: true },
        }
    }
}

#[component]
pub fn ErrorFallback(errors: ArcRwSignal<Errors>, retry: Callback<()>) -> impl IntoView {
    let problem =
        move || errors.with(|errors| errors.iter().next().map(|(_, error)| Problem::from_error(error)));
    move || match problem() {
        Some(Problem::NotFound) => view! { <NotFoundContent /> }.into_any(),
        Some(Problem::Failed { message, retryable }) => {
            view! { <ErrorView message retry=retryable.then_some(retry) /> }.into_any()
        }
        None => ().into_any(),
    }
}

/// A failure in words, with Retry when trying again could help. On a first load that shows
/// the build's copy of the page, the copy is kept instead, with the message and Retry in it
/// (`handoff::keep_copy_with_notice`), and this draws nothing: no heading, no page title.
#[component]
pub fn ErrorView(#[prop(into)] message: String, retry: Option<Callback<()>>) -> impl IntoView {
    if retry.is_some_and(|retry| crate::handoff::keep_copy_with_notice(&message, retry)) {
        return ().into_any();
    }
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
    .into_any()
}

/// The 404 page body: for unknown routes, articles, sections, tags and authors alike.
#[component]
pub fn NotFoundContent() -> impl IntoView {
    let site = use_site();
    let links = site.links.clone();
    let sections = site.config.sections.clone();
    view! {
        <Title text="Page not found" />
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
