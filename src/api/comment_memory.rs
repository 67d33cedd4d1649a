//! What the reader's browser remembers about commenting: drafts (so a typed comment is never
//! lost), their name/email/website, the comments they wrote (editable while Isso's 15-minute
//! cookie lasts), and their comments awaiting moderation (Isso does not list those).

use super::storage::{load, now_seconds, remove, save};
use crate::model::comments::isso::IssoComment;
use crate::model::comments::validation::CommentDraft;

/// Isso's default edit window (`[general] max-age`), in seconds.
pub const EDIT_WINDOW_SECONDS: f64 = 900.0;

fn draft_key(uri: &str, parent: Option<u64>) -> String {
    match parent {
        Some(parent) => format!("gazette:draft:{uri}:reply-{parent}"),
        None => format!("gazette:draft:{uri}"),
    }
}

/// The saved draft, else an empty one carrying the reader's remembered name, email, website.
pub fn load_draft(uri: &str, parent: Option<u64>) -> CommentDraft {
    load(&draft_key(uri, parent)).unwrap_or_else(|| {
        let identity: CommentDraft = load("gazette:commenter").unwrap_or_default();
        CommentDraft { text: String::new(), ..identity }
    })
}

/// Saves as the reader types; `false` if this device keeps nothing (the form still holds it).
pub fn save_draft(uri: &str, parent: Option<u64>, draft: &CommentDraft) -> bool {
    save(&draft_key(uri, parent), draft)
}

/// Only once the server has accepted the comment.
pub fn clear_draft(uri: &str, parent: Option<u64>, sent: &CommentDraft) {
    remove(&draft_key(uri, parent));
    let identity = CommentDraft { text: String::new(), ..sent.clone() };
    save("gazette:commenter", &identity);
}

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
struct OwnComment {
    key: String,
    id: u64,
    posted: f64,
}

/// Isso reuses the id of a deleted comment, so a comment is known by its id and its creation
/// time together: a stranger's comment that took over an old id is not "mine". The time is
/// written as its bit pattern: exact, and it keeps float printing out of the wasm.
fn own_key(scope: &str, comment: &IssoComment) -> String {
    format!("{scope}#{}@{:x}", comment.id, comment.created.to_bits())
}

pub fn remember_own(scope: &str, comment: &IssoComment) {
    let now = now_seconds();
    let key = own_key(scope, comment);
    let mut own: Vec<OwnComment> = load("gazette:own-comments").unwrap_or_default();
    own.retain(|c| now - c.posted < EDIT_WINDOW_SECONDS && c.key != key);
    own.push(OwnComment { key, id: comment.id, posted: now });
    save("gazette:own-comments", &own);
}

pub fn forget_own(scope: &str, comment: &IssoComment) {
    let key = own_key(scope, comment);
    let mut own: Vec<OwnComment> = load("gazette:own-comments").unwrap_or_default();
    own.retain(|c| c.key != key);
    save("gazette:own-comments", &own);
}

/// Whether this reader wrote the comment and may still edit or delete it.
pub fn can_edit(scope: &str, comment: &IssoComment) -> bool {
    let own: Vec<OwnComment> = load("gazette:own-comments").unwrap_or_default();
    let (now, key) = (now_seconds(), own_key(scope, comment));
    own.iter().any(|c| c.key == key && now - c.posted < EDIT_WINDOW_SECONDS)
}

fn pending_key(uri: &str) -> String {
    format!("gazette:pending:{uri}")
}

pub fn pending(uri: &str) -> Vec<IssoComment> {
    load(&pending_key(uri)).unwrap_or_default()
}

pub fn add_pending(uri: &str, comment: &IssoComment) {
    let mut all = pending(uri);
    all.retain(|c| c.id != comment.id);
    all.push(comment.clone());
    save(&pending_key(uri), &all);
}

/// Drops pending comments the server now lists (approved), keeping the rest.
pub fn settle_pending(uri: &str, listed: &[u64]) -> Vec<IssoComment> {
    let mut all = pending(uri);
    let before = all.len();
    all.retain(|c| !listed.contains(&c.id));
    if all.len() != before {
        save(&pending_key(uri), &all);
    }
    all
}
