use leptos::prelude::*;

use super::body_blocks::{code_view, gallery_view, table_view};
use super::figure::Figure;
use super::inline::render_inlines;
use crate::model::article::Block;

/// An article body from structured blocks. No HTML string from content is ever injected.
#[component]
pub fn ArticleBody(blocks: Vec<Block>) -> impl IntoView {
    let mut names = RegionNames::default();
    let blocks = blocks.into_iter().map(|block| render_block(block, &mut names)).collect_view();
    view! { <div class="article-body">{blocks}</div> }
}

/// Names for the body's scrolling regions, numbered in reading order per kind, so that no two
/// regions of a page share a name.
#[derive(Default)]
struct RegionNames {
    tables: usize,
    code: usize,
}

impl RegionNames {
    fn table(&mut self) -> String {
        self.tables += 1;
        format!("Table {}", self.tables)
    }

    fn code(&mut self) -> String {
        self.code += 1;
        format!("Code {}", self.code)
    }
}

fn render_block(block: Block, names: &mut RegionNames) -> AnyView {
    match block {
        Block::Paragraph { content } => view! { <p>{render_inlines(content)}</p> }.into_any(),
        // The headline is the only h1; body headings start at h2 whatever the data says.
        Block::Heading { level, content } if level >= 3 => {
            view! { <h3>{render_inlines(content)}</h3> }.into_any()
        }
        Block::Heading { content, .. } => view! { <h2>{render_inlines(content)}</h2> }.into_any(),
        Block::Quote { paragraphs, attribution } => view! {
            <blockquote>
                {paragraphs.into_iter().map(|p| view! { <p>{render_inlines(p)}</p> }).collect_view()}
                {attribution.map(|who| view! { <footer>{who}</footer> })}
            </blockquote>
        }
        .into_any(),
        Block::List { ordered, items } => {
            let items =
                items.into_iter().map(|item| view! { <li>{render_inlines(item)}</li> }).collect_view();
            if ordered {
                view! { <ol>{items}</ol> }.into_any()
            } else {
                view! { <ul>{items}</ul> }.into_any()
            }
        }
        Block::Image { image } => view! { <Figure image=image /> }.into_any(),
        Block::Table { head, rows } => table_view(names.table(), head, rows),
        Block::Code { text, language } => code_view(names.code(), text, language),
        Block::Gallery { images } => gallery_view(images),
        Block::Unsupported => ().into_any(),
    }
}
