//! Widget data and the newsletter form. Widget documents are small and the same on every
//! page, so each file is fetched at most once per session: the first request is shared by every
//! widget that asks while it is in flight, and a success is kept until the page is reloaded.
//! A failure is not kept, so the next page that shows the widget tries again.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use futures::future::{FutureExt, LocalBoxFuture, Shared};
use gloo_net::http::{Request, RequestBuilder};
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;
use thiserror::Error;
use web_sys::RequestMode;

use super::http::{send_for, Lifetime};
use super::{ApiError, ContentSource};
use crate::model::decode::{decode, decode_json, DecodeError, Versioned};
use crate::model::site::NewsletterConfig;
use crate::model::slug::is_valid_slug;
use crate::model::widgets::newsletter::form_body;
use crate::model::widgets::{
    article_links_file, ArticleLinks, HeadlineList, HouseAds, SectionCounts, WidgetPart, SITE_WIDGETS_FILE,
};

/// Shorter than the article's timeout: a widget is worth less waiting for than the story.
pub const WIDGET_TIMEOUT_MS: u32 = 8_000;
/// Newsletter services answer in well under a second; past this the reader is told to retry.
pub const SUBSCRIBE_TIMEOUT_MS: u32 = 15_000;

/// The text of a widget document, shared by every widget that asks while it is in flight. Text,
/// not the decoded document, so the cache and the request are in the wasm once, not once per
/// document type.
type Pending = Shared<LocalBoxFuture<'static, Result<Rc<str>, ApiError>>>;

thread_local! {
    // URL → that URL's pending or fetched text. wasm runs on one thread, so a thread-local is
    // the whole session's cache.
    static CACHE: RefCell<HashMap<String, Pending>> = RefCell::new(HashMap::new());
}

pub async fn fetch_most_popular(source: &ContentSource) -> Result<HeadlineList, ApiError> {
    site_widget(source, WidgetPart::MostPopular).await
}

pub async fn fetch_popular_news(source: &ContentSource) -> Result<HeadlineList, ApiError> {
    site_widget(source, WidgetPart::PopularNews).await
}

pub async fn fetch_read_now(source: &ContentSource) -> Result<HeadlineList, ApiError> {
    site_widget(source, WidgetPart::ReadNow).await
}

pub async fn fetch_trending(source: &ContentSource) -> Result<HeadlineList, ApiError> {
    site_widget(source, WidgetPart::Trending).await
}

pub async fn fetch_section_counts(source: &ContentSource) -> Result<SectionCounts, ApiError> {
    site_widget(source, WidgetPart::Sections).await
}

pub async fn fetch_house_ads(source: &ContentSource) -> Result<HouseAds, ApiError> {
    site_widget(source, WidgetPart::Ads).await
}

/// One widget's part of the site's widget file, which every widget shares (one request). Each
/// part is decoded on its own: a bad one fails its widget only.
async fn site_widget<T: DeserializeOwned + Versioned>(
    source: &ContentSource,
    part: WidgetPart,
) -> Result<T, ApiError> {
    let url = widget_url(source, SITE_WIDGETS_FILE);
    let text = cached_text(&url).await.inspect_err(|_| forget(&url))?;
    let parts = decode_json::<HashMap<String, Box<RawValue>>>(&text).inspect_err(|_| forget(&url))?;
    let raw = parts.get(part.key()).ok_or_else(|| DecodeError::Shape(format!("no `{}` part", part.key())))?;
    Ok(decode::<T>(raw.get())?)
}

pub async fn fetch_article_links(source: &ContentSource, slug: &str) -> Result<ArticleLinks, ApiError> {
    // As for articles: a slug outside the alphabet must not shape a request path.
    if !is_valid_slug(slug) {
        return Err(ApiError::NotFound);
    }
    cached(widget_url(source, &article_links_file(slug))).await
}

/// Widget files sit beside `home.json` in the content folder.
pub fn widget_url(source: &ContentSource, file: &str) -> String {
    let home = source.home_url();
    let root = home.strip_suffix("home.json").unwrap_or(&home);
    format!("{root}{file}")
}

async fn cached<T: DeserializeOwned + Versioned>(url: String) -> Result<T, ApiError> {
    let result = match cached_text(&url).await {
        Ok(text) => decode::<T>(&text).map_err(ApiError::from),
        Err(error) => Err(error),
    };
    // A failure (network, status or decoding) is not kept: the next page tries again.
    if result.is_err() {
        forget(&url);
    }
    result
}

