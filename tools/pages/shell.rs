//! The built site the pages are written into: its settings, its base, where its content is,
//! and the head tags a page without the app (the benchmark's twin) copies from `index.html`.

use std::path::{Path, PathBuf};

use gazette::components::site_context::SiteContext;
use gazette::model::public_url::PublicUrl;
use gazette::model::site::{normalize_base, SiteConfig};
use gazette::pages::copy::PageData;

use crate::html::{attribute_of_tag, find_links};
use crate::render::{render, Rendered};
use crate::{load, read};

pub struct Shell {
    pub site: SiteContext,
    /// The folder of the derived JSON (`dist/content`).
    pub content: PathBuf,
    /// `<link …>` tags for the stylesheets and the icon, copied from `index.html`.
    pub head_links: String,
    /// The `<base href>` Trunk wrote (`/` or `/news/`).
    pub base: String,
}

impl Shell {
    /// The site built into `dist`, whose bare app is `index`.
    pub fn open(dist: &Path, index: &str) -> Result<Self, String> {
        // Opening checks the public address too: no page is written without it.
        let Built { config, content, url } = Built::open(dist)?;
        let base = attribute_of_tag(index, "<base ", "href").unwrap_or_else(|| "/".to_owned());
        // A site built for /news/ but announced at the root (or the reverse) would publish
        // canonical links, sitemaps and feeds to pages that are not there.
        if base.starts_with('/') && normalize_base(&base) != url.folder() {
            return Err(format!(
                "{}: `url` is {:?}, in the folder {}, but the site was built for {} (trunk build --public-url): \
                 make them agree (GAZETTE_URL sets `url` for one build)",
                dist.join("site.json").display(),
                url.root(),
                url.folder(),
                normalize_base(&base)
            ));
        }
        let stylesheets = find_links(index, "stylesheet");
        if stylesheets.is_empty() {
            return Err("index.html has no stylesheet link: is it a built dist/index.html?".into());
        }
        let mut head_links = String::new();
        for tag in stylesheets.iter().chain(find_links(index, "icon").iter().take(1)) {
            head_links.push_str(tag);
            head_links.push('\n');
        }
        Ok(Shell { site: SiteContext::new(config, &base), content, head_links, base })
    }

    /// The page at `route` (its path under the base, `""` for the front page), drawn by the
    /// app's components.
    pub fn render(&self, route: &str, page: PageData) -> Rendered {
        render(self.site.clone(), &format!("{}{route}", self.site.links.base()), page)
    }

    /// A derived JSON file by its path under the content folder.
    pub fn content_file(&self, relative: &str) -> PathBuf {
        self.content.join(relative)
    }
}

/// What every file of a built site is written from: its settings, its public address and the
/// folder of its derived JSON.
pub struct Built {
    pub config: SiteConfig,
    /// `site.json` `url`.
    pub url: PublicUrl,
    /// `dist/content`.
    pub content: PathBuf,
}

impl Built {
    pub fn open(dist: &Path) -> Result<Self, String> {
        let config: SiteConfig = load(&dist.join("site.json"))?;
        // Checked before anything is written: a site without its public address would publish
        // relative canonical links and feeds that no reader can follow.
        let url = config.public_url().map_err(|e| format!("{}: {e}", dist.join("site.json").display()))?;
        let content = dist.join(config.content_path.trim_matches('/'));
        Ok(Built { config, url, content })
    }
}

/// `index.html` of a built site, or the error that says why not.
pub fn read_index(dist: &Path) -> Result<String, String> {
    read(&dist.join("index.html"))
}
