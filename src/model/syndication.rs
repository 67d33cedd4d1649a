//! Where the build writes the files crawlers and feed readers ask for, named once: the build
//! (`tools/pages`) writes them there and every page links to them from its `<head>`.

/// The three feed formats, each written for the site and for every section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FeedFormat {
    Rss,
    Atom,
    Json,
}

impl FeedFormat {
    pub const ALL: [FeedFormat; 3] = [FeedFormat::Rss, FeedFormat::Atom, FeedFormat::Json];

    /// The media type feed readers look for in `<link rel="alternate" type=…>`.
    pub fn media_type(self) -> &'static str {
        match self {
            FeedFormat::Rss => "application/rss+xml",
            FeedFormat::Atom => "application/atom+xml",
            FeedFormat::Json => "application/feed+json",
        }
    }

    /// Said after the feed's title in its link ("World (RSS)").
    pub fn label(self) -> &'static str {
        match self {
            FeedFormat::Rss => "RSS",
            FeedFormat::Atom => "Atom",
            FeedFormat::Json => "JSON Feed",
        }
    }

    fn file_name(self) -> &'static str {
        match self {
            FeedFormat::Rss => "rss.xml",
            FeedFormat::Atom => "atom.xml",
            FeedFormat::Json => "feed.json",
        }
    }
}

/// Whose articles a feed carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FeedScope<'a> {
    Site,
    Section(&'a str),
}

/// The feed's file, under the site's base: `feeds/rss.xml`, `feeds/section/world/rss.xml`. Kept
/// out of `section/`, where a folder named like a page's copy (`section/world.html`) would make
/// some static hosts answer the page's address with a directory listing or a redirect.
pub fn feed_path(scope: FeedScope<'_>, format: FeedFormat) -> String {
    match scope {
        FeedScope::Site => format!("{FEEDS_FOLDER}/{}", format.file_name()),
        FeedScope::Section(slug) => format!("{FEEDS_FOLDER}/section/{slug}/{}", format.file_name()),
    }
}

/// The folder every feed is written in: the build replaces it whole, so the feed of a section
/// that no longer exists disappears with it.
pub const FEEDS_FOLDER: &str = "feeds";

/// `robots.txt`, at the root of the site's folder.
pub const ROBOTS_FILE: &str = "robots.txt";
/// The sitemap crawlers are pointed at (by `robots.txt`): a `urlset`, or a sitemap index of
/// `sitemaps/N.xml` once one file would pass the protocol's limits.
pub const SITEMAP_FILE: &str = "sitemap.xml";
/// The folder of the child sitemaps of a sitemap index, replaced whole by every build.
pub const SITEMAPS_FOLDER: &str = "sitemaps";

/// The `n`th child sitemap (from 1) of a sitemap index: `sitemaps/1.xml`.
pub fn child_sitemap_path(n: usize) -> String {
    format!("{SITEMAPS_FOLDER}/{n}.xml")
}
/// The Google News sitemap: the articles of the last 48 hours.
pub const NEWS_SITEMAP_FILE: &str = "sitemap-news.xml";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_feed_has_its_own_file() {
        let mut paths: Vec<String> = FeedFormat::ALL
            .iter()
            .flat_map(|&format| {
                [feed_path(FeedScope::Site, format), feed_path(FeedScope::Section("world"), format)]
            })
            .collect();
        assert_eq!(paths[0], "feeds/rss.xml");
        assert_eq!(paths[1], "feeds/section/world/rss.xml");
        paths.sort();
        paths.dedup();
        assert_eq!(paths.len(), 6);
        assert!(paths.iter().all(|path| path.starts_with(FEEDS_FOLDER)));
    }

    #[test]
    fn child_sitemaps_live_in_their_folder() {
        assert_eq!(child_sitemap_path(1), "sitemaps/1.xml");
        assert!(child_sitemap_path(12).starts_with(SITEMAPS_FOLDER));
    }
}
