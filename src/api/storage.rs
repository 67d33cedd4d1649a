//! The reader's `localStorage`, as JSON values (or text), under the keys of
//! `model::storage_keys`. Storage can be missing (private modes) or
//! full: reads then find nothing and writes report failure, and callers keep what they have
//! in memory, so nothing typed is lost while the page is open.

use serde::de::DeserializeOwned;
use serde::Serialize;

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The stored value, or `None` when there is none or it cannot be read (an older shape).
pub fn load<T: DeserializeOwned>(key: &str) -> Option<T> {
    serde_json::from_str(&load_text(key)?).ok()
}

/// Stores the value; `false` when this device would not keep it.
pub fn save<T: Serialize>(key: &str, value: &T) -> bool {
    serde_json::to_string(value).is_ok_and(|text| save_text(key, &text))
}

/// The stored text as it is (a value `index.html`'s script also reads, like the theme).
pub fn load_text(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Stores text as it is; `false` when this device would not keep it.
pub fn save_text(key: &str, text: &str) -> bool {
    local_storage().is_some_and(|storage| storage.set_item(key, text).is_ok())
}

pub fn remove(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

pub fn now_seconds() -> f64 {
    js_sys::Date::now() / 1000.0
}
