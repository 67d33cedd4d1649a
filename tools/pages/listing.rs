//! Cards, the front page and archive pages as static markup, mirroring `src/pages/home.rs`,
//! `src/pages/archive.rs` and `src/components/article_card.rs`.

use std::fmt::Write as _;

use gazette::model::article::Summary;
use gazette::model::image::ImageSlot;
use gazette::model::listing::{story_count, ArchiveKind, ArchivePage, Home};
use gazette::model::pagination::neighbours;

use crate::html::{escape_html, long_date};
use crate::shell::Shell;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Card {
    Lead,
    Standard,
    Compact,
}

impl Shell {
    pub fn home(&self, html: &mut String, home: &Home) {
        html.push_str("<div class=\"home\"><h1 class=\"kicker\" tabindex=\"-1\">Top stories</h1>\n");
        self.card(html, &home.lead, Card::Lead);
        if !home.latest.is_empty() {
            html.push_str(
                "<section class=\"latest\" aria-labelledby=\"latest-heading\">\
                 <h2 id=\"latest-heading\" class=\"block-heading\">Latest</h2><div class=\"card-row\">",
            );
            for summary in &home.latest {
                self.card(html, summary, Card::Compact);
            }
            html.push_str("</div></section>\n");
        }
        for block in &home.sections {
            let href = self.links.archive(ArchiveKind::Section, &block.section.slug, 1);
            let id = escape_html(&format!("section-{}", block.section.slug));
            let _ = write!(
                html,
                "<section class=\"section-block\" aria-labelledby=\"{id}\"><h2 id=\"{id}\" class=\"block-heading\">\
                 <a href=\"{}\">{}</a></h2><div class=\"card-grid\">",
                escape_html(&href),
                escape_html(&block.section.name)
            );
            for summary in &block.articles {
                self.card(html, summary, Card::Standard);
            }
            html.push_str("</div></section>\n");
        }
        html.push_str("</div>\n");
    }

    /// Page 1 of a section, tag or author archive (later pages are left to the app).
    pub fn archive(&self, html: &mut String, archive: &ArchivePage) {
        let heading = archive.heading();
        let count = story_count(archive.total_articles);
        let _ = write!(
            html,
            "<section class=\"archive\"><nav class=\"breadcrumb\" aria-label=\"Breadcrumb\"><ol>\
             <li><a href=\"{}\">Home</a></li><li aria-current=\"page\">{}</li></ol></nav>\n\
             <header class=\"archive-header\"><h1 class=\"\" tabindex=\"-1\">{}</h1>\
             <h2 class=\"archive-count\">{count}</h2></header>\n",
            escape_html(self.links.base()),
            escape_html(&heading),
            escape_html(&heading),
        );
        if archive.articles.is_empty() {
            html.push_str("<p class=\"empty\">No stories here yet.</p>\n");
        } else {
            html.push_str("<div class=\"card-list\">");
            for summary in &archive.articles {
                self.card(html, summary, Card::Standard);
            }
            html.push_str("</div>\n");
        }
        let around = neighbours(archive.page, archive.total_pages);
        html.push_str("<nav class=\"pagination\" aria-label=\"Pages\">");
        if let Some(page) = around.previous {
            let href = self.links.archive(archive.kind, &archive.subject.slug, page);
            let _ = write!(
                html,
                "<a class=\"prev\" rel=\"prev\" href=\"{}\">← Newer stories</a>",
                escape_html(&href)
            );
        }
        let _ =
            write!(html, "<span class=\"page-of\">Page {} of {}</span>", archive.page, archive.total_pages);
        if let Some(page) = around.next {
            let href = self.links.archive(archive.kind, &archive.subject.slug, page);
            let _ = write!(
                html,
                "<a class=\"next\" rel=\"next\" href=\"{}\">Older stories →</a>",
                escape_html(&href)
            );
        }
        html.push_str("</nav></section>\n");
    }

    fn card(&self, html: &mut String, summary: &Summary, style: Card) {
        let class = match style {
            Card::Lead => "card card-lead",
            Card::Standard => "card",
            Card::Compact => "card card-compact",
        };
        let _ = write!(html, "<article class=\"{class}\">");
        match (&summary.image, style) {
            (Some(image), Card::Lead) => self.figure(html, image, true, "lead-image", ImageSlot::Lead),
            (Some(image), Card::Standard) => {
                self.picture(html, image, ImageSlot::Thumbnail, false, Some("thumb"))
            }
            _ => {}
        }
        let tag = if style == Card::Lead { "h2" } else { "h3" };
        let _ = write!(
            html,
            "<div class=\"card-text\"><{tag} class=\"card-headline\"><a href=\"{}\">{}</a></{tag}>",
            escape_html(&self.links.article(&summary.slug)),
            escape_html(&summary.title)
        );
        if style != Card::Compact {
            let _ = write!(html, "<p class=\"excerpt\">{}</p>", escape_html(&summary.excerpt));
        }
        let _ = writeln!(
            html,
            "<p class=\"meta\"><time datetime=\"{}\">{}</time><span class=\"reading-time\"> · {} min read</span> </p></div></article>",
            escape_html(&summary.published),
            escape_html(&long_date(&summary.published)),
            summary.reading_minutes
        );
    }
}
