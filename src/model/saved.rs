//! Saved stories: the reading list kept on the reader's device (`storage_keys::SAVED`), newest
//! first, and the files that keep each story readable offline (its JSON and its pictures,
//! stored by the app in the `gazette-saved` cache: `components::offline::saved`). Not its
//! page: a page names its build's scripts, which a later build deletes; offline, the worker
//! answers with the current build's app, which draws the story from its JSON.

use serde::{Deserialize, Serialize};

use super::article::{Article, Block};
use super::image::Image;
use super::routes::Links;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SavedStory {
    pub slug: String,
    pub title: String,
    #[serde(default)]
    pub standfirst: String,
    /// When the reader saved it (RFC 3339).
    pub saved_at: String,
    /// The site's own URLs kept for it, removed with it.
    #[serde(default)]
    pub files: Vec<String>,
}

/// The stored list, or an empty one when there is none or it cannot be read.
pub fn parse_list(text: Option<&str>) -> Vec<SavedStory> {
    text.and_then(|text| serde_json::from_str(text).ok()).unwrap_or_default()
}

/// The list with `story` first (saved again: moved to the top, never twice).
pub fn with_story(list: &[SavedStory], story: SavedStory) -> Vec<SavedStory> {
    let mut list: Vec<SavedStory> = list.iter().filter(|kept| kept.slug != story.slug).cloned().collect();
    list.insert(0, story);
    list
}

/// The list without `slug`, and the files no other saved story needs.
pub fn without_story(list: &[SavedStory], slug: &str) -> (Vec<SavedStory>, Vec<String>) {
    let (gone, kept): (Vec<_>, Vec<_>) = list.iter().cloned().partition(|story| story.slug == slug);
    let needed = |file: &String| kept.iter().any(|story| story.files.contains(file));
    let files = gone.into_iter().flat_map(|story| story.files).filter(|file| !needed(file)).collect();
    (kept, files)
}

/// What keeps `article` readable offline: its JSON (`json_url`) and every picture of the site's own (a picture on another site cannot be
/// stored without its permission), each width of it.
pub fn story_files(article: &Article, links: &Links, json_url: &str) -> Vec<String> {
    let mut files = vec![json_url.to_owned()];
    let body_images = article.body.iter().flat_map(|block| match block {
        Block::Image { image } => std::slice::from_ref(image),
        Block::Gallery { images } => images.as_slice(),
        _ => &[],
    });
    for image in article.image.iter().chain(body_images) {
        for src in picture_files(image) {
            let url = links.asset(src);
            if url.starts_with('/') && !url.starts_with("//") && !files.contains(&url) {
                files.push(url);
            }
        }
    }
    files
}

fn picture_files(image: &Image) -> impl Iterator<Item = &str> {
    std::iter::once(image.src.as_str()).chain(image.variants.iter().map(|variant| variant.src.as_str()))
}

#[cfg(test)]
#[path = "saved_tests.rs"]
mod tests;
