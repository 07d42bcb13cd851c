//! `<article-viewer>` widgets as `embed.js` drives them, in Chromium with
//! `fetch` answering the demo feed: one widget leaving the page must not
//! take the others' shared state with it. Its own test binary, because it
//! replaces `window.fetch` and because the widgets' shared view store is
//! made once per wasm instance.

#![cfg(target_arch = "wasm32")]

mod support;

use article_viewer::embedding::widget::mount_widget;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

const DEMO_FEED: &str = include_str!("../public/feed.json");

/// `fetch` answers every request with the demo feed.
fn answer_with_demo_feed() {
    let window = web_sys::window().unwrap();
    js_sys::Reflect::set(&window, &"__demoFeed".into(), &DEMO_FEED.into()).unwrap();
    js_sys::Function::new_no_args(
        "window.fetch = async () => new Response(window.__demoFeed, \
         { headers: { 'content-type': 'application/json' } });",
    )
    .call0(&JsValue::NULL)
    .unwrap();
}

/// An `<article-viewer>`-like host element with `attributes`, and the root
/// inside it that the viewer renders into (a plain child here: the shadow
/// root is embed.js's business).
fn host_with(attributes: &[(&str, &str)]) -> (HtmlElement, HtmlElement) {
    let host = support::fresh_root();
    for (name, value) in attributes {
        host.set_attribute(name, value).unwrap();
    }
    let root: HtmlElement = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .create_element("div")
        .unwrap()
        .unchecked_into();
    host.append_child(&root).unwrap();
    (host, root)
}

#[wasm_bindgen_test]
async fn removing_the_first_widget_leaves_the_others_working() {
    answer_with_demo_feed();
    let feed = "https://cdn.example/feed.json";
    // The first widget on the page is the one whose render first needs the
    // shared view store.
    let (first_host, first_root) = host_with(&[("feed", feed), ("article", "samsung-xealth")]);
    let first = mount_widget(
        first_host,
        first_root.clone(),
        "index.html".into(),
        feed.into(),
    );
    let (second_host, second_root) = host_with(&[("feed", feed), ("show", "article most-viewed")]);
    let second = mount_widget(
        second_host.clone(),
        second_root.clone(),
        "index.html".into(),
        feed.into(),
    );
    let shown = |root: &HtmlElement| {
        support::select(root, "article.article").and_then(|a| a.get_attribute("data-article-id"))
    };
    assert!(
        support::until(|| shown(&first_root).is_some() && shown(&second_root).is_some()).await,
        "both widgets render"
    );
    // Each its own article: the first its attribute's, the second the feed's first.
    assert_eq!(shown(&first_root).as_deref(), Some("samsung-xealth"));
    assert_eq!(
        shown(&second_root).as_deref(),
        Some("musk-putin-secret-talks")
    );
    assert!(support::select(&second_root, ".most-viewed").is_some());

    // The first leaves the page (embed.js: unmount, then free).
    first.unmount();
    drop(first);
    support::settle().await;

    // The second renders anew with other parts, and counts a new opening.
    second_host
        .set_attribute("show", "sidebar most-viewed")
        .unwrap();
    second.attribute_changed("show");
    assert!(
        support::until(|| support::select(&second_root, ".sidebar").is_some()).await,
        "the remaining widget renders again: {}",
        second_root.inner_html()
    );
    second_host
        .set_attribute("show", "article most-viewed")
        .unwrap();
    second.attribute_changed("show");
    second_host
        .set_attribute("article", "shein-fine-france")
        .unwrap();
    second.attribute_changed("article");
    assert!(
        support::until(|| shown(&second_root).as_deref() == Some("shein-fine-france")).await,
        "and opens another article: {}",
        second_root.inner_html()
    );

    // A blank `article` set later means the feed's first, as it does at load.
    second_host.set_attribute("article", "  ").unwrap();
    second.attribute_changed("article");
    assert!(
        support::until(|| shown(&second_root).as_deref() == Some("musk-putin-secret-talks")).await,
        "a blank article is the first: {}",
        second_root.inner_html()
    );
}
