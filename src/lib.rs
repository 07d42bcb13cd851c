//! An embeddable, right-to-left-first article viewer: a JSON Feed in, an
//! article page with its sidebar and view counts out.
//!
//! The modules follow the product: the feed model and parser, data loading,
//! the content sanitizer, view counts, language, addressing, components.

pub mod app;
pub mod components;
pub mod content;
pub mod error;
pub mod feed;
pub mod i18n;
pub mod loader;
pub mod metadata;
pub mod preferences;
pub mod reading_position;
pub mod routing;
pub mod views;

pub use app::App;

/// Mounts the full-page viewer on `<body>`, with a panic hook that writes
/// any bug to the console instead of failing silently.
pub fn mount_page() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
