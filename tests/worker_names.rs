//! The service worker (`app/worker/sw.js`, plain JavaScript) mirrors names the app defines: if
//! one is renamed in Rust, saved stories would stop being read offline, switching the worker
//! off would leave caches behind, or the "as of 10:42" notice would never show.

use gazette::api::offline::OFFLINE_COPY;
use gazette::components::offline::saved::{OUR_CACHES, SAVED_CACHE};

const WORKER: &str = include_str!("../app/worker/sw.js");

#[test]
fn the_worker_uses_the_apps_names() {
    assert!(WORKER.contains(&format!("const OURS = '{OUR_CACHES}';")), "the caches' common prefix");
    let saved = SAVED_CACHE.strip_prefix(OUR_CACHES).unwrap();
    assert!(WORKER.contains(&format!("const SAVED = `${{OURS}}{saved}`;")), "saved stories' cache");
    assert!(WORKER.contains(&format!("const OFFLINE_COPY = '{OFFLINE_COPY}';")), "the offline copy's header");
}

#[test]
fn the_build_fills_every_marked_line() {
    for mark in ["precache", "version", "settings"] {
        assert_eq!(WORKER.matches(&format!("// gazette:{mark}\n")).count(), 1, "{mark}");
    }
}
