//! `gazette-pages syndicate DIST`: what crawlers and feed readers ask a site for, written from
//! the derived JSON the app fetches (decoded with the app's types): `robots.txt`, the sitemap
//! (an index of `sitemaps/N.xml` past the protocol's limits), the Google News sitemap of the last
//! 48 hours, and RSS, Atom and JSON feeds of the site and of every section. Every address is
//! absolute, made from `site.json` `url`; every file name is `model::syndication`'s.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use gazette::model::article::Article;
use gazette::model::date::{parse_rfc3339, Instant};
use gazette::model::listing::ArchiveKind;
use gazette::model::routes::AppRoute;
use gazette::model::site::page_title;
use gazette::model::slug::is_valid_slug;
use gazette::model::syndication::{
    child_sitemap_path, feed_path, FeedFormat, FeedScope, FEEDS_FOLDER, NEWS_SITEMAP_FILE, ROBOTS_FILE,
    SITEMAPS_FOLDER, SITEMAP_FILE,
};

use crate::feeds::{utc, Feed, Item, FEED_ITEMS};
use crate::shell::Built;
use crate::sitemap::{news_sitemap, sitemaps, Limits, Page, Sitemaps, Story};
use crate::{load, write};

/// An article as the sitemaps and the choice of feed items need it: not its body.
struct Entry {
    file: PathBuf,
    slug: String,
    title: String,
    published: Instant,
    /// `updated`, else `published`.
    modified: Instant,
    section: String,
    tags: Vec<String>,
    author: String,
}

pub fn run(dist: &Path, limits: Limits, now: Instant) -> Result<String, String> {
    let site = Built::open(dist)?;
    let entries = read_entries(&site.content.join("articles"))?;
    let url = &site.url;

    // Files an earlier run wrote that this one may not: a sitemap index's children, the feeds of
    // a section since removed, a news sitemap with no article left in its window; and the
    // compressed copies of the rest, which scripts/compress.sh does not redo for a file that
    // has become too small to compress.
    for folder in [SITEMAPS_FOLDER, FEEDS_FOLDER] {
        remove(&dist.join(folder))?;
    }
    for file in [NEWS_SITEMAP_FILE, SITEMAP_FILE, ROBOTS_FILE] {
        for suffix in ["", ".br", ".gz"] {
            remove(&dist.join(format!("{file}{suffix}")))?;
        }
    }

    let newest = entries.iter().map(|entry| entry.modified).max();
    let mut pages = vec![Page { loc: url.page(&AppRoute::Home), lastmod: newest }];
    pages.extend(archive_pages(&site, &entries));
    pages.extend(entries.iter().map(|entry| Page {
        loc: url.page(&AppRoute::Article { slug: entry.slug.clone() }),
        lastmod: Some(entry.modified),
    }));
    let sitemap = match sitemaps(&pages, limits, |n| url.file(&child_sitemap_path(n)))? {
        Sitemaps::Single(xml) => {
            write(&dist.join(SITEMAP_FILE), &xml)?;
            "one file".to_owned()
        }
        Sitemaps::Index { index, children } => {
            for (n, child) in children.iter().enumerate() {
                write(&dist.join(child_sitemap_path(n + 1)), child)?;
            }
            write(&dist.join(SITEMAP_FILE), &index)?;
            format!("an index of {} files", children.len())
        }
    };

    let config = &site.config;
    let language = config.language.as_deref().filter(|tag| !tag.trim().is_empty()).unwrap_or("en");
    let stories = entries.iter().map(|entry| Story {
        loc: url.page(&AppRoute::Article { slug: entry.slug.clone() }),
        title: &entry.title,
        published: entry.published,
    });
    let news = news_sitemap(stories.collect(), now, config.publisher_name(), language);
    let mut robots = format!("User-agent: *\nAllow: /\n\nSitemap: {}\n", url.file(SITEMAP_FILE));
    let news_count = news.as_ref().map_or(0, |xml| xml.matches("<url>").count());
    if let Some(xml) = news {
        write(&dist.join(NEWS_SITEMAP_FILE), &xml)?;
        let _ = writeln!(robots, "Sitemap: {}", url.file(NEWS_SITEMAP_FILE));
    }
    write(&dist.join(ROBOTS_FILE), &robots)?;

    // Feeds: the site's, then each section's in menu order.
    let description = [&config.description, &config.tagline, &config.site_name]
        .into_iter()
        .find(|text| !text.trim().is_empty())
        .map_or_else(String::new, |text| text.trim().to_owned());
    let fallback = newest.and_then(utc).unwrap_or_default();
    let mut scopes = vec![(FeedScope::Site, config.site_name.clone(), AppRoute::Home)];
    for section in &config.sections {
        let route = AppRoute::Archive { kind: ArchiveKind::Section, slug: section.slug.clone(), page: 1 };
        scopes.push((FeedScope::Section(&section.slug), page_title(&section.name, &config.site_name), route));
    }
    for (scope, title, route) in &scopes {
        let chosen = entries.iter().filter(|entry| match scope {
            FeedScope::Site => true,
            FeedScope::Section(slug) => entry.section == *slug,
        });
        let mut items = Vec::new();
        for entry in chosen.take(FEED_ITEMS) {
            let article: Article = load(&entry.file)?;
            items.push(Item::new(&article, url).map_err(|e| format!("{}: {e}", entry.file.display()))?);
        }
        let feed = Feed {
            title: title.clone(),
            home: url.page(route),
            description: description.clone(),
            language: language.to_owned(),
            updated: items.iter().map(Item::modified).max().unwrap_or(fallback),
            items,
        };
        for format in FeedFormat::ALL {
            let path = feed_path(*scope, format);
            write(&dist.join(&path), &feed.write(format, &url.file(&path))?)?;
        }
    }

    // The old addresses of an imported site, for hosts that read a `_redirects` file.
    let redirects = crate::redirects::run(dist, &site)?;
    Ok(format!(
        "gazette-pages: {ROBOTS_FILE}, a sitemap of {} pages ({sitemap}), a news sitemap of {news_count} articles, \
         {} feeds, {redirects} redirects in {}",
        pages.len(),
        scopes.len() * FeedFormat::ALL.len(),
        dist.display()
    ))
}

