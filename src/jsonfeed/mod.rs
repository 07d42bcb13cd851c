//! The JSON Feed source: a JSON Feed 1.0 or 1.1 document read into the
//! article model ([`crate::model`]), with this viewer's extension folded in.
//!
//! Plain Rust with no browser types, host-tested. Fetching is in
//! [`crate::loader`].

pub mod error;
pub mod parse;
mod raw;

pub use error::FeedError;
pub use parse::{parse_feed, parse_feed_bytes};
