//! Reads the operator's settings from the page and decides which feed URL to load.

use web_sys::{Document, Url};

use super::settings::FeedSettings;
use crate::error::ViewerError;

/// The `content` of `<meta name="{name}">`, if the page has one.
pub fn meta_content(document: &Document, name: &str) -> Option<String> {
    document
        .query_selector(&format!("meta[name='{name}']"))
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
}

/// The settings in this page's `<meta>` tags.
pub fn read_settings(document: &Document) -> FeedSettings {
    let values: Vec<(&str, String)> = FeedSettings::META_NAMES
        .iter()
        .filter_map(|name| meta_content(document, name).map(|value| (*name, value)))
        .collect();
    FeedSettings::from_meta(|name| {
        values
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    })
}

/// The absolute URL of the feed to load: the `feed` parameter when it is
/// allowed, else the operator's default, both resolved against the page.
pub fn choose_feed(
    settings: &FeedSettings,
    document: &Document,
    feed_param: Option<&str>,
) -> Result<String, ViewerError> {
    let base = document.base_uri().ok().flatten().unwrap_or_default();
    let page_origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    match feed_param.map(str::trim).filter(|p| !p.is_empty()) {
        Some(param) => {
            let refused = || ViewerError::FeedNotAllowed {
                url: param.to_owned(),
            };
            let url = Url::new_with_base(param, &base).map_err(|_| refused())?;
            let scheme_ok = matches!(url.protocol().as_str(), "http:" | "https:");
            if scheme_ok && settings.origin_allowed(&url.origin(), &page_origin) {
                Ok(url.href())
            } else {
                Err(refused())
            }
        }
        None => Url::new_with_base(&settings.default_feed, &base)
            .map(|url| url.href())
            .map_err(|_| ViewerError::Unreachable {
                url: settings.default_feed.clone(),
                reason: "the configured feed address is not a valid URL".to_owned(),
            }),
    }
}
