//! An embeddable, right-to-left-first article viewer: a JSON Feed in, an
//! article page with its sidebar and view counts out.
//!
//! The modules follow the product: the feed model and parser, data loading,
//! the content sanitizer, view counts, language, addressing, components.

pub mod app;
pub mod components;
pub mod containment;
pub mod content;
pub mod embedding;
pub mod error;
pub mod i18n;
pub mod jsonfeed;
pub mod loader;
pub mod metadata;
pub mod model;
pub mod preferences;
pub mod reading_position;
pub mod routing;
pub mod views;
pub mod wordpress;

pub use app::App;

/// Mounts the full-page viewer in a root of its own at the end of `<body>`,
/// with a panic hook that writes any bug to the console instead of failing
/// silently. When the build wrote this article into the page, the live
/// root waits hidden and takes its place once ready ([`embedding::takeover`]).
pub fn mount_page() {
    use wasm_bindgen::JsCast;

    console_error_panic_hook::set_once();
    let document = leptos::prelude::document();
    let (Some(body), Ok(root)) = (document.body(), document.create_element("div")) else {
        leptos::logging::error!("article viewer: this page has no <body> to render into");
        return;
    };
    let root: web_sys::HtmlElement = root.unchecked_into();
    root.set_class_name("viewer-root");
    if embedding::takeover::pending(&document).is_some() {
        embedding::takeover::await_takeover(&root);
    }
    if body.append_child(&root).is_err() {
        leptos::logging::error!("article viewer: could not add its root to <body>");
        return;
    }
    leptos::mount::mount_to(root, App).forget();
}
