//! Fuzzes the feed parser with arbitrary bytes: it must return a feed or a
//! `FeedError`, never panic, and a feed it returns must be usable.
//!
//! Run: `cargo +nightly fuzz run feed_parser` (from the repository root).

#![no_main]

use std::collections::HashSet;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(parsed) = article_viewer::feed::parse_feed_bytes(data) {
        assert!(!parsed.feed.items.is_empty());
        let mut ids = HashSet::new();
        for item in &parsed.feed.items {
            assert!(!item.id.trim().is_empty());
            assert!(ids.insert(item.id.as_str()));
        }
    }
});
