//! What the last import saw, kept in `content/.wordpress-import.json` (a dot file: the content
//! tool ignores it): the site, the newest `modified_gmt` seen, and every imported post's slug.
//! A re-run asks only for posts modified after that time. Saved last, after every article is
//! written: an import that stops halfway is simply done again from the previous state.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::write::write_atomic;

pub const FILE: &str = ".wordpress-import.json";

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct State {
    /// The site imported from: a state of another site is not used.
    pub site: String,
    /// The newest `modified_gmt` seen (WordPress's format, no zone).
    pub last_modified: Option<String>,
    /// Imported posts: WordPress id → Gazette slug and permalink.
    pub posts: BTreeMap<u64, Known>,
    /// Published posts not imported (password-protected): counted when checking whether any
    /// post went away.
    #[serde(default)]
    pub skipped: BTreeSet<u64>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Known {
    pub slug: String,
    pub link: String,
}

/// The state for `site`, or a fresh one (no file, another site, or an unreadable file).
pub fn load(content: &Path, site: &str) -> State {
    let text = std::fs::read_to_string(content.join(FILE)).unwrap_or_default();
    match serde_json::from_str::<State>(&text) {
        Ok(state) if state.site == site => state,
        _ => State { site: site.to_owned(), ..State::default() },
    }
}

pub fn save(content: &Path, state: &State) -> Result<(), String> {
    let mut text = serde_json::to_string_pretty(state).map_err(|e| e.to_string())?;
    text.push('\n');
    write_atomic(&content.join(FILE), text.as_bytes())
}
