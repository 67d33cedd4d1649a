use super::*;
use crate::model::listing::ArchivePage;

fn config(url: Option<&str>) -> SiteConfig {
    let mut config: SiteConfig = serde_json::from_str(
        r#"{"version":1,"siteName":"T & Co","description":"News.","language":"en-GB",
            "publisher":{"name":"T Media","logo":"images/logo.png"},
            "sections":[{"slug":"world","name":"World"}]}"#,
    )
    .expect("config");
    config.url = url.map(str::to_owned);
    config
}

fn article() -> Article {
    serde_json::from_str(
        r#"{"format":1,"slug":"a-b","title":"A </script> b","standfirst":"S","section":{"slug":"world","name":"World"},
            "author":{"slug":"m","name":"M"},"published":"2026-11-27T10:00:00Z","updated":"2026-11-28T09:00:00Z",
            "tags":[{"slug":"ai","name":"AI"},{"slug":"x","name":"X"}],
            "image":{"src":"images/a.jpg","alt":"A picture","width":1200,"height":675},"readingMinutes":2,
            "body":[{"type":"paragraph","content":[{"type":"text","text":"Three short words."}]}]}"#,
    )
    .expect("article")
}

fn json(meta: &PageMeta) -> serde_json::Value {
    serde_json::from_str(meta.structured_data.as_deref().expect("structured data")).expect("JSON")
}

#[test]
fn an_article_is_described_whole() {
    let meta = PageMeta::article(&config(Some("https://news.example/paper/")), &article());
    assert_eq!(meta.url.as_deref(), Some("https://news.example/paper/article/a-b"));
    assert_eq!(meta.canonical(), meta.url.as_deref());
    assert_eq!(meta.kind.og_type(), "article");
    assert_eq!(meta.locale.as_deref(), Some("en_GB"));
    assert_eq!(meta.twitter_card(), "summary_large_image");
    let image = meta.image.as_ref().expect("image");
    assert_eq!(
        (image.url.as_str(), image.width, image.alt.as_str()),
        ("https://news.example/paper/images/a.jpg", 1200, "A picture")
    );
    let facts = meta.article.as_ref().expect("facts");
    assert_eq!(facts.modified, "2026-11-28T09:00:00Z");
    assert_eq!(facts.author, "https://news.example/paper/author/m");
    assert_eq!(facts.tags, ["AI", "X"]);
    // The site's feeds, then the section's.
    assert_eq!(meta.feeds.len(), 6);
    assert_eq!(meta.feeds[3].href, "https://news.example/paper/feeds/section/world/rss.xml");
    assert_eq!(meta.feeds[3].title, "World | T & Co (RSS)");

    let data = json(&meta);
    let news = &data["@graph"][0];
    assert_eq!(news["@type"], "NewsArticle");
    assert_eq!(news["headline"], "A </script> b");
    assert_eq!(news["author"][0]["url"], "https://news.example/paper/author/m");
    assert_eq!(news["publisher"]["@type"], "NewsMediaOrganization");
    assert_eq!(news["publisher"]["name"], "T Media");
    assert_eq!(news["publisher"]["logo"]["url"], "https://news.example/paper/images/logo.png");
    assert_eq!(news["wordCount"], 3);
    assert_eq!(news["keywords"][1], "X");
    assert_eq!(news["inLanguage"], "en-GB");
    let trail = &data["@graph"][1]["itemListElement"];
    assert_eq!(trail[1]["item"], "https://news.example/paper/section/world");
    assert_eq!(trail[2]["name"], "A </script> b");
    assert!(!meta.structured_data.as_deref().unwrap_or_default().contains("</script>"));
}

