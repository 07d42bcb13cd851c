//! Offline reading: registers `sw.js` (written by `cargo xtask build`, see
//! `xtask/offline/sw.js`) for the full-page viewer. Embedded viewers never
//! register it; the worker also leaves `?embed=` pages alone.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{RegistrationOptions, ServiceWorkerContainer, ServiceWorkerUpdateViaCache};

/// The `<meta name>` naming the worker. `cargo xtask build` writes it
/// (`sw.js`) into the built pages only, so `trunk serve` (which has no
/// worker) registers none; an operator empties it to turn offline reading off.
pub const WORKER_META: &str = "article-viewer:service-worker";

/// Registers the worker the page names, scoped to its folder. Quietly does
/// nothing where a page cannot have one (a `file:` page, an opaque
/// sandboxed origin, an old browser); a failed registration is a warning.
pub fn register() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(script) = window
        .document()
        .and_then(|document| crate::loader::meta_content(&document, WORKER_META))
        .map(|script| script.trim().to_owned())
        .filter(|script| !script.is_empty())
    else {
        return;
    };
    if !matches!(
        window.location().protocol().as_deref(),
        Ok("https:") | Ok("http:")
    ) {
        return;
    }
    // An opaque origin (a frame sandboxed without allow-same-origin) can have
    // no worker: Chromium's getter throws, Firefox's registration fails.
    if window.origin() == "null" {
        return;
    }
    // Through Reflect: in an opaque origin the getter itself throws.
    let Some(container) = js_sys::Reflect::get(&window.navigator(), &"serviceWorker".into())
        .ok()
        .and_then(|value| value.dyn_into::<ServiceWorkerContainer>().ok())
    else {
        return;
    };
    let options = RegistrationOptions::new();
    options.set_scope("./");
    // The worker script is always checked with the server: a new build is seen at once.
    options.set_update_via_cache(ServiceWorkerUpdateViaCache::None);
    let registration = container.register_with_options(&script, &options);
    spawn_local(async move {
        if let Err(error) = JsFuture::from(registration).await {
            web_sys::console::warn_2(
                &"article-viewer: offline reading is off: sw.js could not be registered:".into(),
                &error,
            );
        }
    });
}
