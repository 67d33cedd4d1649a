//! The search index as the content tool writes it and the app reads it
//! (`content/search/…`, see `docs/content-format.md`). A query reads the small manifest, one
//! term shard per word and the docs chunks of one page of results: never the whole archive.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use crate::model::article::Summary;
use crate::model::decode::Versioned;

pub const MANIFEST_FILE: &str = "search/index.json";

/// A story under a term. Written as one flat JSON array, `[doc, score]` or
/// `[doc, score, exact]`, about half the bytes of an object.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "Vec<u32>", into = "Vec<u32>")]
pub struct Posting {
    /// Counts from 0, newest article first.
    pub doc: u32,
    /// The term's weight in the story: headline over labels over standfirst over body.
    pub score: u32,
    /// The part of `score` from the story's words spelt exactly as the term (a stem's own
    /// spelling: "barrier", not "barriers"), so that an exact match ranks above a stemmed one.
    /// Only a stem's postings carry it; a word as written is exact by definition.
    pub exact: u32,
}

impl Posting {
    pub fn new(doc: u32, score: u32) -> Self {
        Posting { doc, score, exact: 0 }
    }
}

impl From<Vec<u32>> for Posting {
    fn from(list: Vec<u32>) -> Self {
        let field = |i: usize| list.get(i).copied().unwrap_or(0);
        Posting { doc: field(0), score: field(1), exact: field(2) }
    }
}

impl From<Posting> for Vec<u32> {
    fn from(posting: Posting) -> Self {
        if posting.exact == 0 {
            vec![posting.doc, posting.score]
        } else {
            vec![posting.doc, posting.score, posting.exact]
        }
    }
}

/// `search/index.json`: which shards exist and how the docs are chunked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Manifest {
    pub format: u32,
    /// Number of indexed articles; doc numbers are below it.
    pub docs: u32,
    /// Docs per `search/docs/<n>.json`.
    pub chunk_size: u32,
    /// Every shard's prefix, sorted.
    pub shards: Vec<String>,
    /// The stemmer every term was reduced with (`english`, see `stem`), which the app must
    /// apply to query words too; none: terms are words as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stemmer: Option<String>,
}

/// `search/terms/<name>.json`: the terms starting with `prefix` (see [`shard_for`]), each with
/// its postings, best score first. `terms` are stems (or words as written, with no stemmer);
/// `words` are the words as written whose stem differs, for the last word of a query typed in
/// part: "vaccinat" begins "vaccination" but not its stem "vaccin".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shard {
    pub format: u32,
    pub prefix: String,
    pub terms: BTreeMap<String, Vec<Posting>>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub words: BTreeMap<String, Vec<Posting>>,
}

/// `search/docs/<n>.json`: the cards of docs `n × chunkSize` onwards.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocsChunk {
    pub format: u32,
    pub docs: Vec<Summary>,
}

impl Versioned for Manifest {
    fn version(&self) -> u32 {
        self.format
    }
}

impl Versioned for Shard {
    fn version(&self) -> u32 {
        self.format
    }
}

impl Versioned for DocsChunk {
    fn version(&self) -> u32 {
        self.format
    }
}

/// The first `chars` characters of `term`: a shard's prefix before any split.
pub fn prefix_of(term: &str, chars: usize) -> &str {
    term.char_indices().nth(chars).map_or(term, |(end, _)| term.get(..end).unwrap_or(term))
}

/// The shard holding `term`: the longest listed prefix that the term starts with. The tool
/// splits a shard only into longer prefixes, so this is always the one that has the term.
pub fn shard_for<'a>(term: &str, shards: &'a [String]) -> Option<&'a str> {
    shards
        .iter()
        .filter(|prefix| !prefix.is_empty() && term.starts_with(prefix.as_str()))
        .max_by_key(|prefix| prefix.len())
        .map(String::as_str)
}

