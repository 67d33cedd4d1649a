use leptos::prelude::*;

/// Home › Section › Title. The last crumb is the current page and is not a link.
#[component]
pub fn Breadcrumb(trail: Vec<(String, String)>, #[prop(into)] current: String) -> impl IntoView {
    view! {
        <nav class="breadcrumb" aria-label="Breadcrumb">
            <ol>
                {trail
                    .into_iter()
                    .map(|(label, href)| {
                        view! {
                            <li>
                                <a href=href>{label}</a>
                            </li>
                        }
                    })
                    .collect_view()}
                <li aria-current="page">{current}</li>
            </ol>
        </nav>
    }
}
