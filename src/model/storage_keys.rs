//! Every key Gazette keeps in the reader's `localStorage`, named once. All start with
//! `gazette:`, so they never meet another app's on the same origin. `index.html`'s inline
//! script reads the theme's by its text before the app loads (it cannot import this).

/// The reader's light/dark choice (`model::theme`), a plain string.
pub const THEME: &str = "gazette:theme";
/// The commenter's remembered name, e-mail and website.
pub const COMMENTER: &str = "gazette:commenter";
/// The comments this reader wrote, while they may still edit them.
pub const OWN_COMMENTS: &str = "gazette:own-comments";
/// Comments kept on the device (no comment server) that this reader liked.
pub const LOCAL_LIKED: &str = "gazette:local-liked";

/// The reader's saved stories (`model::saved`), newest first.
pub const SAVED: &str = "gazette:saved";

/// A comment being written on the thread `uri`, or a reply to `parent` in it.
pub fn draft(uri: &str, parent: Option<u64>) -> String {
    match parent {
        Some(parent) => format!("gazette:draft:{uri}:reply-{parent}"),
        None => format!("gazette:draft:{uri}"),
    }
}

/// The reader's comments on `uri` that await moderation.
pub fn pending(uri: &str) -> String {
    format!("gazette:pending:{uri}")
}

/// The thread `uri` when comments are kept on the device.
pub fn local_comments(uri: &str) -> String {
    format!("gazette:local-comments:{uri}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_ours_and_never_collide() {
        let uri = "/article/a-b";
        let mut keys = vec![
            THEME.to_owned(),
            COMMENTER.to_owned(),
            OWN_COMMENTS.to_owned(),
            LOCAL_LIKED.to_owned(),
            SAVED.to_owned(),
            draft(uri, None),
            draft(uri, Some(3)),
            pending(uri),
            local_comments(uri),
        ];
        assert!(keys.iter().all(|key| key.starts_with("gazette:")));
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), 9);
    }
}
