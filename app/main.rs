//! The browser app: starts Gazette on the page (`gazette::handoff`).

#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)
)]

#[cfg(target_arch = "wasm32")]
fn main() {
    gazette::handoff::mount_app();
}

/// The app runs only in a browser; a native build of the workspace (its tests, the build tools)
/// compiles this to nothing.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("gazette: the app runs in the browser; build it with trunk (see README.md)");
}
