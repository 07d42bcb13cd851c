//! The counting rules: what the displayed number is, and how an opening that
//! could not be saved is kept until it can be.

use std::collections::HashMap;

/// This browser's opens of each article.
///
/// `stored` mirrors what localStorage holds (as last read or written);
/// `unsaved` holds opens that storage refused (blocked, full, unreadable), so
/// they still count for this session and are added on the next write that
/// succeeds. Nothing is ever subtracted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ViewCounts {
    stored: HashMap<String, u64>,
    unsaved: HashMap<String, u64>,
}

impl ViewCounts {
    /// This browser's opens of `id`: stored plus not yet saved.
    pub fn local(&self, id: &str) -> u64 {
        let stored = self.stored.get(id).copied().unwrap_or(0);
        stored.saturating_add(self.unsaved.get(id).copied().unwrap_or(0))
    }

    /// The number shown to the reader: the publisher's count plus this browser's opens.
    pub fn displayed(&self, id: &str, publisher_views: u64) -> u64 {
        publisher_views.saturating_add(self.local(id))
    }

    /// Opens of `id` not yet written to storage.
    pub fn unsaved(&self, id: &str) -> u64 {
        self.unsaved.get(id).copied().unwrap_or(0)
    }

    /// Storage says `id` has `value` (read at start, or written by another tab).
    pub fn set_stored(&mut self, id: &str, value: u64) {
        self.stored.insert(id.to_owned(), value);
    }

    /// The value to write for one more open of `id`, given what storage holds now.
    pub fn next_value(&self, id: &str, stored_now: u64) -> u64 {
        stored_now
            .saturating_add(self.unsaved(id))
            .saturating_add(1)
    }

    /// `value` (from [`Self::next_value`]) was written: unsaved opens are now in it.
    pub fn saved(&mut self, id: &str, value: u64) {
        self.unsaved.remove(id);
        self.stored.insert(id.to_owned(), value);
    }

    /// The write failed: keep the open in memory.
    pub fn unsaved_open(&mut self, id: &str) {
        *self.unsaved.entry(id.to_owned()).or_insert(0) += 1;
    }

    /// Forget everything stored (another tab cleared storage); unsaved opens stay.
    pub fn clear_stored(&mut self) {
        self.stored.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displayed_is_publisher_plus_local() {
        let mut counts = ViewCounts::default();
        assert_eq!(counts.displayed("a", 18), 18);
        counts.set_stored("a", 2);
        assert_eq!(counts.displayed("a", 18), 20);
        assert_eq!(counts.displayed("b", 0), 0);
        assert_eq!(counts.displayed("a", u64::MAX), u64::MAX);
    }

    #[test]
    fn failed_writes_are_kept_and_folded_into_the_next_success() {
        let mut counts = ViewCounts::default();
        counts.set_stored("a", 5);
        counts.unsaved_open("a");
        counts.unsaved_open("a");
        assert_eq!(counts.local("a"), 7);
        // Another tab wrote 6 meanwhile: our two unsaved opens and this one go on top.
        let next = counts.next_value("a", 6);
        assert_eq!(next, 9);
        counts.saved("a", next);
        assert_eq!(counts.local("a"), 9);
        assert_eq!(counts.unsaved("a"), 0);
    }

    #[test]
    fn clearing_storage_keeps_unsaved_opens() {
        let mut counts = ViewCounts::default();
        counts.set_stored("a", 5);
        counts.unsaved_open("a");
        counts.clear_stored();
        assert_eq!(counts.local("a"), 1);
    }
}
