use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Whether a media query matches, kept up to date while the component lives. `false` until
/// the component is in the browser: the query is read in an effect, so a native render (the
/// build's static copies) never touches `window`.
pub fn media_query(query: &'static str) -> RwSignal<bool> {
    let signal = RwSignal::new(false);
    Effect::new(move || {
        let Some(list) = window().match_media(query).ok().flatten() else { return };
        signal.set(list.matches());
        let watched = list.clone();
        let listener = Closure::<dyn Fn()>::new(move || {
            signal.try_set(watched.matches());
        });
        let _ = list.add_event_listener_with_callback("change", listener.as_ref().unchecked_ref());
        // The listener is removed with the component; both JS handles live on this thread only.
        let held = SendWrapper::new((list, listener));
        on_cleanup(move || {
            let (list, listener) = held.take();
            let _ = list.remove_event_listener_with_callback("change", listener.as_ref().unchecked_ref());
        });
    });
    signal
}
