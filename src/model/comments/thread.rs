//! Thread state that does not depend on where comments are stored: sort orders, paging, and
//! building a thread from a flat list (the device-only store keeps comments flat).

use super::entities::escape_html;
use super::isso::{IssoComment, IssoThread};

/// Top-level comments shown at first, and added by each "Load more".
pub const PAGE_SIZE: u32 = 20;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Sort {
    #[default]
    Newest,
    Oldest,
    MostLiked,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Newest, Sort::Oldest, Sort::MostLiked];

    /// Isso's `sort` parameter.
    pub fn isso_value(self) -> &'static str {
        match self {
            Sort::Newest => "newest",
            Sort::Oldest => "oldest",
            Sort::MostLiked => "upvotes",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Sort::Newest => "Newest",
            Sort::Oldest => "Oldest",
            Sort::MostLiked => "Most liked",
        }
    }

    pub fn from_value(value: &str) -> Sort {
        Sort::ALL.into_iter().find(|sort| sort.isso_value() == value).unwrap_or_default()
    }
}

/// Sorts in place the way Isso does: replies always oldest first, under their comment.
pub fn sort_comments(comments: &mut [IssoComment], sort: Sort) {
    match sort {
        Sort::Newest => comments.sort_by(|a, b| b.created.total_cmp(&a.created)),
        Sort::Oldest => comments.sort_by(|a, b| a.created.total_cmp(&b.created)),
        Sort::MostLiked => comments.sort_by(|a, b| {
            (b.likes - b.dislikes).cmp(&(a.likes - a.dislikes)).then(b.created.total_cmp(&a.created))
        }),
    }
}

/// A thread from a flat list: replies under their top-level comment (a reply to a reply goes
/// under the top-level one, as in Isso), `limit` top-level comments, the rest counted hidden.
pub fn build_thread(flat: &[IssoComment], sort: Sort, limit: u32) -> IssoThread {
    let top_id = |comment: &IssoComment| -> u64 {
        let mut current = comment.clone();
        // Bounded walk: a corrupt store with a parent cycle must not hang the page.
        for _ in 0..flat.len() {
            match current.parent.and_then(|parent| flat.iter().find(|c| c.id == parent)) {
                Some(parent) => current = parent.clone(),
                None => break,
            }
        }
        current.id
    };
    let mut top: Vec<IssoComment> = flat.iter().filter(|c| c.parent.is_none()).cloned().collect();
    for comment in &mut top {
        let mut replies: Vec<IssoComment> =
            flat.iter().filter(|c| c.parent.is_some() && top_id(c) == comment.id).cloned().collect();
        sort_comments(&mut replies, Sort::Oldest);
        comment.total_replies = u32::try_from(replies.len()).unwrap_or(u32::MAX);
        comment.hidden_replies = 0;
        comment.replies = replies;
    }
    sort_comments(&mut top, sort);
    let total = u32::try_from(top.len()).unwrap_or(u32::MAX);
    let shown = usize::try_from(limit).unwrap_or(usize::MAX).min(top.len());
    top.truncate(shown);
    IssoThread { total_replies: total, hidden_replies: total.saturating_sub(limit), replies: top }
}

/// The comment `id` and every reply under it, however deep (a reply to a reply keeps its own
/// parent in a flat list): what deleting `id` removes.
pub fn with_replies(flat: &[IssoComment], id: u64) -> Vec<u64> {
    let mut ids = vec![id];
    // Each pass takes in the replies of what is already in, so the loop ends when a pass adds
    // nothing, even in a corrupt store with a parent cycle.
    loop {
        let before = ids.len();
        for comment in flat {
            if comment.parent.is_some_and(|parent| ids.contains(&parent)) && !ids.contains(&comment.id) {
                ids.push(comment.id);
            }
        }
        if ids.len() == before {
            return ids;
        }
    }
}

