//! `gazette-pages prerender DIST`: static copies of the front page, the first page of every
//! archive and the newest articles, each inside the built app's own `index.html` (same CSP,
//! scripts and styles). A reader's browser paints the story from the HTML and the app takes over
//! when it has loaded (`src/handoff.rs`). Static hosts serve `article/a-b.html` for
//! `/article/a-b`; any page without a copy falls back to `404.html`, the bare app, as before.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use gazette::model::article::Article;
use gazette::model::listing::{ArchiveKind, ArchivePage, Home};
use gazette::model::preload::{preload_table, TABLE_ID};
use gazette::model::prerender::{COPY_ID, COPY_META};
use gazette::model::routes::AppRoute;
use gazette::model::seo::json_ld::script_safe;
use gazette::model::slug::is_valid_slug;
use gazette::model::widgets::{article_links_file, ArticleLinks};
use gazette::pages::copy::PageData;
use serde::Deserialize;

use crate::html::escape_html;
use crate::shell::{read_index, Shell};
use crate::{load, read, write};

const START: &str = "<!--prerendered-->";
const END: &str = "<!--/prerendered-->";
const NOSCRIPT: &str = "<p>Comments, search and the sidebar need JavaScript and WebAssembly.</p>";
/// Under the top of an older article's story (`PageData::ArticleLead`).
const LEAD_NOSCRIPT: &str =
    "<p>The rest of this story, comments, search and the sidebar need JavaScript and WebAssembly.</p>";

pub fn run(dist: &Path, latest: usize) -> Result<String, String> {
    // The bare app: `index.html` as Trunk wrote it or, when an earlier run has put a copy in
    // it, the `404.html` that run wrote.
    let index = read_index(dist)?;
    let bare = strip(&if index.contains(START) { read(&dist.join("404.html"))? } else { index });
    let shell = Shell::open(dist, &bare)?;
    // The site's name from site.json, for pages the app has not named yet.
    let title = format!("<title>{}</title>", escape_html(&shell.site.config.site_name));
    let bare = replace_element(&bare, "<title>", "</title>", &title)?;
    // The route table for the inline script's preload of a page without a copy.
    let table = preload_table(&shell.site.config.content_path);
    let table = script_safe(&serde_json::to_string(&table).map_err(|e| format!("the route table: {e}"))?);
    let bare = replace_between(
        &bare,
        &format!("<script type=\"application/json\" id=\"{TABLE_ID}\">"),
        "</script>",
        &table,
    )?;
    write(&dist.join("404.html"), &bare)?;
    let pages = Pages { shell: &shell, bare: &bare };

    let home: Home = load(&shell.content_file("home.json"))?;
    write(&dist.join("index.html"), &pages.page(&AppRoute::Home, PageData::Home(home))?)?;

    let mut archives = 0;
    for kind in [ArchiveKind::Section, ArchiveKind::Tag, ArchiveKind::Author] {
        for slug in slugs_in(&shell.content_file(kind.segment()), "")? {
            let first = shell.content_file(kind.segment()).join(&slug).join("1.json");
            if !first.is_file() {
                continue;
            }
            let archive: ArchivePage = load(&first)?;
            let route = AppRoute::Archive { kind, slug, page: 1 };
            write(
                &dist.join(format!("{}.html", route.path())),
                &pages.page(&route, PageData::Archive(archive))?,
            )?;
            archives += 1;
        }
    }

    let articles = articles_newest_first(&shell.content_file("articles"))?;
    for (index, path) in articles.iter().enumerate() {
        let article: Article = load(path)?;
        let route = AppRoute::Article { slug: article.slug.clone() };
        if !is_valid_slug(&article.slug) {
            return Err(format!("{}: slug {:?} cannot name a page", path.display(), article.slug));
        }
        let data = if index < latest {
            // The related links, as the app shows them once it has fetched them; a site without
            // them (an older build of the content) gets a copy without them, as the app does.
            let links = shell.content_file(&article_links_file(&article.slug));
            let related: Option<ArticleLinks> = if links.is_file() { Some(load(&links)?) } else { None };
            PageData::Article { article, related }
        } else {
            PageData::ArticleLead(article)
        };
        write(&dist.join(format!("{}.html", route.path())), &pages.page(&route, data)?)?;
    }
    let whole = articles.len().min(latest);
    Ok(format!(
        "gazette-pages: static copies of the front page, {archives} archives and {whole} articles, and the top of \
         the story for {} older articles, in {}",
        articles.len() - whole,
        dist.display()
    ))
}

struct Pages<'a> {
    shell: &'a Shell,
    bare: &'a str,
}

