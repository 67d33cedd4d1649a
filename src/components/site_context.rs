use std::sync::Arc;

use leptos::prelude::*;

use super::required_context::required_context;
use crate::api::ContentSource;
use crate::model::routes::Links;
use crate::model::site::SiteConfig;

/// What every view needs to know about the site, provided once `site.json` has loaded.
#[derive(Clone, Debug)]
pub struct SiteContext {
    pub config: Arc<SiteConfig>,
    pub links: Links,
    pub content: ContentSource,
}

impl SiteContext {
    pub fn new(config: SiteConfig, document_base: &str) -> Self {
        let links = Links::new(&config.resolved_base(document_base));
        let content = ContentSource::new(links.base(), &config.content_path);
        SiteContext { config: Arc::new(config), links, content }
    }
}

/// The site context; every view below `<Site>` has it.
pub fn use_site() -> SiteContext {
    required_context::<SiteContext>("<SiteFrame> (the app's <Site>, or a static copy's <PageCopy>)")
}

/// The path part of the document's base URL (`<base href>`, written by Trunk's public URL),
/// or `/` when there is none.
pub fn document_base_path() -> String {
    let base_uri = document().base_uri().ok().flatten();
    base_uri
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|url| url.pathname())
        .unwrap_or_else(|| "/".to_owned())
}
