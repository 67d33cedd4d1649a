//! A WordPress site as the comment server (`site.json` `comments.wordpress`): the approved
//! comments of the post an article was imported from, and new comments posted to it.
//!
//! Every request goes to `?rest_route=/wp/v2/…`, which every WordPress answers, with or without
//! pretty permalinks (`/wp-json/` needs them): no discovery round trip before the comments.

use gloo_net::http::{Request, RequestBuilder};
use serde::Serialize;

use super::comment_error::CommentError;
use super::http::{send, DEFAULT_TIMEOUT_MS};
use super::isso::Posted;
use super::ApiError;
use crate::model::comments::isso::{IssoThread, NewComment};
use crate::model::comments::thread::Sort;
use crate::model::comments::wordpress::{
    self, refusal_message, Refusal, WpComment, WpError, MAX_PAGES, PER_PAGE,
};
use crate::model::decode::decode_json;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WordPressComments {
    site: String,
    /// The post's id on that site (`wordpressId` in the article's JSON); none for an article
    /// written in Gazette, which WordPress has no thread for.
    post: Option<u64>,
}

/// The body of `POST /wp/v2/comments` from a reader who is not signed in.
#[derive(Serialize)]
struct NewWpComment<'a> {
    post: u64,
    parent: u64,
    author_name: &'a str,
    author_email: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    author_url: &'a str,
    content: &'a str,
}

impl WordPressComments {
    pub fn new(site: &str, post: Option<u64>) -> Self {
        WordPressComments { site: site.trim().trim_end_matches('/').to_owned(), post }
    }

    /// Whether WordPress has a post, and so a discussion, for this article.
    pub fn has_post(&self) -> bool {
        self.post.is_some()
    }

    fn url(&self, route_and_query: &str) -> String {
        format!("{}/?rest_route=/wp/v2/{route_and_query}", self.site)
    }

    fn post_id(&self) -> Result<u64, CommentError> {
        self.post.ok_or(CommentError::Closed)
    }

    /// Every approved comment of the post, page by page, threaded as WordPress threads them.
    pub async fn thread(&self, sort: Sort, limit: u32) -> Result<IssoThread, ApiError> {
        let Some(post) = self.post else {
            return Ok(wordpress::thread(&[], sort, limit));
        };
        let mut comments = Vec::new();
        for page in 1..=MAX_PAGES {
            let url = self.url(&format!(
                "comments&post={post}&per_page={PER_PAGE}&page={page}&orderby=date_gmt&order=asc"
            ));
            let response = send(RequestBuilder::build, Request::get(&url), DEFAULT_TIMEOUT_MS).await?;
            if let Some(error) = ApiError::from_status(response.status) {
                return Err(error);
            }
            let batch = decode_json::<Vec<WpComment>>(&response.text)?;
            let full = usize::try_from(PER_PAGE).is_ok_and(|per_page| batch.len() == per_page);
            comments.extend(batch);
            if !full {
                break;
            }
        }
        Ok(wordpress::thread(&comments, sort, limit))
    }

    pub async fn post(&self, body: &NewComment) -> Result<Posted, CommentError> {
        let new = NewWpComment {
            post: self.post_id()?,
            parent: body.parent.unwrap_or(0),
            author_name: &body.author,
            author_email: &body.email,
            author_url: body.website.as_deref().unwrap_or(""),
            content: &body.text,
        };
        let builder = Request::post(&self.url("comments"));
        let response = send(|b| b.json(&new), builder, DEFAULT_TIMEOUT_MS).await?;
        if !(200..300).contains(&response.status) {
            return Err(refusal(response.status, &response.text));
        }
        let comment = decode_json::<WpComment>(&response.text).map_err(|_| CommentError::Unreadable)?;
        let comment = comment.to_comment();
        Ok(Posted { pending: comment.is_pending(), comment })
    }
}

/// A refusal in plain words: WordPress's own codes where they say more than its message.
fn refusal(status: u16, body: &str) -> CommentError {
    let Ok(error) = decode_json::<WpError>(body) else {
        return CommentError::from_response(status, "").unwrap_or(CommentError::Server(status));
    };
    match Refusal::from_code(&error.code) {
        Refusal::LoginRequired => CommentError::LoginRequired,
        Refusal::Closed => CommentError::Closed,
        Refusal::Duplicate => CommentError::Duplicate,
        Refusal::TooQuick => CommentError::RateLimited,
        Refusal::Other if status >= 500 => CommentError::Server(status),
        Refusal::Other => CommentError::Rejected(refusal_message(&error)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WordPress's recorded answer (scripts/wordpress/record-comments.sh) and its status.
    fn recorded(name: &str) -> (u16, String) {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/wordpress-comments/");
        let read = |ext: &str| std::fs::read_to_string(format!("{dir}{name}.{ext}")).unwrap();
        (read("status").trim().parse().unwrap(), read("json"))
    }

    #[test]
    fn refusals_of_a_real_wordpress_read_as_plain_words() {
        let cases = [
            ("login-required", CommentError::LoginRequired),
            ("closed", CommentError::Closed),
            ("duplicate", CommentError::Duplicate),
            ("flood", CommentError::RateLimited),
            (
                "no-email",
                CommentError::Rejected(
                    "Creating a comment requires valid author name and email values".into(),
                ),
            ),
        ];
        for (name, expected) in cases {
            let (status, body) = recorded(name);
            assert_eq!(refusal(status, &body), expected, "{name}");
        }
        assert_eq!(refusal(502, "<html>Bad gateway</html>"), CommentError::Server(502));
        assert_eq!(refusal(500, r#"{"code":"db_error","message":"x"}"#), CommentError::Server(500));
    }

    #[test]
    fn posted_comments_say_whether_they_wait_for_a_moderator() {
        for (name, pending) in [("posted", false), ("held", true)] {
            let (status, body) = recorded(name);
            assert_eq!(status, 201);
            let comment = decode_json::<WpComment>(&body).unwrap().to_comment();
            assert_eq!(comment.is_pending(), pending, "{name}");
        }
    }
}
