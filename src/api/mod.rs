//! Talking to the network: fetching the site's JSON with a timeout, aborting requests whose
//! view has gone, and turning every failure into a typed [`ApiError`].

mod comment_backend;
mod comment_error;
pub mod comment_memory;
mod content;
mod error;
mod http;
mod isso;
mod local_comments;
pub mod offline;
mod search;
pub(crate) mod storage;
mod widgets;
mod wordpress_comments;

pub use comment_backend::CommentBackend;
pub use comment_error::CommentError;
pub use content::{fetch_archive, fetch_article, fetch_home, fetch_site_config, ContentSource};
pub use error::ApiError;
pub use http::DEFAULT_TIMEOUT_MS;
pub use isso::{IssoClient, Posted};
pub use search::{search, warm_index, warm_shards};
pub use widgets::{
    fetch_article_links, fetch_house_ads, fetch_most_popular, fetch_popular_news, fetch_read_now,
    fetch_section_counts, fetch_trending, subscribe, widget_url, SubscribeError, SUBSCRIBE_TIMEOUT_MS,
    WIDGET_TIMEOUT_MS,
};
