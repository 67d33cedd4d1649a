//! The comment sanitiser against the OWASP XSS filter-evasion cheat sheet and Isso's real output.
//! The tree it returns can only hold allowlisted elements, text, and http/https/mailto links,
//! so these tests check that the vectors end up as harmless text or nothing at all.

use gazette::model::comments::sanitize::{plain_text, sanitize_html, SafeNode, SafeTag};

const OWASP_VECTORS: &[&str] = &[
    r#"<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>"#,
    r#"javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/"/+/onmouseover=1/+/[*/[]/+alert(1)//'>"#,
    r#"<IMG SRC="javascript:alert('XSS');">"#,
    r#"<IMG SRC=JaVaScRiPt:alert('XSS')>"#,
    r#"<IMG SRC=`javascript:alert("RSnake says, 'XSS'")`>"#,
    r#"<a onmouseover="alert(document.cookie)">xxs link</a>"#,
    r#"<a onmouseover=alert(document.cookie)>xxs link</a>"#,
    r#"<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\>"#,
    r#"<IMG SRC=# onmouseover="alert('xxs')">"#,
    r#"<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>"#,
    r#"<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">"#,
    r#"<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;">x</a>"#,
    r#"<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">x</a>"#,
    r#"<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29">x</a>"#,
    "<a href=\"jav\tascript:alert('XSS');\">x</a>",
    r#"<a href="jav&#x09;ascript:alert('XSS');">x</a>"#,
    r#"<a href="jav&#x0A;ascript:alert('XSS');">x</a>"#,
    r#"<a href="jav&#x0D;ascript:alert('XSS');">x</a>"#,
    r#"<a href=" &#14;  javascript:alert('XSS');">x</a>"#,
    r#"<a href="javascript&colon;alert(1)">x</a>"#,
    r#"<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>"#,
    r#"<BODY onload!#$%&()*~+-_.,:;?@[/|\]^`=alert("XSS")>"#,
    r#"<<SCRIPT>alert("XSS");//\<</SCRIPT>"#,
    r#"<SCRIPT SRC=http://xss.rocks/xss.js?< B >"#,
    r#"<IMG SRC="`('XSS')"`"#,
    r#"</TITLE><SCRIPT>alert("XSS");</SCRIPT>"#,
    r#"<INPUT TYPE="IMAGE" SRC="javascript:alert('XSS');">"#,
    r#"<BODY BACKGROUND="javascript:alert('XSS')">"#,
    r#"<svg/onload=alert('XSS')>"#,
    r#"<IFRAME SRC="javascript:alert('XSS');"></IFRAME>"#,
    r#"<STYLE>@import'http://xss.rocks/xss.css';</STYLE>"#,
    r#"<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert('XSS');">"#,
    r#"<TABLE BACKGROUND="javascript:alert('XSS')">"#,
    r#"<DIV STYLE="background-image: url(javascript:alert('XSS'))">"#,
    r#"<BASE HREF="javascript:alert('XSS');//">"#,
    r#"<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.rocks/scriptlet.html"></OBJECT>"#,
    r#"<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv">"#,
    r#"<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>"#,
    r#"<a href="vbscript:msgbox(1)">x</a>"#,
    r#"<a href="//evil.example/">x</a>"#,
    r#"<a href="/local/page">x</a>"#,
    r#"<p style="x:expression(alert(1))" onclick="alert(1)">hi</p>"#,
    r#"<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->"#,
    r#"<SCRIPT a=">" SRC="httx://xss.rocks/xss.js"></SCRIPT>"#,
    r#"<scr<script>ipt>alert(1)</script>"#,
    r#"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"#,
    r#"<noscript><p title="</noscript><img src=x onerror=alert(1)>">"#,
    r#"<form><button formaction=javascript:alert(1)>x</button></form>"#,
    r#"<details open ontoggle=alert(1)>"#,
    r#"<a href="https://ok.example/" onclick="alert(1)" style="position:fixed">ok</a>"#,
];

