use leptos::prelude::*;

use crate::model::date::long_date;

/// A date from content (RFC 3339): the machine form in `datetime`, the reader's form
/// (`model::date::long_date`) as text, the same as the build's static copies print.
#[component]
pub fn DateText(#[prop(into)] iso: String) -> impl IntoView {
    let text = long_date(&iso);
    view! { <time datetime=iso>{text}</time> }
}
