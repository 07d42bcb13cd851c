//! Blocked storage (a SecurityError on `window.localStorage`): the store
//! counts in memory, reports the problem and never throws. Its own test
//! binary, because it replaces the page's `localStorage`.

#![cfg(target_arch = "wasm32")]

mod support;

use article_viewer::views::storage::{CountStorage, StorageError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn blocked_storage_counts_in_memory_without_throwing() {
    // Make `window.localStorage` throw a SecurityError, as blocked cookies do.
    let block = js_sys::Function::new_no_args(
        "const d = Object.getOwnPropertyDescriptor(window, 'localStorage') || Object.getOwnPropertyDescriptor(Window.prototype, 'localStorage');\
         window.__savedStorage = d;\
         Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('blocked', 'SecurityError'); } });",
    );
    block.call0(&wasm_bindgen::JsValue::NULL).unwrap();
    let opened = CountStorage::open();
    let store = support::view_store();
    store.record_opening("e".into());
    store.record_opening("e".into());
    let counted = support::until(|| store.displayed("e", 5) == 7).await;
    let problem = store.problem();
    let restore = js_sys::Function::new_no_args(
        "if (window.__savedStorage) Object.defineProperty(window, 'localStorage', window.__savedStorage); else delete window.localStorage;",
    );
    restore.call0(&wasm_bindgen::JsValue::NULL).unwrap();
    assert!(
        matches!(opened, Err(StorageError::Blocked(_))),
        "{opened:?}"
    );
    assert!(counted);
    assert!(matches!(problem, Some(StorageError::Blocked(_))));
}
