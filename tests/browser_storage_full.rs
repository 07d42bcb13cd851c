//! Full storage (QuotaExceededError on write): the open is kept in memory
//! and saved with the next write that succeeds. Its own test binary, because
//! it replaces `Storage.prototype.setItem`.

#![cfg(target_arch = "wasm32")]

mod support;

use article_viewer::views::storage::StorageError;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn full_storage_keeps_the_open_and_saves_it_later() {
    let store = support::view_store();
    // Make setItem throw QuotaExceededError for our keys, as a full storage does.
    let fill = js_sys::Function::new_no_args(
        "window.__setItem = Storage.prototype.setItem;\
         Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };",
    );
    fill.call0(&wasm_bindgen::JsValue::NULL).unwrap();
    store.record_opening("f".into());
    let counted = support::until(|| store.displayed("f", 0) == 1).await;
    let problem = store.problem();
    let unfill = js_sys::Function::new_no_args("Storage.prototype.setItem = window.__setItem;");
    unfill.call0(&wasm_bindgen::JsValue::NULL).unwrap();
    assert!(counted);
    assert_eq!(problem, Some(StorageError::Full));
    assert_eq!(support::stored_total("f"), None);
    // Space again: the next open writes both.
    store.record_opening("f".into());
    assert!(support::until(|| support::stored_total("f").as_deref() == Some("2")).await);
    assert_eq!(store.displayed("f", 0), 2);
}
