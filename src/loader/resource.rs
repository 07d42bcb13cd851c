//! The feed as a reactive resource, for the full page and for each widget:
//! one request at a time, the one in flight aborted when another starts
//! (a retry) or when its owner goes away.

use std::sync::Arc;

use leptos::prelude::*;
use web_sys::AbortController;

use super::{load_feed, FeedSettings};
use crate::error::ViewerError;
use crate::model::Feed;

/// A loaded feed, or why there is none.
pub type FeedResource = LocalResource<Result<Arc<Feed>, ViewerError>>;

/// Loads the feed at `source` (or reports why it cannot) within `settings`'
/// limits. Must run inside a reactive owner; `refetch` loads it again.
pub fn feed_resource(source: Result<String, ViewerError>, settings: FeedSettings) -> FeedResource {
    let in_flight: StoredValue<Option<AbortController>, LocalStorage> =
        StoredValue::new_local(None);
    on_cleanup(move || {
        if let Some(Some(controller)) = in_flight.try_get_value() {
            controller.abort();
        }
    });
    LocalResource::new(move || {
        let source = source.clone();
        let settings = settings.clone();
        let controller = AbortController::new().ok();
        if let Some(previous) = in_flight
            .try_update_value(|slot| std::mem::replace(slot, controller.clone()))
            .flatten()
        {
            previous.abort();
        }
        async move {
            let url = source?;
            let parsed = load_feed(url, settings, controller).await?;
            Ok(Arc::new(parsed.feed))
        }
    })
}
