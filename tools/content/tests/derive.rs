use gazette::api::ContentSource;
use gazette::model::article::Article;
use gazette::model::search::index::{docs_file, shard_file, MANIFEST_FILE};

use super::*;
use crate::catalog::sort;
use crate::date::parse_rfc3339;

fn site(sections: &[&str]) -> SiteConfig {
    let list: Vec<String> = sections.iter().map(|s| format!(r#"{{"slug":"{s}","name":"{s}"}}"#)).collect();
    let json = format!(r#"{{"version":1,"siteName":"T","pageSize":10,"sections":[{}]}}"#, list.join(","));
    serde_json::from_str(&json).expect("test site")
}

fn named(slug: &str) -> Ref {
    Ref { slug: slug.to_owned(), name: slug.to_uppercase() }
}

/// An article published `hour` hours into 2026 (so a larger hour is newer).
fn record(slug: &str, section: &str, hour: u32, lead: bool) -> Record {
    let published =
        parse_rfc3339(&format!("2026-01-{:02}T{:02}:00:00Z", 1 + hour / 24, hour % 24)).expect("test date");
    Record {
        article: Article {
            format: FORMAT_VERSION,
            slug: slug.to_owned(),
            title: slug.to_owned(),
            standfirst: "S".into(),
            section: named(section),
            author: named(if hour % 2 == 0 { "even" } else { "odd" }),
            published: published.to_rfc3339(),
            updated: None,
            tags: vec![named("all")],
            image: None,
            reading_minutes: 1,
            wordpress_id: None,
            body: Vec::new(),
        },
        excerpt: "E".into(),
        instant: published,
        lead,
        pick: false,
        popularity: 0,
        file: format!("{slug}.md"),
    }
}

fn slugs(list: &[Summary]) -> Vec<&str> {
    list.iter().map(|s| s.slug.as_str()).collect()
}

#[test]
fn archives_page_newest_first_with_totals() {
    let mut records: Vec<Record> = (0..25).map(|i| record(&format!("a{i:02}"), "world", i, false)).collect();
    records.push(record("tie-b", "world", 24, false));
    records.push(record("tie-a", "world", 24, false));
    sort(&mut records);
    let list: Vec<&Record> = records.iter().collect();
    let pages = archive(ArchiveKind::Section, &named("world"), &list, 10);
    assert_eq!(pages.len(), 3);
    assert_eq!(pages.iter().map(|p| p.articles.len()).collect::<Vec<_>>(), [10, 10, 7]);
    assert!(pages.iter().all(|p| p.total_pages == 3 && p.total_articles == 27));
    assert_eq!(pages.iter().map(|p| p.page).collect::<Vec<_>>(), [1, 2, 3]);
    assert_eq!(
        slugs(&pages[0].articles)[..4],
        ["a24", "tie-a", "tie-b", "a23"],
        "newest first, ties by slug"
    );
    assert_eq!(pages[2].articles.last().map(|s| s.slug.as_str()), Some("a00"));
    let exact = archive(ArchiveKind::Tag, &named("t"), &list[..20], 10);
    assert_eq!(exact.len(), 2, "20 articles at 10 a page is 2 pages, not 3");
    let empty = archive(ArchiveKind::Section, &named("science"), &[], 10);
    assert_eq!((empty.len(), empty[0].page, empty[0].total_pages, empty[0].total_articles), (1, 1, 1, 0));
}

#[test]
fn home_lead_is_the_newest_marked_lead_else_the_newest() {
    let site = site(&["world", "business", "science"]);
    let mut records = vec![
        record("new", "world", 50, false),
        record("old-lead", "business", 10, true),
        record("newer-lead", "business", 20, true),
        record("older", "world", 5, false),
    ];
    sort(&mut records);
    let home = home(&records, &site).expect("home");
    assert_eq!(home.lead.slug, "newer-lead");
    assert_eq!(slugs(&home.latest), ["new", "old-lead", "older"]);
    assert_eq!(slugs(&home.sections[1].articles), ["old-lead"], "the lead is not repeated in its section");
    assert_eq!(home.sections[2].section.slug, "science");
    assert!(home.sections[2].articles.is_empty(), "an empty section is still listed");
    for r in &mut records {
        r.lead = false;
    }
    assert_eq!(super::home(&records, &site).expect("home").lead.slug, "new");
    assert!(super::home(&[], &site).is_none());
}

#[test]
fn home_size_is_bounded() {
    let sections = ["world", "business"];
    let mut records: Vec<Record> =
        (0..500).map(|i| record(&format!("a{i}"), sections[i as usize % 2], i, false)).collect();
    sort(&mut records);
    let home = home(&records, &site(&sections)).expect("home");
    assert_eq!(home.latest.len(), LATEST);
    assert!(home.sections.iter().all(|s| s.articles.len() == PER_SECTION));
    assert_eq!(home.lead.slug, "a499");
}

#[test]
fn file_layout_matches_the_app_urls_and_is_deterministic() {
    let site = site(&["world", "science"]);
    let mut records: Vec<Record> = (0..12).map(|i| record(&format!("a{i}"), "world", i, false)).collect();
    sort(&mut records);
    let derived = derive(&records, &site, &[]).expect("derives");
    let paths: Vec<&str> = derived.files.iter().map(|(p, _)| p.as_str()).collect();
    let source = ContentSource::new("/", "");
    let expected = [
        source.home_url(),
        source.article_url("a0"),
        source.archive_url(ArchiveKind::Section, "world", 2),
        source.archive_url(ArchiveKind::Section, "science", 1),
        source.archive_url(ArchiveKind::Tag, "all", 2),
        source.archive_url(ArchiveKind::Author, "even", 1),
        source.file_url(MANIFEST_FILE),
        source.file_url(&docs_file(0)),
        source.file_url(&shard_file("al")),
    ];
    for url in expected {
        assert!(paths.contains(&&url[1..]), "{url} missing from {paths:?}");
    }
    // Articles, home, archive pages, the site-wide widgets' file and one related file per article, and
    // the search index: a manifest, one docs chunk and the term shards.
    let (search, other): (Vec<&str>, Vec<&str>) = paths.iter().partition(|p| p.starts_with("search/"));
    assert_eq!(other.len(), 12 + 1 + 3 + 2 + 2 + 1 + 12);
    assert!(search.len() > 3, "{search:?}");
    assert_eq!(derived.stats, Stats { articles: 12, sections: 2, tags: 1, authors: 2 });
    assert_eq!(derive(&records, &site, &[]).expect("again").files, derived.files, "same input, same bytes");
}
