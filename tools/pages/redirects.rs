//! `DIST/_redirects` (Netlify, Cloudflare Pages): the redirect map of an imported WordPress
//! site (`content/redirects.txt`, checked by the content tool and carried into the derived
//! content), each old path sent with a 301 to its page's absolute address under site.json
//! `url`, so a site built for a sub-folder sends readers into that folder.

use std::path::Path;

use gazette::model::redirects::{parse, HOST_REDIRECTS_FILE, REDIRECTS_FILE};

use crate::shell::Built;
use crate::{read, write};

/// Writes the file (or removes an earlier build's when there is no map); the count written.
pub fn run(dist: &Path, site: &Built) -> Result<usize, String> {
    for suffix in ["", ".br", ".gz"] {
        let old = dist.join(format!("{HOST_REDIRECTS_FILE}{suffix}"));
        if old.exists() {
            std::fs::remove_file(&old).map_err(|e| format!("cannot remove {}: {e}", old.display()))?;
        }
    }
    let map = site.content.join(REDIRECTS_FILE);
    if !map.is_file() {
        return Ok(0);
    }
    let mut out = String::new();
    let mut count = 0;
    for (line, redirect) in parse(&read(&map)?) {
        let redirect = redirect.map_err(|e| format!("{}:{line}: {e}", map.display()))?;
        out.push_str(&format!("{} {} 301\n", redirect.from, site.url.page(&redirect.to)));
        count += 1;
    }
    write(&dist.join(HOST_REDIRECTS_FILE), &out)?;
    Ok(count)
}
