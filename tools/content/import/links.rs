//! Where the links and pictures of a post go (`html_blocks::Resolve`): a link to another
//! imported post, or to a category, tag or author archive, becomes the Gazette page's path;
//! other links are made absolute; pictures are downloaded.

use std::collections::HashMap;

use gazette::model::href::safe_href;

use super::client::Client;
use super::html_blocks::Resolve;
use super::pictures::Pictures;

/// WordPress addresses the import knows → Gazette paths (`article/<slug>`, `section/<slug>`…).
#[derive(Default)]
pub struct Known {
    map: HashMap<String, String>,
}

impl Known {
    pub fn insert(&mut self, link: &str, path: String) {
        if let Some(key) = key(link) {
            self.map.insert(key, path);
        }
    }

    fn get(&self, link: &str) -> Option<&String> {
        self.map.get(&key(link)?)
    }
}

/// A URL without its scheme, fragment and trailing `/`, host in lower case: `http://` and
/// `https://` spellings of one permalink are one key.
fn key(link: &str) -> Option<String> {
    let rest = link.trim().split_once("://")?.1;
    let rest = rest.split('#').next().unwrap_or(rest);
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    Some(format!("{}/{}", host.to_ascii_lowercase(), path.trim_end_matches('/')))
}

fn host_of(link: &str) -> Option<String> {
    let rest = link.trim().split_once("://")?.1;
    Some(rest.split(['/', '?', '#']).next().unwrap_or(rest).to_ascii_lowercase())
}

pub struct Resolver<'a, 'c> {
    pub known: &'a Known,
    pub client: &'a mut Client<'c>,
    pub pictures: &'a mut Pictures,
    /// The post's permalink: relative links are read against it.
    pub base: String,
    /// The WordPress site's host: a link there that names no known page may be a post not
    /// imported yet (the import converts such posts again at the end).
    pub site_host: String,
    pub unresolved: bool,
}

impl Resolver<'_, '_> {
    /// `href` made absolute against the post's address.
    fn absolute(&self, href: &str) -> Option<String> {
        let href = href.trim();
        if href.is_empty() || href.starts_with('#') {
            return None;
        }
        let scheme = self.base.split_once("://").map_or("https", |(s, _)| s);
        let origin = host_of(&self.base).map(|h| format!("{scheme}://{h}"))?;
        Some(if let Some(rest) = href.strip_prefix("//") {
            format!("{scheme}://{rest}")
        } else if href.starts_with('/') {
            format!("{origin}{href}")
        } else if href.contains(':') {
            href.to_owned()
        } else {
            let folder = self.base.rsplit_once('/').map_or(self.base.as_str(), |(folder, _)| folder);
            format!("{folder}/{href}")
        })
    }
}

impl Resolve for Resolver<'_, '_> {
    fn link(&mut self, href: &str) -> Option<String> {
        let absolute = self.absolute(href)?;
        if absolute.starts_with("mailto:") {
            return safe_href(&absolute).map(str::to_owned);
        }
        if let Some(path) = self.known.get(&absolute) {
            return Some(path.clone());
        }
        let lower = absolute.to_ascii_lowercase();
        if !(lower.starts_with("http://") || lower.starts_with("https://")) {
            return None;
        }
        let own = host_of(&absolute).is_some_and(|h| h == self.site_host);
        if own && !lower.contains("/wp-content/") && !lower.contains("/wp-json") {
            self.unresolved = true;
        }
        safe_href(&absolute).map(str::to_owned)
    }

    fn picture(&mut self, src: &str) -> Result<String, String> {
        self.pictures.body_picture(self.client, src)
    }
}

pub fn site_host(url: &str) -> String {
    host_of(url).unwrap_or_default()
}
