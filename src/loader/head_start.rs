//! The requests the page started before the wasm loaded.
//!
//! The written pages' inline guard script (`xtask/prerender/guard.js`)
//! fetches the operator's feed as soon as the document is parsed, and for a
//! source on another site the other requests the build saw the app make for
//! its first article (a WordPress site's first page of posts, after its REST
//! index), and leaves `[{url, response}, …]` in `window.__articleViewerFeed`.
//! The first request for exactly one of those addresses takes its answer
//! instead of asking again; anything else (another address, a second load, a
//! retry) makes its own request.
//! It replaced `<link rel="preload" as="fetch">`, which WebKit never hands
//! to `fetch()`, so it fetched the feed twice there.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, Response};

use crate::content::platform::describe;

const GLOBAL: &str = "__articleViewerFeed";

/// The page's own request for `url`, taken (so used at most once), when it
/// started one for that address. `None` also when anything about it is not as
/// the guard leaves it.
pub(crate) fn take(url: &str) -> Option<js_sys::Promise> {
    let window = web_sys::window()?;
    let started = js_sys::Reflect::get(&window, &GLOBAL.into()).ok()?;
    let started = started.dyn_into::<js_sys::Array>().ok()?;
    let wanted = absolute(&window, url)?;
    let at = started.iter().position(|request| {
        request.is_object()
            && js_sys::Reflect::get(&request, &"url".into())
                .ok()
                .and_then(|started_for| started_for.as_string())
                .is_some_and(|started_for| started_for == wanted)
    })?;
    // Taken: a later load of the same address (a retry) asks the network again.
    let request = started.get(at as u32);
    let rest = started.filter(&mut |_, index, _| index as usize != at);
    js_sys::Reflect::set(&window, &GLOBAL.into(), &rest).ok()?;
    js_sys::Reflect::get(&request, &"response".into())
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()
}

/// Waits for the page's request, or for `signal` to abort (the time limit or
/// the app giving up), whichever comes first.
pub(crate) async fn answer(
    started: js_sys::Promise,
    signal: Option<AbortSignal>,
) -> Result<Response, String> {
    let waited = match signal {
        Some(signal) => {
            let aborted = js_sys::Promise::new(&mut |_resolve, reject| {
                let on_abort = Closure::once_into_js(move || {
                    let _ = reject.call1(&JsValue::NULL, &"aborted".into());
                });
                let _ = signal.add_event_listener_with_callback("abort", on_abort.unchecked_ref());
            });
            js_sys::Promise::race(&js_sys::Array::of2(&started, &aborted))
        }
        None => started,
    };
    let value = JsFuture::from(waited)
        .await
        .map_err(|thrown| describe(&thrown))?;
    value
        .dyn_into::<Response>()
        .map_err(|_| "the page's request gave no response".to_owned())
}

fn absolute(window: &web_sys::Window, url: &str) -> Option<String> {
    let base = window.document()?.base_uri().ok()??;
    web_sys::Url::new_with_base(url, &base)
        .ok()
        .map(|u| u.href())
}
