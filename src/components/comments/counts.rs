use std::collections::HashMap;

use leptos::prelude::*;

use crate::api::CommentBackend;
use crate::components::site_context::use_site;

/// Comment counts for the articles on a page, keyed by thread URI, filled by one request.
#[derive(Clone, Copy, Debug)]
pub struct CommentCounts(pub RwSignal<HashMap<String, u64>>);

impl CommentCounts {
    pub fn get(&self, uri: &str) -> Option<u64> {
        self.0.with(|counts| counts.get(uri).copied())
    }

    /// After this reader posts, without asking the server again.
    pub fn add(&self, uri: &str, by: u64) {
        self.0.update(|counts| *counts.entry(uri.to_owned()).or_default() += by);
    }
}

/// Fetches the counts of `uris` in one request (Isso's `POST /count`) and provides them to
/// the cards and bylines below. Counts are decoration: if the request fails they are simply
/// not shown, and the page is otherwise unaffected. State fed by one request rather than a
/// resource: the reader's own comments add to it (`add`), and every card reads it, where a
/// resource's read would need a suspense boundary of its own.
pub fn provide_comment_counts(uris: Vec<String>) -> CommentCounts {
    let counts = CommentCounts(RwSignal::new(HashMap::new()));
    provide_context(counts);
    if uris.is_empty() {
        return counts;
    }
    let backend = CommentBackend::from_config(&use_site().config.comments, None);
    leptos::task::spawn_local(async move {
        if let Ok(numbers) = backend.counts(&uris).await {
            counts.0.update(|map| map.extend(uris.into_iter().zip(numbers)));
        }
    });
    counts
}

/// "3 comments", linking to the discussion; nothing until the count is known.
#[component]
pub fn CommentCountLink(uri: String, href: String) -> impl IntoView {
    let counts = use_context::<CommentCounts>();
    move || {
        let count = counts.and_then(|counts| counts.get(&uri))?;
        let label = match count {
            0 => "No comments yet".to_owned(),
            1 => "1 comment".to_owned(),
            n => format!("{n} comments"),
        };
        Some(view! { <a class="comment-count" href=format!("{href}#comments")>{label}</a> })
    }
}
