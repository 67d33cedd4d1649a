//! The service worker (`app/worker/sw.js`, docs/offline.md) from the app's side: registered
//! once the page has loaded, so it never competes with the first paint; a new build waits
//! until the reader chooses "Reload"; `serviceWorker: false` in site.json removes it.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

use super::saved::OUR_CACHES;
use crate::components::site_context::use_site;

/// The worker's file, at the top of the site: its scope is then the whole site (the base).
const WORKER: &str = "sw.js";

/// Registers the worker (or removes it, when site.json turns it off) and shows "A new version
/// of the site is available — Reload" when a new build is waiting.
#[component]
pub fn ServiceWorkerUpdates() -> impl IntoView {
    let site = use_site();
    let waiting = RwSignal::new(None::<SendWrapper<ServiceWorker>>);
    let (base, enabled) = (site.links.base().to_owned(), site.config.service_worker);
    Effect::new(move || {
        let Some(container) = container() else { return };
        let base = base.clone();
        if !enabled {
            leptos::task::spawn_local(switch_off(container));
            return;
        }
        after_load(move || leptos::task::spawn_local(register(container, base, waiting)));
    });
    let reload = move |_| {
        if let Some(worker) = waiting.get_untracked() {
            reload_when_it_runs();
            post(&worker, "skip-waiting", None);
        }
    };
    move || {
        waiting.with(Option::is_some).then(|| {
            view! {
                <section class="update-notice" aria-label="Update">
                    <p role="status">"A new version of the site is available."</p>
                    <button type="button" class="button" on:click=reload>
                        "Reload"
                    </button>
                </section>
            }
        })
    }
}

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Browsers without workers, and pages not served over HTTPS or from localhost, have none.
    js_sys::Reflect::has(&navigator, &"serviceWorker".into()).ok()?.then(|| navigator.service_worker())
}

/// Runs `then` once the page has loaded and the browser is idle: the worker's downloads (the
/// app's files again, into its cache) come after everything the reader waits for.
fn after_load(then: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else { return };
    let idle = Closure::once_into_js(then);
    let when_idle = Closure::once_into_js(move || {
        if let Some(window) = web_sys::window() {
            let has_idle = js_sys::Reflect::has(&window, &"requestIdleCallback".into()).unwrap_or(false);
            let _ = if has_idle {
                window.request_idle_callback(idle.unchecked_ref()).map(|_| ())
            } else {
                window.set_timeout_with_callback(idle.unchecked_ref()).map(|_| ())
            };
        }
    });
    if window.document().is_some_and(|document| document.ready_state() == "complete") {
        let _ = window.set_timeout_with_callback(when_idle.unchecked_ref());
    } else {
        let _ = window.add_event_listener_with_callback("load", when_idle.unchecked_ref());
    }
}

async fn register(
    container: ServiceWorkerContainer,
    base: String,
    waiting: RwSignal<Option<SendWrapper<ServiceWorker>>>,
) {
    let options = web_sys::RegistrationOptions::new();
    options.set_scope(&base);
    let promise = container.register_with_options(&format!("{base}{WORKER}"), &options);
    let Ok(registration) = JsFuture::from(promise).await else { return };
    let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else { return };
    if container.controller().is_none() {
        leptos::task::spawn_local(keep_this_page(container.clone()));
    }
    // A build that was already waiting when this page loaded.
    if let Some(worker) = registration.waiting() {
        offer(&container, worker, waiting);
    }
    let found = registration.clone();
    let on_found = Closure::<dyn Fn()>::new(move || {
        let Some(worker) = found.installing() else { return };
        let installing = worker.clone();
        let container = container.clone();
        let on_state = Closure::<dyn Fn()>::new(move || {
            if installing.state() == ServiceWorkerState::Installed {
                offer(&container, installing.clone(), waiting);
            }
        });
        worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    });
    registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
    on_found.forget();
    // A reader who comes back to a tab left open learns of a build deployed meanwhile.
    let on_visible = Closure::<dyn Fn()>::new(move || {
        let visible = web_sys::window()
            .and_then(|window| window.document())
            .is_some_and(|document| document.visibility_state() == web_sys::VisibilityState::Visible);
        if visible {
            let _ = registration.update();
        }
    });
    if let Some(document) = web_sys::window().and_then(|window| window.document()) {
        let _ = document
            .add_event_listener_with_callback("visibilitychange", on_visible.as_ref().unchecked_ref());
    }
    on_visible.forget();
}

/// The first page went past the worker (it was not installed yet): once it runs, it is told
/// the page's address and every file the page loaded, to keep them for reading offline.
async fn keep_this_page(container: ServiceWorkerContainer) {
    let Ok(ready) = container.ready() else { return };
    let Ok(registration) = JsFuture::from(ready).await else { return };
    let Some(worker) = registration.dyn_into::<ServiceWorkerRegistration>().ok().and_then(|r| r.active())
    else {
        return;
    };
    let Some(window) = web_sys::window() else { return };
    let urls = js_sys::Array::new();
    urls.push(&window.location().href().unwrap_or_default().into());
    if let Some(performance) = window.performance() {
        for entry in performance.get_entries_by_type("resource").iter() {
            if let Some(entry) = entry.dyn_ref::<web_sys::PerformanceEntry>() {
                urls.push(&entry.name().into());
            }
        }
    }
    post(&worker, "keep", Some(&urls));
}

/// Sends the worker `{ type, urls }` (`app/worker/sw.js`, its `message` listener).
fn post(worker: &ServiceWorker, kind: &str, urls: Option<&js_sys::Array>) {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &kind.into());
    if let Some(urls) = urls {
        let _ = js_sys::Reflect::set(&message, &"urls".into(), urls);
    }
    let _ = worker.post_message(&message);
}

/// A new build installed while a page runs the old one: offered, never switched to silently.
/// (The very first worker has no page to disturb: it starts at once.)
fn offer(
    container: &ServiceWorkerContainer,
    worker: ServiceWorker,
    waiting: RwSignal<Option<SendWrapper<ServiceWorker>>>,
) {
    if container.controller().is_some() {
        waiting.try_set(Some(SendWrapper::new(worker)));
    }
}

/// Reloads the page once the new build's worker controls it: every file then comes from it.
fn reload_when_it_runs() {
    let Some(container) = container() else { return };
    let reload = Closure::once_into_js(|| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    });
    let _ = container.add_event_listener_with_callback("controllerchange", reload.unchecked_ref());
}

/// site.json turned the worker off: every registration goes, and every cache of ours.
async fn switch_off(container: ServiceWorkerContainer) {
    // The worker still answering this page stops keeping copies before they are deleted.
    if let Some(worker) = container.controller() {
        post(&worker, "switch-off", None);
    }
    if let Ok(registrations) = JsFuture::from(container.get_registrations()).await {
        for registration in js_sys::Array::from(&registrations).iter() {
            if let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() {
                if let Ok(promise) = registration.unregister() {
                    let _ = JsFuture::from(promise).await;
                }
            }
        }
    }
    let Some(caches) = web_sys::window().and_then(|window| window.caches().ok()) else { return };
    let Ok(names) = JsFuture::from(caches.keys()).await else { return };
    for name in js_sys::Array::from(&names).iter().filter_map(|name| name.as_string()) {
        if name.starts_with(OUR_CACHES) {
            let _ = JsFuture::from(caches.delete(&name)).await;
        }
    }
}
