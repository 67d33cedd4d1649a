use super::comment_error::CommentError;
use super::isso::{IssoClient, Posted};
use super::local_comments::LocalComments;
use super::wordpress_comments::WordPressComments;
use super::ApiError;
use crate::model::comments::isso::{IssoComment, IssoThread, NewComment, Votes};
use crate::model::comments::thread::Sort;
use crate::model::site::CommentsConfig;

/// Where comments live: a real Isso server, the WordPress site the articles came from, or this
/// device when `site.json` names neither.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CommentBackend {
    Isso(IssoClient),
    WordPress(WordPressComments),
    Device(LocalComments),
}

impl CommentBackend {
    /// The backend `comments` in `site.json` names, for the article whose WordPress post id is
    /// `wordpress_post` (a page of many articles passes none). Isso wins if both are named.
    pub fn from_config(config: &CommentsConfig, wordpress_post: Option<u64>) -> Self {
        match (named(&config.server), named(&config.wordpress)) {
            (Some(server), _) => CommentBackend::Isso(IssoClient::new(server)),
            (None, Some(site)) => CommentBackend::WordPress(WordPressComments::new(site, wordpress_post)),
            (None, None) => CommentBackend::Device(LocalComments),
        }
    }

    /// The key that tells this server's comment ids from another's ("is this mine?"): the
    /// address of the server `from_config` chooses.
    pub fn scope(config: &CommentsConfig) -> String {
        named(&config.server).or(named(&config.wordpress)).unwrap_or("device").to_owned()
    }

    pub fn is_device_only(&self) -> bool {
        matches!(self, CommentBackend::Device(_))
    }

    /// False for an article WordPress has no post for (written in Gazette, on a site whose
    /// comments are WordPress's): there is nowhere to keep its comments.
    pub fn has_thread(&self) -> bool {
        !matches!(self, CommentBackend::WordPress(wordpress) if !wordpress.has_post())
    }

    /// Likes, edits and deletions: WordPress allows them only to signed-in users.
    pub fn allows_votes_and_edits(&self) -> bool {
        !matches!(self, CommentBackend::WordPress(_))
    }

    pub async fn thread(&self, uri: &str, sort: Sort, limit: u32) -> Result<IssoThread, ApiError> {
        match self {
            CommentBackend::Isso(isso) => isso.thread(uri, sort, limit).await,
            CommentBackend::WordPress(wordpress) => wordpress.thread(sort, limit).await,
            CommentBackend::Device(local) => Ok(local.thread(uri, sort, limit)),
        }
    }

    /// The counts of `uris`, in order; none from a server that cannot count many at once.
    pub async fn counts(&self, uris: &[String]) -> Result<Vec<u64>, ApiError> {
        match self {
            CommentBackend::Isso(isso) => isso.counts(uris).await,
            // WordPress counts one post per request (posts carry no count): cards go without.
            CommentBackend::WordPress(_) => Ok(Vec::new()),
            CommentBackend::Device(local) => Ok(uris.iter().map(|uri| local.count(uri)).collect()),
        }
    }

    pub async fn post(&self, uri: &str, body: &NewComment) -> Result<Posted, CommentError> {
        match self {
            CommentBackend::Isso(isso) => isso.post(uri, body).await,
            CommentBackend::WordPress(wordpress) => wordpress.post(body).await,
            CommentBackend::Device(local) => local.post(uri, body),
        }
    }

    pub async fn like(&self, uri: &str, id: u64) -> Result<Votes, CommentError> {
        match self {
            CommentBackend::Isso(isso) => isso.like(id).await,
            CommentBackend::WordPress(_) => Err(CommentError::LoginRequired),
            CommentBackend::Device(local) => local.like(uri, id),
        }
    }

    /// The text to put in the edit box.
    pub async fn source_text(&self, uri: &str, id: u64) -> Result<String, CommentError> {
        match self {
            CommentBackend::Isso(isso) => isso.source_text(id).await,
            CommentBackend::WordPress(_) => Err(CommentError::LoginRequired),
            CommentBackend::Device(local) => local.source_text(uri, id),
        }
    }

    pub async fn edit(&self, uri: &str, id: u64, body: &NewComment) -> Result<IssoComment, CommentError> {
        match self {
            CommentBackend::Isso(isso) => isso.edit(id, body).await,
            CommentBackend::WordPress(_) => Err(CommentError::LoginRequired),
            CommentBackend::Device(local) => local.edit(uri, id, body),
        }
    }

    pub async fn delete(&self, uri: &str, id: u64) -> Result<(), CommentError> {
        match self {
            CommentBackend::Isso(isso) => isso.delete(id).await,
            CommentBackend::WordPress(_) => Err(CommentError::LoginRequired),
            CommentBackend::Device(local) => local.delete(uri, id),
        }
    }
}

/// A configured address, if it names one.
fn named(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|s| !s.is_empty())
}
