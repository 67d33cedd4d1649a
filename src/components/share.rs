//! "Share this story": the device's own share sheet where the browser has one, plain links to
//! share by e-mail, X, Facebook, LinkedIn and WhatsApp (`model::share`), and "Copy link". No
//! third-party script. The links are in the static copy too; the buttons need the app.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::model::share::share_links;

#[component]
pub fn ShareStory(#[prop(into)] url: String, #[prop(into)] title: String) -> impl IntoView {
    // Browser APIs only once running in a browser: natively (the static copy) neither button
    // is drawn, and a browser without a share sheet or clipboard shows the links alone.
    let can_share = RwSignal::new(false);
    let can_copy = RwSignal::new(false);
    Effect::new(move |_| {
        can_share.set(navigator_has("share"));
        can_copy.set(navigator_has("clipboard"));
    });
    let notice = RwSignal::new(String::new());
    let links = share_links(&url, &title);
    let (share_url, share_title) = (url.clone(), title.clone());
    let share = move |_| {
        let (url, title) = (share_url.clone(), share_title.clone());
        leptos::task::spawn_local(async move {
            // A reader who closes the sheet rejects the promise: nothing to tell them.
            let _ = open_share_sheet(&url, &title).await;
        });
    };
    let copy = move |_| {
        let url = url.clone();
        leptos::task::spawn_local(async move {
            let said = match copy_text(&url).await {
                Ok(()) => "Link copied.".to_owned(),
                Err(()) => format!("Could not copy the link. Its address is {url}"),
            };
            notice.set(said);
        });
    };
    view! {
        <section class="share" aria-labelledby="share-heading">
            <h2 id="share-heading" class="share-heading">"Share this story"</h2>
            <ul class="share-links">
                {action(can_share, "Share…", share)}
                {links
                    .into_iter()
                    .map(|link| {
                        view! {
                            <li>
                                <a href=link.href>{link.name}</a>
                            </li>
                        }
                    })
                    .collect_view()}
                {action(can_copy, "Copy link", copy)}
            </ul>
            <p class="share-notice" role="status">{move || notice.get()}</p>
        </section>
    }
}

/// A button that needs the app and a browser API (`shown`): the static copy has no script to run
/// it, so it is drawn only once the app has found the API.
fn action(
    shown: RwSignal<bool>,
    label: &'static str,
    on_click: impl Fn(leptos::ev::MouseEvent) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    move || {
        let on_click = on_click.clone();
        shown.get().then(|| {
            view! {
                <li class="share-action">
                    <button type="button" class="share-button" on:click=on_click>{label}</button>
                </li>
            }
        })
    }
}

/// Whether `navigator` has `name` (`navigator.share` is missing in most desktop browsers,
/// `navigator.clipboard` outside secure contexts): calling a missing one would throw.
fn navigator_has(name: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let navigator: JsValue = window.navigator().into();
    js_sys::Reflect::get(&navigator, &JsValue::from_str(name)).is_ok_and(|value| !value.is_undefined())
}

async fn open_share_sheet(url: &str, title: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    wasm_bindgen_futures::JsFuture::from(window.navigator().share_with_data(&data)).await.map(|_| ())
}

async fn copy_text(text: &str) -> Result<(), ()> {
    let window = web_sys::window().ok_or(())?;
    let written = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(written).await.map(|_| ()).map_err(|_| ())
}
