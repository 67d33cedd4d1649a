use gloo_net::http::{Request, RequestBuilder};
use web_sys::RequestCredentials;

use super::comment_error::CommentError;
use super::http::{send, RawResponse, DEFAULT_TIMEOUT_MS};
use super::ApiError;
use crate::model::comments::isso::{IssoComment, IssoThread, NewComment, Votes};
use crate::model::comments::thread::Sort;
use crate::model::decode::{decode_json, DecodeError};
use crate::model::percent::encode_component;

/// A comment as posted: published at once, or held for moderation (Isso's 202 / mode 2).
#[derive(Clone, Debug, PartialEq)]
pub struct Posted {
    pub comment: IssoComment,
    pub pending: bool,
}

/// An Isso server. Writes send cookies (`credentials: include`): Isso answers a new comment
/// with a cookie that allows editing it for 15 minutes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IssoClient {
    base: String,
}

impl IssoClient {
    pub fn new(server: &str) -> Self {
        IssoClient { base: server.trim().trim_end_matches('/').to_owned() }
    }

    fn url(&self, path_and_query: &str) -> String {
        format!("{}{}", self.base, path_and_query)
    }

    pub async fn thread(&self, uri: &str, sort: Sort, limit: u32) -> Result<IssoThread, ApiError> {
        let url = self.url(&format!(
            "/?uri={}&sort={}&limit={limit}&nested_limit=100",
            encode_component(uri),
            sort.isso_value()
        ));
        let response = send(RequestBuilder::build, Request::get(&url), DEFAULT_TIMEOUT_MS).await?;
        if let Some(error) = ApiError::from_status(response.status) {
            return Err(error);
        }
        Ok(decode_json::<IssoThread>(&response.text)?)
    }

    /// One request for the counts of many threads, in the order asked.
    pub async fn counts(&self, uris: &[String]) -> Result<Vec<u64>, ApiError> {
        let builder = Request::post(&self.url("/count"));
        let response = send(|b| b.json(uris), builder, DEFAULT_TIMEOUT_MS).await?;
        if let Some(error) = ApiError::from_status(response.status) {
            return Err(error);
        }
        Ok(decode_json::<Vec<u64>>(&response.text)?)
    }

    pub async fn post(&self, uri: &str, body: &NewComment) -> Result<Posted, CommentError> {
        let builder = Request::post(&self.url(&format!("/new?uri={}", encode_component(uri))));
        let response =
            send(|b| b.credentials(RequestCredentials::Include).json(body), builder, DEFAULT_TIMEOUT_MS)
                .await?;
        let comment: IssoComment = read(&response)?;
        let pending = response.status == 202 || comment.is_pending();
        Ok(Posted { comment, pending })
    }

    pub async fn like(&self, id: u64) -> Result<Votes, CommentError> {
        let builder = Request::post(&self.url(&format!("/id/{id}/like")));
        let response =
            send(|b| b.credentials(RequestCredentials::Include).build(), builder, DEFAULT_TIMEOUT_MS).await?;
        read(&response)
    }

    /// The comment as its author typed it (Markdown), for editing; needs the author's cookie.
    pub async fn source_text(&self, id: u64) -> Result<String, CommentError> {
        let builder = Request::get(&self.url(&format!("/id/{id}?plain=1")));
        let response =
            send(|b| b.credentials(RequestCredentials::Include).build(), builder, DEFAULT_TIMEOUT_MS).await?;
        read::<IssoComment>(&response).map(|comment| comment.text)
    }

    /// Needs the cookie Isso set when the comment was posted (same-site only).
    pub async fn edit(&self, id: u64, body: &NewComment) -> Result<IssoComment, CommentError> {
        let builder = Request::put(&self.url(&format!("/id/{id}")));
        let response =
            send(|b| b.credentials(RequestCredentials::Include).json(body), builder, DEFAULT_TIMEOUT_MS)
                .await?;
        read(&response)
    }

    pub async fn delete(&self, id: u64) -> Result<(), CommentError> {
        let builder = Request::delete(&self.url(&format!("/id/{id}")));
        let response =
            send(|b| b.credentials(RequestCredentials::Include).build(), builder, DEFAULT_TIMEOUT_MS).await?;
        match CommentError::from_response(response.status, &response.text) {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }
}

fn read<T: serde::de::DeserializeOwned>(response: &RawResponse) -> Result<T, CommentError> {
    if let Some(error) = CommentError::from_response(response.status, &response.text) {
        return Err(error);
    }
    decode_json::<T>(&response.text).map_err(|_: DecodeError| CommentError::Unreadable)
}
