//! The discussion under an article: thread, form, replies, likes, moderation notices.

mod context;
mod counts;
mod edit;
mod fields;
mod form;
mod item;
mod rich_text;
mod section;

pub use context::CommentsContext;
pub use counts::{provide_comment_counts, CommentCountLink, CommentCounts};
pub use rich_text::RichText;
pub use section::CommentsSection;
