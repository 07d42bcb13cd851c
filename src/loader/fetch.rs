//! Fetches and reads a source, a JSON Feed or a WordPress site, with a time
//! limit and a size limit per request.
//!
//! Which of the two an address is, is decided by its answer
//! ([`super::answer`]): a JSON Feed is read as it is; a WordPress REST index
//! (or a WordPress page naming one) leads to its first page of posts.

use std::cell::Cell;
use std::rc::Rc;

use gloo_net::http::Request;
use wasm_bindgen::prelude::*;
use web_sys::AbortController;

use super::answer::{read_answer, rest_root_guesses, Reading};
use super::head_start;
use super::settings::FeedSettings;
use crate::error::ViewerError;
use crate::model::ParsedFeed;
use crate::wordpress::{feed_of, more_articles, RestRoot, Site, Totals, WordPressError};

/// How many posts of a WordPress site the first answer holds: the sidebar
/// shows twelve a page, and a page of posts carries their whole content.
pub const WORDPRESS_FIRST_PAGE: u32 = 20;

/// Loads the feed at `url`. Item-level warnings are written to the console.
/// `controller` cancels the request from outside (the app aborts it when it
/// goes away or starts another load); the time limit aborts it too.
pub async fn load_feed(
    url: String,
    settings: FeedSettings,
    controller: Option<AbortController>,
) -> Result<ParsedFeed, ViewerError> {
    let mut parsed = load_source(&url, &settings, controller).await?;
    if let Some(language) = &settings.language {
        parsed.feed.force_language(language);
    }
    for warning in &parsed.warnings {
        web_sys::console::warn_1(&format!("article-viewer: {url}: {warning}").into());
    }
    Ok(parsed)
}

async fn load_source(
    url: &str,
    settings: &FeedSettings,
    controller: Option<AbortController>,
) -> Result<ParsedFeed, ViewerError> {
    let (status, bytes) = match fetch_bytes(url, settings, controller.clone()).await {
        Ok(fetched) => (fetched.status, fetched.bytes),
        Err(error @ ViewerError::Unreachable { .. }) => {
            // A WordPress home page from another origin cannot be read
            // (no CORS), but its API can: try where the root would be.
            for guess in rest_root_guesses(url) {
                let Ok(fetched) = fetch_bytes(&guess, settings, controller.clone()).await else {
                    continue;
                };
                if let Ok(Reading::RestIndex { root, site }) =
                    read_answer(&guess, fetched.status, &fetched.bytes)
                {
                    return load_site(root, site, settings, controller).await;
                }
            }
            return Err(error);
        }
        Err(other) => return Err(other),
    };
    match read_answer(url, status, &bytes)? {
        Reading::Feed(parsed) => Ok(parsed),
        Reading::Posts(posts) => Ok(feed_of(Site::default(), posts)?),
        Reading::RestIndex { root, site } => load_site(root, site, settings, controller).await,
        // A WordPress page: one step to the REST root it names, no further.
        Reading::HomePage { root } => {
            let fetched = fetch_bytes(&root, settings, controller.clone()).await?;
            match read_answer(&root, fetched.status, &fetched.bytes)
                .map_err(|e| closed_if_refused(e, &root))?
            {
                Reading::RestIndex { root, site } => {
                    load_site(root, site, settings, controller).await
                }
                _ => Err(WordPressError::NotWordPress {
                    url: root,
                    detail: "the REST root its page names does not answer with a REST index".into(),
                }
                .into()),
            }
        }
    }
}

/// The first page of a WordPress site's posts, as a feed that knows where
/// the rest are.
async fn load_site(
    root: RestRoot,
    site: Site,
    settings: &FeedSettings,
    controller: Option<AbortController>,
) -> Result<ParsedFeed, ViewerError> {
    let url = root.posts_page(1, WORDPRESS_FIRST_PAGE);
    let fetched = fetch_bytes(&url, settings, controller).await?;
    match read_answer(&url, fetched.status, &fetched.bytes)
        .map_err(|e| closed_if_refused(e, &url))?
    {
        Reading::Posts(posts) => {
            let mut parsed = feed_of(site, posts)?;
            parsed.feed.more = more_articles(
                &root,
                WORDPRESS_FIRST_PAGE,
                parsed.feed.items.len(),
                fetched.totals,
            );
            Ok(parsed)
        }
        _ => Err(WordPressError::NotPosts {
            url,
            detail: "the posts route answered something other than a list of posts".into(),
        }
        .into()),
    }
}

/// On a route WordPress itself named, a refusal without one of its error
/// objects (a plugin's or a server's 401, 403 or 404) means the API is
/// closed to readers.
pub(crate) fn closed_if_refused(error: ViewerError, url: &str) -> ViewerError {
    match error {
        ViewerError::Http {
            status: status @ (401 | 403 | 404),
            ..
        } => WordPressError::RestClosed {
            url: url.to_owned(),
            status,
            code: None,
        }
        .into(),
        other => other,
    }
}

/// What one GET answered.
pub(crate) struct Fetched {
    pub status: u16,
    pub bytes: Vec<u8>,
    /// WordPress's pagination headers, when the answer has them.
    pub totals: Totals,
}

/// The status and body of one GET, within the time and size limits.
pub(crate) async fn fetch_bytes(
    url: &str,
    settings: &FeedSettings,
    controller: Option<AbortController>,
) -> Result<Fetched, ViewerError> {
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
) -> Result<Fetched, ViewerError> {
    let unreachable = |error: gloo_net::Error| ViewerError::Unreachable {
        url: url.to_owned(),
        reason: error.to_string(),
    };
    let signal = controller.map(|c| c.signal());
    let response = match head_start::take(url) {
        Some(started) => head_start::answer(started, signal)
            .await
            .map(gloo_net::http::Response::from)
            .map_err(|reason| ViewerError::Unreachable {
                url: url.to_owned(),
                reason,
            })?,
        None => Request::get(url)
            .abort_signal(signal.as_ref())
            .send()
            .await
            .map_err(unreachable)?,
    };
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
    // browser silently replacing it. An error status keeps its body, which
    // from WordPress says what went wrong.
    let status = response.status();
    let headers = response.headers();
    let totals = Totals::from_headers(
        headers.get("x-wp-total").as_deref(),
        headers.get("x-wp-totalpages").as_deref(),
    );
    let bytes = response.binary().await.map_err(unreachable)?;
    if bytes.len() > settings.max_bytes {
        return Err(ViewerError::TooLarge {
            url: url.to_owned(),
            limit: settings.max_bytes,
        });
    }
    Ok(Fetched {
        status,
        bytes,
        totals,
    })
}
