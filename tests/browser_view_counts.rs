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
    assert!(support::until(|| support::stored_total("a").as_deref() == Some("1")).await);
    assert_eq!(store.displayed("a", 18), 19);
    store.record_opening("a".into());
    assert!(support::until(|| support::stored_total("a").as_deref() == Some("2")).await);
}

#[wasm_bindgen_test]
async fn stored_counts_are_read_at_start() {
    support::storage_set(&storage_key(0, "b"), "41");
    support::storage_set("someone-else:b", "999");
    let store = support::view_store();
    assert_eq!(store.displayed("b", 1), 42);
    store.record_opening("b".into());
    assert!(support::until(|| support::stored_total("b").as_deref() == Some("42")).await);
}

#[wasm_bindgen_test]
async fn garbage_is_reported_and_never_overwritten() {
    support::storage_set(&storage_key(0, "c"), "{\"v\":2}");
    let store = support::view_store();
    assert!(matches!(store.problem(), Some(StorageError::Unreadable { ref id, .. }) if id == "c"));
    assert!(support::until(|| store.slot().is_some()).await);
    // Garbage in this tab's own slot too: the open cannot be added to it.
    let own = storage_key(store.slot().unwrap(), "c");
    support::storage_set(&own, "garbage!");
    store.record_opening("c".into());
    assert!(
        support::until(|| store.displayed("c", 0) == 1).await,
        "counted in memory"
    );
    assert_eq!(support::storage_get(&own).as_deref(), Some("garbage!"));
    assert_eq!(
        support::storage_get(&storage_key(0, "c")).as_deref(),
        Some("{\"v\":2}")
    );
}

#[wasm_bindgen_test]
async fn another_tabs_write_updates_the_count() {
    let store = support::view_store();
    // What the browser delivers when another tab writes.
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(&storage_key(0, "d")));
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
    assert_eq!(storage.read(60, "g"), Ok(0));
    storage.write(60, "g", 12).unwrap();
    assert_eq!(storage.read(60, "g"), Ok(12));
    assert_eq!(
        support::storage_get("article-viewer:v1:views:60:g").as_deref(),
        Some("12")
    );
    support::storage_set(&storage_key(0, "h"), "-4");
    let (counts, problems) = storage.read_all();
    assert!(counts.contains(&("g".to_owned(), 60, 12)));
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
        .remove_item(&storage_key(0, "h"))
        .unwrap();
}

#[wasm_bindgen_test]
async fn each_tab_writes_its_own_slot_under_a_held_lock() {
    spy_on_locks();
    // Two stores stand for two tabs: each claims a different slot.
    let (first, second) = (support::view_store(), support::view_store());
    assert!(support::until(|| first.slot().is_some() && second.slot().is_some()).await);
    let (a, b) = (first.slot().unwrap(), second.slot().unwrap());
    assert_ne!(a, b);
    assert!(
        a > 0 && b > 0,
        "slot 0 is only for browsers without Web Locks"
    );
    for _ in 0..50 {
        first.record_opening("both".into());
        second.record_opening("both".into());
    }
    assert!(support::until(|| support::stored_total("both").as_deref() == Some("100")).await);
    assert_eq!(
        support::storage_get(&storage_key(a, "both")).as_deref(),
        Some("50")
    );
    assert_eq!(
        support::storage_get(&storage_key(b, "both")).as_deref(),
        Some("50")
    );
    let calls = lock_calls();
    assert!(
        calls.contains(&format!("article-viewer:v1:slot:{a}")),
        "{calls:?}"
    );
    assert!(
        calls.contains(&format!("article-viewer:v1:slot:{b}")),
        "{calls:?}"
    );
    // The locks stay held: asking for them again is refused.
    let held = js_sys::Function::new_with_args(
        "a, b",
        "return Promise.all([a, b].map((n) => navigator.locks.request('article-viewer:v1:slot:' + n, { ifAvailable: true }, (lock) => lock !== null)));",
    )
    .call2(&wasm_bindgen::JsValue::NULL, &a.into(), &b.into())
    .unwrap();
    let held = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(held))
        .await
        .unwrap();
    let held: Vec<bool> = js_sys::Array::from(&held)
        .iter()
        .map(|v| v.as_bool().unwrap())
        .collect();
    assert_eq!(held, [false, false]);
}

