//! WordPress's comments (`/wp/v2/comments`, as a real WordPress 6.1 answers: recordings in
//! `tests/fixtures/wordpress-comments/`), read into the thread model the comment views draw.

use serde::Deserialize;

use super::entities::escape_html;
use super::isso::{IssoComment, IssoThread, MODE_PENDING, MODE_PUBLISHED};
use super::thread::{sort_comments, with_replies, Sort};
use crate::model::date::parse_rfc3339;

/// As many as WordPress gives in one page: most discussions take one request.
pub const PER_PAGE: u32 = 100;
/// Pages read at most (10 000 comments): a huge discussion shows its newest part, not a hang.
pub const MAX_PAGES: u32 = 100;

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct WpComment {
    pub id: u64,
    /// 0 for a top-level comment.
    #[serde(default)]
    pub parent: u64,
    /// Plain text as the commenter typed it (not HTML-escaped).
    #[serde(default)]
    pub author_name: String,
    #[serde(default)]
    pub author_url: String,
    /// UTC without a zone: `2026-11-20T09:10:00`.
    #[serde(default)]
    pub date_gmt: String,
    #[serde(default)]
    pub content: Rendered,
    /// `approved`, or `hold` for a comment WordPress keeps for moderation.
    #[serde(default)]
    pub status: String,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Rendered {
    #[serde(default)]
    pub rendered: String,
}

/// A refusal: `{"code":"comment_duplicate","message":"…","data":{"status":409}}`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct WpError {
    pub code: String,
    #[serde(default)]
    pub message: String,
}

/// What WordPress's refusal codes mean for the reader (anything else: its own message).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// `rest_comment_login_required`: the site takes comments from signed-in readers only.
    LoginRequired,
    /// `rest_comment_closed`: comments are closed on this post.
    Closed,
    /// `comment_duplicate`: the same words were already posted.
    Duplicate,
    /// `comment_flood`: too soon after the last comment from this address.
    TooQuick,
    /// Anything else WordPress refused, in its own words.
    Other,
}

impl Refusal {
    pub fn from_code(code: &str) -> Refusal {
        match code {
            "rest_comment_login_required" => Refusal::LoginRequired,
            "rest_comment_closed" => Refusal::Closed,
            "comment_duplicate" => Refusal::Duplicate,
            "comment_flood" => Refusal::TooQuick,
            _ => Refusal::Other,
        }
    }
}

impl WpComment {
    /// The comment as the views draw it. Names are stored escaped, as Isso sends them, so both
    /// servers' comments are decoded the same way; the text stays HTML for the sanitiser.
    pub fn to_comment(&self) -> IssoComment {
        let website = self.author_url.trim();
        IssoComment {
            id: self.id,
            parent: (self.parent != 0).then_some(self.parent),
            created: created_seconds(&self.date_gmt),
            modified: None,
            mode: if self.status == "hold" { MODE_PENDING } else { MODE_PUBLISHED },
            text: self.content.rendered.clone(),
            author: Some(escape_html(&self.author_name)),
            website: (!website.is_empty()).then(|| escape_html(website)),
            likes: 0,
            dislikes: 0,
            total_replies: 0,
            hidden_replies: 0,
            replies: Vec::new(),
        }
    }
}

/// How deep replies nest: WordPress's default "threaded comments 5 levels deep" (the site's own
/// setting is not readable without signing in). A reply deeper than that joins the thread of
/// its ancestor at the last level, oldest first, as WordPress's own themes show it.
pub const THREAD_DEPTH: usize = 5;

/// The discussion as WordPress threads it: replies under the comment they answer, `limit`
/// top-level comments in `sort` order, replies oldest first. A reply whose comment WordPress
/// does not list (held or deleted since) shows at the top level rather than not at all.
pub fn thread(comments: &[WpComment], sort: Sort, limit: u32) -> IssoThread {
    let flat: Vec<IssoComment> = comments.iter().map(WpComment::to_comment).collect();
    let listed = |id: u64| flat.iter().any(|c| c.id == id);
    let mut top: Vec<IssoComment> = flat.iter().filter(|c| !c.parent.is_some_and(listed)).cloned().collect();
    for comment in &mut top {
        comment.replies = replies(&flat, comment.id, 1);
        comment.total_replies = descendants(&comment.replies);
    }
    sort_comments(&mut top, sort);
    let total = u32::try_from(top.len()).unwrap_or(u32::MAX);
    top.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
    IssoThread { total_replies: total, hidden_replies: total.saturating_sub(limit), replies: top }
}

/// The replies under `parent`, which is at `depth` (top level: 1).
fn replies(flat: &[IssoComment], parent: u64, depth: usize) -> Vec<IssoComment> {
    let mut under: Vec<IssoComment> = if depth + 1 >= THREAD_DEPTH {
        // The last level: every reply below, however deep, in one list (bounded even for a
        // parent cycle, see `with_replies`).
        let ids = with_replies(flat, parent);
        flat.iter().filter(|c| c.id != parent && ids.contains(&c.id)).cloned().collect()
    } else {
        let mut direct: Vec<IssoComment> =
            flat.iter().filter(|c| c.parent == Some(parent)).cloned().collect();
        for reply in &mut direct {
            reply.replies = replies(flat, reply.id, depth + 1);
            reply.total_replies = descendants(&reply.replies);
        }
        direct
    };
    sort_comments(&mut under, Sort::Oldest);
    under
}

