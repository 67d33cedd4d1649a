//! The static twin of an article for the benchmark: a whole HTML page with the site's CSS and
//! no script at all, to measure how close the app gets to plain static HTML.

use std::fmt::Write as _;

use gazette::model::article::Article;
use gazette::model::site::page_title;

use crate::html::escape_html;
use crate::shell::Shell;

impl Shell {
    pub fn twin_page(&self, article: &Article) -> String {
        let mut html = String::with_capacity(16 * 1024);
        let title = page_title(&article.title, &self.site.site_name);
        let _ = write!(
            html,
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <base href=\"{}\">\n<title>{}</title>\n<meta name=\"description\" content=\"{}\">\n\
             <meta name=\"color-scheme\" content=\"light dark\">\n{}</head>\n<body>\n",
            escape_html(&self.base),
            escape_html(&title),
            escape_html(&article.standfirst),
            self.head_links
        );
        let here = format!("twin/{}.html", article.slug);
        self.header(&mut html, &here);
        self.main(&mut html, |html| self.article(html, article));
        self.footer(&mut html);
        html.push_str("</body>\n</html>\n");
        html
    }
}
