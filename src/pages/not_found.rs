use leptos::prelude::*;

use crate::components::error_view::NotFoundContent;

/// The router's fallback: any path that names no page.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! { <NotFoundContent /> }
}
