//! The import, run on answers recorded from the test WordPress (`scripts/wordpress/record.sh`)
//! and on the captures of another site (Frontity's demo, an older WordPress), then read back
//! by the content tool itself: what a reader would see is what is checked.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::PathBuf;

use gazette::model::article::{Block, Inline};
use gazette::model::text::inline_text;

use super::client::{Response, Transport};
use super::record::{Recorded, INDEX};
use super::{run, Paths, Summary};
use crate::catalog;
use crate::validate::{Context, Record};

fn fixtures(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// Answers from a recording; anything else is a network error (which the client retries, and
/// then reports), so a request the recording lacks fails the test's counts.
struct Replay {
    answers: HashMap<String, Response>,
    asked: RefCell<Vec<String>>,
}

impl Replay {
    fn recorded(run: &str) -> Replay {
        let folder = fixtures("wordpress").join(run);
        let index = std::fs::read_to_string(folder.join(INDEX)).expect("a recording");
        let recorded: Vec<Recorded> = serde_json::from_str(&index).expect("its index");
        let answers = recorded
            .into_iter()
            .map(|r| {
                let body = std::fs::read(folder.join(&r.body)).expect("a recorded body");
                (r.url, Response { status: r.status, headers: r.headers, body })
            })
            .collect();
        Replay { answers, asked: RefCell::new(Vec::new()) }
    }
}

impl Transport for Replay {
    fn get(&self, url: &str) -> Result<Response, String> {
        self.asked.borrow_mut().push(url.to_owned());
        self.answers.get(url).cloned().ok_or_else(|| format!("not recorded: {url}"))
    }
}

/// A site folder of its own: `content/articles/`, `public/site.json` (the demo's).
struct Site {
    root: PathBuf,
}

impl Site {
    fn new(name: &str) -> Site {
        let root = std::env::temp_dir().join(format!("gazette-import-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("content/articles")).expect("temp content");
        std::fs::create_dir_all(root.join("public")).expect("temp public");
        let demo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/site.json");
        std::fs::copy(demo, root.join("public/site.json")).expect("site.json");
        Site { root }
    }

    fn import(&self, url: &str, transport: &dyn Transport) -> Summary {
        let (content, site, public) =
            (self.root.join("content"), self.root.join("public/site.json"), self.root.join("public"));
        let paths = Paths { content: &content, site: &site, public: &public };
        run::import(url, &paths, transport).expect("the import runs")
    }

    /// The articles as the content tool reads them (every problem listed if any).
    fn articles(&self) -> Vec<Record> {
        let site = catalog::load_site(&self.root.join("public/site.json")).expect("site.json stays valid");
        let public = self.root.join("public");
        let cx = Context { site: &site, public: &public };
        match catalog::load_articles(&self.root.join("content"), &cx) {
            Ok(records) => records,
            Err(problems) => panic!("the content tool refuses the import: {problems:#?}"),
        }
    }

    fn file(&self, path: &str) -> String {
        std::fs::read_to_string(self.root.join(path)).unwrap_or_default()
    }
}

impl Drop for Site {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

const RECORDED_SITE: &str = "http://127.0.0.1:18099";

fn find<'a>(records: &'a [Record], slug: &str) -> &'a Record {
    records.iter().find(|r| r.article.slug == slug).unwrap_or_else(|| panic!("no article {slug}"))
}

fn texts(blocks: &[Block]) -> Vec<String> {
    blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph { content } | Block::Heading { content, .. } => inline_text(content),
            other => format!("{other:?}"),
        })
        .collect()
}

