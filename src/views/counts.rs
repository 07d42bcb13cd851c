//! The counting rules: what the displayed number is, and how an opening that
//! could not be saved is kept until it can be.

use std::collections::HashMap;

/// This browser's opens of each article, per storage slot (see [`super::key`]).
///
/// `stored` mirrors what localStorage holds (as last read, written, or
/// reported by another tab); `unsaved` holds this tab's opens that storage
/// refused (blocked, full, unreadable), so they still count for the session
/// and are added on the next write that succeeds. Nothing is ever subtracted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ViewCounts {
    stored: HashMap<String, HashMap<u32, u64>>,
    unsaved: HashMap<String, u64>,
}

impl ViewCounts {
    /// This browser's opens of `id`: every slot's stored count plus this tab's unsaved ones.
    pub fn local(&self, id: &str) -> u64 {
        let stored = self.stored.get(id).map_or(0, |slots| {
            slots.values().fold(0u64, |sum, n| sum.saturating_add(*n))
        });
        stored.saturating_add(self.unsaved(id))
    }

    /// The number shown to the reader: the publisher's count plus this browser's opens.
    pub fn displayed(&self, id: &str, publisher_views: u64) -> u64 {
        publisher_views.saturating_add(self.local(id))
    }

    /// This tab's opens of `id` not yet written to storage.
    pub fn unsaved(&self, id: &str) -> u64 {
        self.unsaved.get(id).copied().unwrap_or(0)
    }

    /// Storage says slot `slot` holds `value` for `id`.
    pub fn set_stored(&mut self, id: &str, slot: u32, value: u64) {
        self.stored
            .entry(id.to_owned())
            .or_default()
            .insert(slot, value);
    }

    /// The value to write to this tab's slot for one more open of `id`,
    /// given what that slot holds now.
    pub fn next_value(&self, id: &str, stored_now: u64) -> u64 {
        stored_now
            .saturating_add(self.unsaved(id))
            .saturating_add(1)
    }

    /// `value` (from [`Self::next_value`]) was written to `slot`: unsaved opens are now in it.
    pub fn saved(&mut self, id: &str, slot: u32, value: u64) {
        self.unsaved.remove(id);
        self.set_stored(id, slot, value);
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
    fn displayed_is_publisher_plus_every_slot() {
        let mut counts = ViewCounts::default();
        assert_eq!(counts.displayed("a", 18), 18);
        counts.set_stored("a", 0, 2);
        counts.set_stored("a", 5, 3);
        assert_eq!(counts.displayed("a", 18), 23);
        counts.set_stored("a", 5, 4);
        assert_eq!(counts.displayed("a", 18), 24);
        assert_eq!(counts.displayed("b", 0), 0);
        counts.set_stored("a", 6, u64::MAX);
        assert_eq!(counts.displayed("a", 1), u64::MAX);
    }

    #[test]
    fn failed_writes_are_kept_and_folded_into_the_next_success() {
        let mut counts = ViewCounts::default();
        counts.set_stored("a", 1, 5);
        counts.unsaved_open("a");
        counts.unsaved_open("a");
        assert_eq!(counts.local("a"), 7);
        let next = counts.next_value("a", 5);
        assert_eq!(next, 8);
        counts.saved("a", 1, next);
        assert_eq!(counts.local("a"), 8);
        assert_eq!(counts.unsaved("a"), 0);
    }

    #[test]
    fn clearing_storage_keeps_unsaved_opens() {
        let mut counts = ViewCounts::default();
        counts.set_stored("a", 0, 5);
        counts.unsaved_open("a");
        counts.clear_stored();
        assert_eq!(counts.local("a"), 1);
    }
}
