//! Full-text search over a static index: the tokenizer shared by the content tool and the app,
//! the index format, and query evaluation. No web-sys: all of it runs in native tests.

pub mod correct;
pub mod evaluate;
pub mod filter;
pub mod highlight;
pub mod index;
pub mod passage;
pub mod positions;
pub mod query;
pub mod stem;
pub mod tokenize;

pub use index::{DocsChunk, Manifest, Posting, Shard};
pub use query::{SearchQuery, SearchResults};
