use leptos::prelude::*;

use super::site_context::use_site;
use crate::model::listing::ArchiveKind;
use crate::model::pagination::neighbours;

/// Previous / next links for an archive, with where the reader is.
#[component]
pub fn PaginationNav(kind: ArchiveKind, slug: String, page: u32, total_pages: u32) -> impl IntoView {
    let links = use_site().links;
    let around = neighbours(page, total_pages);
    let previous = around.previous.map(|p| links.archive(kind, &slug, p));
    let next = around.next.map(|p| links.archive(kind, &slug, p));
    view! {
        <nav class="pagination" aria-label="Pages">
            {previous.map(|href| view! { <a class="prev" rel="prev" href=href>"← Newer stories"</a> })}
            <span class="page-of">{format!("Page {page} of {total_pages}")}</span>
            {next.map(|href| view! { <a class="next" rel="next" href=href>"Older stories →"</a> })}
        </nav>
    }
}
