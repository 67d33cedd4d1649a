//! The description of each kind of page, from the data the page is drawn from.

use super::json_ld::{
    breadcrumb, CollectionPage, EntryPoint, Graph, ImageObject, ItemList, ListedPage, NewsArticle,
    Organization, Person, SearchAction, Thing, WebSite, SEARCH_TERM,
};
use super::{og_locale, ArticleFacts, FeedLink, PageKind, PageMeta, ShareImage};
use crate::model::article::{Article, Image, Ref};
use crate::model::listing::{ArchiveKind, ArchivePage, Home};
use crate::model::public_url::PublicUrl;
use crate::model::routes::AppRoute;
use crate::model::search::filter::Filters;
use crate::model::site::SiteConfig;
use crate::model::syndication::{feed_path, FeedFormat, FeedScope};
use crate::model::text::word_count;

impl PageMeta {
    fn new(config: &SiteConfig, title: String, description: String, kind: PageKind) -> PageMeta {
        PageMeta {
            title,
            description,
            site_name: config.site_name.clone(),
            locale: config.language.as_deref().and_then(og_locale),
            kind,
            noindex: false,
            url: None,
            prev: None,
            next: None,
            image: None,
            article: None,
            feeds: Vec::new(),
            structured_data: None,
        }
    }

    pub fn home(config: &SiteConfig, home: &Home) -> PageMeta {
        let mut meta =
            PageMeta::new(config, config.site_name.clone(), config.description.clone(), PageKind::Website);
        let Ok(url) = config.public_url() else { return meta };
        meta.url = Some(url.root());
        meta.image = card_image(config, &url, home.lead.image.as_ref());
        meta.feeds = feeds(config, &url, None);
        let search = url.page(&AppRoute::Search {
            query: format!("{{{SEARCH_TERM}}}"),
            filters: Filters::default(),
            page: 1,
        });
        let website = WebSite {
            kind: "WebSite",
            name: config.site_name.clone(),
            url: url.root(),
            description: config.description.clone(),
            in_language: config.language.clone(),
            publisher: publisher(config, &url),
            potential_action: SearchAction {
                kind: "SearchAction",
                // The route table percent-encodes the braces; the template needs them as written.
                target: EntryPoint {
                    kind: "EntryPoint",
                    url_template: search.replace("%7B", "{").replace("%7D", "}"),
                },
                query_input: format!("required name={SEARCH_TERM}"),
            },
        };
        meta.structured_data = Some(Graph::new(vec![Thing::WebSite(website)]).script_text());
        meta
    }

    pub fn article(config: &SiteConfig, article: &Article) -> PageMeta {
        let mut meta =
            PageMeta::new(config, article.title.clone(), article.standfirst.clone(), PageKind::Article);
        let Ok(url) = config.public_url() else { return meta };
        let page = url.page(&AppRoute::Article { slug: article.slug.clone() });
        let section_page = archive_url(&url, ArchiveKind::Section, &article.section);
        let author_page = archive_url(&url, ArchiveKind::Author, &article.author);
        let modified = article.updated.clone().unwrap_or_else(|| article.published.clone());
        meta.url = Some(page.clone());
        meta.image = card_image(config, &url, article.image.as_ref());
        meta.feeds = feeds(config, &url, Some(&article.section));
        meta.article = Some(ArticleFacts {
            published: article.published.clone(),
            modified: modified.clone(),
            section: article.section.name.clone(),
            tags: article.tags.iter().map(|tag| tag.name.clone()).collect(),
            author: author_page.clone(),
        });
        let news = NewsArticle {
            kind: "NewsArticle",
            headline: article.title.clone(),
            description: article.standfirst.clone(),
            image: article.image.iter().map(|image| url.file(&image.src)).collect(),
            date_published: article.published.clone(),
            date_modified: modified,
            author: vec![Person { kind: "Person", name: article.author.name.clone(), url: author_page }],
            publisher: publisher(config, &url),
            main_entity_of_page: page.clone(),
            article_section: article.section.name.clone(),
            keywords: article.tags.iter().map(|tag| tag.name.clone()).collect(),
            word_count: word_count(&article.body),
            in_language: config.language.clone(),
        };
        // The trail the page shows (`ArticleView`): Home › Section › the headline.
        let trail = breadcrumb(vec![
            ("Home".to_owned(), url.root()),
            (article.section.name.clone(), section_page),
            (article.title.clone(), page),
        ]);
        meta.structured_data =
            Some(Graph::new(vec![Thing::NewsArticle(news), Thing::BreadcrumbList(trail)]).script_text());
        meta
    }

