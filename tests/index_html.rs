//! `index.html`'s inline script mirrors names the app defines: if one is renamed in Rust, the
//! script would silently stop applying the theme or hiding a static copy of another page.

use gazette::model::prerender::{COPY_ID, COPY_META};
use gazette::model::theme::{ATTRIBUTE, STORAGE_KEY};

const INDEX: &str = include_str!("../index.html");

#[test]
fn the_inline_script_uses_the_apps_names() {
    assert!(INDEX.contains(&format!("localStorage.getItem(\"{STORAGE_KEY}\")")), "theme storage key");
    assert!(INDEX.contains(&format!("setAttribute(\"{ATTRIBUTE}\"")), "theme attribute");
    assert!(INDEX.contains(&format!("meta[name=\"{COPY_META}\"]")), "static copy marker");
}

/// The app's start (Trunk's `pattern_script`) waits for the first frame when the page has a copy.
#[test]
fn the_start_finds_the_copy() {
    let trunk = include_str!("../Trunk.toml");
    assert!(trunk.contains(&format!("document.getElementById(\"{COPY_ID}\")")), "copy id");
}
