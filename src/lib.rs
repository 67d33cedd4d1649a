//! Gazette: a news website front-end that runs in the browser as WebAssembly.
//!
//! `model` is pure (tested with plain `cargo test`), `api` talks to the network, `components`
//! and `pages` are the views, `app` ties them to routes.

// The release build aborts on panic, which blanks the whole page: no panic may be reachable
// from data. Tests may use these freely.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)
)]
// Leptos's server renderer (`ssr`, used natively by the build tools) nests the types of every
// view into its async resolve; the deepest page is over the default limit of 128.
#![recursion_limit = "256"]

pub mod api;
pub mod app;
pub mod components;
pub mod handoff;
pub mod model;
pub mod pages;
