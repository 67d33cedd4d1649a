use std::cell::OnceCell;
use std::rc::Rc;

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsValue;

/// A date from content (RFC 3339), written out in the reader's own locale and time zone by the
/// browser's `Intl` rather than a bundled date library.
#[component]
pub fn DateText(#[prop(into)] iso: String) -> impl IntoView {
    let text = use_context::<LongDates>().unwrap_or_default().format(&iso);
    view! { <time datetime=iso>{text}</time> }
}

/// The browser's long-date formatter, made once for every date on the page (`provide_context`
/// it where the app starts): making an `Intl.DateTimeFormat` loads locale data, and on a phone
/// the dozens of dates of a front page each making their own cost the app a tenth of a second
/// of its start. Made on first use.
#[derive(Clone)]
pub struct LongDates(SendWrapper<Rc<OnceCell<js_sys::Intl::DateTimeFormat>>>);

impl Default for LongDates {
    fn default() -> Self {
        LongDates(SendWrapper::new(Rc::new(OnceCell::new())))
    }
}

impl LongDates {
    /// `None`-free by design: a date the browser cannot parse is shown as it was written.
    pub fn format(&self, iso: &str) -> String {
        let date = js_sys::Date::new(&JsValue::from_str(iso));
        if date.get_time().is_nan() {
            return iso.to_owned();
        }
        let format = self.0.get_or_init(|| {
            let options = js_sys::Intl::DateTimeFormatOptions::new();
            options.set_date_style(js_sys::Intl::DateTimeStyle::Long);
            js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &options)
        });
        format
            .format()
            .call1(&JsValue::UNDEFINED, &date)
            .ok()
            .and_then(|formatted| formatted.as_string())
            .unwrap_or_else(|| iso.to_owned())
    }
}
