//! `gazette-twin`: an article as a plain static HTML page (same markup classes, same CSS, no
//! script), rendered from the same derived JSON the app fetches. The benchmark (`bench/run.sh`)
//! measures it beside the app to see how close a client-rendered article gets to static HTML.
//!
//! ```text
//! gazette-twin --dist dist --out DIR SLUG...   # writes DIR/SLUG.html for each article
//! ```
//!
//! It reads `DIR/site.json`, `DIR/content/articles/SLUG.json` (decoded with the app's own
//! `gazette::model` types and decoder, so the twin and the app cannot read the JSON differently)
//! and the stylesheet and icon links of `DIR/index.html` (hashed names change every build).
//! The markup mirrors the app's layout and article components (`src/components/`, `src/pages/`),
//! so the same CSS lays it out the same way. Parts the app fills in from other requests after
//! the article (trending bar, sidebar widgets, related links, comments) are left out.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use gazette::model::article::{Article, Block, Image, Inline};
use gazette::model::decode::decode;
use gazette::model::href::safe_href;
use gazette::model::listing::ArchiveKind;
use gazette::model::routes::Links;
use gazette::model::site::SiteConfig;

const USAGE: &str = "usage: gazette-twin [--dist DIR] --out DIR SLUG...
  writes DIR/SLUG.html: the article as static HTML with the site's CSS and no script
defaults: --dist dist";

struct Options {
    dist: PathBuf,
    out: PathBuf,
    slugs: Vec<String>,
}

fn parse(args: impl IntoIterator<Item = String>) -> Result<Options, String> {
    let mut dist = PathBuf::from("dist");
    let mut out = None;
    let mut slugs = Vec::new();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--dist" => dist = args.next().ok_or("--dist needs a value")?.into(),
            "--out" => out = Some(PathBuf::from(args.next().ok_or("--out needs a value")?)),
            "-h" | "--help" => return Err(String::new()),
            flag if flag.starts_with('-') => return Err(format!("unknown option {flag:?}")),
            slug => slugs.push(slug.to_owned()),
        }
    }
    let out = out.ok_or("--out is required")?;
    if slugs.is_empty() {
        return Err("name at least one article slug".into());
    }
    Ok(Options { dist, out, slugs })
}

