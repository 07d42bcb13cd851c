//! The view-count store against real localStorage in Chromium: counting,
//! persistence, garbage left untouched, other tabs' writes. Each test uses
//! its own article ids, since tests share the page's storage.

#![cfg(target_arch = "wasm32")]

mod support;

use article_viewer::views::key::storage_key;
use article_viewer::views::storage::{CountStorage, StorageError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn an_opening_adds_one_and_is_stored() {
    let store = support::view_store();
    assert_eq!(store.displayed("a", 18), 18);
    store.record_opening("a".into());
    assert!(
        support::until(|| support::storage_get(&storage_key("a")).as_deref() == Some("1")).await
    );
    assert_eq!(store.displayed("a", 18), 19);
    store.record_opening("a".into());
    assert!(
        support::until(|| support::storage_get(&storage_key("a")).as_deref() == Some("2")).await
    );
}

#[wasm_bindgen_test]
async fn stored_counts_are_read_at_start() {
    support::storage_set(&storage_key("b"), "41");
    support::storage_set("someone-else:b", "999");
    let store = support::view_store();
    assert_eq!(store.displayed("b", 1), 42);
    store.record_opening("b".into());
    assert!(
        support::until(|| support::storage_get(&storage_key("b")).as_deref() == Some("42")).await
    );
}

#[wasm_bindgen_test]
async fn garbage_is_reported_and_never_overwritten() {
    support::storage_set(&storage_key("c"), "{\"v\":2}");
    let store = support::view_store();
    assert!(matches!(store.problem(), Some(StorageError::Unreadable { ref id, .. }) if id == "c"));
    store.record_opening("c".into());
    assert!(
        support::until(|| store.displayed("c", 0) == 1).await,
        "counted in memory"
    );
    assert_eq!(
        support::storage_get(&storage_key("c")).as_deref(),
        Some("{\"v\":2}")
    );
}

#[wasm_bindgen_test]
async fn another_tabs_write_updates_the_count() {
    let store = support::view_store();
    // What the browser delivers when another tab writes.
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(&storage_key("d")));
    init.set_new_value(Some("7"));
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
    assert_eq!(store.displayed("d", 3), 10);
    // Another tab's clear() empties the stored part only.
    let cleared = web_sys::StorageEvent::new_with_event_init_dict(
        "storage",
        &web_sys::StorageEventInit::new(),
    )
    .unwrap();
    web_sys::window().unwrap().dispatch_event(&cleared).unwrap();
    assert_eq!(store.displayed("d", 3), 3);
}

#[wasm_bindgen_test]
fn storage_adapter_round_trips() {
    let storage = CountStorage::open().unwrap();
    assert_eq!(storage.read("g"), Ok(0));
    storage.write("g", 12).unwrap();
    assert_eq!(storage.read("g"), Ok(12));
    support::storage_set(&storage_key("h"), "-4");
    let (counts, problems) = storage.read_all();
    assert!(counts.contains(&("g".to_owned(), 12)));
    assert!(problems.contains(&StorageError::Unreadable {
        id: "h".into(),
        value: "-4".into()
    }));
    // Other tests in this page read all keys at start; leave them no stray garbage.
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .remove_item(&storage_key("h"))
        .unwrap();
}
