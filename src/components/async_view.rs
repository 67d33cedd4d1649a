use leptos::prelude::*;

use super::error_view::ErrorFallback;

/// The frame around every piece of fetched content: a loading indicator the first time, a
/// progress bar while the next route's data loads (the old page stays readable), and a clear
/// message with Retry when it fails — inside this frame only, so the rest of the page works.
#[component]
pub fn AsyncView(#[prop(into)] retry: Callback<()>, children: ChildrenFn) -> impl IntoView {
    let pending = RwSignal::new(false);
    view! {
        <div class="route-progress" aria-hidden="true" class:active=move || pending.get()></div>
        <Transition fallback=|| view! { <Loading /> } set_pending=pending.write_only()>
            <ErrorBoundary fallback=move |errors| {
                view! { <ErrorFallback errors retry /> }
            }>{children()}</ErrorBoundary>
        </Transition>
    }
}

#[component]
pub fn Loading() -> impl IntoView {
    view! {
        <div class="loading" role="status">
            <span class="spinner" aria-hidden="true"></span>
            <span>"Loading…"</span>
        </div>
    }
}
