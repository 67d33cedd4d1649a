use leptos::prelude::*;

/// Draws `children` only once the view runs in the browser: for parts that exist only on the
/// reader's device (comments kept there, or fetched from a comment server). Drawn natively
/// (the build's static copy of a page), it is empty; in the app, it fills in right after the
/// first render, with the effect that marks the view as running.
#[component]
pub fn InBrowser(children: ChildrenFn) -> impl IntoView {
    let running = RwSignal::new(false);
    Effect::new(move || running.set(true));
    move || running.get().then(|| children())
}
