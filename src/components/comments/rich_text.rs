use leptos::prelude::*;

use crate::model::comments::sanitize::{SafeNode, SafeTag};

/// Sanitised remote HTML, built node by node: there is no `inner_html` anywhere, so only the
/// elements the sanitiser's types allow can ever reach the page.
#[component]
pub fn RichText(nodes: Vec<SafeNode>) -> impl IntoView {
    render_nodes(nodes)
}

fn render_nodes(nodes: Vec<SafeNode>) -> AnyView {
    nodes.into_iter().map(render_node).collect_view().into_any()
}

fn render_node(node: SafeNode) -> AnyView {
    let (tag, href, children) = match node {
        SafeNode::Text(text) => return text.into_any(),
        SafeNode::Element { tag, href, children } => (tag, href, children),
    };
    let inner = render_nodes(children);
    match tag {
        SafeTag::P => view! { <p>{inner}</p> }.into_any(),
        SafeTag::Br => view! { <br /> }.into_any(),
        SafeTag::Em => view! { <em>{inner}</em> }.into_any(),
        SafeTag::Strong => view! { <strong>{inner}</strong> }.into_any(),
        SafeTag::Code => view! { <code>{inner}</code> }.into_any(),
        SafeTag::Pre => view! { <pre>{inner}</pre> }.into_any(),
        SafeTag::Ul => view! { <ul>{inner}</ul> }.into_any(),
        SafeTag::Ol => view! { <ol>{inner}</ol> }.into_any(),
        SafeTag::Li => view! { <li>{inner}</li> }.into_any(),
        SafeTag::Blockquote => view! { <blockquote>{inner}</blockquote> }.into_any(),
        SafeTag::Del => view! { <del>{inner}</del> }.into_any(),
        // Links from commenters: not endorsed, no access to this page.
        SafeTag::A => match href {
            Some(href) => view! { <a href=href rel="nofollow noopener ugc">{inner}</a> }.into_any(),
            None => inner,
        },
    }
}
