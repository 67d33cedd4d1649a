//! Whether the device has a connection, and the notice that the news on show is a copy.

use leptos::prelude::*;

use crate::api::offline::{is_online, offline_copy_time};

/// The connection as the browser reports it, for everything under the layout.
#[derive(Clone, Copy)]
pub struct Connection(pub RwSignal<bool>);

/// Provides `Connection`, kept up to date by the browser's `online`/`offline` events. Online
/// until the view runs in a browser: a native render (the static copies) never asks.
pub fn provide_connection() {
    let online = RwSignal::new(true);
    provide_context(Connection(online));
    Effect::new(move || {
        online.set(is_online());
        let on = window_event_listener(leptos::ev::online, move |_| {
            online.try_set(true);
        });
        let off = window_event_listener(leptos::ev::offline, move |_| {
            online.try_set(false);
        });
        on_cleanup(move || {
            on.remove();
            off.remove();
        });
    });
}

/// Whether the device is online (always, outside the layout).
pub fn use_online() -> Signal<bool> {
    match use_context::<Connection>() {
        Some(Connection(online)) => online.into(),
        None => Signal::stored(true),
    }
}

/// "You're offline: sending needs a connection", for a form while there is none. What the
/// reader typed stays in the form (and comment drafts on the device).
#[component]
pub fn NeedsConnection(#[prop(into)] what: String) -> impl IntoView {
    let online = use_online();
    move || {
        (!online.get()).then(|| {
            view! {
                <p class="needs-connection" role="status">
                    {format!("You're offline. {what} needs a connection: what you typed stays here until you're back online.")}
                </p>
            }
        })
    }
}

/// "You're offline — showing the news as of 10:42": the page's data is the copy the service
/// worker kept, because the network failed. Retry asks the network again.
#[component]
pub fn OfflineNotice() -> impl IntoView {
    let shown = offline_copy_time();
    move || {
        shown.get().map(|stored| {
            let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(stored));
            let clock = format!("{:02}:{:02}", date.get_hours(), date.get_minutes());
            view! {
                <section class="offline-notice" aria-label="Connection">
                    <p role="status">{format!("You're offline — showing the news as of {clock}.")}</p>
                    <button type="button" class="button" on:click=move |_| reload()>
                        "Retry"
                    </button>
                </section>
            }
        })
    }
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
