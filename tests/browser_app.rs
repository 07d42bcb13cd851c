//! The whole app mounted in Chromium with `fetch` replaced: what it asks
//! for, and that it cancels its request when it goes away. Its own test
//! binary, because it replaces `window.fetch`.

#![cfg(target_arch = "wasm32")]

mod support;

use article_viewer::App;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn unmounting_aborts_the_feed_request() {
    // A fetch that never answers and remembers what it was given.
    js_sys::Function::new_no_args(
        "window.__requests = [];\
         window.fetch = (request) => { window.__requests.push(request); return new Promise(() => {}); };",
    )
    .call0(&JsValue::NULL)
    .unwrap();
    let root = support::fresh_root();
    let handle = leptos::mount::mount_to(root.clone(), App);
    support::settle().await;
    assert!(
        support::select(&root, ".loading").is_some(),
        "the loading state shows while the feed loads"
    );
    let requests = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__requests".into()).unwrap();
    let requests = js_sys::Array::from(&requests);
    assert_eq!(requests.length(), 1);
    let request: web_sys::Request = wasm_bindgen::JsCast::unchecked_into(requests.get(0));
    assert!(request.url().ends_with("/feed.json"), "{}", request.url());
    assert!(!request.signal().aborted());
    drop(handle);
    support::settle().await;
    assert!(
        request.signal().aborted(),
        "the request is cancelled with the app"
    );
}
