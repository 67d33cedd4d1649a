//! `index.html`'s inline script mirrors names the app defines: if one is renamed in Rust, the
//! script would silently stop applying the theme or hiding a static copy of another page.

use gazette::model::prerender::COPY_META;
use gazette::model::theme::{ATTRIBUTE, STORAGE_KEY};

const INDEX: &str = include_str!("../index.html");

#[test]
fn the_inline_script_uses_the_apps_names() {
    assert!(INDEX.contains(&format!("localStorage.getItem(\"{STORAGE_KEY}\")")), "theme storage key");
    assert!(INDEX.contains(&format!("setAttribute(\"{ATTRIBUTE}\"")), "theme attribute");
    assert!(INDEX.contains(&format!("meta[name=\"{COPY_META}\"]")), "static copy marker");
}
