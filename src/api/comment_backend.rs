use super::comment_error::CommentError;
use super::isso::{IssoClient, Posted};
use super::local_comments::LocalComments;
use super::ApiError;
use crate::model::comments::isso::{IssoComment, IssoThread, NewComment, Votes};
use crate::model::comments::thread::Sort;

/// Where comments live: a real Isso server, or this device when `site.json` names none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CommentBackend {
    Isso(IssoClient),
    Device(LocalComments),
}

impl CommentBackend {
    pub fn from_config(server: Option<&str>) -> Self {
        match server.map(str::trim).filter(|s| !s.is_empty()) {
            Some(server) => CommentBackend::Isso(IssoClient::new(server)),
            None => CommentBackend::Device(LocalComments),
        }
    }

    pub fn is_device_only(&self) -> bool {
        matches!(self, CommentBackend::Device(_))
    }

    pub async fn thread(&self, uri: &str, sort: Sort, limit: u32) -> Result<IssoThread, ApiError> {
        match self {
            CommentBackend::Isso(isso) => isso.thread(uri, sort, limit).await,
            CommentBackend::Device(local) => Ok(local.thread(uri, sort, limit)),
        }
    }

    pub async fn counts(&self, uris: &[String]) -> Result<Vec<u64>, ApiError> {
        match self {
            CommentBackend::Isso(isso) => isso.counts(uris).await,
            CommentBackend::Device(local) => Ok(uris.iter().map(|uri| local.count(uri)).collect()),
        }
    }

    pub async fn post(&self, uri: &str, body: &NewComment) -> Result<Posted, CommentError> {
        match self {
            CommentBackend::Isso(isso) => isso.post(uri, body).await,
            CommentBackend::Device(local) => local.post(uri, body),
        }
    }

    pub async fn like(&self, uri: &str, id: u64) -> Result<Votes, CommentError> {
        match self {
            CommentBackend::Isso(isso) => isso.like(id).await,
            CommentBackend::Device(local) => local.like(uri, id),
        }
    }

    /// The text to put in the edit box.
    pub async fn source_text(&self, uri: &str, id: u64) -> Result<String, CommentError> {
        match self {
            CommentBackend::Isso(isso) => isso.source_text(id).await,
            CommentBackend::Device(local) => local.source_text(uri, id),
        }
    }

    pub async fn edit(&self, uri: &str, id: u64, body: &NewComment) -> Result<IssoComment, CommentError> {
        match self {
            CommentBackend::Isso(isso) => isso.edit(id, body).await,
            CommentBackend::Device(local) => local.edit(uri, id, body),
        }
    }

    pub async fn delete(&self, uri: &str, id: u64) -> Result<(), CommentError> {
        match self {
            CommentBackend::Isso(isso) => isso.delete(id).await,
            CommentBackend::Device(local) => local.delete(uri, id),
        }
    }
}
