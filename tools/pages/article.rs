//! An article as static markup, mirroring `src/pages/article.rs` and `src/components/`
//! (breadcrumb, byline, figure, body blocks, tags), so the same CSS lays it out the same way.

use std::fmt::Write as _;

use gazette::model::article::{Article, Block, Image, Inline};
use gazette::model::href::safe_href;
use gazette::model::image::ImageSlot;
#[cfg(test)]
use gazette::model::image::ImageVariant;
use gazette::model::listing::ArchiveKind;

use crate::html::{escape_html, long_date};
use crate::shell::Shell;

impl Shell {
    pub fn article(&self, html: &mut String, article: &Article) {
        let links = &self.links;
        let section_href = links.archive(ArchiveKind::Section, &article.section.slug, 1);
        let author_href = links.archive(ArchiveKind::Author, &article.author.slug, 1);
        let _ = write!(
            html,
            "<article class=\"article\"><nav class=\"breadcrumb\" aria-label=\"Breadcrumb\"><ol>\
             <li><a href=\"{}\">Home</a></li><li><a href=\"{}\">{}</a></li><li aria-current=\"page\">{}</li></ol></nav>\n\
             <header class=\"article-header\"><h1 class=\"headline\" tabindex=\"-1\">{}</h1>\
             <p class=\"standfirst\">{}</p><p class=\"byline\">By <a href=\"{}\" rel=\"author\">{}</a>\
             <span aria-hidden=\"true\"> · </span><time datetime=\"{}\">{}</time>\
             <span aria-hidden=\"true\"> · </span><span class=\"reading-time\">{} min read</span><span aria-hidden=\"true\"> · </span></p></header>\n",
            escape_html(links.base()),
            escape_html(&section_href),
            escape_html(&article.section.name),
            escape_html(&article.title),
            escape_html(&article.title),
            escape_html(&article.standfirst),
            escape_html(&author_href),
            escape_html(&article.author.name),
            escape_html(&article.published),
            escape_html(&long_date(&article.published)),
            article.reading_minutes
        );
        if let Some(image) = &article.image {
            self.figure(html, image, true, "featured", ImageSlot::Column);
        }
        html.push_str("<div class=\"article-body\">");
        for block in &article.body {
            self.block(html, block);
        }
        html.push_str("</div>\n");
        if !article.tags.is_empty() {
            html.push_str("<nav class=\"tags\" aria-label=\"Tags\"><h2 class=\"tags-heading\">Tags</h2><ul>");
            for tag in &article.tags {
                let href = links.archive(ArchiveKind::Tag, &tag.slug, 1);
                let _ = write!(
                    html,
                    "<li><a href=\"{}\" rel=\"tag\">{}</a></li>",
                    escape_html(&href),
                    escape_html(&tag.name)
                );
            }
            html.push_str("</ul></nav>");
        }
        html.push_str("</article>\n");
    }

    pub fn figure(&self, html: &mut String, image: &Image, eager: bool, class: &str, layout: ImageSlot) {
        let _ = write!(html, "<figure class=\"figure {class}\">");
        self.picture(html, image, layout, eager, None);
        let caption = image.caption.as_deref().filter(|c| !c.trim().is_empty());
        let credit = image.credit.as_deref().filter(|c| !c.trim().is_empty());
        if caption.is_some() || credit.is_some() {
            html.push_str("<figcaption>");
            if let Some(caption) = caption {
                html.push_str(&escape_html(caption));
            }
            if let Some(credit) = credit {
                let _ = write!(html, "<span class=\"credit\">{}</span>", escape_html(credit));
            }
            html.push_str("</figcaption>");
        }
        html.push_str("</figure>\n");
    }

    /// The `<img>` as the app's `Picture` (`components/figure.rs`) writes it, attribute for
    /// attribute and in its order: `loading` before `src`.
    pub fn picture(
        &self,
        html: &mut String,
        image: &Image,
        layout: ImageSlot,
        eager: bool,
        class: Option<&str>,
    ) {
        html.push_str("<img ");
        if let Some(class) = class {
            let _ = write!(html, "class=\"{class}\" ");
        }
        let _ = write!(
            html,
            "loading=\"{}\" decoding=\"async\" fetchpriority=\"{}\" width=\"{}\" height=\"{}\" alt=\"{}\"",
            if eager { "eager" } else { "lazy" },
            if eager { "high" } else { "auto" },
            image.width,
            image.height,
            escape_html(&image.alt)
        );
        if let Some(srcset) = image.srcset(|src| self.links.asset(src)) {
            let _ = write!(html, " sizes=\"{}\" srcset=\"{}\"", layout.sizes(), escape_html(&srcset));
        }
        let _ = write!(html, " src=\"{}\">", escape_html(&self.links.asset(&image.src)));
    }

