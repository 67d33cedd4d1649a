//! The static twin of an article for the benchmark: a whole HTML page with the site's CSS and
//! no script at all, to measure how close the app gets to plain static HTML.

use std::fmt::Write as _;

use gazette::model::article::Article;
use gazette::pages::copy::PageData;

use crate::html::escape_html;
use crate::shell::Shell;

impl Shell {
    pub fn twin_page(&self, article: Article) -> String {
        let route = format!("twin/{}.html", article.slug);
        let page = self.render(&route, PageData::Article { article, related: None });
        let mut html = String::with_capacity(page.body.len() + 1024);
        let _ = write!(
            html,
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <base href=\"{}\">\n{}\n<meta name=\"color-scheme\" content=\"light dark\">\n{}</head>\n<body>\n{}\n</body>\n</html>\n",
            escape_html(&self.base),
            page.head,
            self.head_links,
            page.body
        );
        html
    }
}
