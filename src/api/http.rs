use futures::future::{select, Either};
use gloo_net::http::Request;
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::on_cleanup;
use send_wrapper::SendWrapper;
use serde::de::DeserializeOwned;
use web_sys::AbortController;

use super::ApiError;
use crate::model::decode::{decode, Versioned};

/// Long enough for a slow phone connection, short enough that nobody stares at a spinner.
pub const DEFAULT_TIMEOUT_MS: u32 = 15_000;

/// GET a JSON document. The request is aborted when it times out and when the reactive owner
/// that started it is cleaned up (the reader navigated away), so stale answers never land.
pub async fn get_json<T: DeserializeOwned + Versioned>(url: &str, timeout_ms: u32) -> Result<T, ApiError> {
    let controller = AbortController::new().ok();
    let signal = controller.as_ref().map(AbortController::signal);
    let on_cleanup_controller = SendWrapper::new(controller.clone());
    on_cleanup(move || {
        if let Some(controller) = on_cleanup_controller.take() {
            controller.abort();
        }
    });

    let request = Box::pin(async move {
        let response =
            Request::get(url).abort_signal(signal.as_ref()).send().await.map_err(|_| ApiError::Network)?;
        if let Some(error) = ApiError::from_status(response.status()) {
            return Err(error);
        }
        let text = response.text().await.map_err(|_| ApiError::Network)?;
        Ok(decode::<T>(&text)?)
    });
    let timeout = TimeoutFuture::new(timeout_ms);
    match select(request, timeout).await {
        Either::Left((result, _)) => result,
        Either::Right(((), _)) => {
            if let Some(controller) = controller {
                controller.abort();
            }
            Err(ApiError::Timeout)
        }
    }
}
