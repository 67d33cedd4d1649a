//! `index.html`'s inline script mirrors names the app defines: if one is renamed in Rust, the
//! script would silently stop applying the theme or hiding a static copy of another page.

use gazette::model::preload::{PAGE, SLUG, TABLE_ID};
use gazette::model::prerender::{COPY_ID, COPY_META};
use gazette::model::storage_keys::THEME;
use gazette::model::theme::ATTRIBUTE;

const INDEX: &str = include_str!("../index.html");

#[test]
fn the_inline_script_uses_the_apps_names() {
    assert!(INDEX.contains(&format!("localStorage.getItem(\"{THEME}\")")), "theme storage key");
    assert!(INDEX.contains(&format!("setAttribute(\"{ATTRIBUTE}\"")), "theme attribute");
    assert!(INDEX.contains(&format!("meta[name=\"{COPY_META}\"]")), "static copy marker");
    // The route table the build writes for the preload, and its placeholders.
    assert!(INDEX.contains(&format!("<script type=\"application/json\" id=\"{TABLE_ID}\">")), "table block");
    assert!(INDEX.contains(&format!("getElementById(\"{TABLE_ID}\")")), "table read");
    assert!(
        INDEX.contains(&format!("replace(\"{SLUG}\"")) && INDEX.contains(&format!("replace(\"{PAGE}\"")),
        "placeholders"
    );
}

/// The app's start (Trunk's `pattern_script`) waits for the first frame when the page has a copy.
#[test]
fn the_start_finds_the_copy() {
    let trunk = include_str!("../Trunk.toml");
    assert!(trunk.contains(&format!("document.getElementById(\"{COPY_ID}\")")), "copy id");
}
