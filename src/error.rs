//! Everything that can keep the reader from an article, as one type.
//!
//! `Display` is the English text written to the console for operators;
//! [`crate::i18n::Strings::error_title`] and friends give the reader's text.

use thiserror::Error;

use crate::feed::FeedError;

/// Why the viewer shows an error panel instead of an article.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ViewerError {
    /// The request never got an answer (offline, DNS, CORS, connection refused).
    #[error("could not reach the feed at {url}: {reason}")]
    Unreachable { url: String, reason: String },
    /// The server answered with an error status.
    #[error("the feed at {url} answered HTTP {status}")]
    Http { url: String, status: u16 },
    /// No complete answer within the time limit.
    #[error("the feed at {url} did not load within {seconds} seconds")]
    Timeout { url: String, seconds: u32 },
    /// The answer is bigger than the operator allows.
    #[error("the feed at {url} is larger than the limit of {limit} bytes")]
    TooLarge { url: String, limit: usize },
    /// A `feed` parameter named an origin the operator has not allowed.
    #[error("the feed address {url} is not on this site or its allowlist, so it was not loaded")]
    FeedNotAllowed { url: String },
    /// The feed loaded but cannot be used.
    #[error("{0}")]
    Feed(#[from] FeedError),
    /// The address names an article the feed does not have.
    #[error("the feed has no article with id {id:?}")]
    ArticleNotFound { id: String },
}
