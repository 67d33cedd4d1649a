use leptos::prelude::*;

use crate::components::required_context::required_context;

use super::context::CommentsContext;
use crate::model::comments::isso::{IssoComment, NewComment};
use crate::model::comments::validation::{MIN_TEXT_CHARS, MSG_TEXT_MISSING, MSG_TEXT_SHORT};

/// Editing one's own comment in place while Isso's edit window is open. The box starts with
/// the text as it was typed (Isso's `?plain=1`), not the rendered HTML.
#[component]
pub fn EditComment(
    id: u64,
    author: String,
    website: Option<String>,
    on_saved: Callback<IssoComment>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let ctx = required_context::<CommentsContext>("<CommentsSection>");
    let text = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let field_id = format!("edit-{id}-text");
    let error_id = format!("edit-{id}-error");

    let load_ctx = ctx.clone();
    let source = LocalResource::new(move || {
        let ctx = load_ctx.clone();
        async move { ctx.backend.source_text(&ctx.uri, id).await }
    });
    Effect::new(move |_| match source.get() {
        Some(Ok(original)) => text.set(original),
        Some(Err(error)) => problem.set(Some(error.to_string())),
        None => {}
    });

    let save = Action::new_local(move |body: &NewComment| {
        let (ctx, body) = (ctx.clone(), body.clone());
        async move {
            match ctx.backend.edit(&ctx.uri, id, &body).await {
                Ok(updated) => on_saved.run(updated),
                Err(error) => problem.set(Some(error.to_string())),
            }
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let current = text.get_untracked();
        let chars = current.trim().chars().count();
        if chars == 0 || chars < MIN_TEXT_CHARS {
            problem.set(Some((if chars == 0 { MSG_TEXT_MISSING } else { MSG_TEXT_SHORT }).to_owned()));
            return;
        }
        problem.set(None);
        let body = NewComment {
            text: current.trim().to_owned(),
            author: author.clone(),
            email: String::new(),
            website: website.clone(),
            parent: None,
            title: String::new(),
        };
        save.dispatch(body);
    };
    view! {
        <form class="comment-form edit-form" novalidate on:submit=on_submit aria-label="Edit comment">
            <div class="field">
                <label for=field_id.clone()>"Edit your comment"</label>
                <textarea id=field_id rows="5" aria-describedby=error_id.clone()
                    aria-invalid=move || problem.get().map(|_| "true")
                    prop:value=move || text.get()
                    on:input:target=move |ev| text.set(ev.target().value())></textarea>
                <p class="field-error" id=error_id role="alert" hidden=move || problem.get().is_none()>
                    {move || problem.get()}
                </p>
            </div>
            <div class="form-actions">
                <button type="submit" class="button" disabled=move || save.pending().get()>"Save changes"</button>
                <button type="button" class="button-secondary" on:click=move |_| on_cancel.run(())>"Cancel"</button>
            </div>
        </form>
    }
}
