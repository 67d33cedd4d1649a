//! The allowlist sanitiser for remote HTML (Isso renders comments from Markdown to HTML).
//!
//! It does not clean a string to be injected: it parses the HTML into a tree that can only
//! hold the allowed elements, plain text and vetted links, and the views build DOM nodes from
//! that tree. Everything else becomes text (unknown tags are dropped, their words kept) or
//! disappears entirely (script, style and other raw-text or embedding elements).

use super::entities::decode_entities;
use super::html_tokens::{tokenize, Token};

/// Elements a comment may contain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SafeTag {
    P,
    Br,
    Em,
    Strong,
    Code,
    Pre,
    Ul,
    Ol,
    Li,
    Blockquote,
    Del,
    A,
}

impl SafeTag {
    fn from_name(name: &str) -> Option<SafeTag> {
        Some(match name {
            "p" => SafeTag::P,
            "br" => SafeTag::Br,
            "em" | "i" => SafeTag::Em,
            "strong" | "b" => SafeTag::Strong,
            "code" => SafeTag::Code,
            "pre" => SafeTag::Pre,
            "ul" => SafeTag::Ul,
            "ol" => SafeTag::Ol,
            "li" => SafeTag::Li,
            "blockquote" => SafeTag::Blockquote,
            "del" | "s" | "strike" => SafeTag::Del,
            "a" => SafeTag::A,
            _ => return None,
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SafeNode {
    Text(String),
    /// `href` is set only on links, and only to an http, https or mailto URL.
    Element {
        tag: SafeTag,
        href: Option<String>,
        children: Vec<SafeNode>,
    },
}

/// Deeper nesting than this is flattened: no comment needs it and it costs stack to render.
const MAX_DEPTH: usize = 16;

pub fn sanitize_html(html: &str) -> Vec<SafeNode> {
    // Open elements: (tag, href, children); the bottom entry is the root.
    let mut stack: Vec<(Option<SafeTag>, Option<String>, Vec<SafeNode>)> = vec![(None, None, Vec::new())];
    for token in tokenize(html) {
        match token {
            Token::Text(text) => push_text(&mut stack, &decode_entities(&text)),
            Token::Start { name, attributes } => {
                let Some(tag) = SafeTag::from_name(&name) else { continue };
                let href = (tag == SafeTag::A).then(|| link_target(&attributes)).flatten();
                if tag == SafeTag::Br {
                    push_node(&mut stack, SafeNode::Element { tag, href: None, children: Vec::new() });
                } else if stack.len() <= MAX_DEPTH {
                    stack.push((Some(tag), href, Vec::new()));
                }
            }
            Token::End { name } => {
                let Some(tag) = SafeTag::from_name(&name) else { continue };
                // Close up to the matching open element; a stray end tag changes nothing.
                if let Some(open_at) = stack.iter().rposition(|(open, _, _)| *open == Some(tag)) {
                    while stack.len() > open_at {
                        close_top(&mut stack);
                    }
                }
            }
        }
    }
    while stack.len() > 1 {
        close_top(&mut stack);
    }
    stack.pop().map(|(_, _, children)| children).unwrap_or_default()
}

fn close_top(stack: &mut Vec<(Option<SafeTag>, Option<String>, Vec<SafeNode>)>) {
    if let Some((Some(tag), href, children)) = stack.pop() {
        push_node(stack, SafeNode::Element { tag, href, children });
    }
}

fn push_node(stack: &mut [(Option<SafeTag>, Option<String>, Vec<SafeNode>)], node: SafeNode) {
    if let Some((_, _, children)) = stack.last_mut() {
        children.push(node);
    }
}

fn push_text(stack: &mut [(Option<SafeTag>, Option<String>, Vec<SafeNode>)], text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some((_, _, children)) = stack.last_mut() {
        if let Some(SafeNode::Text(previous)) = children.last_mut() {
            previous.push_str(text);
        } else {
            children.push(SafeNode::Text(text.to_owned()));
        }
    }
}

/// A comment link may only go to the web or to an email address: no relative paths (they
/// would pose as our own pages), no `javascript:`, `data:` or anything else.
fn link_target(attributes: &[(String, String)]) -> Option<String> {
    let raw = attributes.iter().find(|(name, _)| name == "href").map(|(_, value)| decode_entities(value))?;
    let href = raw.trim();
    if href.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return None;
    }
    let lower = href.to_ascii_lowercase();
    let allowed = ["http://", "https://", "mailto:"].iter().any(|scheme| lower.starts_with(scheme));
    let has_host = !(lower == "http://" || lower == "https://" || lower == "mailto:");
    (allowed && has_host).then(|| href.to_owned())
}

/// The text of a tree, for tests and for previews.
pub fn plain_text(nodes: &[SafeNode]) -> String {
    let mut out = String::new();
    for node in nodes {
        match node {
            SafeNode::Text(text) => out.push_str(text),
            SafeNode::Element { children, .. } => out.push_str(&plain_text(children)),
        }
    }
    out
}
