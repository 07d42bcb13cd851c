//! Fetches and parses a feed, with a time limit and a size limit.

use std::cell::Cell;
use std::rc::Rc;

use gloo_net::http::Request;
use wasm_bindgen::prelude::*;
use web_sys::AbortController;

use super::settings::FeedSettings;
use crate::error::ViewerError;
use crate::feed::{parse_feed_bytes, ParsedFeed};

/// Loads the feed at `url`. Item-level warnings are written to the console.
/// `controller` cancels the request from outside (the app aborts it when it
/// goes away or starts another load); the time limit aborts it too.
pub async fn load_feed(
    url: String,
    settings: FeedSettings,
    controller: Option<AbortController>,
) -> Result<ParsedFeed, ViewerError> {
    let bytes = fetch_bytes(&url, &settings, controller).await?;
    if bytes.len() > settings.max_bytes {
        return Err(ViewerError::TooLarge {
            url,
            limit: settings.max_bytes,
        });
    }
    let mut parsed = parse_feed_bytes(&bytes)?;
    if let Some(language) = &settings.language {
        parsed.feed.force_language(language);
    }
    for warning in &parsed.warnings {
        web_sys::console::warn_1(&format!("article-viewer: {url}: {warning}").into());
    }
    Ok(parsed)
}

async fn fetch_bytes(
    url: &str,
    settings: &FeedSettings,
    controller: Option<AbortController>,
) -> Result<Vec<u8>, ViewerError> {
    let controller = controller.or_else(|| AbortController::new().ok());
    let timed_out = Rc::new(Cell::new(false));
    let timer = controller.as_ref().and_then(|controller| {
        let controller = controller.clone();
        let timed_out = timed_out.clone();
        let on_timeout = Closure::once_into_js(move || {
            timed_out.set(true);
            controller.abort();
        });
        let millis =
            i32::try_from(settings.timeout_seconds.saturating_mul(1000)).unwrap_or(i32::MAX);
        web_sys::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                on_timeout.unchecked_ref(),
                millis,
            )
            .ok()
    });
    let result = request(url, settings, controller.as_ref()).await;
    if let (Some(timer), Some(window)) = (timer, web_sys::window()) {
        window.clear_timeout_with_handle(timer);
    }
    result.map_err(|error| match error {
        _ if timed_out.get() => ViewerError::Timeout {
            url: url.to_owned(),
            seconds: settings.timeout_seconds,
        },
        other => other,
    })
}

async fn request(
    url: &str,
    settings: &FeedSettings,
    controller: Option<&AbortController>,
) -> Result<Vec<u8>, ViewerError> {
    let unreachable = |error: gloo_net::Error| ViewerError::Unreachable {
        url: url.to_owned(),
        reason: error.to_string(),
    };
    let response = Request::get(url)
        .abort_signal(controller.map(|c| c.signal()).as_ref())
        .send()
        .await
        .map_err(unreachable)?;
    if !response.ok() {
        return Err(ViewerError::Http {
            url: url.to_owned(),
            status: response.status(),
        });
    }
    let declared = response
        .headers()
        .get("content-length")
        .and_then(|length| length.trim().parse::<usize>().ok());
    if declared.is_some_and(|length| length > settings.max_bytes) {
        return Err(ViewerError::TooLarge {
            url: url.to_owned(),
            limit: settings.max_bytes,
        });
    }
    // Bytes, not text: the parser reports invalid UTF-8 instead of the
    // browser silently replacing it.
    response.binary().await.map_err(unreachable)
}