fn links(blocks: &[Block]) -> Vec<String> {
    fn walk(inlines: &[Inline], out: &mut Vec<String>) {
        for inline in inlines {
            match inline {
                Inline::Link { href, .. } => out.push(href.clone()),
                Inline::Emphasis { content } | Inline::Strong { content } => walk(content, out),
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    for block in blocks {
        if let Block::Paragraph { content } = block {
            walk(content, &mut out);
        }
    }
    out
}

#[test]
fn a_real_wordpress_becomes_articles_the_content_tool_accepts() {
    let site = Site::new("recorded");
    let summary = site.import(RECORDED_SITE, &Replay::recorded("run-1"));
    assert_eq!((summary.written, summary.removed, summary.failed.len()), (7, 0, 0), "{}", summary.report());
    assert!(
        summary.skipped.iter().any(|s| s.contains("members-only-figures") && s.contains("password")),
        "{:?}",
        summary.skipped
    );
    for kind in ["script", "style", "iframe", "form", "event attribute", "javascript: URL"] {
        assert!(
            summary.dropped.get(kind).is_some_and(|n| *n > 0),
            "{kind} not counted: {:?}",
            summary.dropped
        );
    }
    let records = site.articles();
    assert_eq!(records.len(), 7);
    assert!(
        records.iter().all(|r| r.article.slug != "members-only-figures"),
        "the protected post is not imported"
    );

    let lead = find(&records, "tidal-barrier-closes");
    let a = &lead.article;
    assert_eq!(a.title, "Tidal barrier closes “for real” after a decade");
    assert_eq!(a.standfirst, "The seven gates closed in earnest on Thursday night & held.");
    assert_eq!((a.section.slug.as_str(), a.author.name.as_str()), ("world", "Mara Lindqvist"));
    assert_eq!(a.tags.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(), ["Climate", "Harbour City"]);
    assert!(lead.lead, "the sticky post is the lead story");
    assert_eq!(a.wordpress_id, Some(7));
    let image = a.image.as_ref().expect("the featured image");
    assert_eq!(image.src, "images/wordpress/2026/11/tidal-barrier.jpg");
    assert_eq!(
        (image.alt.as_str(), image.credit.as_deref()),
        ("Steel gates across a grey estuary", Some("Harbour Test Photo Desk"))
    );
    assert_eq!(image.caption.as_deref(), Some("The barrier’s seven gates, closed."));
    assert_eq!(image.variants.iter().map(|v| v.width).collect::<Vec<_>>(), [300, 768, 1024, 1536]);
    let quotes: Vec<_> = a
        .body
        .iter()
        .filter_map(|b| match b {
            Block::Quote { attribution, .. } => attribution.clone(),
            _ => None,
        })
        .collect();
    assert_eq!(quotes, ["Ines Varga, harbour master", "A fisherman"]);
    let body = texts(&a.body);
    assert!(body.iter().any(|t| t == "How it works"), "{body:#?}");
    assert!(
        body.iter()
            .any(|t| t.starts_with("At 21:40 on Thursday, with the tide still rising, the seven gates of")),
        "{body:#?}"
    );

    let hostile = find(&records, "hostile-markup-test");
    assert_eq!(
        hostile.article.title, "Hostile <b>markup</b> test",
        "the title's script is gone, its text stays text"
    );
    let words = texts(&hostile.article.body).join("\n");
    assert!(words.contains("Still here <script> as text."), "{words}");
    assert!(
        !words.contains("alert") && !words.contains("pwned") && !words.contains("display: none"),
        "{words}"
    );
    assert!(links(&hostile.article.body).iter().all(|href| !href.starts_with("javascript")));

    let fish = find(&records, "fish-prices-in-tables");
    assert!(
        links(&fish.article.body).contains(&"article/tidal-barrier-closes".to_owned()),
        "a link to another post stays on the site"
    );
    assert_eq!(
        find(&records, "privet-iz-gavani").article.title,
        "Привет из гавани",
        "a readable slug for a Cyrillic one"
    );

    // Tables (one with its header row, one without), code, a gallery with each picture's caption.
    let tables: Vec<(Vec<String>, Vec<String>)> = fish
        .article
        .body
        .iter()
        .filter_map(|b| match b {
            Block::Table { head, rows } => Some((
                head.iter().map(|c| inline_text(c)).collect(),
                rows.iter().filter_map(|r| r.first()).map(|c| inline_text(c)).collect(),
            )),
            _ => None,
        })
        .collect();
    assert_eq!(tables.len(), 2, "{tables:?}");
    assert_eq!(
        tables[0],
        (vec!["Fish".to_owned(), "Price".to_owned()], vec!["Cod".to_owned(), "Herring".to_owned()])
    );
    assert!(tables[1].0.is_empty(), "a table without a header row has none: {tables:?}");
    let code: Vec<&String> = fish
        .article
        .body
        .iter()
        .filter_map(|b| match b {
            Block::Code { text, .. } => Some(text),
            _ => None,
        })
        .collect();
    assert!(code.first().is_some_and(|c| c.contains("kg * 12.0 // <cod>")), "{code:?}");
    let gallery = find(&records, "harbour-at-night-gallery");
    let captions: Vec<Option<&str>> = gallery
        .article
        .body
        .iter()
        .filter_map(|b| match b {
            Block::Gallery { images } => {
                Some(images.iter().map(|i| i.caption.as_deref()).collect::<Vec<_>>())
            }
            _ => None,
        })
        .flatten()
        .collect();
    assert_eq!(captions, [Some("The last ferry leaves."), Some("The gates at dusk."), None]);

    // Only `sections` changed in site.json: the categories with posts, most posts first.
    let site_json: serde_json::Value = serde_json::from_str(&site.file("public/site.json")).expect("json");
    let sections: Vec<&str> = site_json["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .filter_map(|s| s["slug"].as_str())
        .collect();
    assert_eq!(sections, ["world", "business", "technology", "uncategorized"]);
    let demo: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/site.json"))
            .expect("demo"),
    )
    .expect("json");
    for (key, value) in demo.as_object().expect("object") {
        if key != "sections" && key != "comments" {
            assert_eq!(&site_json[key], value, "{key} is left alone");
        }
    }
    // The demo names no comment server: the readers' comments stay on WordPress.
    assert_eq!(site_json["comments"], serde_json::json!({ "server": null, "wordpress": RECORDED_SITE }));
    assert!(summary.notes.iter().any(|n| n.contains("comments.wordpress")), "{:?}", summary.notes);
    let redirects = site.file("content/redirects.txt");
    for line in ["/2026/11/tidal-barrier-closes/ article/tidal-barrier-closes", "/category/business/ section/business",
        "/tag/harbour-city/ tag/harbour-city", "/author/mara/ author/mara-lindqvist",
        "/2026/11/%d0%bf%d1%80%d0%b8%d0%b2%d0%b5%d1%82-%d0%b8%d0%b7-%d0%b3%d0%b0%d0%b2%d0%b0%d0%bd%d0%b8/ article/privet-iz-gavani"] {
        assert!(redirects.lines().any(|l| l == line), "{line:?} missing from\n{redirects}");
    }
}

#[test]
fn a_re_run_asks_a_handful_of_questions_and_rewrites_only_what_changed() {
    let site = Site::new("rerun");
    site.import(RECORDED_SITE, &Replay::recorded("run-1"));
    let before = site.file("content/articles/fish-prices-in-tables.md");
    let unchanged = Replay::recorded("run-2");
    let summary = site.import(RECORDED_SITE, &unchanged);
    assert_eq!((summary.written, summary.removed, summary.failed.len()), (0, 0, 0), "{}", summary.report());
    assert_eq!(summary.requests, 6, "{:#?}", unchanged.asked.borrow());
    assert_eq!(site.file("content/articles/fish-prices-in-tables.md"), before);

    let changed = Replay::recorded("run-3");
    let summary = site.import(RECORDED_SITE, &changed);
    assert_eq!((summary.written, summary.failed.len()), (1, 0), "{}", summary.report());
    assert_eq!(summary.requests, 6, "{:#?}", changed.asked.borrow());
    let records = site.articles();
    assert_eq!(records.len(), 7);
    let updated: Vec<&Record> = records.iter().filter(|r| r.article.title.ends_with("(updated)")).collect();
    assert_eq!(updated.len(), 1);
    assert!(updated.iter().all(|r| r.article.updated.is_some()), "the change is dated");
    assert_eq!(
        site.file("content/articles/fish-prices-in-tables.md"),
        before,
        "an unchanged post is not rewritten"
    );
}

/// Frontity's captures of demo.worona.org, served as that site would: two pages of posts, two
/// of categories; pictures as the smallest JPEG of the size WordPress says they have.
struct Frontity {
    sizes: HashMap<String, (u16, u16)>,
}

impl Frontity {
    fn new() -> Frontity {
        let mut sizes = HashMap::new();
        for file in ["posts-from-category-7.json", "posts-from-category-7-page-2.json"] {
            let posts: serde_json::Value = serde_json::from_str(&Self::read(file)).expect("json");
            for post in posts.as_array().into_iter().flatten() {
                for media in post["_embedded"]["wp:featuredmedia"].as_array().into_iter().flatten() {
                    for size in
                        media["media_details"]["sizes"].as_object().into_iter().flatten().map(|(_, s)| s)
                    {
                        let (w, h) =
                            (size["width"].as_u64().unwrap_or(1), size["height"].as_u64().unwrap_or(1));
                        sizes.insert(
                            size["source_url"].as_str().unwrap_or("").to_owned(),
                            (w as u16, h as u16),
                        );
                    }
                }
            }
        }
        Frontity { sizes }
    }

    fn read(file: &str) -> String {
        std::fs::read_to_string(fixtures("wordpress-frontity").join(file)).expect("a capture")
    }

    fn json(file: &str, total: u64, pages: u64) -> Response {
        let headers =
            vec![("x-wp-total".into(), total.to_string()), ("x-wp-totalpages".into(), pages.to_string())];
        Response { status: 200, headers, body: Self::read(file).into_bytes() }
    }
}

impl Transport for Frontity {
    fn get(&self, url: &str) -> Result<Response, String> {
        let page2 = url.contains("&page=2");
        Ok(if url.contains("/types/post") {
            Frontity::json("post-type.json", 0, 0)
        } else if url.contains("/categories?") {
            Frontity::json(if page2 { "categories-list-page-2.json" } else { "categories-list.json" }, 6, 2)
        } else if url.contains("/tags?") {
            Frontity::json("tags-list.json", 10, 1)
        } else if url.contains("/users?") {
            Frontity::json("author-list.json", 5, 1)
        } else if url.contains("/posts?") {
            Frontity::json(
                if page2 { "posts-from-category-7-page-2.json" } else { "posts-from-category-7.json" },
                10,
                2,
            )
        } else if url.contains("/wp-content/uploads/") {
            let (w, h) = self.sizes.get(url).copied().unwrap_or((1200, 800));
            let [w1, w0] = w.to_be_bytes();
            let [h1, h0] = h.to_be_bytes();
            let jpeg = vec![
                0xFF, 0xD8, 0xFF, 0xC0, 0, 17, 8, h1, h0, w1, w0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0xFF, 0xD9,
            ];
            Response { status: 200, headers: Vec::new(), body: jpeg }
        } else {
            Response { status: 404, headers: Vec::new(), body: b"<html>Not found</html>".to_vec() }
        })
    }
}

#[test]
fn another_sites_captures_import_too() {
    let site = Site::new("frontity");
    let summary = site.import("https://demo.worona.org", &Frontity::new());
    assert_eq!((summary.written, summary.failed.len()), (10, 0), "{}", summary.report());
    let records = site.articles();
    assert_eq!(records.len(), 10);
    let garden = find(&records, "shinjuku-gyoen-national-garden");
    assert_eq!(garden.article.section.slug, "nature", "the first category is the section");
    assert_eq!(garden.article.author.name, "Reyes Martinez");
    assert!(
        garden
            .article
            .standfirst
            .starts_with("Shinjuku Gyoen National Garden (新宿御苑 Shinjuku Gyoen) is a large park"),
        "{}",
        garden.article.standfirst
    );
    let image = garden.article.image.as_ref().expect("featured image");
    assert!(image.src.starts_with("images/wordpress/2016/"), "{}", image.src);
    assert!(!image.variants.is_empty(), "the other sizes of the same shape are variants");
    let antelope = find(&records, "lower-antelope-canyon");
    assert!(!antelope.article.standfirst.contains("Continue reading"), "{}", antelope.article.standfirst);
    let site_json: serde_json::Value = serde_json::from_str(&site.file("public/site.json")).expect("json");
    assert_eq!(site_json["sections"][0]["slug"], "nature", "most posts first: {}", site_json["sections"]);
}

/// The recorded site as one without pretty permalinks: `/wp-json/` answers WordPress's HTML
/// 404 page, and the same answers come through `?rest_route=`.
struct QueryOnly(Replay);

impl Transport for QueryOnly {
    fn get(&self, url: &str) -> Result<Response, String> {
        if url.contains("/wp-json/") {
            return Ok(Response {
                status: 404,
                headers: Vec::new(),
                body: b"<!doctype html><title>Page not found</title>".to_vec(),
            });
        }
        let pretty = url.replacen("/?rest_route=/", "/wp-json/", 1).replacen('&', "?", 1);
        self.0.get(if url.contains("rest_route") { &pretty } else { url })
    }
}

#[test]
fn a_site_without_pretty_permalinks_is_read_through_rest_route() {
    let site = Site::new("rest-route");
    let transport = QueryOnly(Replay::recorded("run-1"));
    let summary = site.import(RECORDED_SITE, &transport);
    assert_eq!((summary.written, summary.failed.len()), (7, 0), "{}", summary.report());
    let asked = transport.0.asked.borrow();
    assert!(
        asked.iter().any(|u| u.starts_with("http://127.0.0.1:18099/wp-json/wp/v2/categories")),
        "{asked:#?}"
    );
}

/// Answers that fail first: a dropped connection, a 503, a 429 asking to wait 7 s; then the
/// recording's. The waits asked for are kept instead of slept.
struct Flaky {
    inner: Replay,
    failures: RefCell<Vec<Result<Response, String>>>,
    waits: RefCell<Vec<std::time::Duration>>,
}

impl Transport for Flaky {
    fn get(&self, url: &str) -> Result<Response, String> {
        if url.contains("/posts?") {
            if let Some(failure) = self.failures.borrow_mut().pop() {
                return failure;
            }
        }
        self.inner.get(url)
    }

    fn pause(&self, wait: std::time::Duration) {
        self.waits.borrow_mut().push(wait);
    }
}

#[test]
fn network_errors_503_and_429_are_retried_with_backoff_and_retry_after() {
    let site = Site::new("flaky");
    let too_many =
        Response { status: 429, headers: vec![("retry-after".into(), "7".into())], body: Vec::new() };
    let unavailable = Response { status: 503, headers: Vec::new(), body: Vec::new() };
    let transport = Flaky {
        inner: Replay::recorded("run-1"),
        // Popped from the end: the connection drops first, then 503, then 429.
        failures: RefCell::new(vec![Ok(too_many), Ok(unavailable), Err("connection reset".into())]),
        waits: RefCell::new(Vec::new()),
    };
    let summary = site.import(RECORDED_SITE, &transport);
    assert_eq!((summary.written, summary.failed.len()), (7, 0), "{}", summary.report());
    let seconds: Vec<f64> = transport.waits.borrow().iter().map(std::time::Duration::as_secs_f64).collect();
    assert_eq!(seconds, [0.5, 1.0, 7.0], "doubling from 0.5 s, unless Retry-After says");
}

#[test]
fn a_comment_server_the_publisher_chose_is_left_alone() {
    use super::site_sections::keep_wordpress_comments;
    let site = "https://wp.example";
    let isso = "{\n  \"comments\": { \"server\": \"https://isso.example\" },\n  \"x\": 1\n}\n";
    assert_eq!(keep_wordpress_comments(isso, site), Ok(None));
    let other = "{ \"comments\": { \"wordpress\": \"https://other.example\" } }";
    assert_eq!(keep_wordpress_comments(other, site), Ok(None));
    let none = "{\n  \"siteName\": \"A\",\n  \"comments\": { \"server\": null }\n}\n";
    let set = keep_wordpress_comments(none, site).unwrap().unwrap();
    assert_eq!(set, "{\n  \"siteName\": \"A\",\n  \"comments\": {\"server\":null,\"wordpress\":\"https://wp.example\"}\n}\n");
    let missing = keep_wordpress_comments("{\n  \"siteName\": \"A\"\n}\n", site).unwrap().unwrap();
    let parsed: serde_json::Value = serde_json::from_str(&missing).unwrap();
    assert_eq!(parsed["comments"]["wordpress"], site);
}
