//! The article model: what every source (a JSON Feed, a WordPress site) is
//! read into, and what the components show. Components never learn which
//! source an article came from.
//!
//! Everything here is plain Rust with no browser types, so `cargo test` on
//! the host covers it. The sources are [`crate::jsonfeed`] and
//! [`crate::wordpress`]; fetching them is [`crate::loader`].

pub mod feed;
pub mod fields;
pub mod language;
pub mod parsed;
pub mod plain_text;
pub mod related;

pub use feed::{
    Attachment, Author, Body, Feed, ImageCandidate, ImageMeta, Item, MediaKind, MoreArticles,
    Timestamp,
};
pub use parsed::{ItemWarning, ParsedFeed};
