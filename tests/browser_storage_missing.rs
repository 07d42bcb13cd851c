//! No storage at all (`window.localStorage` is `null`, as in some embedded
//! browsers): the store counts in memory, says so, and never throws. Its own
//! test binary, because it replaces the page's `localStorage`.

#![cfg(target_arch = "wasm32")]

mod support;

use article_viewer::views::storage::{CountStorage, StorageError};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn null_storage_counts_in_memory() {
    js_sys::Function::new_no_args(
        "Object.defineProperty(window, 'localStorage', { configurable: true, get() { return null; } });",
    )
    .call0(&JsValue::NULL)
    .unwrap();
    let opened = CountStorage::open();
    let store = support::view_store();
    store.record_opening("m".into());
    let counted = support::until(|| store.displayed("m", 0) == 1).await;
    assert!(matches!(opened, Err(StorageError::Missing)), "{opened:?}");
    assert!(counted);
    assert_eq!(store.problem(), Some(StorageError::Missing));
}
