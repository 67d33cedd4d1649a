use futures::future::{select, Either};
use gloo_net::http::{Request, RequestBuilder};
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::on_cleanup;
use send_wrapper::SendWrapper;
use web_sys::{AbortController, AbortSignal};

use super::ApiError;

/// Long enough for a slow phone connection, short enough that nobody stares at a spinner.
pub const DEFAULT_TIMEOUT_MS: u32 = 15_000;

/// A response whose body has been read: the status is the caller's to judge.
pub struct RawResponse {
    pub status: u16,
    pub text: String,
}

/// How long a request may outlive the view that started it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lifetime {
    /// Aborted when the reactive owner that started it is cleaned up (the reader navigated
    /// away), so stale answers never land: a page's own data.
    View,
    /// Runs to its answer or its timeout: a widget document cached for the next page, a
    /// subscription the reader sent.
    Session,
}

/// Sends a request built by `build` (which attaches the abort signal), for the view that
/// started it (`Lifetime::View`).
pub async fn send(
    build: impl FnOnce(RequestBuilder) -> Result<Request, gloo_net::Error>,
    builder: RequestBuilder,
    timeout_ms: u32,
) -> Result<RawResponse, ApiError> {
    send_for(Lifetime::View, build, builder, timeout_ms).await
}

/// Sends a request, aborted after `timeout_ms` (`ApiError::Timeout`) and, for
/// `Lifetime::View`, when its view goes away. The one place requests get a timeout.
pub async fn send_for(
    lifetime: Lifetime,
    build: impl FnOnce(RequestBuilder) -> Result<Request, gloo_net::Error>,
    builder: RequestBuilder,
    timeout_ms: u32,
) -> Result<RawResponse, ApiError> {
    let controller = AbortController::new().ok();
    let signal: Option<AbortSignal> = controller.as_ref().map(AbortController::signal);
    if lifetime == Lifetime::View {
        let on_cleanup_controller = SendWrapper::new(controller.clone());
        on_cleanup(move || {
            if let Some(controller) = on_cleanup_controller.take() {
                controller.abort();
            }
        });
    }

    let request = Box::pin(async move {
        let request = build(builder.abort_signal(signal.as_ref())).map_err(|_| ApiError::Network)?;
        let response = request.send().await.map_err(|_| super::offline::unreachable())?;
        let status = response.status();
        super::offline::note_copy(response.headers().get(super::offline::OFFLINE_COPY).as_deref());
        let text = response.text().await.map_err(|_| super::offline::unreachable())?;
        Ok(RawResponse { status, text })
    });
    match select(request, TimeoutFuture::new(timeout_ms)).await {
        Either::Left((result, _)) => result,
        Either::Right(((), _)) => {
            if let Some(controller) = controller {
                controller.abort();
            }
            Err(ApiError::Timeout)
        }
    }
}

/// GET a document's text; a status that is not a success is the matching `ApiError`. Not
/// generic, so the request plumbing is in the wasm once, not once per document type: callers
/// decode the text with `decode::<T>` themselves.
pub async fn get_text(url: &str, timeout_ms: u32) -> Result<String, ApiError> {
    let response = send(RequestBuilder::build, Request::get(url), timeout_ms).await?;
    if let Some(error) = ApiError::from_status(response.status) {
        return Err(error);
    }
    Ok(response.text)
}
