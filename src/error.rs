//! Everything that can keep the reader from an article, as one type.
//!
//! `Display` is the English text written to the console for operators;
//! [`crate::i18n::Strings::error_title`] and friends give the reader's text.

use thiserror::Error;

use crate::jsonfeed::FeedError;
use crate::wordpress::WordPressError;

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
    /// The source is a WordPress site that cannot be read.
    #[error("{0}")]
    WordPress(#[from] WordPressError),
    /// The address names an article the feed does not have.
    #[error("the feed has no article with id {id:?}")]
    ArticleNotFound { id: String },
    /// The article loaded, but its body could not be rendered (the browser
    /// refused a call the sanitizer makes, or the walk failed). The rest of
    /// the page is unaffected.
    #[error("the body of article {id:?} could not be rendered: {reason}")]
    BodyUnreadable { id: String, reason: String },
}

impl ViewerError {
    /// A stable name for each kind of error, as `data-error` on its panel
    /// and `kind` in the widget's error event, for tests and themes.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Unreachable { .. } => "unreachable",
            Self::Http { .. } => "http",
            Self::Timeout { .. } => "timeout",
            Self::TooLarge { .. } => "too-large",
            Self::FeedNotAllowed { .. } => "feed-not-allowed",
            Self::Feed(FeedError::NotJson { .. }) => "not-json",
            Self::Feed(FeedError::NotJsonFeed { .. }) => "not-json-feed",
            Self::Feed(FeedError::WrongType { .. }) => "wrong-type",
            Self::Feed(FeedError::NoItems { .. }) => "no-items",
            Self::WordPress(WordPressError::HtmlInsteadOfJson { .. }) => "html-not-json",
            Self::WordPress(WordPressError::RestClosed { .. }) => "wordpress-closed",
            Self::WordPress(WordPressError::NotWordPress { .. }) => "not-wordpress",
            Self::WordPress(WordPressError::Api { .. }) => "wordpress-error",
            Self::WordPress(WordPressError::PagePastEnd { .. }) => "wordpress-page-past-end",
            Self::WordPress(WordPressError::NotPosts { .. }) => "wordpress-not-posts",
            Self::WordPress(WordPressError::NoPosts { .. }) => "wordpress-no-posts",
            Self::ArticleNotFound { .. } => "article-not-found",
            Self::BodyUnreadable { .. } => "unreadable-body",
        }
    }

    /// Whether trying again might cure it (a retry button is offered then).
    pub fn may_pass(&self) -> bool {
        match self {
            Self::Unreachable { .. } | Self::Timeout { .. } => true,
            Self::Http { status, .. } => *status >= 500 || *status == 429 || *status == 408,
            Self::WordPress(WordPressError::Api { status, .. }) => *status >= 500 || *status == 429,
            // Security plugins and caches that answer HTML often let a second try through.
            Self::WordPress(WordPressError::HtmlInsteadOfJson { .. }) => true,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ViewerError;

    #[test]
    fn only_passing_troubles_may_be_retried() {
        let http = |status| ViewerError::Http {
            url: "f".into(),
            status,
        };
        assert!(
            http(500).may_pass()
                && http(503).may_pass()
                && http(429).may_pass()
                && http(408).may_pass()
        );
        assert!(!http(404).may_pass() && !http(403).may_pass());
        assert!(ViewerError::Timeout {
            url: "f".into(),
            seconds: 1
        }
        .may_pass());
        assert!(!ViewerError::ArticleNotFound { id: "x".into() }.may_pass());
    }
}
