//! Sitemaps (https://www.sitemaps.org/protocol.html): every page worth a crawler's visit, split
//! into a sitemap index and its children once one file would pass the protocol's limits; and
//! (`news`) the Google News sitemap of the last two days' articles. Text goes through
//! quick-xml's escape (the XML writer the feed crates use), the few fixed tags are written here.

mod news;
pub use news::{news_sitemap, Story};

use std::fmt::Write as _;

use gazette::model::date::Instant;
use quick_xml::escape::escape;

pub(super) const HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
pub(super) const SITEMAP_NS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";

/// What one sitemap file may hold.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub urls: usize,
    /// Uncompressed bytes.
    pub bytes: usize,
}

/// The protocol's limits: 50,000 URLs and 50 MiB (52,428,800 bytes) a file, and the same number
/// of sitemaps in an index.
pub const PROTOCOL_LIMITS: Limits = Limits { urls: 50_000, bytes: 52_428_800 };

/// A page for the sitemap: its absolute address and when it last changed.
pub struct Page {
    pub loc: String,
    pub lastmod: Option<Instant>,
}

/// `sitemap.xml` and, when the pages do not fit in one file, its children.
#[derive(Debug, PartialEq)]
pub enum Sitemaps {
    Single(String),
    /// The index, and the children it lists in order (`children[0]` is `child_url(1)`).
    Index {
        index: String,
        children: Vec<String>,
    },
}

/// The sitemap of `pages`: one `urlset` while it stays within `limits`, else an index of
/// `urlset`s at `child_url(1)`, `child_url(2)`…
pub fn sitemaps(
    pages: &[Page],
    limits: Limits,
    child_url: impl Fn(usize) -> String,
) -> Result<Sitemaps, String> {
    let open = format!("{HEAD}<urlset xmlns=\"{SITEMAP_NS}\">\n");
    let close = "</urlset>\n";
    // Each child with its newest change, for the index's `lastmod`.
    let mut children: Vec<(String, Option<Instant>)> = Vec::new();
    let (mut file, mut count, mut newest) = (open.clone(), 0, None);
    for page in pages {
        let entry = entry("url", &page.loc, page.lastmod);
        if count == limits.urls || file.len() + entry.len() + close.len() > limits.bytes {
            if count == 0 {
                return Err(format!(
                    "the sitemap entry of {} alone is over {} bytes",
                    page.loc, limits.bytes
                ));
            }
            children.push((std::mem::replace(&mut file, open.clone()) + close, newest.take()));
            count = 0;
        }
        file.push_str(&entry);
        count += 1;
        newest = newest.max(page.lastmod);
    }
    if children.is_empty() {
        return Ok(Sitemaps::Single(file + close));
    }
    children.push((file + close, newest));
    // The index's own limit is the protocol's, whatever the children's (tests make those small).
    if children.len() > PROTOCOL_LIMITS.urls {
        return Err(format!(
            "{} sitemaps are more than one index may list ({})",
            children.len(),
            PROTOCOL_LIMITS.urls
        ));
    }
    let mut index = format!("{HEAD}<sitemapindex xmlns=\"{SITEMAP_NS}\">\n");
    for (n, (_, newest)) in children.iter().enumerate() {
        index.push_str(&entry("sitemap", &child_url(n + 1), *newest));
    }
    index.push_str("</sitemapindex>\n");
    Ok(Sitemaps::Index { index, children: children.into_iter().map(|(file, _)| file).collect() })
}

/// `<url><loc>…</loc><lastmod>…</lastmod></url>` (or `<sitemap>…`), one line.
fn entry(tag: &str, loc: &str, lastmod: Option<Instant>) -> String {
    let mut entry = format!("<{tag}><loc>{}</loc>", escape(loc));
    if let Some(lastmod) = lastmod {
        let _ = write!(entry, "<lastmod>{}</lastmod>", lastmod.to_rfc3339());
    }
    let _ = writeln!(entry, "</{tag}>");
    entry
}

#[cfg(test)]
#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: i64) -> Instant {
        Instant { seconds, nanos: 0 }
    }

    fn pages(n: usize) -> Vec<Page> {
        (0..n)
            .map(|i| Page {
                loc: format!("https://x.example/article/a{i}?b=1&c"),
                lastmod: Some(at(i as i64)),
            })
            .collect()
    }

    #[test]
    fn one_file_while_it_fits() {
        let Ok(Sitemaps::Single(xml)) =
            sitemaps(&pages(3), Limits { urls: 3, bytes: 10_000 }, |n| n.to_string())
        else {
            panic!("one file")
        };
        assert!(xml.starts_with(&format!("{HEAD}<urlset xmlns=\"{SITEMAP_NS}\">\n<url><loc>")));
        assert!(xml.contains("<url><loc>https://x.example/article/a2?b=1&amp;c</loc><lastmod>1970-01-01T00:00:02Z</lastmod></url>\n"));
        assert_eq!(xml.matches("<url>").count(), 3);
    }

    #[test]
    fn past_the_url_limit_an_index_lists_the_children() {
        let split = sitemaps(&pages(5), Limits { urls: 2, bytes: 10_000 }, |n| {
            format!("https://x.example/sitemaps/{n}.xml")
        });
        let Ok(Sitemaps::Index { index, children }) = split else { panic!("an index") };
        assert_eq!(children.iter().map(|c| c.matches("<url>").count()).collect::<Vec<_>>(), [2, 2, 1]);
        assert!(index.contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"));
        assert!(index.contains("<sitemap><loc>https://x.example/sitemaps/3.xml</loc><lastmod>1970-01-01T00:00:04Z</lastmod></sitemap>"));
        assert_eq!(index.matches("<sitemap>").count(), 3);
    }

    #[test]
    fn past_the_byte_limit_too_and_never_over_it() {
        let limits = Limits { urls: 1000, bytes: 400 };
        let Ok(Sitemaps::Index { children, .. }) = sitemaps(&pages(10), limits, |n| n.to_string()) else {
            panic!()
        };
        assert!(children.len() > 1);
        assert!(children.iter().all(|child| child.len() <= 400 && child.ends_with("</urlset>\n")));
        assert_eq!(children.iter().map(|c| c.matches("<url>").count()).sum::<usize>(), 10);
        assert!(sitemaps(&pages(1), Limits { urls: 10, bytes: 50 }, |n| n.to_string()).is_err());
        let one_each = Limits { urls: 1, bytes: 10_000 };
        assert!(
            sitemaps(&pages(PROTOCOL_LIMITS.urls + 1), one_each, |n| n.to_string()).is_err(),
            "too many children"
        );
    }
}
