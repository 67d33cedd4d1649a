//! The body's wider blocks: tables, code and galleries. Tables and code keep their lines and
//! scroll sideways on a narrow screen rather than squeeze; a region that scrolls must be
//! reachable by keyboard (WCAG 2.1.1), so it takes focus and carries a name that tells it
//! from the others on the page ("Table 2", "Code 1").

use leptos::prelude::*;

use super::figure::Figure;
use super::inline::render_inlines;
use crate::model::article::Inline;
use crate::model::image::{Image, ImageSlot};

/// A table in a scrolling region named `name`. The head row's cells are column headers.
pub fn table_view(name: String, head: Vec<Vec<Inline>>, rows: Vec<Vec<Vec<Inline>>>) -> AnyView {
    let head = (!head.is_empty()).then(|| {
        let cells =
            head.into_iter().map(|cell| view! { <th scope="col">{render_inlines(cell)}</th> }).collect_view();
        view! {
            <thead>
                <tr>{cells}</tr>
            </thead>
        }
    });
    let rows = rows
        .into_iter()
        .map(|row| {
            let cells = row.into_iter().map(|cell| view! { <td>{render_inlines(cell)}</td> }).collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" aria-label=name tabindex="0">
            <table>
                {head}
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// Preformatted text, as text, in a scrolling region named `name`.
pub fn code_view(name: String, text: String, language: Option<String>) -> AnyView {
    view! {
        <pre class="code-block" role="region" aria-label=name tabindex="0"><code data-language=language>{text}</code></pre>
    }
    .into_any()
}

/// Pictures side by side, each a figure with its own caption, lazy like the body's pictures.
pub fn gallery_view(images: Vec<Image>) -> AnyView {
    let figures = images
        .into_iter()
        .map(|image| view! { <Figure image layout=ImageSlot::GalleryItem /> })
        .collect_view();
    view! { <figure class="gallery">{figures}</figure> }.into_any()
}
