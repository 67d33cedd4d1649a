//! `syndicate` on a small built site: which pages the sitemap lists, the split, the news
//! window, and what a later run removes.

use super::*;
use crate::sitemap::PROTOCOL_LIMITS;

fn article(slug: &str, section: &str, published: &str) -> String {
    serde_json::json!({
        "format": 1, "slug": slug, "title": format!("{slug} </title>"), "standfirst": "S",
        "section": {"slug": section, "name": section}, "author": {"slug": "m-l", "name": "M L"},
        "published": published, "tags": [{"slug": "t", "name": "T"}], "readingMinutes": 1,
        "body": [{"type": "paragraph", "content": [{"type": "text", "text": "Words."}]}]
    })
    .to_string()
}

/// A built site at news.example/paper/ with two articles, and the first pages of the sections'
/// and the tag's archives (the author's is missing: it is not listed).
fn site() -> PathBuf {
    let dist = std::env::temp_dir().join(format!("gazette-syndicate-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dist);
    let files = [
        ("site.json", r#"{"version":1,"siteName":"P & Q","url":"https://news.example/paper","sections":[{"slug":"world","name":"World"},{"slug":"science","name":"Science"}]}"#.to_owned()),
        ("content/articles/a.json", article("a", "world", "2026-11-27T08:30:00Z")),
        ("content/articles/b.json", article("b", "world", "2026-11-20T08:30:00Z")),
        ("content/section/world/1.json", "{}".to_owned()),
        ("content/section/science/1.json", "{}".to_owned()),
        ("content/tag/t/1.json", "{}".to_owned()),
    ];
    for (path, text) in files {
        write(&dist.join(path), &text).unwrap_or_else(|e| panic!("{e}"));
    }
    dist
}

fn read(dist: &Path, path: &str) -> String {
    std::fs::read_to_string(dist.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn a_run_writes_every_file_and_a_later_one_removes_what_no_longer_holds() {
    let dist = site();
    let now = parse_rfc3339("2026-11-27T09:00:00Z").unwrap_or_else(|e| panic!("{e}"));
    run(&dist, Limits { urls: 2, bytes: PROTOCOL_LIMITS.bytes }, now).unwrap_or_else(|e| panic!("{e}"));

    // Home, two sections, the tag and two articles, two to a file: an index of three.
    let index = read(&dist, SITEMAP_FILE);
    assert!(index.contains("<sitemapindex"), "{index}");
    assert!(index.contains("<loc>https://news.example/paper/sitemaps/3.xml</loc>"), "{index}");
    let listed: String = (1..=3).map(|n| read(&dist, &child_sitemap_path(n))).collect();
    for page in ["", "section/science", "section/world", "tag/t", "article/a", "article/b"] {
        assert!(
            listed.contains(&format!("<loc>https://news.example/paper/{page}</loc>")),
            "{page}: {listed}"
        );
    }
    assert!(!listed.contains("author/"), "no archive file, no page: {listed}");
    assert!(
        listed.contains("<loc>https://news.example/paper/section/science</loc></url>"),
        "no date without articles"
    );

    let news = read(&dist, NEWS_SITEMAP_FILE);
    assert!(
        news.contains("<news:title>a &lt;/title&gt;</news:title>") && !news.contains("article/b"),
        "{news}"
    );
    assert!(news.contains("<news:name>P &amp; Q</news:name><news:language>en</news:language>"), "{news}");
    assert_eq!(
        read(&dist, ROBOTS_FILE),
        "User-agent: *\nAllow: /\n\nSitemap: https://news.example/paper/sitemap.xml\n\
         Sitemap: https://news.example/paper/sitemap-news.xml\n"
    );
    for scope in [FeedScope::Site, FeedScope::Section("world"), FeedScope::Section("science")] {
        for format in FeedFormat::ALL {
            assert!(dist.join(feed_path(scope, format)).is_file(), "{:?}", feed_path(scope, format));
        }
    }
    assert!(read(&dist, "feeds/section/world/rss.xml").contains("<title>World | P &amp; Q</title>"));

    // A week later, with the protocol's limits: one file, no news, and nothing stale left.
    write(&dist.join("sitemap-news.xml.br"), "stale").unwrap_or_else(|e| panic!("{e}"));
    write(&dist.join("feeds/section/gone/rss.xml"), "stale").unwrap_or_else(|e| panic!("{e}"));
    let later = Instant { seconds: now.seconds + 7 * 86_400, nanos: 0 };
    run(&dist, PROTOCOL_LIMITS, later).unwrap_or_else(|e| panic!("{e}"));
    assert!(read(&dist, SITEMAP_FILE).contains("<urlset"));
    for gone in [SITEMAPS_FOLDER, NEWS_SITEMAP_FILE, "sitemap-news.xml.br", "feeds/section/gone"] {
        assert!(!dist.join(gone).exists(), "{gone} is removed");
    }
    assert!(!read(&dist, ROBOTS_FILE).contains(NEWS_SITEMAP_FILE));
    let _ = std::fs::remove_dir_all(&dist);
}

#[test]
fn the_clock_is_the_option_or_the_system() {
    assert_eq!(
        clock(Some("2026-11-27T10:00:00+02:00")).map(|at| at.to_rfc3339()),
        Ok("2026-11-27T08:00:00Z".into())
    );
    assert!(clock(Some("yesterday")).is_err_and(|e| e.contains("--now")));
    assert!(clock(None).is_ok_and(|at| at.seconds > 1_700_000_000));
}

#[test]
fn an_imported_sites_old_addresses_go_to_its_pages_under_the_sites_folder() {
    let dist = site();
    let map = "# the import's map\n/2026/11/a/ article/a\n/category/world/ section/world\n";
    write(&dist.join("content/redirects.txt"), map).unwrap_or_else(|e| panic!("{e}"));
    let now = parse_rfc3339("2026-11-27T09:00:00Z").unwrap_or_else(|e| panic!("{e}"));
    run(&dist, PROTOCOL_LIMITS, now).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        read(&dist, "_redirects"),
        "/2026/11/a/ https://news.example/paper/article/a 301\n\
         /category/world/ https://news.example/paper/section/world 301\n"
    );
    std::fs::remove_file(dist.join("content/redirects.txt")).unwrap_or_else(|e| panic!("{e}"));
    run(&dist, PROTOCOL_LIMITS, now).unwrap_or_else(|e| panic!("{e}"));
    assert!(!dist.join("_redirects").exists(), "no map, no file left from an earlier build");
}
