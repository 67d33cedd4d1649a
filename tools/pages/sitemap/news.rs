//! The Google News sitemap (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap):
//! the articles of the last two days, each with its publication, date and title.

use std::fmt::Write as _;

use gazette::model::date::Instant;
use quick_xml::escape::escape;

use super::{HEAD, SITEMAP_NS};

const NEWS_NS: &str = "http://www.google.com/schemas/sitemap-news/0.9";

/// Google News takes at most 1,000 articles a sitemap, published in the last two days.
pub const NEWS_MAX: usize = 1_000;
pub const NEWS_WINDOW_SECONDS: i64 = 48 * 3600;

/// An article for the news sitemap.
pub struct Story<'a> {
    pub loc: String,
    pub title: &'a str,
    pub published: Instant,
}

/// The news sitemap of the stories published in the 48 hours up to `now` (the newest 1,000),
/// or `None` when there are none: a `urlset` without a `url` is not a valid sitemap.
pub fn news_sitemap(
    stories: Vec<Story<'_>>,
    now: Instant,
    publication: &str,
    language: &str,
) -> Option<String> {
    let since = now.seconds - NEWS_WINDOW_SECONDS;
    let mut recent: Vec<Story<'_>> = stories
        .into_iter()
        .filter(|story| story.published.seconds > since && story.published <= now)
        .collect();
    recent.sort_by_key(|story| std::cmp::Reverse(story.published));
    recent.truncate(NEWS_MAX);
    if recent.is_empty() {
        return None;
    }
    let mut xml = format!("{HEAD}<urlset xmlns=\"{SITEMAP_NS}\" xmlns:news=\"{NEWS_NS}\">\n");
    let (name, language) = (escape(publication), escape(news_language(language)));
    for story in recent {
        let _ = writeln!(
            xml,
            "<url><loc>{}</loc><news:news><news:publication><news:name>{name}</news:name>\
             <news:language>{language}</news:language></news:publication>\
             <news:publication_date>{}</news:publication_date><news:title>{}</news:title></news:news></url>",
            escape(&story.loc),
            story.published.to_rfc3339(),
            escape(story.title)
        );
    }
    xml.push_str("</urlset>\n");
    Some(xml)
}

/// Google News wants an ISO 639 code (`en`, not `en-GB`), except `zh-cn` and `zh-tw`, from the
/// site's BCP 47 tag.
fn news_language(tag: &str) -> String {
    let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
    let primary = tag.split('-').next().unwrap_or_default();
    if primary == "zh" {
        let traditional = tag.split('-').any(|part| matches!(part, "tw" | "hk" | "mo" | "hant"));
        return if traditional { "zh-tw" } else { "zh-cn" }.to_owned();
    }
    primary.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: i64) -> Instant {
        Instant { seconds, nanos: 0 }
    }

    #[test]
    fn news_holds_the_last_48_hours_newest_first() {
        let now = at(1_000_000);
        let story = |title, published| Story {
            loc: format!("https://x.example/article/{published}"),
            title,
            published: at(published),
        };
        let xml = news_sitemap(
            vec![
                story("too old", 1_000_000 - NEWS_WINDOW_SECONDS),
                story("just in", 1_000_000 - NEWS_WINDOW_SECONDS + 1),
                story("</news:title><script>]]>", 1_000_000),
                story("not yet", 1_000_001),
            ],
            now,
            "A & B",
            "en-GB",
        )
        .unwrap_or_else(|| panic!("two stories"));
        assert_eq!(xml.matches("<url>").count(), 2, "{xml}");
        assert!(!xml.contains("too old") && !xml.contains("not yet"));
        assert!(xml.find("&lt;/news:title&gt;&lt;script&gt;]]&gt;") < xml.find("just in"), "{xml}");
        assert!(xml.contains("<news:name>A &amp; B</news:name><news:language>en</news:language>"));
        assert!(xml.contains("<news:publication_date>1970-01-12T13:46:40Z</news:publication_date>"));
        assert_eq!(news_sitemap(vec![story("old", 0)], now, "P", "en"), None);
    }

    #[test]
    fn news_keeps_the_newest_thousand() {
        let stories = (0..1_200)
            .map(|i| Story { loc: format!("https://x.example/{i}"), title: "t", published: at(i) })
            .collect();
        let xml = news_sitemap(stories, at(1_200), "P", "en").unwrap_or_default();
        assert_eq!(xml.matches("<url>").count(), NEWS_MAX);
        assert!(
            xml.contains("<loc>https://x.example/1199</loc>")
                && !xml.contains("<loc>https://x.example/199</loc>")
        );
    }

    #[test]
    fn news_languages_are_google_codes() {
        assert_eq!(news_language("en-GB"), "en");
        assert_eq!(news_language("pt_BR"), "pt");
        assert_eq!(news_language("zh-Hant-TW"), "zh-tw");
        assert_eq!(news_language("zh"), "zh-cn");
    }
}
