use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::WidgetBox;
use crate::api::subscribe;
use crate::components::offline::connection::{use_online, NeedsConnection};
use crate::components::site_context::use_site;
use crate::model::widgets::newsletter::{is_valid_email, INVALID_EMAIL};

pub const SUBSCRIBED: &str = "Thank you for subscribing! Check your inbox to confirm your address.";
pub const NOT_SET_UP: &str = "Subscriptions are not set up yet.";

const INPUT_ID: &str = "subscribe-email";
const ERROR_ID: &str = "subscribe-error";
const NOTE_ID: &str = "subscribe-note";

/// What the reader last heard back, shown in the status line (a polite live region that is
/// always in the page, so screen readers announce each new message).
#[derive(Clone, Debug, PartialEq, Eq)]
enum Outcome {
    Subscribed,
    Failed(String),
}

/// The "Free Subscription" box: an email field posting to `newsletter.action` in `site.json`.
/// The browser's own validation is off (`novalidate`) so every reader gets the same message,
/// tied to the field with `aria-describedby` and `aria-invalid`.
#[component]
pub fn FreeSubscription() -> impl IntoView {
    let newsletter = use_site().config.newsletter.clone();
    let configured = newsletter.action.as_deref().is_some_and(|action| !action.trim().is_empty());
    let email = RwSignal::new(String::new());
    let invalid = RwSignal::new(false);
    let sending = RwSignal::new(false);
    let online = use_online();
    let outcome = RwSignal::new(None::<Outcome>);
    let input = NodeRef::<html::Input>::new();

    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        // The button is disabled while sending; this also stops Enter in the field.
        if sending.get_untracked() {
            return;
        }
        // Read the field itself: an autofilled value may not have reached the signal yet.
        let typed = input.get_untracked().map(|field| field.value()).unwrap_or_else(|| email.get_untracked());
        let address = typed.trim().to_owned();
        if !is_valid_email(&address) {
            invalid.set(true);
            outcome.set(None);
            if let Some(field) = input.get_untracked() {
                let _ = field.focus();
            }
            return;
        }
        invalid.set(false);
        outcome.set(None);
        sending.set(true);
        let newsletter = newsletter.clone();
        spawn_local(async move {
            let result = subscribe(&newsletter, &address).await;
            // The box may have gone (the reader navigated away): setting a disposed signal is
            // a no-op, never a panic.
            match result {
                Ok(()) => {
                    email.set(String::new());
                    outcome.set(Some(Outcome::Subscribed));
                }
                Err(error) => outcome.set(Some(Outcome::Failed(error.to_string()))),
            }
            sending.set(false);
        });
    };
    // A corrected address clears the error as soon as it is valid, not only on the next submit.
    let on_input = move |event| {
        if invalid.get_untracked() && is_valid_email(&event_target_value(&event)) {
            invalid.set(false);
        }
    };
    let described_by = move || {
        let mut ids = Vec::new();
        if invalid.get() {
            ids.push(ERROR_ID);
        }
        if !configured {
            ids.push(NOTE_ID);
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let status_class = move || match outcome.get() {
        Some(Outcome::Subscribed) => "subscribe-status success",
        Some(Outcome::Failed(_)) => "subscribe-status failure",
        None => "subscribe-status",
    };
    let status_text = move || match outcome.get() {
        Some(Outcome::Subscribed) => SUBSCRIBED.to_owned(),
        Some(Outcome::Failed(message)) => message,
        None => String::new(),
    };

    view! {
        <WidgetBox id="subscribe-heading" title="Free Subscription" class="subscribe">
            <p class="widget-excerpt">
                "The day's top stories in your inbox every morning. Free, and you can unsubscribe at any time."
            </p>
            {(!configured).then(|| view! { <p class="subscribe-note" id=NOTE_ID>{NOT_SET_UP}</p> })}
            <form class="subscribe-form" aria-labelledby="subscribe-heading" novalidate on:submit=on_submit>
                <label for=INPUT_ID>"Email address"</label>
                <input
                    id=INPUT_ID
                    node_ref=input
                    type="email"
                    name="email"
                    autocomplete="email"
                    inputmode="email"
                    spellcheck="false"
                    required
                    aria-invalid=move || if invalid.get() { "true" } else { "false" }
                    aria-describedby=described_by
                    bind:value=email
                    on:input=on_input
                />
                {move || invalid.get().then(|| view! { <p class="field-error" id=ERROR_ID>{INVALID_EMAIL}</p> })}
                {configured.then(|| view! { <NeedsConnection what="Subscribing" /> })}
                <button type="submit" class="button" disabled=move || sending.get() || (configured && !online.get())>
                    {move || if sending.get() { "Subscribing…" } else { "Subscribe" }}
                </button>
            </form>
            <p class=status_class role="status" aria-live="polite">
                {status_text}
            </p>
        </WidgetBox>
    }
}