/// The first page of every section, tag and author archive the content has, each with the
/// newest change among its articles (none for a section without articles).
fn archive_pages(site: &Built, entries: &[Entry]) -> Vec<Page> {
    type Newest<'a> = BTreeMap<&'a str, Option<Instant>>;
    let (mut sections, mut tags, mut authors) = (Newest::new(), Newest::new(), Newest::new());
    // Every section of the menu has its page, even before its first article.
    for section in &site.config.sections {
        sections.entry(&section.slug).or_default();
    }
    fn touch<'a>(archives: &mut Newest<'a>, slug: &'a str, at: Instant) {
        let newest = archives.entry(slug).or_default();
        *newest = (*newest).max(Some(at));
    }
    for entry in entries {
        touch(&mut sections, &entry.section, entry.modified);
        entry.tags.iter().for_each(|tag| touch(&mut tags, tag, entry.modified));
        touch(&mut authors, &entry.author, entry.modified);
    }
    [(ArchiveKind::Section, sections), (ArchiveKind::Tag, tags), (ArchiveKind::Author, authors)]
        .into_iter()
        .flat_map(|(kind, archives)| {
            archives.into_iter().filter_map(move |(slug, lastmod)| {
                let route = AppRoute::Archive { kind, slug: slug.to_owned(), page: 1 };
                // Only archives the content tool wrote: the app shows "not found" for the others.
                let written = site.content.join(route.data_file()?).is_file();
                written.then(|| Page { loc: site.url.page(&route), lastmod })
            })
        })
        .collect()
}

/// Every article, newest first (ties by slug, as every list of the content).
fn read_entries(folder: &Path) -> Result<Vec<Entry>, String> {
    let listing = std::fs::read_dir(folder).map_err(|e| format!("cannot read {}: {e}", folder.display()))?;
    let mut entries = Vec::new();
    for file in listing {
        let file = file.map_err(|e| format!("cannot read {}: {e}", folder.display()))?.path();
        let named = file.file_stem().and_then(|stem| stem.to_str()).is_some_and(is_valid_slug);
        if !named || file.extension().is_none_or(|extension| extension != "json") {
            continue;
        }
        let article: Article = load(&file)?;
        let date =
            |text: &str| parse_rfc3339(text).map_err(|e| format!("{}: date {text:?}: {e}", file.display()));
        let published = date(&article.published)?;
        let modified = article.updated.as_deref().map(date).transpose()?.unwrap_or(published).max(published);
        entries.push(Entry {
            slug: article.slug,
            title: article.title,
            published,
            modified,
            section: article.section.slug,
            tags: article.tags.into_iter().map(|tag| tag.slug).collect(),
            author: article.author.slug,
            file,
        });
    }
    entries.sort_by(|a, b| b.published.cmp(&a.published).then_with(|| a.slug.cmp(&b.slug)));
    Ok(entries)
}

fn remove(path: &Path) -> Result<(), String> {
    let removed = if path.is_dir() { std::fs::remove_dir_all(path) } else { std::fs::remove_file(path) };
    match removed {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(format!("cannot remove {}: {e}", path.display()))
        }
        _ => Ok(()),
    }
}

/// The clock of the news sitemap's 48 hours: `--now` when given (tests), else the system's.
pub fn clock(now: Option<&str>) -> Result<Instant, String> {
    if let Some(text) = now {
        return parse_rfc3339(text).map_err(|e| format!("--now {text:?}: {e} (an RFC 3339 date-time)"));
    }
    let since = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|e| format!("the system clock is before 1970: {e}"))?;
    let seconds = i64::try_from(since.as_secs()).map_err(|e| format!("the system clock: {e}"))?;
    Ok(Instant { seconds, nanos: since.subsec_nanos() })
}

#[cfg(test)]
#[path = "syndicate_tests.rs"]
mod tests;
