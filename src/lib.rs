//! Gazette: a news website front-end that runs in the browser as WebAssembly.
//!
//! `model` is pure (tested with plain `cargo test`), `api` talks to the network, `components`
//! and `pages` are the views, `app` ties them to routes.

pub mod api;
pub mod app;
pub mod components;
pub mod model;
pub mod pages;
