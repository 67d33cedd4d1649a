//! Decoding responses captured from a real Isso 0.14 server (`tests/fixtures/isso/`).

use gazette::model::comments::isso::{error_detail, IssoComment, IssoThread, Votes};
use gazette::model::comments::sanitize::{plain_text, sanitize_html, SafeNode, SafeTag};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/isso/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn a_thread_with_a_reply_decodes() {
    let thread: IssoThread = serde_json::from_str(&fixture("thread.json")).expect("thread");
    assert_eq!(thread.total_replies, 2);
    let first = &thread.replies[0];
    assert_eq!(first.id, 1);
    assert_eq!(first.parent, None);
    assert_eq!(first.replies.len(), 1);
    assert_eq!(first.replies[0].parent, Some(1));
    assert_eq!(first.replies[0].author_name(), "Bob");
    // Isso escaped the name once; we decode once and render it as text.
    assert_eq!(first.author.as_deref(), Some("Alice &lt;i&gt;"));
    assert_eq!(first.author_name(), "Alice <i>");
    assert_eq!(first.website_url().as_deref(), Some("https://alice.example"));
    assert!(first.created > 1.7e9);
}

#[test]
fn isso_comment_html_goes_through_the_sanitiser() {
    let thread: IssoThread = serde_json::from_str(&fixture("thread.json")).expect("thread");
    let tree = sanitize_html(&thread.replies[0].text);
    // The typed <script> came back escaped: it is text. The javascript: link Isso turned into
    // `#harmful-link`, which is not a web address, so it is not a link at all.
    assert_eq!(plain_text(&tree), "Hello world <script>x</script> l");
    let SafeNode::Element { tag: SafeTag::P, children, .. } = &tree[0] else {
        panic!("a paragraph: {tree:?}")
    };
    assert!(children.iter().all(|node| !matches!(node, SafeNode::Element { href: Some(_), .. })));
}

#[test]
fn an_empty_thread_and_a_limited_one_decode() {
    let empty: IssoThread = serde_json::from_str(&fixture("thread-empty.json")).expect("empty thread");
    assert_eq!((empty.total_replies, empty.replies.len()), (0, 0));
    let limited: IssoThread = serde_json::from_str(&fixture("thread-limited.json")).expect("limited");
    assert_eq!(limited.total_replies, 3);
    assert_eq!(limited.hidden_replies, 1);
    assert_eq!(limited.replies[0].hidden_replies, 1, "its reply was held back by nested_limit=0");
}

#[test]
fn a_new_comment_and_a_like_decode() {
    let comment: IssoComment = serde_json::from_str(&fixture("new-published.json")).expect("new comment");
    assert_eq!(comment.mode, 1);
    assert_eq!(comment.author_name(), "Chloé & Co");
    assert_eq!(comment.website_url().as_deref(), Some("http://chloe.example/?a=1&b=2"));
    let votes: Votes = serde_json::from_str(&fixture("like.json")).expect("votes");
    assert_eq!(votes, Votes { likes: 1, dislikes: 0 });
}

#[test]
fn html_error_pages_yield_their_message() {
    assert_eq!(error_detail(&fixture("error-400-too-short.html")), "text is too short (minimum length: 3)");
    assert_eq!(error_detail(&fixture("error-403-csrf.html")), "CSRF");
    assert_eq!(error_detail("ratelimit exceeded"), "ratelimit exceeded");
}
