use leptos::prelude::*;

use crate::model::article::Inline;
use crate::model::href::safe_href;

/// Inline content, node by node: text is always text, and links only to allowlisted targets.
pub fn render_inlines(inlines: Vec<Inline>) -> AnyView {
    inlines.into_iter().map(render_inline).collect_view().into_any()
}

fn render_inline(inline: Inline) -> AnyView {
    match inline {
        Inline::Text { text } => text.into_any(),
        Inline::Emphasis { content } => view! { <em>{render_inlines(content)}</em> }.into_any(),
        Inline::Strong { content } => view! { <strong>{render_inlines(content)}</strong> }.into_any(),
        Inline::Code { text } => view! { <code>{text}</code> }.into_any(),
        Inline::Link { href, content } => match safe_href(&href) {
            Some(safe) => {
                let external = safe.starts_with("http://") || safe.starts_with("https://");
                let rel = external.then_some("noopener noreferrer");
                view! { <a href=safe.to_owned() rel=rel>{render_inlines(content)}</a> }.into_any()
            }
            // Not a link we trust: keep the words, drop the link.
            None => render_inlines(content),
        },
        Inline::LineBreak => view! { <br /> }.into_any(),
        Inline::Unsupported => ().into_any(),
    }
}
