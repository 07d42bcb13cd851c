//! The reading settings in Chromium: each control changes the page at once
//! and is remembered. One test, in order, in its own binary, because it sets attributes on
//! `<html>` and a storage key every other test would see.

#![cfg(target_arch = "wasm32")]

mod support;

use article_viewer::components::ReaderControls;
use article_viewer::i18n::{Locale, Numerals};
use article_viewer::preferences::{Preferences, ReaderPreferences, Theme, PREFERENCES_KEY};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn html_attribute(name: &str) -> Option<String> {
    document().document_element().unwrap().get_attribute(name)
}

fn choose(root: &web_sys::Element, selector: &str, value: &str) {
    let select: web_sys::HtmlSelectElement =
        support::select(root, selector).unwrap().unchecked_into();
    select.set_value(value);
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
}

fn click(root: &web_sys::Element, selector: &str) {
    support::select(root, selector)
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
}

#[wasm_bindgen_test]
async fn controls_apply_at_once_and_are_remembered() {
    support::storage_set(PREFERENCES_KEY, "size=1;theme=auto;width=normal");
    let root = support::mount(|| view! { <ReaderControls locale=Locale::English/> });
    support::settle().await;
    assert_eq!(html_attribute("data-theme").as_deref(), Some("auto"));
    assert_eq!(html_attribute("data-text-size").as_deref(), Some("1"));

    click(&root, ".reader-controls__larger");
    click(&root, ".reader-controls__larger");
    click(&root, ".reader-controls__width");
    choose(&root, ".reader-controls__theme select", "sepia");
    choose(&root, ".reader-controls__digits select", "latn");
    support::settle().await;

    assert_eq!(html_attribute("data-text-size").as_deref(), Some("3"));
    assert_eq!(html_attribute("data-theme").as_deref(), Some("sepia"));
    assert_eq!(html_attribute("data-width").as_deref(), Some("narrow"));
    assert_eq!(
        support::select(&root, ".reader-controls__width")
            .unwrap()
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    let stored = support::storage_get(PREFERENCES_KEY).unwrap();
    assert_eq!(
        Preferences::parse(&stored),
        Preferences {
            digits: Some(Numerals::Latn),
            text_size: 3,
            theme: Theme::Sepia,
            narrow: true
        }
    );
    // A new page (a new context) starts from what was stored.
    let owner = Owner::new();
    let again = owner.with(ReaderPreferences::new);
    assert_eq!(again.0.get_untracked().theme, Theme::Sepia);
    std::mem::forget(owner);

    // The size buttons stop at the ends, and say what they do.
    for _ in 0..10 {
        click(&root, ".reader-controls__smaller");
    }
    support::settle().await;
    let smaller = support::select(&root, ".reader-controls__smaller").unwrap();
    assert!(smaller.has_attribute("disabled"));
    assert_eq!(html_attribute("data-text-size").as_deref(), Some("0"));
    assert_eq!(support::text(&smaller, ".visually-hidden"), "Smaller text");
}
