//! WordPress sites as a source: the REST API every stock WordPress serves
//! (`/wp-json/wp/v2/posts`), read into the same [`crate::model::Feed`] a
//! JSON Feed gives.
//!
//! Everything here is plain Rust, host-tested; the browser side (which
//! addresses to fetch, and telling a feed from a site by its answer) lives
//! in [`crate::loader`].

pub mod error;
pub mod paging;
pub mod posts;
pub mod routes;

pub use error::WordPressError;
pub use paging::{after_page, more_articles, past_the_end, Totals};
pub use posts::{feed_of, read_posts, Posts, Site};
pub use routes::RestRoot;
