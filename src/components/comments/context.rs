use leptos::prelude::*;

use crate::api::CommentBackend;
use crate::model::comments::isso::IssoComment;

/// What every piece of one article's discussion shares.
#[derive(Clone, Debug)]
pub struct CommentsContext {
    pub backend: CommentBackend,
    /// The thread's key on the server: the article's path.
    pub uri: String,
    /// The article's headline, sent with the first comment so Isso can open the thread.
    pub title: String,
    /// Which store a comment id belongs to, for "is this mine?".
    pub scope: String,
    /// Bumped to reload the thread after a change.
    pub version: RwSignal<u32>,
    /// This reader's comments awaiting moderation, which Isso does not list.
    pub pending: RwSignal<Vec<IssoComment>>,
}

impl CommentsContext {
    pub fn reload(&self) {
        self.version.update(|v| *v = v.wrapping_add(1));
    }
}
