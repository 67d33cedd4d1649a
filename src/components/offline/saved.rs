//! "Save" on an article: the story's page, JSON and pictures go into the `gazette-saved` cache,
//! which the service worker reads before the network fails it and never evicts; the list
//! (`model::saved`) goes into `localStorage`. A full device is said in plain words, and the
//! stories saved before stay.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::api::storage;
use crate::model::saved::{parse_list, with_story, without_story, SavedStory};
use crate::model::storage_keys::SAVED;

/// Every cache the app and its worker keep starts with this (`app/worker/sw.js` `OURS`).
pub const OUR_CACHES: &str = "gazette-";
/// The saved stories' files (`app/worker/sw.js` `SAVED`).
pub const SAVED_CACHE: &str = "gazette-saved";

const FULL: &str = "There isn't enough room on this device to save this story. Your other saved stories are kept: remove some of them to make room, then try again.";
const FAILED: &str = "This story couldn't be saved. Check your connection and try again.";

/// The saved stories on this device, newest first.
pub fn saved_stories() -> Vec<SavedStory> {
    parse_list(storage::load_text(SAVED).as_deref())
}

/// Saves `story` (its `files` fetched into the cache first): `Err` with what to tell the reader.
pub async fn save(mut story: SavedStory) -> Result<(), &'static str> {
    let list = saved_stories();
    if list.is_empty() {
        ask_to_persist().await;
    }
    let cache = open_cache().await.ok_or(FAILED)?;
    let files = js_sys::Array::new();
    for file in &story.files {
        files.push(&file.into());
    }
    if let Err(error) = JsFuture::from(cache.add_all_with_str_sequence(&files)).await {
        return Err(if is_quota(&error) { FULL } else { FAILED });
    }
    story.saved_at = String::from(js_sys::Date::new_0().to_iso_string());
    let files = story.files.clone();
    if storage::save_text(SAVED, &serde_json::to_string(&with_story(&list, story)).unwrap_or_default()) {
        Ok(())
    } else {
        // The list could not grow: nothing of this story stays behind, the rest is untouched.
        let needed: Vec<String> = list.iter().flat_map(|story| story.files.clone()).collect();
        delete(&cache, files.iter().filter(|file| !needed.contains(file))).await;
        Err(FULL)
    }
}

/// Removes the story `slug` and the files no other saved story needs.
pub async fn remove(slug: &str) {
    let (kept, files) = without_story(&saved_stories(), slug);
    storage::save_text(SAVED, &serde_json::to_string(&kept).unwrap_or_default());
    if let Some(cache) = open_cache().await {
        delete(&cache, files.iter()).await;
    }
}

async fn open_cache() -> Option<web_sys::Cache> {
    let caches = web_sys::window()?.caches().ok()?;
    JsFuture::from(caches.open(SAVED_CACHE)).await.ok()?.dyn_into().ok()
}

async fn delete(cache: &web_sys::Cache, files: impl Iterator<Item = &String>) {
    for file in files {
        let _ = JsFuture::from(cache.delete_with_str(file)).await;
    }
}

fn is_quota(error: &wasm_bindgen::JsValue) -> bool {
    error.dyn_ref::<web_sys::DomException>().is_some_and(|error| error.name() == "QuotaExceededError")
}

/// Asks the browser not to clear the site's storage when the device runs short: once, on the
/// first save. Whatever it answers, saving goes on.
async fn ask_to_persist() {
    let Some(window) = web_sys::window() else { return };
    if let Ok(promise) = window.navigator().storage().persist() {
        let _ = JsFuture::from(promise).await;
    }
}

/// The "Save" button of an article: "Saved" with "Remove" once it is.
#[component]
pub fn SaveStory(story: SavedStory) -> impl IntoView {
    let saved = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let notice = RwSignal::new(String::new());
    let slug = story.slug.clone();
    Effect::new(move || saved.set(saved_stories().iter().any(|kept| kept.slug == slug)));
    let toggle = move |_| {
        let story = story.clone();
        busy.set(true);
        leptos::task::spawn_local(async move {
            let said = if saved.get_untracked() {
                remove(&story.slug).await;
                saved.try_set(false);
                "Removed from your saved stories.".to_owned()
            } else {
                match save(story).await {
                    Ok(()) => {
                        saved.try_set(true);
                        "Saved: you can read this story offline, from Saved stories.".to_owned()
                    }
                    Err(message) => message.to_owned(),
                }
            };
            notice.try_set(said);
            busy.try_set(false);
        });
    };
    view! {
        <section class="save-story" aria-label="Save for offline reading">
            <button type="button" class="button" aria-pressed=move || saved.get().to_string() disabled=busy on:click=toggle>
                {move || if saved.get() { "Saved" } else { "Save" }}
            </button>
            <p class="save-notice" role="status">{move || notice.get()}</p>
        </section>
    }
}
