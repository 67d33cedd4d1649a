//! The redirect map of an imported site (`content/redirects.txt`, written by `gazette-content
//! import wordpress`): old addresses → the pages that replace them. The content tool checks it
//! and carries it into the derived content; `gazette-pages syndicate` writes it as the host's
//! `_redirects`. One reader of the format, here, for both.

use super::routes::AppRoute;

/// Under the content folder, and under the derived content.
pub const REDIRECTS_FILE: &str = "redirects.txt";
/// At the built site's root: the file Netlify and Cloudflare Pages read.
pub const HOST_REDIRECTS_FILE: &str = "_redirects";

/// One line: the old path (from the host's root, as links to the old site were written) and
/// the page now at that address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Redirect {
    pub from: String,
    pub to: AppRoute,
}

/// Every line's redirect, or what is wrong with it, with its 1-based line number. Blank lines
/// and `#` comments are skipped.
pub fn parse(text: &str) -> Vec<(usize, Result<Redirect, String>)> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty() && !line.trim_start().starts_with('#'))
        .map(|(index, line)| (index + 1, parse_line(line)))
        .collect()
}

fn parse_line(line: &str) -> Result<Redirect, String> {
    let mut words = line.split_whitespace();
    let (Some(from), Some(to), None) = (words.next(), words.next(), words.next()) else {
        return Err("expected two words: the old path and the new page's path".into());
    };
    if !from.starts_with('/') || from.starts_with("//") {
        return Err(format!("{from:?} must be a path starting with /"));
    }
    match AppRoute::parse(to, |_| None) {
        Some(route @ (AppRoute::Article { .. } | AppRoute::Archive { .. })) => {
            Ok(Redirect { from: from.to_owned(), to: route })
        }
        _ => Err(format!("{to:?} is not the path of an article, section, tag or author page")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::listing::ArchiveKind;

    #[test]
    fn reads_pairs_and_names_bad_lines() {
        let parsed = parse("# map\n/2026/11/a/ article/a\n\n/category/x/ section/x\nfrom to\n/a search\n");
        assert_eq!(
            parsed[0],
            (2, Ok(Redirect { from: "/2026/11/a/".into(), to: AppRoute::Article { slug: "a".into() } }))
        );
        let section = AppRoute::Archive { kind: ArchiveKind::Section, slug: "x".into(), page: 1 };
        assert_eq!(parsed[1], (4, Ok(Redirect { from: "/category/x/".into(), to: section })));
        assert_eq!(parsed[2].0, 5);
        assert!(parsed[2].1.as_ref().is_err_and(|e| e.contains("must be a path")));
        assert!(parsed[3].1.as_ref().is_err_and(|e| e.contains("not the path of an article")));
    }
}
