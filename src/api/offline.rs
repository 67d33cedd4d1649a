//! What the service worker tells the app about offline answers (`app/worker/sw.js`): a
//! document served from its copy because the network failed carries the time the copy was
//! stored, and the layout says "You're offline — showing the news as of 10:42".

use leptos::prelude::*;

use super::ApiError;

/// The header the worker puts on a copy served in place of the network's answer: the time it
/// was stored, in milliseconds since 1970.
pub const OFFLINE_COPY: &str = "x-gazette-offline-copy";

thread_local! {
    static COPY_TIME: ArcRwSignal<Option<f64>> = ArcRwSignal::new(None);
}

/// When the document on show was stored, if it came from the worker's copy; `None` once the
/// network answers again.
pub fn offline_copy_time() -> ArcRwSignal<Option<f64>> {
    COPY_TIME.with(Clone::clone)
}

/// Notes a response's header: the oldest copy on show is the one a reader must be told about.
pub(super) fn note_copy(header: Option<&str>) {
    let Some(stored) = header.and_then(|value| value.trim().parse::<f64>().ok()) else { return };
    let time = offline_copy_time();
    if time.get_untracked().is_none_or(|shown| stored < shown) {
        time.set(Some(stored));
    }
}

/// A request that got no answer: `Offline` when the device says it has no connection.
pub(super) fn unreachable() -> ApiError {
    if is_online() {
        ApiError::Network
    } else {
        ApiError::Offline
    }
}

/// What the browser knows of the connection (true outside a browser).
pub fn is_online() -> bool {
    web_sys::window().is_none_or(|window| window.navigator().on_line())
}
