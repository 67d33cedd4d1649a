//! Comments kept on the reader's device, for a site with no comment server configured: the
//! demo site stays complete, and the page says clearly that nobody else sees them.

use super::comment_error::CommentError;
use super::isso::Posted;
use super::storage::{load, now_seconds, save};
use crate::model::comments::entities::escape_html;
use crate::model::comments::isso::{IssoComment, IssoThread, NewComment, Votes};
use crate::model::comments::sanitize::{plain_text, sanitize_html};
use crate::model::comments::thread::{build_thread, plain_text_to_html, with_replies, Sort};
use crate::model::storage_keys;

fn like_key(uri: &str, id: u64) -> String {
    format!("{uri}#{id}")
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocalComments;

impl LocalComments {
    fn all(uri: &str) -> Vec<IssoComment> {
        load(&storage_keys::local_comments(uri)).unwrap_or_default()
    }

    fn store(uri: &str, comments: &[IssoComment]) -> Result<(), CommentError> {
        if save(&storage_keys::local_comments(uri), &comments) {
            Ok(())
        } else {
            Err(CommentError::Rejected("this browser does not allow saving comments on this device".into()))
        }
    }

    pub fn thread(&self, uri: &str, sort: Sort, limit: u32) -> IssoThread {
        build_thread(&Self::all(uri), sort, limit)
    }

    pub fn count(&self, uri: &str) -> u64 {
        Self::all(uri).len() as u64
    }

    pub fn post(&self, uri: &str, body: &NewComment) -> Result<Posted, CommentError> {
        let mut all = Self::all(uri);
        let id = all.iter().map(|c| c.id).max().unwrap_or(0) + 1;
        let comment = IssoComment {
            id,
            parent: body.parent,
            created: now_seconds(),
            modified: None,
            mode: 1,
            text: plain_text_to_html(&body.text),
            // Stored escaped, as Isso does, so both sources are decoded the same way.
            author: Some(escape_html(&body.author)),
            website: body.website.as_deref().map(escape_html),
            likes: 0,
            dislikes: 0,
            total_replies: 0,
            hidden_replies: 0,
            replies: Vec::new(),
        };
        all.push(comment.clone());
        Self::store(uri, &all)?;
        // A like left by a comment deleted before deletes took their likes along.
        Self::forget_likes(vec![like_key(uri, id)]);
        Ok(Posted { comment, pending: false })
    }

    /// One like per comment on this device.
    pub fn like(&self, uri: &str, id: u64) -> Result<Votes, CommentError> {
        let mut liked: Vec<String> = load(storage_keys::LOCAL_LIKED).unwrap_or_default();
        let key = like_key(uri, id);
        let mut all = Self::all(uri);
        let Some(comment) = all.iter_mut().find(|c| c.id == id) else {
            return Err(CommentError::Rejected("that comment is gone".into()));
        };
        if !liked.contains(&key) {
            comment.likes += 1;
            liked.push(key);
            save(storage_keys::LOCAL_LIKED, &liked);
        }
        let votes = Votes { likes: comment.likes, dislikes: comment.dislikes };
        Self::store(uri, &all)?;
        Ok(votes)
    }

    pub fn source_text(&self, uri: &str, id: u64) -> Result<String, CommentError> {
        let all = Self::all(uri);
        let comment = all
            .iter()
            .find(|c| c.id == id)
            .ok_or_else(|| CommentError::Rejected("that comment is gone".into()))?;
        Ok(plain_text(&sanitize_html(&comment.text.replace("<br>", "\n").replace("</p><p>", "\n\n"))))
    }

    pub fn edit(&self, uri: &str, id: u64, body: &NewComment) -> Result<IssoComment, CommentError> {
        let mut all = Self::all(uri);
        let Some(comment) = all.iter_mut().find(|c| c.id == id) else {
            return Err(CommentError::Rejected("that comment is gone".into()));
        };
        comment.text = plain_text_to_html(&body.text);
        comment.author = Some(escape_html(&body.author));
        comment.website = body.website.as_deref().map(escape_html);
        comment.modified = Some(now_seconds());
        let edited = comment.clone();
        Self::store(uri, &all)?;
        Ok(edited)
    }

    /// Removes the comment and every reply under it, and their likes: ids are "highest + 1",
    /// so a later comment may take a deleted one's id, and must not inherit its like.
    pub fn delete(&self, uri: &str, id: u64) -> Result<(), CommentError> {
        let mut all = Self::all(uri);
        let gone = with_replies(&all, id);
        all.retain(|c| !gone.contains(&c.id));
        Self::store(uri, &all)?;
        Self::forget_likes(gone.iter().map(|id| like_key(uri, *id)).collect());
        Ok(())
    }

    fn forget_likes(keys: Vec<String>) {
        let mut liked: Vec<String> = load(storage_keys::LOCAL_LIKED).unwrap_or_default();
        let before = liked.len();
        liked.retain(|key| !keys.contains(key));
        if liked.len() != before {
            save(storage_keys::LOCAL_LIKED, &liked);
        }
    }
}