#[test]
fn social_cards_get_a_picture_they_can_show() {
    let mut story = article();
    let image = story.image.as_mut().expect("image");
    image.src = "images/a.svg".into();
    let svg_only = PageMeta::article(&config(Some("https://news.example/")), &story);
    assert_eq!((svg_only.twitter_card(), svg_only.image), ("summary", None));
    // The site's own picture stands in for it.
    let mut site = config(Some("https://news.example/"));
    site.share_image =
        serde_json::from_str(r#"{"src":"images/share.png","alt":"T & Co","width":1200,"height":630}"#).ok();
    let fallback = PageMeta::article(&site, &story).image.expect("the site's picture");
    assert_eq!(
        (fallback.url.as_str(), fallback.alt.as_str()),
        ("https://news.example/images/share.png", "T & Co")
    );
    let image = story.image.as_mut().expect("image");
    image.variants = vec![
        crate::model::image::ImageVariant { src: "images/a-600.png".into(), width: 600 },
        crate::model::image::ImageVariant { src: "images/a-900.webp?v=2".into(), width: 900 },
    ];
    let meta = PageMeta::article(&config(Some("https://news.example/")), &story);
    let card = meta.image.clone().expect("a raster copy");
    assert_eq!(
        (card.url.as_str(), card.width, card.height),
        ("https://news.example/images/a-900.webp?v=2", 900, 506)
    );
    // Structured data keeps the picture as it is: search engines read SVG.
    assert_eq!(json(&meta)["@graph"][0]["image"][0], "https://news.example/images/a.svg");
}

#[test]
fn archives_link_their_neighbours_and_page_one_has_no_page_parameter() {
    let page = |n: u32| -> ArchivePage {
        serde_json::from_str(&format!(
            r#"{{"format":1,"kind":"section","subject":{{"slug":"world","name":"World"}},"page":{n},"totalPages":3,"totalArticles":9,"articles":[]}}"#
        ))
        .expect("archive")
    };
    let site = config(Some("https://news.example"));
    let first = PageMeta::archive(&site, &page(1));
    assert_eq!(first.canonical(), Some("https://news.example/section/world"));
    assert_eq!(
        (first.prev.as_deref(), first.next.as_deref()),
        (None, Some("https://news.example/section/world?page=2"))
    );
    let second = PageMeta::archive(&site, &page(2));
    assert_eq!(second.canonical(), Some("https://news.example/section/world?page=2"));
    assert_eq!(second.prev.as_deref(), Some("https://news.example/section/world"));
    assert_eq!(second.title, "World — page 2");
    let last = PageMeta::archive(&site, &page(3));
    assert_eq!(last.next, None);
    assert_eq!(json(&first)["@graph"][0]["@type"], "CollectionPage");
    assert_eq!(first.twitter_card(), "summary");
}

#[test]
fn the_front_page_offers_site_search() {
    let home: Home = serde_json::from_str(
        r#"{"format":1,"lead":{"slug":"a-b","title":"A","excerpt":"E","section":{"slug":"world","name":"World"},"author":{"slug":"m","name":"M"},"published":"2026-11-27T10:00:00Z","readingMinutes":1},"sections":[]}"#,
    )
    .expect("home");
    let meta = PageMeta::home(&config(Some("https://news.example/")), &home);
    assert_eq!(meta.title, "T & Co");
    let site = &json(&meta)["@graph"][0];
    assert_eq!(site["@type"], "WebSite");
    assert_eq!(
        site["potentialAction"]["target"]["urlTemplate"],
        "https://news.example/search?q={search_term_string}"
    );
    assert_eq!(site["potentialAction"]["query-input"], "required name=search_term_string");
}

#[test]
fn search_and_missing_pages_are_not_indexed_and_no_address_means_no_absolute_tags() {
    let search = PageMeta::search(&config(Some("https://news.example/")), "Search".into(), "a b", 1);
    assert!(search.noindex);
    assert_eq!(search.canonical(), None);
    assert_eq!(search.url.as_deref(), Some("https://news.example/search?q=a%20b"));
    let missing = PageMeta::not_found(&config(Some("https://news.example/")));
    assert!(missing.noindex && missing.url.is_none());
    let unaddressed = PageMeta::article(&config(None), &article());
    assert_eq!((unaddressed.url, unaddressed.structured_data, unaddressed.feeds.len()), (None, None, 0));
    assert_eq!(unaddressed.title, "A </script> b");
}