#[wasm_bindgen_test]
async fn a_future_schema_is_left_alone() {
    // A later release's keys are not ours to read or write.
    support::storage_set("article-viewer:v2:views:future", "{\"n\":9,\"at\":1}");
    support::storage_set(&storage_key(0, "future"), "4");
    let store = support::view_store();
    assert_eq!(store.displayed("future", 0), 4);
    store.record_opening("future".into());
    assert!(support::until(|| support::stored_total("future").as_deref() == Some("5")).await);
    assert_eq!(
        support::storage_get("article-viewer:v2:views:future").as_deref(),
        Some("{\"n\":9,\"at\":1}")
    );
}

/// Spies on `navigator.locks.request` from now on, passing calls through.
fn spy_on_locks() {
    run("window.__lockCalls = [];\
         if (!window.__lockSpy) {\
           window.__lockSpy = true;\
           const request = LockManager.prototype.request;\
           LockManager.prototype.request = function (name, ...rest) { window.__lockCalls.push(name); return request.call(this, name, ...rest); };\
         }");
}

/// The names of the locks asked for since [`spy_on_locks`].
fn lock_calls() -> Vec<String> {
    let calls = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__lockCalls".into()).unwrap();
    js_sys::Array::from(&calls)
        .iter()
        .filter_map(|v| v.as_string())
        .collect()
}

/// Runs `body` as a script in the page.
fn run(body: &str) {
    js_sys::Function::new_no_args(body)
        .call0(&wasm_bindgen::JsValue::NULL)
        .unwrap();
}

fn page_claim_left() -> bool {
    js_sys::Reflect::has(&web_sys::window().unwrap(), &"__articleViewerSlot".into()).unwrap()
}

#[wasm_bindgen_test]
async fn the_slot_the_page_claimed_is_taken_once() {
    // What the written pages' guard leaves: a promise of the slot it holds.
    run("window.__articleViewerSlot = Promise.resolve(37);");
    let store = support::view_store();
    assert!(support::until(|| store.slot().is_some()).await);
    assert_eq!(store.slot(), Some(37));
    assert!(
        !page_claim_left(),
        "taken, so no second store writes slot 37"
    );
    store.record_opening("early".into());
    assert_eq!(
        support::storage_get(&storage_key(37, "early")).as_deref(),
        Some("1")
    );
    // A second store (another mount on the page) claims a slot of its own.
    let second = support::view_store();
    assert!(support::until(|| second.slot().is_some()).await);
    assert_ne!(second.slot(), Some(37));
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .remove_item(&storage_key(37, "early"))
        .unwrap();
}

#[wasm_bindgen_test]
async fn a_page_claim_that_names_no_slot_is_set_aside() {
    for claim in [
        "Promise.resolve(1.5)",
        "Promise.resolve('1')",
        "Promise.resolve(64)",
        "Promise.reject(new Error('refused'))",
        "({ then: 1 })",
    ] {
        spy_on_locks();
        run(&format!("window.__articleViewerSlot = {claim};"));
        let store = support::view_store();
        assert!(support::until(|| store.slot().is_some()).await, "{claim}");
        let slot = store.slot().unwrap();
        assert!(slot > 0, "{claim}: claimed its own slot under a lock");
        let calls = lock_calls();
        assert!(
            calls.contains(&format!("article-viewer:v1:slot:{slot}")),
            "{claim}: {calls:?}"
        );
        assert!(!page_claim_left(), "{claim}");
    }
}
