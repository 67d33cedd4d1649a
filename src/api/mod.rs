//! Talking to the network: fetching the site's JSON with a timeout, aborting requests whose
//! view has gone, and turning every failure into a typed [`ApiError`].

mod content;
mod error;
mod http;

pub use content::{fetch_archive, fetch_article, fetch_home, fetch_site_config, ContentSource};
pub use error::ApiError;
pub use http::DEFAULT_TIMEOUT_MS;
