//! `gazette-content import wordpress URL`: a WordPress site's published posts become articles
//! in the authoring format (docs/wordpress.md). The steps, in the order that keeps `content/`
//! consistent if the import stops anywhere: read what is there; fetch categories, tags and
//! users; fetch the posts changed since the last run and write each file atomically; check
//! whether any post went away (one request, unless the count says so) and only after a
//! complete listing delete those files; then `site.json`'s sections, the redirect map, and
//! last the state file.

mod client;
mod html_blocks;
mod html_figures;
mod html_hostile;
mod html_inline;
mod html_structures;
mod links;
mod md;
mod pictures;
mod post;
mod progress;
mod record;
mod redirects;
mod run;
mod run_steps;
mod site_sections;
mod slugs;
mod state;
mod taxonomy;
mod text;
mod wp;
mod write;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use crate::cli::Outcome;

pub struct Paths<'a> {
    pub content: &'a Path,
    pub site: &'a Path,
    pub public: &'a Path,
}

/// What an import did, for its closing report.
#[derive(Debug, Default)]
pub struct Summary {
    pub written: u64,
    pub unchanged: u64,
    pub removed: u64,
    pub skipped: Vec<String>,
    /// `post ID: field: reason`.
    pub failed: Vec<String>,
    pub notes: Vec<String>,
    pub requests: u64,
    pub bytes: u64,
    pub pictures: u64,
    pub picture_bytes: u64,
    pub dropped: BTreeMap<String, u64>,
    pub sections: usize,
    pub redirects: usize,
}

impl Summary {
    pub fn report(&self) -> String {
        let mut out = format!(
            "gazette-content: import: {} written, {} unchanged, {} removed, {} skipped, {} failed; \
             {} requests, {} bytes; {} pictures downloaded ({} bytes); {} sections, {} redirects",
            self.written,
            self.unchanged,
            self.removed,
            self.skipped.len(),
            self.failed.len(),
            self.requests,
            self.bytes,
            self.pictures,
            self.picture_bytes,
            self.sections,
            self.redirects,
        );
        if !self.dropped.is_empty() {
            let kinds: Vec<String> = self.dropped.iter().map(|(kind, n)| format!("{kind} {n}")).collect();
            let _ = write!(out, "\ngazette-content: import: left out of post bodies: {}", kinds.join(", "));
        }
        for line in self.skipped.iter().chain(&self.notes) {
            let _ = write!(out, "\ngazette-content: import: note: {line}");
        }
        for line in &self.failed {
            let _ = write!(out, "\ngazette-content: import: failed: {line}");
        }
        out
    }
}

pub fn run_cli(url: &str, paths: &Paths<'_>) -> Outcome {
    let http = client::Http::new();
    match run::import(url, paths, &http) {
        Err(message) => Outcome::Invalid(vec![format!("gazette-content: import: {message}")]),
        Ok(summary) if summary.failed.is_empty() => Outcome::Ok(summary.report()),
        // The report names each failed post; the exit status says something failed.
        Ok(summary) => Outcome::Invalid(vec![summary.report()]),
    }
}

#[cfg(test)]
#[path = "../tests/import.rs"]
mod tests;

#[cfg(test)]
#[path = "../tests/import_html.rs"]
mod html_tests;
