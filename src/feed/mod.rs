//! The feed: a JSON Feed 1.1 document, its articles and this viewer's extension.
//!
//! Everything here is plain Rust with no browser types, so `cargo test` on the
//! host covers it. The browser side (fetching) lives in [`crate::loader`].

pub mod error;
pub mod model;
pub mod parse;
pub mod plain_text;
mod raw;
pub mod related;

pub use error::FeedError;
pub use model::{
    Attachment, Author, Body, Feed, ImageCandidate, ImageMeta, Item, MediaKind, Timestamp,
};
pub use parse::{parse_feed, parse_feed_bytes, ItemWarning, ParsedFeed};
