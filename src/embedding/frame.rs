//! Inside another site's `<iframe>` (`index.html?embed=1`): the viewer tells
//! the parent page how tall its content is, so the parent can size the
//! frame with no scrollbar (`resize.js` in `dist/` does it for any page).
//!
//! The message is `{ type: "article-viewer:height", height: <CSS pixels, an
//! integer> }`, posted to the parent's origin only (or to each origin of
//! the operator's `article-viewer:embed-origins` list), never to `*`. The
//! height is the content's own (the viewer's root element), not the
//! document's, which follows the frame's size: so a reply that resizes the
//! frame cannot change the next measurement, and sizing never loops.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, ResizeObserver};

/// The `type` of the height message.
pub const HEIGHT_MESSAGE: &str = "article-viewer:height";
/// The `<meta name>` of the operator's list of origins allowed to receive it.
pub const ORIGINS_META: &str = "article-viewer:embed-origins";

/// The origin of an absolute `http(s)` URL or origin, as `scheme://host[:port]`.
pub fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.trim().split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "https" && scheme != "http" {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next()?;
    if authority.is_empty() || authority.contains('@') {
        return None;
    }
    Some(format!("{scheme}://{}", authority.to_ascii_lowercase()))
}

/// Who receives the height: the operator's list when it names any origin,
/// else the parent (from `location.ancestorOrigins`, else the referrer).
/// Empty when no parent is known: then nothing is sent.
pub fn height_targets(
    operator_list: Option<&str>,
    parent_origin: Option<&str>,
    referrer: Option<&str>,
) -> Vec<String> {
    let listed: Vec<String> = operator_list
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(origin_of)
        .collect();
    if !listed.is_empty() {
        return listed;
    }
    parent_origin
        .and_then(origin_of)
        .or_else(|| referrer.and_then(origin_of))
        .into_iter()
        .collect()
}

/// Marks the page as framed (for the stylesheet) and reports the content's
/// height to the parent whenever it changes.
pub fn start(document: &Document) {
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("data-embed", "frame");
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    // `location.ancestorOrigins` (Chromium, WebKit; web-sys has no binding).
    let parent_origin = js_sys::Reflect::get(&window.location(), &"ancestorOrigins".into())
        .ok()
        .and_then(|origins| origins.dyn_into::<web_sys::DomStringList>().ok())
        .and_then(|origins| origins.item(0));
    let targets = height_targets(
        crate::loader::meta_content(document, ORIGINS_META).as_deref(),
        parent_origin.as_deref(),
        Some(document.referrer().as_str()),
    );
    let parent = match window.parent() {
        Ok(Some(parent)) if parent != window => parent,
        _ => return,
    };
    if targets.is_empty() {
        web_sys::console::warn_1(
            &"article-viewer: framed, but the parent's origin is unknown; set article-viewer:embed-origins to size the frame"
                .into(),
        );
        return;
    }
    let Some(content) = document.query_selector(".viewer-root").ok().flatten() else {
        return;
    };
    let last = Rc::new(Cell::new(-1.0_f64));
    let report = {
        let content = content.clone();
        move || {
            let height = content.get_bounding_client_rect().height().ceil();
            if height == last.get() {
                return;
            }
            last.set(height);
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
            for origin in &targets {
                let _ = parent.post_message(&message, origin);
            }
        }
    };
    report();
    let callback = Closure::<dyn FnMut()>::new(report);
    if let Ok(observer) = ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(content.unchecked_ref::<Element>());
        // Both live as long as the page.
        std::mem::forget(observer);
        callback.forget();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_scheme_host_and_port_only() {
        assert_eq!(
            origin_of("https://News.Example:8443/a/b?c#d").as_deref(),
            Some("https://news.example:8443")
        );
        assert_eq!(
            origin_of("http://127.0.0.1:9000").as_deref(),
            Some("http://127.0.0.1:9000")
        );
        for bad in [
            "",
            "null",
            "*",
            "javascript:alert(1)",
            "ftp://x",
            "https://",
            "https://user@evil.example",
        ] {
            assert_eq!(origin_of(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_operator_list_wins_then_the_parent_then_the_referrer() {
        assert_eq!(
            height_targets(
                Some("https://a.example  https://b.example/x bogus"),
                Some("https://parent.example"),
                None
            ),
            ["https://a.example", "https://b.example"]
        );
        assert_eq!(
            height_targets(
                Some(" "),
                Some("https://parent.example"),
                Some("https://r.example/p")
            ),
            ["https://parent.example"]
        );
        assert_eq!(
            height_targets(None, None, Some("https://r.example/page?q")),
            ["https://r.example"]
        );
        assert!(
            height_targets(None, Some("null"), Some("")).is_empty(),
            "never `*`"
        );
    }
}
