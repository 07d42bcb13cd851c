//! What a source's reader hands over: the feed, and a warning for each part
//! of it that was dropped or ignored (written to the console by the loader).

use std::collections::HashSet;

use super::feed::{Feed, Item};

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

impl ItemWarning {
    /// A field of the item `id` ignored; the item kept.
    pub fn field_ignored(index: usize, id: &str, problem: String) -> Self {
        Self {
            index,
            id: Some(id.to_owned()),
            problem,
            skipped: false,
        }
    }

    /// The whole entry skipped.
    pub fn entry_skipped(index: usize, id: Option<String>, problem: String) -> Self {
        Self {
            index,
            id,
            problem,
            skipped: true,
        }
    }
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

/// Why a source's reader skipped one entry: the entry's id when it had a
/// usable one, and the problem.
pub type EntryProblem = (Option<String>, String);

/// The items a source's reader makes of its entries, in order, with every
/// warning: an entry `read` rejects, or whose id an earlier item has, is
/// skipped with a warning naming it. `id_name` is what the source calls an
/// id in that warning ("id", "slug").
pub fn collect_items<E>(
    entries: impl IntoIterator<Item = E>,
    id_name: &str,
    mut read: impl FnMut(usize, E, &mut Vec<ItemWarning>) -> Result<Item, EntryProblem>,
) -> (Vec<Item>, Vec<ItemWarning>) {
    let mut warnings = Vec::new();
    let mut items = Vec::new();
    let mut seen = HashSet::new();
    for (index, entry) in entries.into_iter().enumerate() {
        match read(index, entry, &mut warnings) {
            Ok(item) if !seen.insert(item.id.clone()) => warnings.push(ItemWarning::entry_skipped(
                index,
                Some(item.id),
                format!("an earlier one already has this {id_name}"),
            )),
            Ok(item) => items.push(item),
            Err((id, problem)) => warnings.push(ItemWarning::entry_skipped(index, id, problem)),
        }
    }
    (items, warnings)
}
