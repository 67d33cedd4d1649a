use super::*;

fn body(json: &str) -> String {
    let blocks: Vec<Block> = serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}"));
    let url = PublicUrl::parse(Some("https://news.example/paper/")).unwrap_or_else(|e| panic!("{e}"));
    body_html(&blocks, &Resolve { url: &url, page: "https://news.example/paper/article/a" })
}

fn link(href: &str) -> String {
    body(&format!(
        r#"[{{"type":"paragraph","content":[{{"type":"link","href":{},"content":[{{"type":"text","text":"words"}}]}}]}}]"#,
        serde_json::to_string(href).unwrap_or_default()
    ))
}

#[test]
fn links_become_absolute_addresses() {
    for (href, absolute) in [
        ("article/b", "https://news.example/paper/article/b"),
        ("/elsewhere", "https://news.example/elsewhere"),
        ("#comments", "https://news.example/paper/article/a#comments"),
        ("?page=2", "https://news.example/paper/article/a?page=2"),
        ("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&amp;c=2"),
        ("mailto:desk@example.org", "mailto:desk@example.org"),
        ("HTTP://EXAMPLE.ORG", "HTTP://EXAMPLE.ORG"),
        ("article/a:b", "https://news.example/paper/article/a:b"),
    ] {
        assert_eq!(link(href), format!("<p><a href=\"{absolute}\">words</a></p>"), "{href}");
    }
}

#[test]
fn unsafe_links_are_only_their_words() {
    for href in ["javascript:alert(1)", "data:text/html,x", "//evil.example/", "java\tscript:x"] {
        assert_eq!(link(href), "<p>words</p>", "{href:?}");
    }
}

#[test]
fn text_is_escaped_everywhere() {
    let html = body(
        r#"[{"type":"heading","level":2,"content":[{"type":"text","text":"</title><script>alert(1)</script>]]>"}]},
            {"type":"quote","paragraphs":[[{"type":"code","text":"a < b && c"}]],"attribution":"<i>Q</i>"},
            {"type":"list","ordered":true,"items":[[{"type":"strong","content":[{"type":"text","text":"\"x\""}]}]]},
            {"type":"image","image":{"src":"images/a b.svg","alt":"\"><script>","caption":"<b>c</b>","width":3,"height":2}},
            {"type":"mystery"}]"#,
    );
    assert_eq!(
        html,
        "<h2>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;]]&gt;</h2>\
         <blockquote><p><code>a &lt; b &amp;&amp; c</code></p><footer>— &lt;i&gt;Q&lt;/i&gt;</footer></blockquote>\
         <ol><li><strong>&quot;x&quot;</strong></li></ol>\
         <figure><img src=\"https://news.example/paper/images/a b.svg\" alt=\"&quot;&gt;&lt;script&gt;\" width=\"3\" height=\"2\">\
         <figcaption>&lt;b&gt;c&lt;/b&gt;</figcaption></figure>"
    );
}

#[test]
fn tables_code_and_galleries_are_plain_html() {
    let html = body(
        r#"[{"type":"table","head":[[{"type":"text","text":"Gate"}],[{"type":"text","text":"<Width>"}]],
             "rows":[[[{"type":"text","text":"North"}],[{"type":"strong","content":[{"type":"text","text":"40 m"}]}]]]},
            {"type":"table","rows":[[[{"type":"text","text":"a"}]]]},
            {"type":"code","text":"if a < b {\n  go();\n}","language":"rust\"><x"},
            {"type":"code","text":"plain"},
            {"type":"gallery","images":[{"src":"images/a.svg","alt":"A","caption":"One","width":3,"height":2},
                                        {"src":"https://cdn.example/b.jpg","alt":"B","width":3,"height":2}]}]"#,
    );
    assert_eq!(
        html,
        "<table><thead><tr><th scope=\"col\">Gate</th><th scope=\"col\">&lt;Width&gt;</th></tr></thead>\
         <tbody><tr><td>North</td><td><strong>40 m</strong></td></tr></tbody></table>\
         <table><tbody><tr><td>a</td></tr></tbody></table>\
         <pre><code class=\"language-rust&quot;&gt;&lt;x\">if a &lt; b {\n  go();\n}</code></pre>\
         <pre><code>plain</code></pre>\
         <figure><img src=\"https://news.example/paper/images/a.svg\" alt=\"A\" width=\"3\" height=\"2\"><figcaption>One</figcaption></figure>\
         <figure><img src=\"https://cdn.example/b.jpg\" alt=\"B\" width=\"3\" height=\"2\"></figure>"
    );
}
