use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// A date from content (RFC 3339), written out in the reader's own locale and time zone by the
/// browser's `Intl` rather than a bundled date library.
#[component]
pub fn DateText(#[prop(into)] iso: String) -> impl IntoView {
    let text = format_long_date(&iso);
    view! { <time datetime=iso>{text}</time> }
}

/// `None`-free by design: a date the browser cannot parse is shown as it was written.
pub fn format_long_date(iso: &str) -> String {
    let date = js_sys::Date::new(&JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return iso.to_owned();
    }
    let options = js_sys::Intl::DateTimeFormatOptions::new();
    options.set_date_style(js_sys::Intl::DateTimeStyle::Long);
    let format = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &options);
    format
        .format()
        .call1(&JsValue::UNDEFINED, &date)
        .ok()
        .and_then(|formatted| formatted.as_string())
        .unwrap_or_else(|| iso.to_owned())
}
