//! The redirect map: every WordPress address the import knows (posts' permalinks, category,
//! tag and author archives) → the Gazette page that took its place, so that links already
//! shared and indexed keep working. Written to `content/redirects.txt`, the source of truth
//! the build turns into `_redirects` (docs/wordpress.md gives the nginx and Apache forms).

use std::collections::BTreeMap;
use std::path::Path;

use gazette::model::listing::ArchiveKind;
use gazette::model::routes::AppRoute;

use super::write::write_atomic;

pub use gazette::model::redirects::REDIRECTS_FILE as FILE;

const HEADER: &str = "# WordPress addresses and the Gazette pages that replace them, written by\n\
# `gazette-content import wordpress` (every run rewrites this file). One redirect a line:\n\
# the old path on the WordPress site, then the page's path under the Gazette site's base.\n";

/// Old path → new path, kept sorted so the file is the same for the same site.
#[derive(Default)]
pub struct Redirects {
    map: BTreeMap<String, String>,
}

impl Redirects {
    pub fn article(&mut self, link: &str, slug: &str) {
        self.add(link, AppRoute::Article { slug: slug.to_owned() });
    }

    pub fn archive(&mut self, link: &str, kind: ArchiveKind, slug: &str) {
        self.add(link, AppRoute::Archive { kind, slug: slug.to_owned(), page: 1 });
    }

    fn add(&mut self, link: &str, route: AppRoute) {
        if let Some(path) = path_of(link).filter(|p| p != "/") {
            self.map.insert(path, route.path());
        }
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn save(&self, content: &Path) -> Result<(), String> {
        let mut text = HEADER.to_owned();
        for (from, to) in &self.map {
            text.push_str(&format!("{from} {to}\n"));
        }
        write_atomic(&content.join(FILE), text.as_bytes())
    }
}

/// The path (and query: `/?p=12`) of an absolute URL; `None` for anything else. Spaces would
/// break the file's format and no WordPress address has one unencoded.
pub fn path_of(link: &str) -> Option<String> {
    let rest = link.trim().split_once("://")?.1;
    let path = rest.find('/').and_then(|at| rest.get(at..)).unwrap_or("/");
    let path = path.split('#').next().unwrap_or(path);
    (!path.contains(char::is_whitespace)).then(|| path.to_owned())
}
