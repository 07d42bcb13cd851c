//! Why a WordPress site could not be read, one variant per thing its owner
//! (or the operator) can fix.

use thiserror::Error;

/// A WordPress answer that cannot be shown.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum WordPressError {
    /// An HTML page where JSON was expected: a security plugin, a cache or
    /// a login wall answered instead of the API.
    #[error("{url} answered with an HTML page where JSON was expected")]
    HtmlInsteadOfJson { url: String },
    /// The site answers, but its REST API is switched off or closed to
    /// readers (401, 403, or 404 on the posts route).
    #[error("the WordPress REST API at {url} is disabled or closed to readers (HTTP {status}{})",
        code.as_deref().map(|c| format!(", {c}")).unwrap_or_default())]
    RestClosed {
        url: String,
        status: u16,
        code: Option<String>,
    },
    /// JSON that is neither a JSON Feed nor a WordPress REST answer.
    #[error("{url} is neither a JSON Feed nor a WordPress REST API: {detail}")]
    NotWordPress { url: String, detail: String },
    /// WordPress answered with one of its error objects.
    #[error("WordPress answered {url} with the error {code} (HTTP {status}): {message}")]
    Api {
        url: String,
        status: u16,
        code: String,
        message: String,
    },
    /// A page of posts past the last one (`rest_post_invalid_page_number`).
    #[error("the site has no page {page} of posts")]
    PagePastEnd { page: u32 },
    /// The posts answer is not a list of posts.
    #[error("the posts at {url} could not be read: {detail}")]
    NotPosts { url: String, detail: String },
    /// The site has no published posts (or none with anything to show).
    #[error("the WordPress site has no published posts ({skipped} skipped)")]
    NoPosts { skipped: usize },
}