    pub fn archive(config: &SiteConfig, archive: &ArchivePage) -> PageMeta {
        let description = archive.description(&config.site_name);
        let mut meta = PageMeta::new(config, archive.title(), description.clone(), PageKind::Website);
        let Ok(url) = config.public_url() else { return meta };
        let at = |page: u32| {
            url.page(&AppRoute::Archive { kind: archive.kind, slug: archive.subject.slug.clone(), page })
        };
        let page = at(archive.page);
        meta.url = Some(page.clone());
        meta.prev = (archive.page > 1).then(|| at(archive.page - 1));
        meta.next = (archive.page < archive.total_pages).then(|| at(archive.page + 1));
        meta.image = card_image(config, &url, None);
        let section = (archive.kind == ArchiveKind::Section).then_some(&archive.subject);
        meta.feeds = feeds(config, &url, section);
        let listed = archive.articles.iter().enumerate().map(|(index, summary)| ListedPage {
            kind: "ListItem",
            position: index + 1,
            url: url.page(&AppRoute::Article { slug: summary.slug.clone() }),
        });
        let collection = CollectionPage {
            kind: "CollectionPage",
            name: archive.title(),
            url: page.clone(),
            description,
            in_language: config.language.clone(),
            // The trail the page shows (`ArchiveView`): Home › the archive.
            breadcrumb: breadcrumb(vec![("Home".to_owned(), url.root()), (archive.heading(), at(1))]),
            main_entity: ItemList { kind: "ItemList", item_list_element: listed.collect() },
        };
        meta.structured_data = Some(Graph::new(vec![Thing::CollectionPage(collection)]).script_text());
        meta
    }

    /// Search results: kept out of search engines (their addresses are endless).
    pub fn search(config: &SiteConfig, title: String, query: &str, page: u32) -> PageMeta {
        let description = format!("Search {}.", config.site_name);
        let mut meta = PageMeta::new(config, title, description, PageKind::Website);
        meta.noindex = true;
        if let Ok(url) = config.public_url() {
            meta.url = Some(url.page(&AppRoute::Search {
                query: query.to_owned(),
                filters: Filters::default(),
                page,
            }));
            meta.feeds = feeds(config, &url, None);
            meta.image = card_image(config, &url, None);
        }
        meta
    }

    /// An address with no page: kept out of search engines, and with no address of its own.
    pub fn not_found(config: &SiteConfig) -> PageMeta {
        PageMeta::private(config, "Page not found")
    }

    /// The reader's saved stories: on their device only, nothing for search engines.
    pub fn saved(config: &SiteConfig) -> PageMeta {
        PageMeta::private(config, "Saved stories")
    }

    fn private(config: &SiteConfig, title: &str) -> PageMeta {
        let mut meta = PageMeta::new(config, title.to_owned(), config.description.clone(), PageKind::Website);
        meta.noindex = true;
        meta
    }
}

fn archive_url(url: &PublicUrl, kind: ArchiveKind, subject: &Ref) -> String {
    url.page(&AppRoute::Archive { kind, slug: subject.slug.clone(), page: 1 })
}

/// The page's own picture for its card, else the site's (`shareImage`).
fn card_image(config: &SiteConfig, url: &PublicUrl, own: Option<&Image>) -> Option<ShareImage> {
    own.and_then(|image| share_image(url, image))
        .or_else(|| config.share_image.as_ref().and_then(|image| share_image(url, image)))
}

/// The picture for a shared link: the largest copy of it in a format social networks show.
/// They do not show SVG (Facebook, X, LinkedIn, WhatsApp), so an SVG picture with no raster
/// copy gives the link no picture (and the small card) rather than a broken one.
fn share_image(url: &PublicUrl, image: &Image) -> Option<ShareImage> {
    let candidates = std::iter::once((image.src.as_str(), image.width))
        .chain(image.variants.iter().map(|variant| (variant.src.as_str(), variant.width)));
    let (src, width) = candidates.filter(|(src, _)| !is_svg(src)).max_by_key(|(_, width)| *width)?;
    // The variants share the picture's shape.
    let scaled = (u64::from(image.height) * u64::from(width)).checked_div(u64::from(image.width));
    let height = scaled.and_then(|height| u32::try_from(height).ok()).unwrap_or(image.height);
    Some(ShareImage { url: url.file(src), width, height, alt: image.alt.clone() })
}

fn is_svg(src: &str) -> bool {
    let path = src.split(['?', '#']).next().unwrap_or(src).to_ascii_lowercase();
    path.ends_with(".svg") || path.ends_with(".svgz")
}

fn publisher(config: &SiteConfig, url: &PublicUrl) -> Organization {
    Organization {
        kind: "NewsMediaOrganization",
        name: config.publisher_name().to_owned(),
        url: url.root(),
        logo: config
            .publisher
            .logo
            .as_ref()
            .map(|logo| ImageObject { kind: "ImageObject", url: url.file(logo) }),
    }
}

/// The site's feeds, and the section's after them on its own pages.
fn feeds(config: &SiteConfig, url: &PublicUrl, section: Option<&Ref>) -> Vec<FeedLink> {
    let site = FeedFormat::ALL.map(|format| FeedLink {
        title: format!("{} ({})", config.site_name, format.label()),
        media_type: format.media_type(),
        href: url.file(&feed_path(FeedScope::Site, format)),
    });
    let section = section.into_iter().flat_map(|section| {
        FeedFormat::ALL.map(|format| FeedLink {
            title: format!("{} | {} ({})", section.name, config.site_name, format.label()),
            media_type: format.media_type(),
            href: url.file(&feed_path(FeedScope::Section(&section.slug), format)),
        })
    });
    site.into_iter().chain(section).collect()
}

#[cfg(test)]
#[path = "pages_tests.rs"]
mod tests;
