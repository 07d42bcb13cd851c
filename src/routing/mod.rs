//! Addressing: `?article=<id>` opens an article, on any static host.
//!
//! [`query`] builds addresses (pure, host-tested); [`navigation`] reads the
//! address bar, intercepts plain clicks on article links and follows
//! back/forward, all through the History API, so no server rewrite rule is
//! ever needed and every link still works when opened in a new tab.

pub mod navigation;
pub mod query;

pub use navigation::{Navigation, Opening};
