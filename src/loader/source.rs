//! Reads the operator's settings from the page and decides which feed URL to load.

use web_sys::{Document, Url};

use super::settings::FeedSettings;
use crate::error::ViewerError;

/// The settings in this page's `<meta>` tags.
pub fn read_settings(document: &Document) -> FeedSettings {
    let metas = document
        .query_selector_all("meta[name^='article-viewer:']")
        .ok();
    let mut pairs: Vec<(String, String)> = Vec::new();
    if let Some(metas) = metas {
        for index in 0..metas.length() {
            let Some(meta) = metas.item(index) else {
                continue;
            };
            let Some(element) = wasm_bindgen::JsCast::dyn_ref::<web_sys::Element>(&meta) else {
                continue;
            };
            if let (Some(name), Some(content)) = (
                element.get_attribute("name"),
                element.get_attribute("content"),
            ) {
                pairs.push((name, content));
            }
        }
    }
    FeedSettings::from_meta(|name| {
        pairs
            .iter()
            .find(|(n, _)| n == name)
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
