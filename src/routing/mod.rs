//! Addressing: `?article=<id>` opens an article, on any static host.
//!
//! [`query`] builds addresses (pure, host-tested); [`navigation`] reads the
//! address bar, intercepts plain clicks on article links and follows
//! back/forward, all through the History API, so no server rewrite rule is
//! ever needed and every link still works when opened in a new tab;
//! [`shown`] decides which article an address shows.

pub mod navigation;
pub mod query;
pub mod shown;

pub use navigation::{address_params, written_article, Linking, Navigation, Opening};
pub use shown::{resolve, Shown, ShownReport};

/// The `<meta name>` a page written by the build for one article carries:
/// its id, which the page's own address (`article-….html`) does not.
pub const ARTICLE_META: &str = "article-viewer:article";
