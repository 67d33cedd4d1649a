use gazette::model::article::{Article, Inline, Ref};
use gazette::model::decode::decode;

use super::*;
use crate::catalog::sort;
use crate::date::parse_rfc3339;

fn named(slug: &str) -> Ref {
    Ref { slug: slug.to_owned(), name: slug.to_uppercase() }
}

fn site(sections: &[&str]) -> SiteConfig {
    let list: Vec<String> = sections.iter().map(|s| format!(r#"{{"slug":"{s}","name":"{s}"}}"#)).collect();
    let json = format!(r#"{{"version":1,"siteName":"T","sections":[{}]}}"#, list.join(","));
    serde_json::from_str(&json).expect("test site")
}

/// An article published `day` days into 2026, with `views` in the last 7 days.
fn record(slug: &str, section: &str, day: u32, views: u64, tags: &[&str]) -> Record {
    let published = parse_rfc3339(&format!("2026-03-{:02}T12:00:00Z", day)).expect("test date");
    let paragraph = |text: &str| Block::Paragraph { content: vec![Inline::Text { text: text.to_owned() }] };
    Record {
        article: Article {
            format: FORMAT_VERSION,
            slug: slug.to_owned(),
            title: format!("Title {slug}"),
            standfirst: "Standfirst.".into(),
            section: named(section),
            author: named("ann"),
            published: published.to_rfc3339(),
            updated: None,
            tags: tags.iter().map(|t| named(t)).collect(),
            image: None,
            reading_minutes: 1,
            wordpress_id: None,
            body: vec![paragraph(&"word ".repeat(30)), paragraph(&"more ".repeat(100))],
        },
        excerpt: "Short.".into(),
        instant: published,
        lead: false,
        pick: false,
        popularity: views,
        file: format!("{slug}.md"),
    }
}

fn slugs<'a>(list: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    list.into_iter().collect()
}

fn demo() -> Vec<Record> {
    let mut records = vec![
        record("old-hit", "world", 1, 9000, &["a"]),
        record("old-quiet", "world", 2, 10, &["b"]),
        record("mid", "business", 10, 3000, &["a", "b"]),
        record("recent-big", "world", 25, 5000, &["a"]),
        record("recent-small", "business", 26, 800, &["c"]),
        record("yesterday", "science", 29, 1200, &["a", "c"]),
        record("today", "science", 30, 300, &["c"]),
        record("tie-b", "business", 20, 700, &[]),
        record("tie-a", "business", 20, 700, &[]),
    ];
    sort(&mut records);
    records
}

#[test]
fn most_popular_ranks_by_views_and_is_bounded() {
    let records = demo();
    let top: Vec<&str> = most_popular(&records).iter().map(|r| r.article.slug.as_str()).collect();
    assert_eq!(top, ["old-hit", "recent-big", "mid", "yesterday", "recent-small"]);
    let many: Vec<Record> = (0..40).map(|i| record(&format!("a{i}"), "world", 1 + i % 28, 5, &[])).collect();
    assert_eq!(most_popular(&many).len(), MOST_POPULAR);
}

#[test]
fn popular_news_prefers_recent_stories_and_never_repeats_most_popular() {
    let records = demo();
    let top = most_popular(&records);
    let news = popular_news(&records, &top);
    assert_eq!(
        slugs(news.iter().map(|h| h.slug.as_str())),
        ["tie-a", "tie-b", "today", "old-quiet"],
        "recent ones by views (ties newest, then A–Z), topped up with older ones"
    );
    assert!(news.iter().all(|h| h.excerpt.as_deref() == Some("Short.") && h.image.is_none()));
}

#[test]
fn read_now_lists_picks_newest_first_with_a_long_excerpt() {
    let mut records = demo();
    for r in &mut records {
        r.pick = ["old-hit", "mid", "today", "yesterday"].contains(&r.article.slug.as_str());
    }
    let picks = read_now(&records);
    assert_eq!(slugs(picks.iter().map(|h| h.slug.as_str())), ["today", "yesterday", "mid"]);
    let text = picks[0].excerpt.as_deref().unwrap_or_default();
    assert!(text.starts_with("word word") && text.contains("more more"), "paragraphs are joined: {text}");
    assert!(text.chars().count() <= LONG_EXCERPT_CHARS && text.ends_with('…'));
    assert!(read_now(&demo()).is_empty(), "no picks, no list");
}

#[test]
fn trending_favours_views_per_day_out() {
    let records = demo();
    let hot: Vec<&str> = trending(&records).iter().map(|r| r.article.slug.as_str()).collect();
    // recent-big: 5000 over 5 days; yesterday: 1200 in a day; old-hit: 9000 over the full 7.
    assert_eq!(hot, ["old-hit", "yesterday", "recent-big", "mid", "today", "recent-small"]);
    assert_eq!(hot.len(), TRENDING);
}

#[test]
fn related_share_tags_or_section_and_never_the_article_itself() {
    let records = demo();
    let at = |slug: &str| records.iter().position(|r| r.article.slug == slug).expect("in demo");
    let links = article_links(&records, at("mid"));
    assert_eq!(links.slug, "mid");
    let related: Vec<&str> = links.related.iter().map(|s| s.slug.as_str()).collect();
    assert_eq!(related, ["yesterday", "recent-big", "old-quiet", "old-hit"]);
    assert!(!related.contains(&"mid"));
    assert_eq!(links.previous.map(|h| h.slug).as_deref(), Some("old-quiet"));
    assert_eq!(links.next.map(|h| h.slug).as_deref(), Some("tie-b"));
    let newest = article_links(&records, 0);
    assert!(newest.next.is_none() && newest.previous.is_some());
    let oldest = article_links(&records, records.len() - 1);
    assert!(oldest.previous.is_none() && oldest.next.is_some());
    assert!(article_links(&records, at("tie-a")).related.iter().all(|s| s.slug != "tie-a"));
}

#[test]
fn sections_are_counted_in_menu_order_even_when_empty() {
    let counts = section_counts(&demo(), &site(&["science", "world", "business", "health"]));
    let pairs: Vec<(&str, u32)> =
        counts.sections.iter().map(|c| (c.section.slug.as_str(), c.count)).collect();
    assert_eq!(pairs, [("science", 2), ("world", 3), ("business", 4), ("health", 0)]);
}

#[test]
fn widget_files_decode_in_the_app_and_stay_small() {
    let records = demo();
    let files = files(&records, &site(&["world", "business", "science"]), &[]).expect("widget files");
    let file = |path: &str| {
        let (_, bytes) = files.iter().find(|(p, _)| p == path).expect(path);
        String::from_utf8(bytes.clone()).expect("utf-8")
    };
    // Each part decodes on its own, as the app reads it.
    let site_widgets: std::collections::HashMap<String, Box<serde_json::value::RawValue>> =
        serde_json::from_str(&file(SITE_WIDGETS_FILE)).expect("site widgets");
    let part = |part: WidgetPart| site_widgets[part.key()].get().to_owned();
    assert_eq!(site_widgets.len(), WidgetPart::ALL.len());
    let popular: HeadlineList = decode(&part(WidgetPart::MostPopular)).expect("most popular");
    assert_eq!(popular.articles[0].views, Some(9000));
    let _: HeadlineList = decode(&part(WidgetPart::PopularNews)).expect("popular news");
    let _: HeadlineList = decode(&part(WidgetPart::ReadNow)).expect("read now");
    let _: HeadlineList = decode(&part(WidgetPart::Trending)).expect("trending");
    let _: SectionCounts = decode(&part(WidgetPart::Sections)).expect("sections");
    let ads: HouseAds = decode(&part(WidgetPart::Ads)).expect("ads");
    assert!(ads.ads.is_empty());
    let links: ArticleLinks = decode(&file(&article_links_file("mid"))).expect("related");
    assert_eq!(links.slug, "mid");
    assert_eq!(files.len(), 1 + records.len());
}

/// The former full scan: score every other article, stable sort, take the best `RELATED`.
fn related_by_full_scan(records: &[Record], index: usize) -> Vec<String> {
    let this = &records[index];
    let score = |other: &Record| {
        let shared = other
            .article
            .tags
            .iter()
            .filter(|t| this.article.tags.iter().any(|own| own.slug == t.slug))
            .count();
        2 * shared + usize::from(other.article.section.slug == this.article.section.slug)
    };
    let mut related: Vec<(usize, &Record)> = records
        .iter()
        .filter(|other| other.article.slug != this.article.slug)
        .map(|other| (score(other), other))
        .filter(|(score, _)| *score > 0)
        .collect();
    related.sort_by_key(|(score, _)| std::cmp::Reverse(*score));
    related.into_iter().take(RELATED).map(|(_, r)| r.article.slug.clone()).collect()
}

#[test]
fn indexed_related_match_the_full_scan() {
    let sections = ["world", "business", "science", "health"];
    let tags = ["a", "b", "c", "d", "e", "f", "g"];
    // A small deterministic mix: few, many and no tags; sparse and crowded sections; ties.
    let mut state: u32 = 12345;
    let mut next = move |n: u32| {
        state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
        (state >> 16) % n
    };
    let mut records = Vec::new();
    for i in 0..300 {
        let section = sections[next(4) as usize];
        let count = next(4) as usize;
        let mut own: Vec<&str> = Vec::new();
        for _ in 0..count {
            let tag = tags[next(7) as usize];
            if !own.contains(&tag) {
                own.push(tag);
            }
        }
        records.push(record(&format!("s{i}"), section, 1 + next(28), u64::from(next(1000)), &own));
    }
    sort(&mut records);
    let mut index = LinkIndex::new(&records);
    for at in 0..records.len() {
        let indexed: Vec<String> = index.links(&records, at).related.into_iter().map(|s| s.slug).collect();
        assert_eq!(indexed, related_by_full_scan(&records, at), "related of {}", records[at].article.slug);
    }
}
