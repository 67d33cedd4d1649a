use leptos::prelude::*;

use crate::api::CommentBackend;
use crate::components::offline::connection::{use_online, NeedsConnection};
use crate::components::required_context::required_context;
use wasm_bindgen::JsCast;

use super::context::CommentsContext;
use super::counts::CommentCounts;
use super::fields::FormField;
use crate::api::comment_memory::{add_pending, clear_draft, load_draft, remember_own, save_draft};
use crate::model::comments::isso::NewComment;
use crate::model::comments::validation::{validate, CommentDraft, Field};

/// The comment form: top-level (`parent` none) or an inline reply. Every keystroke is saved
/// on this device, and the draft is cleared only once the server has taken the comment.
#[component]
pub fn CommentForm(parent: Option<u64>, #[prop(optional)] on_close: Option<Callback<()>>) -> impl IntoView {
    let ctx = required_context::<CommentsContext>("<CommentsSection>");
    let counts = use_context::<CommentCounts>();
    let prefix = parent.map_or("comment".to_owned(), |p| format!("reply-{p}"));
    let draft = RwSignal::new(load_draft(&ctx.uri, parent));
    let attempted = RwSignal::new(false);
    let server_error = RwSignal::new(None::<String>);
    let notice = RwSignal::new(None::<&'static str>);
    let stored = RwSignal::new(true);
    // Comments kept on the device need no connection; a comment server does.
    let remote = matches!(ctx.backend, CommentBackend::Isso(_));
    let online = use_online();
    let offline = move || remote && !online.get();

    let post = Action::new_local({
        let ctx = ctx.clone();
        move |(body, sent): &(NewComment, CommentDraft)| {
            let (ctx, body, sent) = (ctx.clone(), body.clone(), sent.clone());
            async move {
                match ctx.backend.post(&ctx.uri, &body).await {
                    Ok(posted) => {
                        clear_draft(&ctx.uri, parent, &sent);
                        remember_own(&ctx.scope, &posted.comment);
                        if posted.pending {
                            add_pending(&ctx.uri, &posted.comment);
                            ctx.pending.update(|list| list.push(posted.comment.clone()));
                            notice.set(Some("Thank you! Your comment is awaiting moderation."));
                        } else {
                            notice.set(Some("Thank you! Your comment has been published."));
                            if let Some(counts) = counts {
                                counts.add(&ctx.uri, 1);
                            }
                        }
                        draft.update(|d| d.text.clear());
                        attempted.set(false);
                        ctx.reload();
                        if let Some(close) = on_close {
                            close.run(());
                        }
                    }
                    Err(error) => server_error.set(Some(error.to_string())),
                }
            }
        }
    });
    let busy = post.pending();

    let field_error = move |field: Field| {
        Signal::derive(move || {
            if !attempted.get() {
                return None;
            }
            draft.with(|d| validate(d).into_iter().find(|e| e.field == field).map(|e| e.message))
        })
    };
    let uri = ctx.uri.clone();
    let edit = move |change: fn(&mut CommentDraft, String)| {
        let uri = uri.clone();
        Callback::new(move |value: String| {
            draft.update(|d| change(d, value));
            notice.set(None);
            stored.set(draft.with_untracked(|d| save_draft(&uri, parent, d)));
        })
    };

    let ids = (
        format!("{prefix}-text"),
        format!("{prefix}-name"),
        format!("{prefix}-email"),
        format!("{prefix}-website"),
    );
    let focus_ids = ids.clone();
    let title = ctx.title.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return; // one request at a time: no double posts
        }
        attempted.set(true);
        server_error.set(None);
        let current = draft.get_untracked();
        if let Some(first) = validate(&current).first() {
            let id = match first.field {
                Field::Text => &focus_ids.0,
                Field::Name => &focus_ids.1,
                Field::Email => &focus_ids.2,
                Field::Website => &focus_ids.3,
            };
            focus_element(id);
            return;
        }
        post.dispatch((current.to_new_comment(parent, &title), current));
    };

    let heading = if parent.is_some() { "Reply" } else { "Leave a comment" };
    let submit_label = if parent.is_some() { "Post reply" } else { "Post Comment" };
    view! {
        <form class="comment-form" novalidate on:submit=on_submit aria-label=heading>
            <FormField id=ids.0 label="Comment" kind="textarea" required=true
                value=Signal::derive(move || draft.with(|d| d.text.clone()))
                on_input=edit(|d, v| d.text = v) error=field_error(Field::Text) />
            <div class="field-row">
                <FormField id=ids.1 label="Name" kind="text" required=true autocomplete="name"
                    value=Signal::derive(move || draft.with(|d| d.name.clone()))
                    on_input=edit(|d, v| d.name = v) error=field_error(Field::Name) />
                <FormField id=ids.2 label="Email" kind="email" required=true autocomplete="email"
                    hint="Your email address will not be published."
                    value=Signal::derive(move || draft.with(|d| d.email.clone()))
                    on_input=edit(|d, v| d.email = v) error=field_error(Field::Email) />
                <FormField id=ids.3 label="Website" kind="url" autocomplete="url"
                    value=Signal::derive(move || draft.with(|d| d.website.clone()))
                    on_input=edit(|d, v| d.website = v) error=field_error(Field::Website) />
            </div>
            <p class="form-error" role="alert" hidden=move || server_error.get().is_none()>
                {move || server_error.get()}
            </p>
            <p class="form-notice" role="status">{move || notice.get()}</p>
            <p class="draft-warning" hidden=move || stored.get()>
                "This browser won't keep a draft: your comment stays here until you leave the page."
            </p>
            {remote.then(|| view! { <NeedsConnection what="Posting a comment" /> })}
            <div class="form-actions">
                <button type="submit" class="button" disabled=move || busy.get() || offline()>
                    {move || if busy.get() { "Posting…" } else { submit_label }}
                </button>
                {on_close.map(|close| view! {
                    <button type="button" class="button-secondary" on:click=move |_| close.run(())>
                        "Cancel reply"
                    </button>
                })}
            </div>
        </form>
    }
}

fn focus_element(id: &str) {
    let element = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}
