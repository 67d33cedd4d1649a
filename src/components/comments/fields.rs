use leptos::prelude::*;

/// A labelled input or textarea whose error message is tied to it (`aria-describedby`,
/// `aria-invalid`), so screen readers read the problem with the field.
#[component]
pub fn FormField(
    id: String,
    label: &'static str,
    /// `textarea`, or an input type (`text`, `email`, `url`).
    kind: &'static str,
    #[prop(optional)] required: bool,
    #[prop(optional)] autocomplete: &'static str,
    #[prop(optional)] hint: &'static str,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    #[prop(into)] error: Signal<Option<&'static str>>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let has_hint = !hint.is_empty();
    let described_by = {
        let (error_id, hint_id) = (error_id.clone(), hint_id.clone());
        move || {
            let mut ids = Vec::new();
            if error.get().is_some() {
                ids.push(error_id.clone());
            }
            if has_hint {
                ids.push(hint_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let invalid = move || error.get().map(|_| "true");
    let control = if kind == "textarea" {
        view! {
            <textarea
                id=id.clone()
                name=id.clone()
                rows="6"
                aria-required=required.then_some("true")
                aria-invalid=invalid
                aria-describedby=described_by
                prop:value=move || value.get()
                on:input:target=move |ev| on_input.run(ev.target().value())
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                name=id.clone()
                type=kind
                autocomplete=(!autocomplete.is_empty()).then_some(autocomplete)
                aria-required=required.then_some("true")
                aria-invalid=invalid
                aria-describedby=described_by
                prop:value=move || value.get()
                on:input:target=move |ev| on_input.run(ev.target().value())
            />
        }
        .into_any()
    };
    view! {
        <div class="field" class:invalid=move || error.get().is_some()>
            <label for=id>
                {label}
                {required.then(|| view! { <span class="required" aria-hidden="true">" *"</span> })}
            </label>
            {control}
            {has_hint.then(|| view! { <p class="field-hint" id=hint_id>{hint}</p> })}
            <p class="field-error" id=error_id hidden=move || error.get().is_none()>
                {move || error.get()}
            </p>
        </div>
    }
}