fn descendants(replies: &[IssoComment]) -> u32 {
    replies.iter().map(|r| 1 + r.total_replies).sum()
}

/// Seconds since the epoch of WordPress's zone-less UTC date; NaN if unreadable, which
/// `iso_from_epoch` refuses, so such a comment shows no date rather than a wrong one.
fn created_seconds(date_gmt: &str) -> f64 {
    let with_zone = if date_gmt.ends_with('Z') { date_gmt.to_owned() } else { format!("{date_gmt}Z") };
    parse_rfc3339(&with_zone).map_or(f64::NAN, |instant| instant.seconds as f64)
}

/// The plain-text message of a refusal (WordPress puts HTML entities and tags in some).
pub fn refusal_message(error: &WpError) -> String {
    let text = super::sanitize::plain_text(&super::sanitize::sanitize_html(&error.message));
    text.trim().trim_end_matches('.').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::comments::thread::count_all;
    use crate::model::date::iso_from_epoch;

    fn recorded(name: &str) -> String {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/wordpress-comments/");
        std::fs::read_to_string(format!("{dir}{name}.json")).unwrap()
    }

    #[test]
    fn a_real_thread_nests_as_wordpress_threads_it() {
        let comments: Vec<WpComment> = serde_json::from_str(&recorded("thread")).unwrap();
        let thread = thread(&comments, Sort::Oldest, 20);
        assert_eq!(count_all(&thread), 4);
        let first = &thread.replies[0];
        assert_eq!(first.author_name(), "Ines Varga");
        assert_eq!(iso_from_epoch(first.created).as_deref(), Some("2026-11-20T09:10:00Z"));
        assert_eq!(first.total_replies, 2);
        let reply = &first.replies[0];
        assert_eq!(reply.author_name(), "Tomas Berg");
        assert_eq!(reply.replies[0].author_name(), "Ines Varga", "a reply to a reply nests under it");
        assert!(first.text.contains("<em>whole</em>"), "the text stays HTML for the sanitiser");
        assert_eq!(thread.replies[1].author_name(), "Lea Holm");
        let newest_first = super::thread(&comments, Sort::Newest, 1);
        assert_eq!(newest_first.replies[0].author_name(), "Lea Holm");
        assert_eq!(newest_first.hidden_replies, 1);
    }

    fn reply(id: u64, parent: u64) -> WpComment {
        WpComment {
            id,
            parent,
            author_name: format!("R{id}"),
            author_url: String::new(),
            date_gmt: format!("2026-11-20T09:{id:02}:00"),
            content: Rendered::default(),
            status: "approved".into(),
        }
    }

    #[test]
    fn deep_replies_join_the_last_level_and_orphans_are_kept() {
        // 1 <- 2 <- 3 <- 4 <- 5 <- 6 <- 7, and 9 answers 8, which WordPress no longer lists.
        let mut comments = vec![reply(1, 0)];
        comments.extend((2..=7).map(|id| reply(id, id - 1)));
        comments.push(reply(9, 8));
        let thread = thread(&comments, Sort::Oldest, 20);
        assert_eq!(thread.replies.iter().map(|c| c.id).collect::<Vec<_>>(), [1, 9]);
        let mut level = &thread.replies[0];
        for _ in 1..THREAD_DEPTH - 1 {
            assert_eq!(level.replies.len(), 1);
            level = &level.replies[0];
        }
        assert_eq!(level.id, 4);
        assert_eq!(level.replies.iter().map(|c| c.id).collect::<Vec<_>>(), [5, 6, 7]);
        assert!(level.replies.iter().all(|c| c.replies.is_empty()));
        assert_eq!(count_all(&thread), 8);
        // A parent cycle hangs nothing and loses nothing that has a listed root.
        let cycle = [reply(20, 21), reply(21, 20)];
        assert_eq!(super::thread(&cycle, Sort::Oldest, 20).replies.len(), 0);
    }

    #[test]
    fn names_keep_their_characters_and_bad_dates_show_none() {
        let comment = WpComment {
            id: 9,
            parent: 0,
            author_name: "Ann & <Co>".into(),
            author_url: " https://ann.example ".into(),
            date_gmt: "yesterday".into(),
            content: Rendered { rendered: "<p>Hi</p>".into() },
            status: "approved".into(),
        }
        .to_comment();
        assert_eq!(comment.author_name(), "Ann & <Co>");
        assert_eq!(comment.website_url().as_deref(), Some("https://ann.example"));
        assert_eq!(iso_from_epoch(comment.created), None);
        assert_eq!(comment.parent, None);
        assert!(!comment.is_pending());
    }

    #[test]
    fn refusal_messages_lose_their_entities() {
        let error: WpError = serde_json::from_str(&recorded("duplicate")).unwrap();
        assert_eq!(Refusal::from_code(&error.code), Refusal::Duplicate);
        assert_eq!(
            refusal_message(&error),
            "Duplicate comment detected; it looks as though you\u{2019}ve already said that!"
        );
    }
}
