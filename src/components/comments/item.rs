use leptos::prelude::*;

use crate::components::required_context::required_context;

use super::context::CommentsContext;
use super::edit::EditComment;
use super::form::CommentForm;
use super::rich_text::RichText;
use crate::api::comment_memory::{can_edit, forget_own};
use crate::components::date::DateText;
use crate::model::comments::isso::IssoComment;
use crate::model::comments::sanitize::sanitize_html;
use crate::model::date::iso_from_epoch;

/// One comment with its replies (one level as Isso stores them, deeper as WordPress threads
/// them), and under a top-level
/// comment this reader's own replies still awaiting moderation, which Isso does not list.
#[component]
pub fn CommentItem(comment: IssoComment, #[prop(optional)] is_reply: bool) -> impl IntoView {
    let ctx = required_context::<CommentsContext>("<CommentsSection>");
    let id = comment.id;
    let author = comment.author_name();
    let website = comment.website_url();
    // A comment whose date cannot be read shows none rather than a wrong one.
    let created = iso_from_epoch(comment.created);
    let edited = RwSignal::new(comment.modified.is_some());
    let editing = RwSignal::new(false);
    let deleted = comment.is_deleted();
    let pending = comment.is_pending();
    // WordPress lets only signed-in users like, edit or delete: its comments offer a reply.
    let votes_and_edits = ctx.backend.allows_votes_and_edits();
    let mine = votes_and_edits && can_edit(&ctx.scope, &comment) && !deleted;
    let original = comment.clone();
    let text = RwSignal::new(sanitize_html(&comment.text));
    let likes = RwSignal::new(comment.likes);
    let replying = RwSignal::new(false);
    let action_error = RwSignal::new(None::<String>);

    let like = Action::new_local({
        let ctx = ctx.clone();
        move |(): &()| {
            let ctx = ctx.clone();
            async move {
                match ctx.backend.like(&ctx.uri, id).await {
                    Ok(votes) => likes.set(votes.likes),
                    Err(error) => action_error.set(Some(error.to_string())),
                }
            }
        }
    });
    let delete = Action::new_local({
        let ctx = ctx.clone();
        move |(): &()| {
            let (ctx, original) = (ctx.clone(), original.clone());
            async move {
                match ctx.backend.delete(&ctx.uri, id).await {
                    Ok(()) => {
                        forget_own(&ctx.scope, &original);
                        ctx.reload();
                    }
                    Err(error) => action_error.set(Some(error.to_string())),
                }
            }
        }
    });

    let replies = comment.replies;
    // Isso files a reply to a reply under the top-level comment; a reply kept from before may
    // name either, so both count as this comment's family.
    let family: Vec<u64> = std::iter::once(id).chain(replies.iter().map(|r| r.id)).collect();
    let pending_list = ctx.pending;
    let waiting = Memo::new(move |_| {
        if is_reply {
            return Vec::new();
        }
        pending_list.with(|list| {
            list.iter().filter(|c| c.parent.is_some_and(|p| family.contains(&p))).cloned().collect::<Vec<_>>()
        })
    });
    let has_replies = !replies.is_empty();
    let author_for_edit = author.clone();
    let website_for_edit = website.clone();
    let on_saved = Callback::new(move |updated: IssoComment| {
        text.set(sanitize_html(&updated.text));
        edited.set(true);
        editing.set(false);
    });
    let author_view = match website {
        Some(url) => {
            view! { <a class="comment-author" href=url rel="nofollow noopener ugc">{author}</a> }.into_any()
        }
        None => view! { <span class="comment-author">{author}</span> }.into_any(),
    };
    view! {
        <li class="comment" class:reply=is_reply id=format!("comment-{id}")>
            <article aria-label="Comment">
                <header class="comment-meta">
                    {author_view}
                    " "
                    {created.map(|iso| view! { <DateText iso /> })}
                    {move || edited.get().then(|| view! { <span class="edited">" (edited)"</span> })}
                </header>
                {pending.then(|| view! { <p class="moderation-notice">"Your comment is awaiting moderation."</p> })}
                <div class="comment-text">
                    {move || {
                        if editing.get() {
                            view! {
                                <EditComment id author=author_for_edit.clone() website=website_for_edit.clone()
                                    on_saved on_cancel=Callback::new(move |()| editing.set(false)) />
                            }.into_any()
                        } else if deleted {
                            view! { <p class="deleted">"This comment was deleted."</p> }.into_any()
                        } else {
                            view! { <RichText nodes=text.get() /> }.into_any()
                        }
                    }}
                </div>
                {(!pending && !deleted).then(|| view! {
                    <div class="comment-actions">
                        {votes_and_edits.then(|| view! {
                            <button type="button" class="link-button" on:click=move |_| { like.dispatch(()); }
                                disabled=move || like.pending().get()>
                                {move || format!("Like ({})", likes.get())}
                            </button>
                        })}
                        <button type="button" class="link-button" aria-expanded=move || replying.get().to_string()
                            on:click=move |_| replying.update(|r| *r = !*r)>"Reply"</button>
                        {mine.then(|| view! {
                            <button type="button" class="link-button"
                                on:click=move |_| editing.set(true)>"Edit"</button>
                            <button type="button" class="link-button"
                                on:click=move |_| { delete.dispatch(()); }>"Delete"</button>
                        })}
                    </div>
                })}
                <p class="form-error" role="alert" hidden=move || action_error.get().is_none()>
                    {move || action_error.get()}
                </p>
                {move || replying.get().then(|| view! {
                    <CommentForm parent=Some(id) on_close=Callback::new(move |()| replying.set(false)) />
                })}
            </article>
            // Isso keeps one level of replies; WordPress nests them deeper, each under its own.
            {(!is_reply || has_replies).then(|| view! {
                <ol class="replies" hidden=move || !has_replies && waiting.with(Vec::is_empty)>
                    {replies.into_iter().map(|reply| view! { <CommentItem comment=reply is_reply=true /> }.into_any()).collect_view()}
                    {move || waiting.get().into_iter()
                        .map(|reply| view! { <CommentItem comment=reply is_reply=true /> }.into_any()).collect_view()}
                </ol>
            })}
        </li>
    }
}