/// A file name for any prefix: lowercase ASCII letters and digits as they are, anything else
/// (`é` is folded away, but `東京` or `москва` remain) as `_` and the UTF-8 bytes in hex, so
/// that the name is safe on every host and never collides with a plain one.
pub fn shard_name(prefix: &str) -> String {
    if !prefix.is_empty() && prefix.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()) {
        return prefix.to_owned();
    }
    prefix.bytes().fold(String::from("_"), |mut name, byte| {
        let _ = write!(name, "{byte:02x}");
        name
    })
}

/// Path of a shard under the content folder.
pub fn shard_file(prefix: &str) -> String {
    format!("search/terms/{}.json", shard_name(prefix))
}

pub fn docs_file(chunk: u32) -> String {
    format!("search/docs/{chunk}.json")
}

/// Which chunk holds `doc`, and where in it; `None` for a chunk size of 0.
pub fn locate(doc: u32, chunk_size: u32) -> Option<(u32, usize)> {
    let chunk = doc.checked_div(chunk_size)?;
    let offset = doc.checked_rem(chunk_size)?;
    Some((chunk, usize::try_from(offset).ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(prefixes: &[&str]) -> Vec<String> {
        prefixes.iter().map(|p| (*p).to_owned()).collect()
    }

    #[test]
    fn the_longest_prefix_wins() {
        let shards = list(&["5", "50", "ha", "har", "harb", "ti"]);
        assert_eq!(shard_for("harbour", &shards), Some("harb"));
        assert_eq!(shard_for("harm", &shards), Some("har"));
        assert_eq!(shard_for("hat", &shards), Some("ha"));
        assert_eq!(shard_for("5", &shards), Some("5"));
        assert_eq!(shard_for("500", &shards), Some("50"));
        assert_eq!(shard_for("zebra", &shards), None);
        assert_eq!(shard_for("h", &shards), None, "a prefix longer than the term is not it");
        assert_eq!(shard_for("x", &list(&["", "x"])), Some("x"));
    }

    #[test]
    fn prefixes_count_characters_not_bytes() {
        assert_eq!(prefix_of("harbour", 2), "ha");
        assert_eq!(prefix_of("a", 2), "a");
        assert_eq!(prefix_of("東京都", 2), "東京");
        assert_eq!(prefix_of("", 2), "");
    }

    #[test]
    fn shard_names_are_safe_file_names() {
        assert_eq!(shard_name("ha"), "ha");
        assert_eq!(shard_name("5g"), "5g");
        assert_eq!(shard_name("東京"), "_e69db1e4baac");
        assert_eq!(shard_name("мо"), "_d0bcd0be");
        assert_eq!(shard_name(""), "_");
        assert_eq!(shard_file("ha"), "search/terms/ha.json");
        assert_eq!(docs_file(3), "search/docs/3.json");
    }

    #[test]
    fn postings_are_flat_arrays() {
        let posting = Posting { doc: 7, score: 13, exact: 10 };
        let text = serde_json::to_string(&posting).expect("serializes");
        assert_eq!(text, "[7,13,10]");
        assert_eq!(serde_json::from_str::<Posting>(&text).expect("reads back"), posting);
        assert_eq!(serde_json::to_string(&Posting::new(2, 5)).expect("serializes"), "[2,5]");
        assert_eq!(serde_json::from_str::<Posting>("[2,5]").expect("reads"), Posting::new(2, 5));
        assert_eq!(serde_json::from_str::<Posting>("[]").expect("reads"), Posting::default());
        assert!(serde_json::from_str::<Posting>("[1,-2]").is_err());
    }

    #[test]
    fn docs_are_located_in_chunks() {
        assert_eq!(locate(0, 32), Some((0, 0)));
        assert_eq!(locate(31, 32), Some((0, 31)));
        assert_eq!(locate(70, 32), Some((2, 6)));
        assert_eq!(locate(5, 0), None);
    }
}