/// The ids of these comments and of every reply under them, however deep.
pub fn listed_ids(comments: &[IssoComment]) -> Vec<u64> {
    comments.iter().flat_map(|c| std::iter::once(c.id).chain(listed_ids(&c.replies))).collect()
}

/// How many comments a thread holds in all (top-level and replies).
pub fn count_all(thread: &IssoThread) -> u32 {
    thread.replies.iter().map(|c| 1 + c.total_replies).sum::<u32>() + thread.hidden_replies
}

/// Plain text as the minimal HTML the sanitiser reads: escaped, paragraphs on blank lines,
/// line breaks kept. Used for comments kept on the device, which Isso never rendered.
pub fn plain_text_to_html(text: &str) -> String {
    text.trim()
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| format!("<p>{}</p>", escape_html(p.trim()).replace('\n', "<br>")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comment(id: u64, parent: Option<u64>, created: f64, likes: i64) -> IssoComment {
        IssoComment {
            id,
            parent,
            created,
            modified: None,
            mode: 1,
            text: String::new(),
            author: None,
            website: None,
            likes,
            dislikes: 0,
            total_replies: 0,
            hidden_replies: 0,
            replies: Vec::new(),
        }
    }

    #[test]
    fn builds_one_level_of_replies_and_pages() {
        let flat = vec![
            comment(1, None, 10.0, 0),
            comment(2, None, 20.0, 5),
            comment(3, Some(1), 30.0, 0),
            comment(4, Some(3), 25.0, 0),
            comment(5, None, 40.0, 1),
        ];
        let newest = build_thread(&flat, Sort::Newest, 2);
        assert_eq!(newest.replies.iter().map(|c| c.id).collect::<Vec<_>>(), [5, 2]);
        assert_eq!((newest.total_replies, newest.hidden_replies), (3, 1));
        let oldest = build_thread(&flat, Sort::Oldest, 20);
        assert_eq!(oldest.replies[0].id, 1);
        // The reply to a reply sits under the top-level comment, oldest first.
        assert_eq!(oldest.replies[0].replies.iter().map(|c| c.id).collect::<Vec<_>>(), [4, 3]);
        assert_eq!(count_all(&oldest), 5);
        let liked = build_thread(&flat, Sort::MostLiked, 20);
        assert_eq!(liked.replies.iter().map(|c| c.id).collect::<Vec<_>>(), [2, 5, 1]);
    }

    #[test]
    fn a_parent_cycle_does_not_hang() {
        let flat = vec![comment(1, Some(2), 1.0, 0), comment(2, Some(1), 2.0, 0)];
        assert_eq!(build_thread(&flat, Sort::Newest, 20).replies.len(), 0);
    }

    #[test]
    fn deleting_takes_replies_to_replies_with_it() {
        // A <- B <- C, and D apart; a cycle elsewhere does not hang.
        let flat = vec![
            comment(1, None, 1.0, 0),
            comment(2, Some(1), 2.0, 0),
            comment(3, Some(2), 3.0, 0),
            comment(4, None, 4.0, 0),
            comment(5, Some(6), 5.0, 0),
            comment(6, Some(5), 6.0, 0),
        ];
        assert_eq!(with_replies(&flat, 1), [1, 2, 3]);
        assert_eq!(with_replies(&flat, 2), [2, 3]);
        assert_eq!(with_replies(&flat, 4), [4]);
        assert_eq!(with_replies(&flat, 5), [5, 6]);
    }

    #[test]
    fn sort_values_round_trip() {
        for sort in Sort::ALL {
            assert_eq!(Sort::from_value(sort.isso_value()), sort);
        }
        assert_eq!(Sort::from_value("nonsense"), Sort::Newest);
    }

    #[test]
    fn plain_text_becomes_escaped_paragraphs() {
        assert_eq!(
            plain_text_to_html("Hi <b>you</b> & me\nnext\n\nTwo"),
            "<p>Hi &lt;b&gt;you&lt;/b&gt; &amp; me<br>next</p><p>Two</p>"
        );
    }
}
