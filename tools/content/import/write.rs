//! Files in `content/`: written atomically (a temporary file beside, then a rename), so an
//! import that stops halfway leaves every file either as it was or as it should be; and the
//! articles already there, told apart by their `[wordpress]` table.

use std::collections::{BTreeMap, BTreeSet};

use gazette::model::slug::slugify;
use std::path::Path;

use crate::errors::Report;
use crate::front_matter::{self, wordpress::Origin};

pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    }
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    // A dot file: the content tool ignores it if the import is killed before the rename.
    let temporary = path.with_file_name(format!(".{name}.{}.partial", std::process::id()));
    std::fs::write(&temporary, bytes).map_err(|e| format!("cannot write {}: {e}", temporary.display()))?;
    std::fs::rename(&temporary, path).map_err(|e| {
        let _ = std::fs::remove_file(&temporary);
        format!("cannot write {}: {e}", path.display())
    })
}

/// The articles folder as the import finds it.
#[derive(Debug, Default)]
pub struct Existing {
    /// Imported articles by WordPress id: slug and the table written.
    pub imported: BTreeMap<u64, (String, Origin)>,
    /// Every slug in use, hand-written or imported.
    pub slugs: BTreeMap<String, bool>,
    /// Sections named by hand-written articles: the import keeps them in `site.json`.
    pub hand_sections: Vec<String>,
    /// The slugs of every article's tags and authors: the archive pages the build will make.
    pub tags: BTreeSet<String>,
    pub authors: BTreeSet<String>,
}

/// Reads the `[wordpress]` table (and the section) of every article; a file that does not
/// parse is treated as hand-written: the import never touches what it cannot read.
pub fn existing(articles: &Path) -> Result<Existing, String> {
    let mut found = Existing::default();
    let entries = match std::fs::read_dir(articles) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(found),
        Err(e) => return Err(format!("cannot read {}: {e}", articles.display())),
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(slug) = name.strip_suffix(".md").filter(|_| !name.starts_with('.')) else { continue };
        let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
        let mut report = Report::new(name.clone());
        let parsed =
            front_matter::split(&text).ok().and_then(|split| front_matter::parse(&split, &mut report));
        if let Some(fm) = &parsed {
            found.authors.extend(fm.author.iter().map(|a| slugify(&a.value)));
            found.tags.extend(fm.tags.iter().flat_map(|t| &t.value).map(|t| slugify(&t.value)));
        }
        let table = parsed.as_ref().and_then(|fm| fm.wordpress.clone());
        let origin = table.and_then(|table| front_matter::wordpress::check(&mut report, table));
        match origin {
            Some(origin) => {
                found.imported.insert(origin.id, (slug.to_owned(), origin));
                found.slugs.insert(slug.to_owned(), true);
            }
            None => {
                found.slugs.insert(slug.to_owned(), false);
                if let Some(section) = parsed.and_then(|fm| fm.section).map(|s| s.value.trim().to_owned()) {
                    if !found.hand_sections.contains(&section) {
                        found.hand_sections.push(section);
                    }
                }
            }
        }
    }
    Ok(found)
}