fn main() -> ExitCode {
    let options = match parse(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(message) if message.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("gazette-twin: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("gazette-twin: {message}");
            ExitCode::FAILURE
        }
    }
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn run(options: &Options) -> Result<(), String> {
    let site_path = options.dist.join("site.json");
    let site: SiteConfig = decode(&read(&site_path)?).map_err(|e| format!("{}: {e}", site_path.display()))?;
    let index = read(&options.dist.join("index.html"))?;
    let shell = Shell::from_index(&index, &site)?;
    std::fs::create_dir_all(&options.out)
        .map_err(|e| format!("cannot create {}: {e}", options.out.display()))?;
    let content = options.dist.join(site.content_path.trim_matches('/'));
    for slug in &options.slugs {
        let path = content.join("articles").join(format!("{slug}.json"));
        let article: Article = decode(&read(&path)?).map_err(|e| format!("{}: {e}", path.display()))?;
        let target = options.out.join(format!("{slug}.html"));
        std::fs::write(&target, shell.article_page(&article))
            .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
    }
    Ok(())
}

/// What every page shares: the head's links, the header and the footer.
struct Shell {
    site: SiteConfig,
    links: Links,
    /// `<link …>` tags for the stylesheet and the icon, copied from `index.html`.
    head_links: String,
    base: String,
}

impl Shell {
    fn from_index(index: &str, site: &SiteConfig) -> Result<Self, String> {
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

    fn article_page(&self, article: &Article) -> String {
        let mut html = String::with_capacity(16 * 1024);
        let title = format!("{} | {}", article.title, self.site.site_name);
        let _ = write!(
            html,
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <base href=\"{}\">\n<title>{}</title>\n<meta name=\"description\" content=\"{}\">\n\
             <meta name=\"color-scheme\" content=\"light dark\">\n{}</head>\n<body>\n",
            attr(&self.base),
            text(&title),
            attr(&article.standfirst),
            self.head_links
        );
        self.header(&mut html);
        // As the article page lays it out: the story in the main column, the sidebar beside it
        // (its widgets load client-side in the app; here the column is left empty).
        html.push_str(
            "<main id=\"main\" class=\"site-main\" tabindex=\"-1\">\n<div class=\"with-sidebar\"><div class=\"primary\">\n",
        );
        self.article(&mut html, article);
        html.push_str("</div><aside class=\"sidebar\" aria-label=\"More news\"></aside></div>\n</main>\n");
        self.footer(&mut html);
        html.push_str("</body>\n</html>\n");
        html
    }

    fn header(&self, html: &mut String) {
        let _ = write!(
            html,
            "<a class=\"skip-link\" href=\"#main\">Skip to content</a>\n<header class=\"site-header\">\
             <div class=\"masthead\"><a class=\"site-name\" href=\"{}\">{}</a>",
            attr(self.links.base()),
            text(&self.site.site_name)
        );
        if !self.site.tagline.is_empty() {
            let _ = write!(html, "<p class=\"tagline\">{}</p>", text(&self.site.tagline));
        }
        html.push_str("</div><nav class=\"section-nav\" aria-label=\"Sections\"><ul>");
        for section in &self.site.sections {
            let href = self.links.archive(ArchiveKind::Section, &section.slug, 1);
            let _ = write!(html, "<li><a href=\"{}\">{}</a></li>", attr(&href), text(&section.name));
        }
        html.push_str("</ul></nav></header>\n");
    }

    fn footer(&self, html: &mut String) {
        let _ = write!(
            html,
            "<footer class=\"site-footer\"><p>© {} {}. All rights reserved.</p><p><a href=\"{}\">Front page</a></p></footer>\n",
            current_year(),
            text(&self.site.site_name),
            attr(self.links.base())
        );
    }

    fn article(&self, html: &mut String, article: &Article) {
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
             <span aria-hidden=\"true\"> · </span><span class=\"reading-time\">{} min read</span></p></header>\n",
            attr(links.base()),
            attr(&section_href),
            text(&article.section.name),
            text(&article.title),
            text(&article.title),
            text(&article.standfirst),
            attr(&author_href),
            text(&article.author.name),
            attr(&article.published),
            text(&long_date(&article.published)),
            article.reading_minutes
        );
        if let Some(image) = &article.image {
            self.figure(html, image, true, "featured");
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
                let _ =
                    write!(html, "<li><a href=\"{}\" rel=\"tag\">{}</a></li>", attr(&href), text(&tag.name));
            }
            html.push_str("</ul></nav>");
        }
        html.push_str("</article>\n");
    }

    fn figure(&self, html: &mut String, image: &Image, eager: bool, class: &str) {
        let _ = write!(
            html,
            "<figure class=\"figure {class}\"><img src=\"{}\" alt=\"{}\" width=\"{}\" height=\"{}\" loading=\"{}\" \
             decoding=\"async\" fetchpriority=\"{}\">",
            attr(&self.links.asset(&image.src)),
            attr(&image.alt),
            image.width,
            image.height,
            if eager { "eager" } else { "lazy" },
            if eager { "high" } else { "auto" },
        );
        let caption = image.caption.as_deref().filter(|c| !c.trim().is_empty());
        let credit = image.credit.as_deref().filter(|c| !c.trim().is_empty());
        if caption.is_some() || credit.is_some() {
            html.push_str("<figcaption>");
            if let Some(caption) = caption {
                html.push_str(&text(caption));
            }
            if let Some(credit) = credit {
                let _ = write!(html, "<span class=\"credit\">{}</span>", text(credit));
            }
            html.push_str("</figcaption>");
        }
        html.push_str("</figure>\n");
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
                    let _ = write!(html, "<footer>{}</footer>", text(who));
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
            Block::Image { image } => self.figure(html, image, false, ""),
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
            Inline::Text { text: words } => html.push_str(&text(words)),
            Inline::Emphasis { content } => wrap(html, "em", content),
            Inline::Strong { content } => wrap(html, "strong", content),
            Inline::Code { text: code } => {
                let _ = write!(html, "<code>{}</code>", text(code));
            }
            // The app's allowlist: a target it would not link stays plain words.
            Inline::Link { href, content } => match safe_href(href) {
                Some(safe) => {
                    let external = safe.starts_with("http://") || safe.starts_with("https://");
                    let rel = if external { " rel=\"noopener noreferrer\"" } else { "" };
                    let _ = write!(html, "<a href=\"{}\"{rel}>", attr(safe));
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

fn text(raw: &str) -> String {
    raw.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn attr(raw: &str) -> String {
    text(raw).replace('"', "&quot;")
}

/// The value of `name` in the first tag that starts with `start` (`<base `).
fn attribute_of_tag(html: &str, start: &str, name: &str) -> Option<String> {
    let at = html.find(start)?;
    let tag = &html[at..at + html[at..].find('>')?];
    let key = format!("{name}=\"");
    let from = tag.find(&key)? + key.len();
    Some(tag[from..from + tag[from..].find('"')?].to_owned())
}

/// Every `<link rel="REL" …>` tag, as written, in document order.
fn find_links(html: &str, rel: &str) -> Vec<String> {
    let needle = format!("rel=\"{rel}\"");
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find("<link") {
        let Some(length) = rest[at..].find('>') else { break };
        let tag = &rest[at..at + length + 1];
        if tag.contains(&needle) {
            found.push(tag.to_owned());
        }
        rest = &rest[at + length + 1..];
    }
    found
}

/// `2026-11-27T08:30:00Z` → `November 27, 2026`, as the app's `Intl` long date reads in en-US
/// (the benchmark's browser locale). Anything else is shown as written, as the app does.
fn long_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let part = |range: std::ops::Range<usize>| iso.get(range).and_then(|s| s.parse::<usize>().ok());
    match (part(0..4), part(5..7), part(8..10)) {
        (Some(year), Some(month @ 1..=12), Some(day)) => format!("{} {day}, {year}", MONTHS[month - 1]),
        _ => iso.to_owned(),
    }
}

/// The current year (UTC), for the footer's copyright line, as the app prints it.
fn current_year() -> i64 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    // Civil-from-days (Howard Hinnant's algorithm), year only.
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    yoe + era * 400 + i64::from(month <= 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_like_the_app() {
        assert_eq!(long_date("2026-11-27T08:30:00Z"), "November 27, 2026");
        assert_eq!(long_date("soon"), "soon");
        assert!(current_year() >= 2024);
    }

    #[test]
    fn finds_the_built_links() {
        let index = r#"<base href="/news/" /><link rel="stylesheet" href="/news/main-1.css" integrity="x"/><link rel="icon" href="/f.svg"/><link rel="stylesheet" href="/news/b-2.css"/>"#;
        assert_eq!(attribute_of_tag(index, "<base ", "href").as_deref(), Some("/news/"));
        assert_eq!(
            find_links(index, "stylesheet"),
            [
                r#"<link rel="stylesheet" href="/news/main-1.css" integrity="x"/>"#,
                r#"<link rel="stylesheet" href="/news/b-2.css"/>"#
            ]
        );
        assert!(find_links(index, "preload").is_empty());
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(attr(r#"<a href="x">&"#), "&lt;a href=&quot;x&quot;&gt;&amp;");
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
}