fn forget(url: &str) {
    CACHE.with(|cache| cache.borrow_mut().remove(url));
}

async fn cached_text(url: &str) -> Result<Rc<str>, ApiError> {
    let pending = CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some(pending) = cache.get(url) {
            return pending.clone();
        }
        let pending: Pending = fetch_text(url.to_owned()).boxed_local().shared();
        cache.insert(url.to_owned(), pending.clone());
        pending
    });
    pending.await
}

/// A GET with a timeout. Unlike the article's fetch it is not aborted when the view that asked
/// goes away: the answer is cached for the next page, which would otherwise ask again.
async fn fetch_text(url: String) -> Result<Rc<str>, ApiError> {
    let response =
        send_for(Lifetime::Session, RequestBuilder::build, Request::get(&url), WIDGET_TIMEOUT_MS).await?;
    if let Some(error) = ApiError::from_status(response.status) {
        return Err(error);
    }
    Ok(Rc::from(response.text))
}

/// Why a subscription did not go through, in words for the reader (short: the status line
/// has room for two lines).
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum SubscribeError {
    #[error("Subscriptions are not set up yet, so we couldn't sign you up.")]
    NotConfigured,
    /// No answer we may read: the service is down, the network is, or the service does not
    /// allow this site to read its answers (CORS). In the last case it may have subscribed the
    /// reader, which is why the message says "confirm", not "failed".
    #[error("Sorry, we couldn't confirm your subscription. Please try again later.")]
    Unreachable,
    #[error("Sorry, the newsletter service didn't answer. Please try again later.")]
    Timeout,
    #[error("Sorry, the newsletter service refused (HTTP {status}). Please try again later.")]
    Refused { status: u16 },
}

/// POSTs the address to `newsletter.action`, form-encoded with the configured hidden fields.
///
/// The endpoint is usually on another origin (Buttondown, listmonk, Mailchimp). We ask in
/// `cors` mode rather than `no-cors` so that the answer is real: a 2xx means subscribed and a
/// refusal is reported as one. The body is a CORS "simple request" (POST, form-urlencoded, no
/// custom headers), so there is no preflight and the endpoint only has to send
/// `Access-Control-Allow-Origin`. If it does not, the browser hides the answer and `fetch`
/// fails exactly as if the service were down: we then say the subscription was not confirmed,
/// which is the honest reading (the service may still have received it). `no-cors` would turn
/// every refusal, full mailbox or typo the service rejects into a false "thank you".
pub async fn subscribe(config: &NewsletterConfig, email: &str) -> Result<(), SubscribeError> {
    let action = config.action.as_deref().map(str::trim).filter(|action| !action.is_empty());
    let Some(action) = action else {
        return Err(SubscribeError::NotConfigured);
    };
    let body = form_body(email, &config.fields);
    let build = |builder: RequestBuilder| {
        builder.header("Content-Type", "application/x-www-form-urlencoded").mode(RequestMode::Cors).body(body)
    };
    let response = send_for(Lifetime::Session, build, Request::post(action), SUBSCRIBE_TIMEOUT_MS)
        .await
        .map_err(|error| match error {
            ApiError::Timeout => SubscribeError::Timeout,
            _ => SubscribeError::Unreachable,
        })?;
    match response.status {
        200..=299 => Ok(()),
        status => Err(SubscribeError::Refused { status }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widget_files_sit_beside_home_json() {
        let source = ContentSource::new("/news/", "content/");
        assert_eq!(widget_url(&source, SITE_WIDGETS_FILE), "/news/content/widgets/all.json");
        assert_eq!(widget_url(&source, &article_links_file("a-b")), "/news/content/widgets/related/a-b.json");
        assert_eq!(widget_url(&ContentSource::new("/", ""), SITE_WIDGETS_FILE), "/widgets/all.json");
    }

    #[test]
    fn subscription_messages_fit_the_status_line() {
        // The status line reserves two lines in the sidebar, about 39 characters each.
        for error in [
            SubscribeError::NotConfigured,
            SubscribeError::Unreachable,
            SubscribeError::Timeout,
            SubscribeError::Refused { status: 422 },
        ] {
            let message = error.to_string();
            assert!(message.chars().count() <= 78, "{message}");
        }
        assert_eq!(
            SubscribeError::Refused { status: 503 }.to_string(),
            "Sorry, the newsletter service refused (HTTP 503). Please try again later."
        );
    }
}
