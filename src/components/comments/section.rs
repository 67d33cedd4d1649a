use leptos::prelude::*;

use crate::components::required_context::required_context;

use super::context::CommentsContext;
use super::form::CommentForm;
use super::item::CommentItem;
use crate::api::comment_memory::{pending, settle_pending};
use crate::api::CommentBackend;
use crate::components::site_context::use_site;
use crate::model::comments::isso::IssoThread;
use crate::model::comments::thread::{count_all, listed_ids, Sort, PAGE_SIZE};

/// The discussion under an article. Loads on its own: a comment server that is slow or down
/// shows a message here and nowhere else.
#[component]
pub fn CommentsSection(
    uri: String,
    title: String,
    /// The post this article was imported from, for a site whose comments are WordPress's.
    wordpress_id: Option<u64>,
) -> impl IntoView {
    let config = use_site().config.comments.clone();
    let backend = CommentBackend::from_config(&config, wordpress_id);
    let device_only = backend.is_device_only();
    if !backend.has_thread() {
        return view! {
            <section id="comments" class="comments" aria-labelledby="comments-heading">
                <h2 id="comments-heading">"Comments"</h2>
                <p class="comments-closed">"Comments are closed on this story."</p>
            </section>
        }
        .into_any();
    }
    let ctx = CommentsContext {
        scope: CommentBackend::scope(&config),
        backend,
        pending: RwSignal::new(pending(&uri)),
        uri,
        title,
        version: RwSignal::new(0),
    };
    provide_context(ctx.clone());

    let sort = RwSignal::new(Sort::Newest);
    let limit = RwSignal::new(PAGE_SIZE);
    let thread = LocalResource::new({
        let ctx = ctx.clone();
        move || {
            let (ctx, sort, limit) = (ctx.clone(), sort.get(), limit.get());
            ctx.version.track();
            async move { ctx.backend.thread(&ctx.uri, sort, limit).await }
        }
    });

    view! {
        <section id="comments" class="comments" aria-labelledby="comments-heading">
            <h2 id="comments-heading">"Comments"</h2>
            {device_only.then(|| view! {
                <p class="device-notice">"Comments are saved on this device only."</p>
            })}
            <CommentForm parent=None />
            <div class="comment-sort" role="group" aria-label="Sort comments">
                <span aria-hidden="true">"Sort by: "</span>
                {Sort::ALL.into_iter().map(|option| view! {
                    <button type="button" class="link-button" aria-pressed=move || (sort.get() == option).to_string()
                        on:click=move |_| sort.set(option)>{option.label()}</button>
                }).collect_view()}
            </div>
            // Errors are handled here rather than thrown to an error boundary: whatever the
            // comment server does, it must never take the article above down with it.
            <Transition fallback=|| view! { <p class="loading-comments" role="status">"Loading comments…"</p> }>
                {move || Suspend::new(async move {
                    match thread.await {
                        Ok(thread) => view! { <ThreadView thread limit /> }.into_any(),
                        Err(error) => view! {
                            <div class="comments-error" role="alert">
                                <p>"Comments could not be loaded. " {error.to_string()}</p>
                                <button type="button" class="button-secondary" on:click=move |_| thread.refetch()>"Retry"</button>
                            </div>
                        }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
    .into_any()
}

#[component]
fn ThreadView(thread: IssoThread, limit: RwSignal<u32>) -> impl IntoView {
    let ctx = required_context::<CommentsContext>("<CommentsSection>");
    let listed = listed_ids(&thread.replies);
    // Pending comments that now appear in the thread were approved: stop showing them twice.
    ctx.pending.set(settle_pending(&ctx.uri, &listed));
    let total = count_all(&thread);
    let hidden = thread.hidden_replies;
    let pending_list = ctx.pending;
    view! {
        <p class="comment-total">
            {match total { 0 => "No comments yet. Be the first to comment.".to_owned(), 1 => "1 comment".to_owned(), n => format!("{n} comments") }}
        </p>
        <ol class="comment-list">
            // A pending reply shows under its comment; one whose comment is not on this page
            // of the thread shows here, so it never vanishes.
            {move || pending_list.get().into_iter().filter(|c| c.parent.is_none_or(|p| !listed.contains(&p)))
                .map(|comment| view! { <CommentItem comment /> }).collect_view()}
            {thread.replies.into_iter().map(|comment| view! { <CommentItem comment /> }).collect_view()}
        </ol>
        {(hidden > 0).then(|| view! {
            <button type="button" class="button-secondary load-more"
                on:click=move |_| limit.update(|l| *l += PAGE_SIZE)>
                {format!("Load more comments ({hidden} more)")}
            </button>
        })}
    }
}
