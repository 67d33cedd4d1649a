//! The reader's `localStorage`, as JSON values. Storage can be missing (private modes) or
//! full: reads then find nothing and writes report failure, and callers keep what they have
//! in memory, so nothing typed is lost while the page is open.

use serde::de::DeserializeOwned;
use serde::Serialize;

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The stored value, or `None` when there is none or it cannot be read (an older shape).
pub fn load<T: DeserializeOwned>(key: &str) -> Option<T> {
    let text = local_storage()?.get_item(key).ok().flatten()?;
    serde_json::from_str(&text).ok()
}

/// Stores the value; `false` when this device would not keep it.
pub fn save<T: Serialize>(key: &str, value: &T) -> bool {
    let Some(storage) = local_storage() else { return false };
    let Ok(text) = serde_json::to_string(value) else { return false };
    storage.set_item(key, &text).is_ok()
}

pub fn remove(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

pub fn now_seconds() -> f64 {
    js_sys::Date::now() / 1000.0
}