/// Every element is allowlisted by type; links carry only web or mail targets.
fn assert_harmless(nodes: &[SafeNode], vector: &str) {
    for node in nodes {
        if let SafeNode::Element { tag, href, children } = node {
            if let Some(href) = href {
                assert_eq!(*tag, SafeTag::A, "{vector}: only links have a target");
                let lower = href.to_ascii_lowercase();
                assert!(
                    lower.starts_with("https://")
                        || lower.starts_with("http://")
                        || lower.starts_with("mailto:"),
                    "{vector}: unsafe link {href:?}"
                );
            }
            assert_harmless(children, vector);
        }
    }
}

#[test]
fn owasp_vectors_leave_no_script_and_no_unsafe_link() {
    for vector in OWASP_VECTORS {
        let tree = sanitize_html(vector);
        assert_harmless(&tree, vector);
    }
}

#[test]
fn script_and_style_bodies_are_dropped_not_shown() {
    for vector in [
        r#"<SCRIPT>alert("XSS")</SCRIPT>after"#,
        r#"<script type="text/javascript">var a = "</scripts>"; alert(1)</script >after"#,
        r#"<style>body{display:none}</style>after"#,
        r#"<iframe src="https://evil.example">fallback</iframe>after"#,
        r#"<!-- <script>alert(1)</script> -->after"#,
    ] {
        assert_eq!(plain_text(&sanitize_html(vector)), "after", "{vector}");
    }
    // An unclosed script swallows the rest rather than letting it through.
    assert_eq!(plain_text(&sanitize_html("before<script>alert(1)")), "before");
}

#[test]
fn unknown_tags_are_dropped_but_their_words_kept() {
    let tree = sanitize_html(r#"<div class="x"><span onclick="alert(1)">kept words</span></div>"#);
    assert_eq!(tree, vec![SafeNode::Text("kept words".into())]);
}

#[test]
fn a_link_that_is_refused_keeps_its_text_without_a_target() {
    let tree = sanitize_html(r#"<a href="javascript:alert(1)">click</a>"#);
    assert_eq!(
        tree,
        vec![SafeNode::Element {
            tag: SafeTag::A,
            href: None,
            children: vec![SafeNode::Text("click".into())]
        }]
    );
}

#[test]
fn isso_markdown_output_keeps_its_structure() {
    // As a real Isso 0.14 server renders "Hello *world*, see [docs](https://isso.example/)".
    let html = "<p>Hello <em>world</em>, see <a href=\"https://isso.example/\" rel=\"nofollow noopener\">docs</a></p>\n<blockquote>\n<p>quoted &amp; escaped &lt;b&gt;</p>\n</blockquote>\n<ul>\n<li>one</li>\n<li><code>two</code></li>\n</ul>";
    let tree = sanitize_html(html);
    let text = |s: &str| SafeNode::Text(s.into());
    let el = |tag, children| SafeNode::Element { tag, href: None, children };
    assert_eq!(
        tree,
        vec![
            el(
                SafeTag::P,
                vec![
                    text("Hello "),
                    el(SafeTag::Em, vec![text("world")]),
                    text(", see "),
                    SafeNode::Element {
                        tag: SafeTag::A,
                        href: Some("https://isso.example/".into()),
                        children: vec![text("docs")]
                    },
                ]
            ),
            text("\n"),
            el(
                SafeTag::Blockquote,
                vec![text("\n"), el(SafeTag::P, vec![text("quoted & escaped <b>")]), text("\n")]
            ),
            text("\n"),
            el(
                SafeTag::Ul,
                vec![
                    text("\n"),
                    el(SafeTag::Li, vec![text("one")]),
                    text("\n"),
                    el(SafeTag::Li, vec![el(SafeTag::Code, vec![text("two")])]),
                    text("\n")
                ]
            ),
        ]
    );
}

#[test]
fn broken_nesting_and_stray_tags_do_not_lose_text() {
    assert_eq!(plain_text(&sanitize_html("<p><em>open <strong>both</p> after</em>")), "open both after");
    assert_eq!(plain_text(&sanitize_html("</p></em>text<br>more<br/>")), "textmore");
    assert_eq!(plain_text(&sanitize_html("a < b and c > d")), "a < b and c > d");
    let deep = "<em>".repeat(10_000) + "deep" + &"</em>".repeat(10_000);
    assert_eq!(plain_text(&sanitize_html(&deep)), "deep");
}
