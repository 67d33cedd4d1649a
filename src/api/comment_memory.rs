//! What the reader's browser remembers about commenting: drafts (so a typed comment is never
//! lost), their name/email/website, the comments they wrote (editable while Isso's 15-minute
//! cookie lasts), and their comments awaiting moderation (Isso does not list those).

use super::storage::{load, now_seconds, remove, save};
use crate::model::comments::isso::IssoComment;
use crate::model::comments::validation::CommentDraft;
use crate::model::storage_keys;

/// Isso's default edit window (`[general] max-age`), in seconds.
pub const EDIT_WINDOW_SECONDS: f64 = 900.0;

/// The saved draft, else an empty one carrying the reader's remembered name, email, website.
pub fn load_draft(uri: &str, parent: Option<u64>) -> CommentDraft {
    load(&storage_keys::draft(uri, parent)).unwrap_or_else(|| {
        let identity: CommentDraft = load(storage_keys::COMMENTER).unwrap_or_default();
        CommentDraft { text: String::new(), ..identity }
    })
}

/// Saves as the reader types; `false` if this device keeps nothing (the form still holds it).
pub fn save_draft(uri: &str, parent: Option<u64>, draft: &CommentDraft) -> bool {
    save(&storage_keys::draft(uri, parent), draft)
}

/// Only once the server has accepted the comment.
pub fn clear_draft(uri: &str, parent: Option<u64>, sent: &CommentDraft) {
    remove(&storage_keys::draft(uri, parent));
    let identity = CommentDraft { text: String::new(), ..sent.clone() };
    save(storage_keys::COMMENTER, &identity);
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
    let mut own: Vec<OwnComment> = load(storage_keys::OWN_COMMENTS).unwrap_or_default();
    own.retain(|c| now - c.posted < EDIT_WINDOW_SECONDS && c.key != key);
    own.push(OwnComment { key, id: comment.id, posted: now });
    save(storage_keys::OWN_COMMENTS, &own);
}

pub fn forget_own(scope: &str, comment: &IssoComment) {
    let key = own_key(scope, comment);
    let mut own: Vec<OwnComment> = load(storage_keys::OWN_COMMENTS).unwrap_or_default();
    own.retain(|c| c.key != key);
    save(storage_keys::OWN_COMMENTS, &own);
}

/// Whether this reader wrote the comment and may still edit or delete it.
pub fn can_edit(scope: &str, comment: &IssoComment) -> bool {
    let own: Vec<OwnComment> = load(storage_keys::OWN_COMMENTS).unwrap_or_default();
    let (now, key) = (now_seconds(), own_key(scope, comment));
    own.iter().any(|c| c.key == key && now - c.posted < EDIT_WINDOW_SECONDS)
}

pub fn pending(uri: &str) -> Vec<IssoComment> {
    load(&storage_keys::pending(uri)).unwrap_or_default()
}

pub fn add_pending(uri: &str, comment: &IssoComment) {
    let mut all = pending(uri);
    all.retain(|c| c.id != comment.id);
    all.push(comment.clone());
    save(&storage_keys::pending(uri), &all);
}

/// Drops pending comments the server now lists (approved), keeping the rest.
pub fn settle_pending(uri: &str, listed: &[u64]) -> Vec<IssoComment> {
    let mut all = pending(uri);
    let before = all.len();
    all.retain(|c| !listed.contains(&c.id));
    if all.len() != before {
        save(&storage_keys::pending(uri), &all);
    }
    all
}
