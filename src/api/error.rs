use thiserror::Error;

use crate::model::decode::DecodeError;

/// Why a request gave no document. The messages are written for readers: they are shown as
/// they are, above a Retry button.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ApiError {
    #[error("We couldn't reach the server. Check your connection and try again.")]
    Network,
    /// The device is offline and nothing kept on it answers (a story never opened): said so,
    /// with what can be read offline (`components::error_view`).
    #[error("You're offline, and this page isn't kept on this device. Connect to the internet and try again, or read a story kept for offline reading.")]
    Offline,
    #[error("The server took too long to answer.")]
    Timeout,
    #[error("We couldn't find this page.")]
    NotFound,
    #[error("The server had a problem (HTTP {status}).")]
    Http { status: u16 },
    #[error("The content could not be read: {}.", .0.for_readers())]
    Decode(#[from] DecodeError),
}

impl ApiError {
    /// The error an HTTP status stands for; `None` for success.
    pub fn from_status(status: u16) -> Option<ApiError> {
        match status {
            200..=299 => None,
            // 410 Gone: a withdrawn article reads like a missing one.
            404 | 410 => Some(ApiError::NotFound),
            _ => Some(ApiError::Http { status }),
        }
    }

    /// Whether trying again could help (a missing page stays missing).
    pub fn is_retryable(&self) -> bool {
        !matches!(self, ApiError::NotFound)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_map_to_errors() {
        assert_eq!(ApiError::from_status(200), None);
        assert_eq!(ApiError::from_status(204), None);
        assert_eq!(ApiError::from_status(404), Some(ApiError::NotFound));
        assert_eq!(ApiError::from_status(410), Some(ApiError::NotFound));
        assert_eq!(ApiError::from_status(500), Some(ApiError::Http { status: 500 }));
        assert_eq!(ApiError::from_status(304), Some(ApiError::Http { status: 304 }));
        assert!(!ApiError::NotFound.is_retryable());
        assert!(ApiError::Timeout.is_retryable());
    }

    #[test]
    fn messages_are_plain_words() {
        assert_eq!(ApiError::Http { status: 503 }.to_string(), "The server had a problem (HTTP 503).");
        let decode = ApiError::from(DecodeError::Empty);
        assert_eq!(decode.to_string(), "The content could not be read: the response was empty.");
        let shape = ApiError::from(DecodeError::Shape("missing field `title` at line 1 column 9".into()));
        assert_eq!(
            shape.to_string(),
            "The content could not be read: the response is missing data or has the wrong kind of data."
        );
    }
}