    fn block(&self, html: &mut String, block: &Block) {
        match block {
            Block::Paragraph { content } => wrap(html, "p", content),
            // As in the app: the headline is the only h1; body headings are h2 or h3.
            Block::Heading { level, content } => wrap(html, if *level >= 3 { "h3" } else { "h2" }, content),
            Block::Quote { paragraphs, attribution } => {
                html.push_str("<blockquote>");
                for paragraph in paragraphs {
                    wrap(html, "p", paragraph);
                }
                if let Some(who) = attribution {
                    let _ = write!(html, "<footer>{}</footer>", escape_html(who));
                }
                html.push_str("</blockquote>");
            }
            Block::List { ordered, items } => {
                let tag = if *ordered { "ol" } else { "ul" };
                let _ = write!(html, "<{tag}>");
                for item in items {
                    wrap(html, "li", item);
                }
                let _ = write!(html, "</{tag}>");
            }
            Block::Image { image } => self.figure(html, image, false, "", ImageSlot::Column),
            Block::Unsupported => {}
        }
        html.push('\n');
    }
}

fn wrap(html: &mut String, tag: &str, inlines: &[Inline]) {
    let _ = write!(html, "<{tag}>");
    push_inlines(html, inlines);
    let _ = write!(html, "</{tag}>");
}

fn push_inlines(html: &mut String, inlines: &[Inline]) {
    for inline in inlines {
        match inline {
            Inline::Text { text: words } => html.push_str(&escape_html(words)),
            Inline::Emphasis { content } => wrap(html, "em", content),
            Inline::Strong { content } => wrap(html, "strong", content),
            Inline::Code { text: code } => {
                let _ = write!(html, "<code>{}</code>", escape_html(code));
            }
            // The app's allowlist: a target it would not link stays plain words.
            Inline::Link { href, content } => match safe_href(href) {
                Some(safe) => {
                    let external = safe.starts_with("http://") || safe.starts_with("https://");
                    let rel = if external { " rel=\"noopener noreferrer\"" } else { "" };
                    let _ = write!(html, "<a href=\"{}\"{rel}>", escape_html(safe));
                    push_inlines(html, content);
                    html.push_str("</a>");
                }
                None => push_inlines(html, content),
            },
            Inline::LineBreak => html.push_str("<br>"),
            Inline::Unsupported => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_keep_to_the_apps_allowlist() {
        let mut html = String::new();
        push_inlines(
            &mut html,
            &[
                Inline::Link {
                    href: "javascript:alert(1)".into(),
                    content: vec![Inline::Text { text: "x".into() }],
                },
                Inline::Link {
                    href: "https://e.org".into(),
                    content: vec![Inline::Text { text: "y".into() }],
                },
            ],
        );
        assert_eq!(html, r#"x<a href="https://e.org" rel="noopener noreferrer">y</a>"#);
    }

    #[test]
    fn pictures_carry_the_apps_srcset_and_sizes() {
        let site = serde_json::from_str(r#"{"version":1,"siteName":"T","sections":[]}"#)
            .unwrap_or_else(|e| panic!("{e}"));
        let shell =
            Shell::from_index(r#"<base href="/news/" /><link rel="stylesheet" href="/news/m.css">"#, &site)
                .unwrap_or_else(|e| panic!("{e}"));
        let mut image = Image {
            src: "images/a.jpg".into(),
            alt: "A \"quoted\" view".into(),
            caption: None,
            credit: None,
            width: 1200,
            height: 675,
            variants: vec![ImageVariant { src: "images/a-640.jpg".into(), width: 640 }],
        };
        let mut html = String::new();
        shell.figure(&mut html, &image, false, "", ImageSlot::Column);
        let expected = format!(
            r#"<figure class="figure "><img loading="lazy" decoding="async" fetchpriority="auto" width="1200" height="675" alt="A &quot;quoted&quot; view" sizes="{}" srcset="/news/images/a-640.jpg 640w, /news/images/a.jpg 1200w" src="/news/images/a.jpg"></figure>"#,
            ImageSlot::Column.sizes()
        );
        assert_eq!(html.trim_end(), expected);
        image.variants.clear();
        html.clear();
        shell.figure(&mut html, &image, true, "featured", ImageSlot::Column);
        assert!(!html.contains("srcset") && !html.contains("sizes"), "{html}");
    }
}
