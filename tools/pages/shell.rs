//! What every page shares, as static markup mirroring `src/components/layout.rs`: the header,
//! the Trending Now bar in its loading state, and the footer.

use std::fmt::Write as _;

use gazette::model::listing::ArchiveKind;
use gazette::model::routes::Links;
use gazette::model::site::SiteConfig;

use crate::html::{attribute_of_tag, current_year, escape_html, find_links};

/// The site and its links, and the head tags every page copies from the built `index.html`.
pub struct Shell {
    pub site: SiteConfig,
    pub links: Links,
    /// `<link …>` tags for the stylesheets and the icon, copied from `index.html`.
    pub head_links: String,
    /// The `<base href>` Trunk wrote (`/` or `/news/`).
    pub base: String,
}

impl Shell {
    pub fn from_index(index: &str, site: &SiteConfig) -> Result<Self, String> {
        let base = attribute_of_tag(index, "<base ", "href").unwrap_or_else(|| "/".to_owned());
        let stylesheets = find_links(index, "stylesheet");
        if stylesheets.is_empty() {
            return Err("index.html has no stylesheet link: is it a built dist/index.html?".into());
        }
        let mut head_links = String::new();
        for tag in stylesheets.iter().chain(find_links(index, "icon").iter().take(1)) {
            head_links.push_str(tag);
            head_links.push('\n');
        }
        let links = Links::new(&site.resolved_base(&base));
        Ok(Shell { site: site.clone(), links, head_links, base })
    }

    /// The skip link, header and ticker. `here` is the page's own path under the base
    /// (`article/a-b`): with `<base href>` in the page a bare `#main` would mean the front page.
    pub fn header(&self, html: &mut String, here: &str) {
        let _ = write!(
            html,
            "<a class=\"skip-link\" href=\"{}#main\">Skip to content</a>\n<header class=\"site-header\">\
             <div class=\"masthead\"><a class=\"site-name\" href=\"{}\">{}</a>",
            escape_html(here),
            escape_html(self.links.base()),
            escape_html(&self.site.site_name)
        );
        if !self.site.tagline.is_empty() {
            let _ = write!(html, "<p class=\"tagline\">{}</p>", escape_html(&self.site.tagline));
        }
        // The header's search box, as `SearchForm` draws it: a plain GET form to the search
        // page, so it works before the app runs too (what was typed carries over at the swap).
        let _ = write!(
            html,
            "<form class=\"search-form site-search\" role=\"search\" aria-label=\"Site search\" method=\"get\" \
             action=\"{}\"><label for=\"site-search\" class=\"visually-hidden\">Search</label>\
             <input type=\"search\" id=\"site-search\" name=\"q\" autocomplete=\"off\" enterkeyhint=\"search\">\
             <button type=\"submit\" class=\"button search-button\">Search</button></form>",
            escape_html(&self.links.search("", 1))
        );
        // The app's theme toggle, in its place so nothing moves when the app takes over; it
        // cannot work before the app runs, so it is disabled (and out of the tab order) until
        // then, and claims no pressed state (the stylesheet shows the theme in force).
        html.push_str(
            "<button type=\"button\" class=\"theme-toggle\" disabled>\
             <span class=\"theme-switch\" aria-hidden=\"true\"></span>Dark theme</button>",
        );
        html.push_str("</div><nav class=\"section-nav\" aria-label=\"Sections\"><ul>");
        for section in &self.site.sections {
            let href = self.links.archive(ArchiveKind::Section, &section.slug, 1);
            let _ = write!(
                html,
                "<li><a href=\"{}\">{}</a></li>",
                escape_html(&href),
                escape_html(&section.name)
            );
        }
        html.push_str("</ul></nav></header>\n");
        // The ticker as the app first draws it, before its headlines arrive: same height.
        html.push_str(
            "<section class=\"ticker\" aria-labelledby=\"ticker-label\"><div class=\"ticker-inner\">\
             <div class=\"ticker-body\"><p class=\"ticker-label\" id=\"ticker-label\">Trending Now</p>\
             </div></div></section>\n",
        );
    }

    pub fn footer(&self, html: &mut String) {
        let _ = writeln!(
            html,
            "<footer class=\"site-footer\"><p>© {} {}. All rights reserved.</p><p><a href=\"{}\">Front page</a></p></footer>",
            current_year(),
            escape_html(&self.site.site_name),
            escape_html(self.links.base())
        );
    }

    /// `main` with the primary column and an empty sidebar (its widgets load in the app).
    pub fn main(&self, html: &mut String, primary: impl FnOnce(&mut String)) {
        html.push_str(
            "<main id=\"main\" class=\"site-main\" tabindex=\"-1\">\n<div class=\"with-sidebar\"><div class=\"primary\">\n",
        );
        primary(html);
        html.push_str("</div><aside class=\"sidebar\" aria-label=\"More news\"></aside></div>\n</main>\n");
    }
}
