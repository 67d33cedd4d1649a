//! Drawing a page with the app's own components, natively: Leptos's server renderer (`ssr`)
//! gives the page's markup, and leptos_meta the `<title>`, `<meta>` and `<link>` tags its
//! components asked for, for the copy's `<head>`.

use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
use futures::StreamExt as _;
use gazette::components::site_context::SiteContext;
use gazette::model::comments::entities::escape_html;
use gazette::model::prerender::{HEAD_END, HEAD_START};
use gazette::pages::copy::{PageCopy, PageData};
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;

/// A page's markup, and its head tags.
pub struct Rendered {
    pub head: String,
    pub body: String,
}

/// Draws the page at `path` (the full path, base included: `/news/article/a-b`).
pub fn render(site: SiteContext, path: &str, page: PageData) -> Rendered {
    start_executor();
    let owner = Owner::new();
    let rendered = owner.with(|| {
        let (meta, head) = ServerMetaContext::new();
        provide_context(meta);
        leptos_meta::provide_meta_context();
        provide_context(RequestUrl::new(path));
        // Leptos marks where a text run or an empty branch ends with `<!>`, for hydration to
        // find its place; the app replaces the copy rather than hydrating it, and `<!>` is a
        // parse error ("bogus comment") to HTML validators. Content never makes one: its text
        // is escaped (`&lt;!>`).
        let body = view! { <PageCopy site page /> }.to_html().replace("<!>", "");
        // leptos_meta puts the tags into the first chunk of a page's stream, before `</head>`.
        let chunk = futures::stream::once(async { "<head></head>".to_owned() });
        let head = futures::executor::block_on(async {
            head.inject_meta_context(Box::pin(chunk)).await.collect::<String>().await
        });
        let head = escape_title(head.trim_start_matches("<head>").trim_end_matches("</head>"));
        Rendered { head: mark_page_head(&head), body }
    });
    owner.unset();
    rendered
}

/// leptos_meta (0.8.7) writes the page's title into `<title>` as it is, unescaped: a headline
/// with `</title>` or `&lt;` in it would end the element early or change. The title is the last
/// thing it writes, so it runs from the first `<title>` to the last `</title>`.
fn escape_title(head: &str) -> String {
    const OPEN: &str = "<title>";
    const CLOSE: &str = "</title>";
    let (Some(start), Some(end)) = (head.find(OPEN), head.rfind(CLOSE)) else { return head.to_owned() };
    match (head.get(..start + OPEN.len()), head.get(start + OPEN.len()..end), head.get(end..)) {
        (Some(before), Some(title), Some(after)) if start + OPEN.len() <= end => {
            format!("{before}{}{after}", escape_html(title))
        }
        _ => head.to_owned(),
    }
}

/// The page's head tags between the comments the app looks for when it starts
/// (`model::prerender::HEAD_START`), so that it can take them out and put in its own; the
/// `<title>` (last) after them, since the app keeps that element.
fn mark_page_head(head: &str) -> String {
    let at = head.find("<title>").unwrap_or(head.len());
    let (tags, title) = head.split_at(at);
    format!("<!--{HEAD_START}-->{tags}<!--{HEAD_END}-->{title}")
}

/// What the components start on their own (the sidebar's widgets, the ticker, comment counts)
/// fetches data in the browser: natively nothing is started, and the copy shows what the app
/// shows before those answers arrive.
struct NoRequests;

impl CustomExecutor for NoRequests {
    fn spawn(&self, _future: PinnedFuture<()>) {}
    fn spawn_local(&self, _future: PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

fn start_executor() {
    // Set once per process; a second call finds it set, which is what it wants.
    let _ = Executor::init_custom_executor(NoRequests);
}

#[cfg(test)]
mod tests {
    use gazette::model::article::Article;
    use gazette::model::site::SiteConfig;
    use gazette::model::widgets::ArticleLinks;

    use super::*;

    fn site() -> SiteContext {
        let config: SiteConfig = serde_json::from_str(
            r#"{"version":1,"siteName":"T & Co","sections":[{"slug":"world","name":"World"}]}"#,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        SiteContext::new(config, "/news/")
    }

    const ARTICLE: &str = r#"{"format":1,"slug":"a-b","title":"A <b>","standfirst":"S","section":{"slug":"world","name":"World"},"author":{"slug":"m","name":"M"},"published":"2026-11-27T10:00:00Z","tags":[{"slug":"ai","name":"AI"}],"readingMinutes":2,"body":[{"type":"paragraph","content":[{"type":"text","text":"Words."}]}]}"#;
    const LINKS: &str = r#"{"format":1,"slug":"a-b","related":[{"slug":"c-d","title":"Related story","excerpt":"E","section":{"slug":"world","name":"World"},"author":{"slug":"m","name":"M"},"published":"2026-11-26T10:00:00Z","readingMinutes":1}]}"#;

    #[test]
    fn an_article_is_drawn_whole_with_its_head() {
        let article: Article = serde_json::from_str(ARTICLE).unwrap_or_else(|e| panic!("{e}"));
        let related: ArticleLinks = serde_json::from_str(LINKS).unwrap_or_else(|e| panic!("{e}"));
        let page = render(site(), "/news/article/a-b", PageData::Article { article, related: Some(related) });
        assert!(page.head.contains("<title>A &lt;b&gt; | T &amp; Co</title>"), "{}", page.head);
        assert!(page.head.contains(r#"<meta name="description" content="S">"#), "{}", page.head);
        assert!(page.head.starts_with("<!--page-head-->"), "{}", page.head);
        assert!(page.head.contains("<!--/page-head--><title>"), "{}", page.head);
        assert_eq!(
            escape_title("<meta><title>a </title><i> & b</title>"),
            "<meta><title>a &lt;/title&gt;&lt;i&gt; &amp; b</title>"
        );
        for part in [
            r#"<h1 tabindex="-1" class="headline">A &lt;b&gt;</h1>"#,
            r#"<a href="/news/tag/ai" rel="tag">AI</a>"#,
            r#"<a href="/news/article/c-d">Related story</a>"#,
            r#"href="/news/article/a-b#main""#,
            r#"<a href="/news/section/world" aria-current="page">"#,
        ] {
            if part.contains("aria-current") {
                // Only an archive is its section's page.
                assert!(!page.body.contains(part), "{part}");
            } else {
                assert!(page.body.contains(part), "{part} in {}", page.body);
            }
        }
        assert!(!page.body.contains("<!>"), "no hydration markers in a copy");
        // Comments exist only in the reader's browser.
        assert!(!page.body.contains("Comments"), "{}", page.body);
    }
}
