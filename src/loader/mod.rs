//! Data loading: which feed to load (operator settings and the `feed`
//! parameter), and fetching it with a size limit and a time limit.
//!
//! [`settings`] and [`answer`] (what a server answered: a feed or a
//! WordPress site) are pure and host-tested; [`source`], [`fetch`] and
//! [`resource`] (the feed as a reactive resource), [`more`] and [`shelf`]
//! (what is fetched later: next pages, an article by id) and `head_start`
//! (the feed's request the page started itself) are the browser edge.

pub mod answer;
pub mod fetch;
mod head_start;
pub mod more;
pub mod resource;
pub mod settings;
pub mod shelf;
pub mod source;

pub use fetch::load_feed;
pub use resource::{feed_resource, FeedResource};
pub use settings::FeedSettings;
pub use shelf::{Lookup, PageLoad, Shelf};
pub use source::{choose_feed, meta_content, read_settings};
