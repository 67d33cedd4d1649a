//! `content/redirects.txt` (the import's redirect map, `gazette::model::redirects`): checked
//! against the archive being built, every problem with its line, and carried into the derived
//! content, where `gazette-pages syndicate` makes the host's `_redirects` of it.

use std::collections::BTreeSet;
use std::path::Path;

use gazette::model::listing::ArchiveKind;
use gazette::model::redirects::{parse, REDIRECTS_FILE};
use gazette::model::routes::AppRoute;
use gazette::model::site::SiteConfig;

use crate::errors::{Problem, Report};
use crate::validate::Record;

/// The file's text when it exists and every line names a page the build makes.
pub fn load(content: &Path, records: &[Record], site: &SiteConfig) -> Result<Option<String>, Vec<Problem>> {
    let path = content.join(REDIRECTS_FILE);
    let Ok(text) = std::fs::read_to_string(&path) else { return Ok(None) };
    let mut report = Report::new(path.display().to_string());
    let articles: BTreeSet<&str> = records.iter().map(|r| r.article.slug.as_str()).collect();
    let tags: BTreeSet<&str> =
        records.iter().flat_map(|r| &r.article.tags).map(|t| t.slug.as_str()).collect();
    let authors: BTreeSet<&str> = records.iter().map(|r| r.article.author.slug.as_str()).collect();
    let mut from_seen = BTreeSet::new();
    for (line, redirect) in parse(&text) {
        let redirect = match redirect {
            Ok(redirect) => redirect,
            Err(message) => {
                report.error(Some(line), "redirect", message);
                continue;
            }
        };
        let exists = match &redirect.to {
            AppRoute::Article { slug } => articles.contains(slug.as_str()),
            AppRoute::Archive { kind: ArchiveKind::Section, slug, .. } => site.section(slug).is_some(),
            AppRoute::Archive { kind: ArchiveKind::Tag, slug, .. } => tags.contains(slug.as_str()),
            AppRoute::Archive { kind: ArchiveKind::Author, slug, .. } => authors.contains(slug.as_str()),
            _ => false,
        };
        if !exists {
            report.error(Some(line), "redirect", format!("{} names no page of the site", redirect.to.path()));
        }
        if !from_seen.insert(redirect.from.clone()) {
            report.error(Some(line), "redirect", format!("{} is redirected twice", redirect.from));
        }
    }
    if report.is_empty() {
        Ok(Some(text))
    } else {
        Err(report.into_problems())
    }
}
