//! Helpers shared by the in-browser tests: a fresh element to mount into,
//! waiting for the reactive system, and reading the DOM back.

#![allow(dead_code)]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// A new, empty element appended to `<body>`: each test mounts into its own.
pub fn fresh_root() -> HtmlElement {
    let document = document();
    let root: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

/// Mounts a view into a fresh root and returns the root.
pub fn mount<F, N>(view: F) -> HtmlElement
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    let root = fresh_root();
    leptos::mount::mount_to(root.clone(), view).forget();
    root
}

/// Lets effects and async work settle: a few executor ticks and a macrotask.
pub async fn settle() {
    // Mounting starts the executor; tests that mount nothing need it too.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    for _ in 0..3 {
        leptos::task::tick().await;
        sleep(0).await;
    }
}

/// Waits `millis` on the browser's timer.
pub async fn sleep(millis: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, millis)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits until `condition` holds, up to about two seconds.
pub async fn until(mut condition: impl FnMut() -> bool) -> bool {
    for _ in 0..100 {
        if condition() {
            return true;
        }
        settle().await;
        sleep(20).await;
    }
    condition()
}

pub fn select(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

pub fn select_all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|node| node.unchecked_into())
        .collect()
}

pub fn text(root: &Element, selector: &str) -> String {
    select(root, selector)
        .and_then(|el| el.text_content())
        .unwrap_or_default()
}

/// A view-count store with its own reactive owner, kept alive for the rest
/// of the test run (the owner would otherwise dispose its signals).
pub fn view_store() -> article_viewer::views::ViewStore {
    let owner = Owner::new();
    let store = owner.with(article_viewer::views::ViewStore::new);
    std::mem::forget(owner);
    store
}

/// This browser's stored opens of `id`, summed over every tab's slot, as
/// the text a single key would hold; `None` when no slot has it.
pub fn stored_total(id: &str) -> Option<String> {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let mut total: Option<u64> = None;
    for index in 0..storage.length().unwrap() {
        let key = storage.key(index).unwrap().unwrap();
        if let Some((_, key_id)) = article_viewer::views::key::parse_key(&key) {
            if key_id == id {
                if let Ok(count) = storage.get_item(&key).unwrap().unwrap().parse::<u64>() {
                    total = Some(total.unwrap_or(0) + count);
                }
            }
        }
    }
    total.map(|t| t.to_string())
}

pub fn storage_get(key: &str) -> Option<String> {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item(key)
        .unwrap()
}

pub fn storage_set(key: &str, value: &str) {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .set_item(key, value)
        .unwrap();
}
