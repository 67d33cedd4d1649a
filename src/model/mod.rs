//! Pure types and logic: the content format, URLs, pagination, text measures.
//! Nothing here touches the browser, so all of it is tested with plain `cargo test`.

pub mod article;
pub mod comments;
pub mod date;
pub mod decode;
pub mod href;
pub mod image;
pub mod listing;
pub mod pagination;
pub mod percent;
pub mod preload;
pub mod prerender;
pub mod public_url;
pub mod redirects;
pub mod routes;
pub mod saved;
pub mod search;
pub mod seo;
pub mod share;
pub mod site;
pub mod slug;
pub mod storage_keys;
pub mod syndication;
pub mod text;
pub mod theme;
pub mod widgets;

/// Version of the derived JSON format (`docs/content-format.md`). Every derived file carries it
/// as `"format"`, and the app refuses files of another major version instead of misreading them.
pub const FORMAT_VERSION: u32 = 1;
