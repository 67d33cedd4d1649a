//! The whole archive: the site config, every article file, and the checks that span files
//! (one spelling per author or tag slug, at least one article), then the reading order.

use std::collections::btree_map::Entry;
use std::collections::BTreeMap;
use std::path::Path;

use gazette::model::article::Ref;
use gazette::model::decode::decode;
use gazette::model::site::SiteConfig;
use gazette::model::slug::is_valid_slug;

use crate::errors::{Problem, Report};
use crate::validate::{self, Context, Record};

/// Archive pages above this size would defeat the point of paging.
const MAX_PAGE_SIZE: u32 = 100;

pub fn load_site(path: &Path) -> Result<SiteConfig, Vec<Problem>> {
    let mut report = Report::new(path.display().to_string());
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            report.error(None, "file", format!("cannot read: {e}"));
            return Err(report.into_problems());
        }
    };
    // The app's own decoder, so the tool accepts exactly what the app accepts.
    let site: SiteConfig = match decode(&text) {
        Ok(site) => site,
        Err(e) => {
            report.error(None, "site config", e.to_string());
            return Err(report.into_problems());
        }
    };
    if !(1..=MAX_PAGE_SIZE).contains(&site.page_size) {
        report.error(None, "pageSize", format!("must be between 1 and {MAX_PAGE_SIZE}"));
    }
    if site.sections.is_empty() {
        report.error(None, "sections", "at least one section is required");
    }
    for (index, section) in site.sections.iter().enumerate() {
        if !is_valid_slug(&section.slug) {
            report.error(None, "sections", format!("{:?} is not a valid slug", section.slug));
        }
        if section.name.trim().is_empty() {
            report.error(None, "sections", format!("section {:?} has no name", section.slug));
        }
        if site.sections.iter().take(index).any(|s| s.slug == section.slug) {
            report.error(None, "sections", format!("section {:?} is listed twice", section.slug));
        }
    }
    if report.is_empty() {
        Ok(site)
    } else {
        Err(report.into_problems())
    }
}

/// Every article in `content/articles`, validated, newest first.
pub fn load_articles(content: &Path, cx: &Context<'_>) -> Result<Vec<Record>, Vec<Problem>> {
    let dir = content.join("articles");
    let mut folder = Report::new(dir.display().to_string());
    let mut entries: Vec<_> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries.filter_map(Result::ok).map(|e| e.path()).collect(),
        Err(e) => {
            folder.error(None, "articles", format!("cannot read the folder: {e}"));
            return Err(folder.into_problems());
        }
    };
    // read_dir order is the file system's; sorting keeps messages and output stable.
    entries.sort();
    let mut problems = Vec::new();
    let mut records = Vec::new();
    for path in entries {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let file = path.display().to_string();
        if name.starts_with('.') {
            continue; // editor and OS files (.DS_Store, .swp)
        }
        let stem = name.strip_suffix(".md").filter(|_| path.is_file());
        let Some(slug) = stem else {
            problems.push(problem(
                &file,
                "file",
                "not an article: articles are Markdown files named <slug>.md",
            ));
            continue;
        };
        match std::fs::read_to_string(&path) {
            Err(e) => problems.push(problem(&file, "file", &format!("cannot read as UTF-8 text: {e}"))),
            Ok(text) => match validate::article(&file, slug, &text, cx) {
                Ok(record) => records.push(record),
                Err(found) => problems.extend(found),
            },
        }
    }
    if records.is_empty() && problems.is_empty() {
        folder.error(None, "articles", "no articles: the home page needs at least one");
        problems.extend(folder.into_problems());
    }
    problems.extend(one_spelling_per_slug(&records));
    if !problems.is_empty() {
        return Err(problems);
    }
    sort(&mut records);
    Ok(records)
}

/// Published descending, ties by slug ascending: the order of every list on the site.
pub fn sort(records: &mut [Record]) {
    records.sort_by(|a, b| b.instant.cmp(&a.instant).then_with(|| a.article.slug.cmp(&b.article.slug)));
}

/// "Mara Lindqvist" and "mara lindqvist" would share one author page under two names.
fn one_spelling_per_slug(records: &[Record]) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut authors: BTreeMap<&str, (&str, &str)> = BTreeMap::new();
    let mut tags: BTreeMap<&str, (&str, &str)> = BTreeMap::new();
    for record in records {
        let a = &record.article;
        clash("author", &a.author, &record.file, &mut authors, &mut problems);
        for tag in &a.tags {
            clash("tags", tag, &record.file, &mut tags, &mut problems);
        }
    }
    problems
}

fn clash<'a>(
    field: &str,
    r: &'a Ref,
    file: &'a str,
    seen: &mut BTreeMap<&'a str, (&'a str, &'a str)>,
    out: &mut Vec<Problem>,
) {
    match seen.entry(&r.slug) {
        Entry::Vacant(slot) => {
            slot.insert((&r.name, file));
        }
        Entry::Occupied(first) if first.get().0 != r.name => {
            let (name, first_file) = first.get();
            let message = format!("{:?} is written {name:?} in {first_file}; use one spelling", r.name);
            out.push(problem(file, field, &message));
        }
        Entry::Occupied(_) => {}
    }
}

fn problem(file: &str, field: &str, message: &str) -> Problem {
    Problem { file: file.to_owned(), line: None, field: field.to_owned(), message: message.to_owned() }
}
