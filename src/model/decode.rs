//! Turning fetched text into typed documents. Every way the text can be wrong ends in a
//! `DecodeError`, never a panic: the release build aborts on panic, which would blank the page.

use serde::de::DeserializeOwned;
use serde::Deserialize;
use thiserror::Error;

use super::article::Article;
use super::listing::{ArchivePage, Home};
use super::site::SiteConfig;
use super::FORMAT_VERSION;

/// Larger bodies are refused before parsing: no document of ours comes near it.
pub const MAX_DOCUMENT_BYTES: usize = 2 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum DecodeError {
    #[error("the response was empty")]
    Empty,
    #[error("the response is too large ({bytes} bytes)")]
    TooLarge { bytes: usize },
    #[error("the response is not valid JSON (line {line}, column {column})")]
    Syntax { line: usize, column: usize },
    /// Valid JSON nested deeper than any document of ours (the parser stops at 128 levels
    /// rather than exhaust the stack).
    #[error("the response is nested too deeply")]
    TooDeep,
    #[error("the response is missing data or has the wrong kind of data: {0}")]
    Shape(String),
    #[error("the content is in format {found}, this site reads format {expected}")]
    UnsupportedFormat { found: u32, expected: u32 },
}

impl DecodeError {
    /// What a reader is told: the kind of problem, without the parser's own words (field
    /// names, positions), which mean nothing to them. The build tools show the full text.
    pub fn for_readers(&self) -> String {
        match self {
            DecodeError::Shape(_) => "the response is missing data or has the wrong kind of data".to_owned(),
            other => other.to_string(),
        }
    }
}

/// Documents that carry a format version.
pub trait Versioned {
    fn version(&self) -> u32;
}

impl Versioned for Article {
    fn version(&self) -> u32 {
        self.format
    }
}

impl Versioned for Home {
    fn version(&self) -> u32 {
        self.format
    }
}

impl Versioned for ArchivePage {
    fn version(&self) -> u32 {
        self.format
    }
}

impl Versioned for SiteConfig {
    fn version(&self) -> u32 {
        self.version
    }
}

#[derive(Deserialize)]
struct VersionProbe {
    format: Option<u32>,
    version: Option<u32>,
}

/// Decodes JSON that carries no version of ours (a comment server's answers).
pub fn decode_json<T: DeserializeOwned>(text: &str) -> Result<T, DecodeError> {
    check_size(text)?;
    serde_json::from_str::<T>(text).map_err(|error| classify(&error))
}

fn check_size(text: &str) -> Result<(), DecodeError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(DecodeError::TooLarge { bytes: text.len() });
    }
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok(())
}

pub fn decode<T: DeserializeOwned + Versioned>(text: &str) -> Result<T, DecodeError> {
    check_size(text)?;
    match serde_json::from_str::<T>(text) {
        Ok(document) => check_version(document.version()).map(|()| document),
        // A newer format may fail on shape first; say "unsupported format" when that is why.
        Err(error) => Err(probe_version(text)
            .and_then(|found| check_version(found).err())
            .unwrap_or_else(|| classify(&error))),
    }
}

fn check_version(found: u32) -> Result<(), DecodeError> {
    if found == FORMAT_VERSION {
        Ok(())
    } else {
        Err(DecodeError::UnsupportedFormat { found, expected: FORMAT_VERSION })
    }
}

fn probe_version(text: &str) -> Option<u32> {
    let probe: VersionProbe = serde_json::from_str(text).ok()?;
    probe.format.or(probe.version)
}

fn classify(error: &serde_json::Error) -> DecodeError {
    use serde_json::error::Category;
    match error.classify() {
        Category::Data => DecodeError::Shape(error.to_string()),
        // serde_json reports its depth limit as a syntax error: say what it really is.
        Category::Syntax if error.to_string().starts_with("recursion limit exceeded") => DecodeError::TooDeep,
        Category::Io | Category::Syntax | Category::Eof => {
            DecodeError::Syntax { line: error.line(), column: error.column() }
        }
    }
}