impl Pages<'_> {
    /// The bare app with this page drawn into it (an older article: the top of its story), the
    /// head tags its components ask for in place of the bare app's title, and a preload of the
    /// page's data (the app's first request).
    fn page(&self, route: &AppRoute, page: PageData) -> Result<String, String> {
        let path = route.path();
        let noscript = if matches!(page, PageData::ArticleLead(_)) { LEAD_NOSCRIPT } else { NOSCRIPT };
        let rendered = self.shell.render(&path, page);
        let mut html = self.bare.to_owned();
        // The copy reads without script; only what the app adds does not.
        if html.contains("<noscript>") {
            html = replace_between(&html, "<noscript>", "</noscript>", noscript)?;
        }
        // A copy of an address whose later pages have none holds for its first page only.
        let first_page = AppRoute::parse(&path, |name| (name == "page").then(|| "2".to_owned()))
            .is_some_and(|later| !later.has_copy());
        let marker = if first_page { " data-first-page" } else { "" };
        let mut head =
            format!("<meta name=\"{COPY_META}\" content=\"{}\"{marker} />\n    ", escape_html(&path));
        if let Some(file) = route.data_file() {
            let href = self.shell.site.content.file_url(&file);
            let _ = write!(
                head,
                "<link rel=\"preload\" href=\"{}\" as=\"fetch\" crossorigin=\"anonymous\" />\n    ",
                escape_html(&href)
            );
        }
        head.push_str(&rendered.head);
        html = replace_element(&html, "<title>", "</title>", &head)?;
        let body_at = html.find("<body>").ok_or("index.html has no <body>")? + "<body>".len();
        let mut copy = String::with_capacity(rendered.body.len() + 64);
        let _ = write!(copy, "\n{START}<div id=\"{COPY_ID}\">{}</div>{END}", rendered.body);
        html.insert_str(body_at, &copy);
        Ok(html)
    }
}

/// `html` with the element from `open` to `close` (both included) replaced by `with`.
fn replace_element(html: &str, open: &str, close: &str, with: &str) -> Result<String, String> {
    let start = html.find(open).ok_or_else(|| format!("index.html has no {open}"))?;
    let end = html
        .get(start..)
        .and_then(|rest| rest.find(close))
        .ok_or_else(|| format!("index.html has no {close}"))?;
    let end = start + end + close.len();
    Ok(format!("{}{with}{}", html.get(..start).unwrap_or_default(), html.get(end..).unwrap_or_default()))
}

/// `index.html` without the copy and route marker an earlier run put in, so that running twice
/// gives the same files.
fn strip(html: &str) -> String {
    let mut out = html.to_owned();
    if let (Some(start), Some(end)) = (out.find(START), out.find(END)) {
        if start < end {
            out.replace_range(start..end + END.len(), "");
            // The newline the copy was written after.
            if out.get(..start).is_some_and(|before| before.ends_with('\n')) {
                out.remove(start - 1);
            }
        }
    }
    let marker = format!("<meta name=\"{COPY_META}\"");
    if let Some(start) = out.find(&marker) {
        if let Some(length) = out[start..].find('>') {
            let mut end = start + length + 1;
            end += out[end..].len() - out[end..].trim_start_matches([' ', '\n']).len();
            out.replace_range(start..end, "");
        }
    }
    out
}

fn replace_between(html: &str, open: &str, close: &str, with: &str) -> Result<String, String> {
    let start = html.find(open).ok_or_else(|| format!("index.html has no {open}"))? + open.len();
    let end = start + html[start..].find(close).ok_or_else(|| format!("index.html has no {close}"))?;
    Ok(format!("{}{with}{}", &html[..start], &html[end..]))
}

/// The names in `folder` (that are valid slugs once `suffix` is taken off), sorted.
fn slugs_in(folder: &Path, suffix: &str) -> Result<Vec<String>, String> {
    let Ok(entries) = std::fs::read_dir(folder) else { return Ok(Vec::new()) };
    let mut slugs = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot read {}: {e}", folder.display()))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(slug) = name.strip_suffix(suffix).filter(|slug| is_valid_slug(slug)) {
            slugs.push(slug.to_owned());
        }
    }
    slugs.sort();
    Ok(slugs)
}

/// Every article file, newest first: only their dates are read to choose.
fn articles_newest_first(folder: &Path) -> Result<Vec<PathBuf>, String> {
    #[derive(Deserialize)]
    struct Dated {
        published: String,
    }
    let mut dated = Vec::new();
    for slug in slugs_in(folder, ".json")? {
        let path = folder.join(format!("{slug}.json"));
        let date: Dated =
            serde_json::from_str(&read(&path)?).map_err(|e| format!("{}: {e}", path.display()))?;
        dated.push((date.published, path));
    }
    dated.sort_by(|a, b| b.cmp(a));
    Ok(dated.into_iter().map(|(_, path)| path).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    const BARE: &str = "<html><head>\n    <title>Site</title>\n    <meta name=\"description\" content=\"d\" />\n</head>\n<body>\n<noscript>x</noscript></body></html>";

    #[test]
    fn strip_undoes_a_copy() {
        let copied = {
            let mut html = replace_between(BARE, "<title>", "</title>", "A &amp; B | Site").expect("title");
            let at = html.find("<title>").expect("title");
            html.insert_str(at, "<meta name=\"gazette-prerendered\" content=\"article/a\" />\n    ");
            let body = html.find("<body>").expect("body") + 6;
            html.insert_str(
                body,
                "\n<!--prerendered--><div id=\"prerendered\"><h1>A</h1></div><!--/prerendered-->",
            );
            html
        };
        let stripped = strip(&copied);
        assert!(!stripped.contains("prerendered"), "{stripped}");
        assert!(stripped.contains("<body>\n<noscript>"), "{stripped}");
        assert_eq!(strip(BARE), BARE, "nothing to strip");
    }

    #[test]
    fn replaces_between_markers() {
        let html =
            replace_between(BARE, "<meta name=\"description\" content=\"", "\"", "new &quot;").expect("ok");
        assert!(html.contains("content=\"new &quot;\""));
        assert!(replace_between(BARE, "<nope>", "<", "").is_err());
    }
}
