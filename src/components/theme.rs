//! The light and dark themes: the header's toggle, and applying the reader's remembered choice.
//!
//! Until a reader chooses, nothing is written and the stylesheet follows the system setting
//! (`prefers-color-scheme`) on its own, from the very first paint. A choice is kept in
//! `localStorage` and written to `<html data-theme>`: by the constant inline script in
//! `index.html` before the first paint (allowed by its hash in the Content-Security-Policy),
//! and again by the app when it starts, before it draws anything.

use leptos::prelude::*;

use super::media_query::media_query;
use crate::api::storage::{load_text, save_text};
use crate::model::storage_keys;
use crate::model::theme::{Theme, ATTRIBUTE};

/// The reader's remembered choice; `None` when they never chose (or storage is unavailable).
pub fn stored_theme() -> Option<Theme> {
    Theme::parse(&load_text(storage_keys::THEME)?)
}

/// Remembers the choice; a device that keeps nothing still gets the theme for this visit.
fn store_theme(theme: Theme) {
    save_text(storage_keys::THEME, theme.as_str());
}

/// Writes the choice to `<html data-theme>`, or removes it so the system setting applies.
pub fn apply_theme(theme: Option<Theme>) {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else {
        return;
    };
    let _ = match theme {
        Some(theme) => root.set_attribute(ATTRIBUTE, theme.as_str()),
        None => root.remove_attribute(ATTRIBUTE),
    };
}

/// Called once when the app starts, before the first view is built.
pub fn apply_stored_theme() {
    apply_theme(stored_theme());
}

/// "Dark theme", pressed or not: a toggle button (`aria-pressed`) in the header. Its state is
/// the theme in force, so it also follows the system setting while the reader has not chosen.
/// The reader's device is read once the button is in the browser: drawn anywhere else (the
/// build's static copy) the button is disabled and claims no state, as it cannot work there.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let chosen = RwSignal::new(None);
    let ready = RwSignal::new(false);
    let system_dark = media_query("(prefers-color-scheme: dark)");
    Effect::new(move || {
        chosen.set(stored_theme());
        ready.set(true);
    });
    let theme = move || Theme::effective(chosen.get(), system_dark.get());
    let pressed = move || ready.get().then(|| if theme() == Theme::Dark { "true" } else { "false" });
    let toggle = move |_| {
        let next = Theme::effective(chosen.get_untracked(), system_dark.get_untracked()).other();
        chosen.set(Some(next));
        store_theme(next);
        apply_theme(Some(next));
    };
    view! {
        <button
            type="button"
            class="theme-toggle"
            aria-pressed=pressed
            disabled=move || !ready.get()
            on:click=toggle
        >
            <span class="theme-switch" aria-hidden="true"></span>
            "Dark theme"
        </button>
    }
}
