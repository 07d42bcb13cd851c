//! What a source's reader hands over: the feed, and a warning for each part
//! of it that was dropped or ignored (written to the console by the loader).

use super::feed::Feed;

/// A feed and what was wrong with the parts of it that were dropped.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedFeed {
    pub feed: Feed,
    pub warnings: Vec<ItemWarning>,
}

/// Something in one item that the parser dropped or ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemWarning {
    /// The item's index in the feed's `items` array.
    pub index: usize,
    /// The item's id, when it had a usable one.
    pub id: Option<String>,
    pub problem: String,
    /// True when the whole item was skipped, false when only a field was.
    pub skipped: bool,
}

impl std::fmt::Display for ItemWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let action = if self.skipped { "skipped" } else { "kept" };
        match &self.id {
            Some(id) => write!(
                f,
                "item {} (id {id:?}) {action}: {}",
                self.index, self.problem
            ),
            None => write!(f, "item {} {action}: {}", self.index, self.problem),
        }
    }
}
