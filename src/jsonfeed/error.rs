//! Why a document could not be used as a feed.
//!
//! Each variant is one thing a publisher can fix, so each gets its own
//! message; [`crate::i18n`] turns them into the reader's language.

use thiserror::Error;

/// A feed document that cannot be shown at all.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum FeedError {
    /// The bytes are not JSON (or not UTF-8).
    #[error("the feed is not valid JSON: {detail}")]
    NotJson { detail: String },
    /// Valid JSON, but not a JSON Feed: not an object, or a missing or unknown `version`.
    #[error("the document is not a JSON Feed (version: {})", found.as_deref().unwrap_or("missing"))]
    NotJsonFeed { found: Option<String> },
    /// A feed-level field has the wrong type (for example `"items": "x"`).
    #[error("the feed field `{field}` has the wrong type: {detail}")]
    WrongType { field: &'static str, detail: String },
    /// The feed has no `items`, or none of them could be used.
    #[error("the feed has no usable articles ({skipped} skipped)")]
    NoItems { skipped: usize },
}
