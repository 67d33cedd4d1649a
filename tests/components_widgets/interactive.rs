use gazette::components::widgets::subscription::{FreeSubscription, NOT_SET_UP};
use gazette::components::widgets::trending::TrendingTicker;
use gazette::model::widgets::newsletter::INVALID_EMAIL;
use gazette::model::widgets::Headline;
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

use super::{all, attr, headline, mount, texts};

fn input(root: &HtmlElement) -> HtmlInputElement {
    root.query_selector("input[type=email]").expect("selector").expect("email field").unchecked_into()
}

fn click(root: &HtmlElement, selector: &str) {
    let element: HtmlElement =
        root.query_selector(selector).expect("selector").expect(selector).unchecked_into();
    element.click();
}

fn type_into(field: &HtmlInputElement, text: &str) {
    field.set_value(text);
    let event = web_sys::Event::new("input").expect("event");
    field.dispatch_event(&event).expect("dispatch");
}

/// Waits (in small steps) until `check` holds, for at most two seconds.
async fn until(check: impl Fn() -> bool) -> bool {
    for _ in 0..100 {
        if check() {
            return true;
        }
        TimeoutFuture::new(20).await;
    }
    check()
}

#[wasm_bindgen_test]
async fn subscription_explains_a_missing_endpoint_and_validates_the_address() {
    let root = mount("/", None, || view! { <FreeSubscription /> });
    assert_eq!(texts(&root, "h2"), ["Free Subscription"]);
    assert_eq!(texts(&root, ".subscribe-note"), [NOT_SET_UP]);
    let field = input(&root);
    let label = attr(&root, "label", "for").unwrap_or_default();
    assert_eq!(label, field.id(), "the field has a label");

    type_into(&field, "not-an-email");
    click(&root, "button[type=submit]");
    assert!(until(|| texts(&root, ".field-error") == [INVALID_EMAIL]).await);
    assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described = field.get_attribute("aria-describedby").unwrap_or_default();
    let error_id = attr(&root, ".field-error", "id").unwrap_or_default();
    assert!(described.split(' ').any(|id| id == error_id), "{described}");

    type_into(&field, "reader@example.org");
    assert!(until(|| texts(&root, ".field-error").is_empty()).await, "a fixed address clears the error");
    assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("false"));
    click(&root, "button[type=submit]");
    assert!(until(|| texts(&root, "[role=status]")[0].contains("not set up")).await);
}

#[wasm_bindgen_test]
async fn subscription_reports_a_service_it_cannot_reach() {
    // Port 9 (discard) on the loopback: nothing listens, the connection is refused at once.
    let root = mount("/", Some("http://127.0.0.1:9/subscribe"), || view! { <FreeSubscription /> });
    assert!(texts(&root, ".subscribe-note").is_empty(), "configured: no 'not set up' note");
    type_into(&input(&root), "reader@example.org");
    click(&root, "button[type=submit]");
    let status = || texts(&root, "[role=status]").concat();
    assert!(until(|| status().contains("couldn't confirm")).await, "{}", status());
    let button: web_sys::HtmlButtonElement =
        root.query_selector("button[type=submit]").expect("selector").expect("button").unchecked_into();
    assert!(!button.disabled(), "the button is usable again after the answer");
}

fn ticker_text(root: &HtmlElement) -> String {
    texts(root, ".ticker-link").concat()
}

fn fire(root: &HtmlElement, selector: &str, event: &str) {
    let element = root.query_selector(selector).expect("selector").expect(selector);
    element.dispatch_event(&web_sys::Event::new(event).expect("event")).expect("dispatch");
}

/// Waits for two rotations of a ticker left to run with the same interval. After the first,
/// a whole interval passes before the second: any ticker that should rotate has done so by
/// then. Waiting for that event, not for a guessed time, proves that nothing happened.
async fn two_turns_of(pace: &HtmlElement) {
    for _ in 0..2 {
        let before = ticker_text(pace);
        assert!(until(|| ticker_text(pace) != before).await, "the pace ticker rotates");
    }
}

#[wasm_bindgen_test]
async fn ticker_rotates_pauses_on_hover_and_steps_by_hand() {
    let ticker = || {
        let headlines: Vec<Headline> = (1..=3).map(headline).collect();
        view! { <TrendingTicker headlines interval_ms=120 /> }
    };
    let root = mount("/", None, ticker);
    let pace = mount("/", None, ticker);
    assert_eq!(ticker_text(&root), "Story number 1");
    assert_eq!(all(&root, ".ticker-link").len(), 1, "one headline at a time");
    assert!(until(|| ticker_text(&root) == "Story number 2").await, "it rotates");

    fire(&root, ".ticker-body", "mouseenter");
    let held = ticker_text(&root);
    two_turns_of(&pace).await;
    assert_eq!(ticker_text(&root), held, "paused while the pointer is over it");
    assert_eq!(attr(&root, ".ticker-window", "aria-live").as_deref(), Some("polite"));

    click(&root, "button[aria-label='Next headline']");
    assert!(until(|| ticker_text(&root) != held).await, "Next steps by hand");
    click(&root, "button[aria-label='Previous headline']");
    assert!(until(|| ticker_text(&root) == held).await, "Previous steps back");

    click(&root, "button[aria-label='Pause headlines']");
    fire(&root, ".ticker-body", "mouseleave");
    two_turns_of(&pace).await;
    assert_eq!(ticker_text(&root), held, "stopped by the button, it stays stopped");
    click(&root, "button[aria-label='Play headlines']");
    assert!(until(|| ticker_text(&root) != held).await, "Play starts it again");
}

#[wasm_bindgen_test]
fn a_single_trending_headline_has_no_controls() {
    let root = mount("/", None, || view! { <TrendingTicker headlines=vec![headline(1)] /> });
    assert_eq!(ticker_text(&root), "Story number 1");
    assert!(all(&root, "button").is_empty());
}
