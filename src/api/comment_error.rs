use thiserror::Error;

use super::ApiError;
use crate::model::comments::isso::error_detail;

/// Why the comment server did not take a comment (or a like, an edit, a deletion). Every
/// message tells the reader what happened and that their words are safe.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum CommentError {
    #[error(
        "We couldn't reach the comment server. Your comment is saved on this device: try again in a moment."
    )]
    Network,
    #[error("The comment server took too long to answer. Your comment is saved: try again.")]
    Timeout,
    #[error("You're commenting too quickly. Please wait a minute, then try again. Your comment is saved.")]
    RateLimited,
    #[error("Your comment is too long for the comment server. Please shorten it.")]
    TooLarge,
    #[error("The comment server did not accept the comment: {0}.")]
    Rejected(String),
    #[error("The comment server refused this: {0}.")]
    Forbidden(String),
    #[error(
        "This site takes comments only from readers signed in to it. Your comment is saved on this device."
    )]
    LoginRequired,
    #[error("Comments are closed on this story.")]
    Closed,
    #[error("You have already posted this comment.")]
    Duplicate,
    #[error("The comment server had a problem (HTTP {0}). Your comment is saved: try again.")]
    Server(u16),
    #[error("The comment server sent an answer we couldn't read.")]
    Unreadable,
}

impl CommentError {
    /// The error for a non-success response; `None` for 2xx.
    pub fn from_response(status: u16, body: &str) -> Option<CommentError> {
        let detail = || {
            let detail = error_detail(body);
            if detail.is_empty() {
                format!("HTTP {status}")
            } else {
                detail
            }
        };
        match status {
            200..=299 => None,
            403 if body.contains("ratelimit") => Some(CommentError::RateLimited),
            403 => Some(CommentError::Forbidden(detail())),
            413 => Some(CommentError::TooLarge),
            429 => Some(CommentError::RateLimited),
            400..=499 => Some(CommentError::Rejected(detail())),
            _ => Some(CommentError::Server(status)),
        }
    }
}

impl From<ApiError> for CommentError {
    fn from(error: ApiError) -> Self {
        match error {
            ApiError::Network | ApiError::Offline => CommentError::Network,
            ApiError::Timeout => CommentError::Timeout,
            ApiError::NotFound => CommentError::Rejected("not found".into()),
            ApiError::Http { status } => CommentError::Server(status),
            ApiError::Decode(_) => CommentError::Unreadable,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn isso_answers_map_to_plain_words() {
        assert_eq!(CommentError::from_response(201, "{}"), None);
        assert_eq!(CommentError::from_response(202, "{}"), None);
        let too_short = "<!doctype html>\n<title>400 Bad Request</title>\n<h1>Bad Request</h1>\n<p>text is too short (minimum length: 3)</p>";
        assert_eq!(
            CommentError::from_response(400, too_short),
            Some(CommentError::Rejected("text is too short (minimum length: 3)".into()))
        );
        assert_eq!(
            CommentError::from_response(403, "<p>ratelimit exceeded</p>"),
            Some(CommentError::RateLimited)
        );
        assert_eq!(
            CommentError::from_response(403, "<p>CSRF</p>"),
            Some(CommentError::Forbidden("CSRF".into()))
        );
        assert_eq!(CommentError::from_response(413, ""), Some(CommentError::TooLarge));
        assert_eq!(CommentError::from_response(400, ""), Some(CommentError::Rejected("HTTP 400".into())));
        assert_eq!(
            CommentError::from_response(502, "<html>Bad gateway</html>"),
            Some(CommentError::Server(502))
        );
        assert!(CommentError::Server(500).to_string().contains("Your comment is saved"));
    }
}
