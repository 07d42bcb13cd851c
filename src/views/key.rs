//! The localStorage format of view counts, version 1.
//!
//! Keys are `article-viewer:v1:views:<slot>:<item id>`; each value is a
//! decimal integer: how many times the tab holding `<slot>` opened that
//! article. A browser's count for an article is the sum over slots.
//!
//! Why slots: tabs run in separate processes, each with its own cached view
//! of localStorage, so a read-add-write from two tabs can lose an update
//! even under a Web Lock (one tab's write may not have reached the other's
//! cache when the lock changes hands). A slot has one writer: each tab
//! holds the Web Lock `article-viewer:v1:slot:<n>` of the slot it writes for
//! as long as it lives, and a slot is reused by a later tab once free, so
//! the number of keys stays bounded by the tabs open at once. Browsers
//! without Web Locks all write slot 0.
//!
//! The `v1` lets a later release migrate: it reads `v1` keys and writes its
//! own, never reinterpreting them.

/// The prefix of every count key this viewer writes.
pub const KEY_PREFIX: &str = "article-viewer:v1:views:";

/// The prefix of the Web Lock a tab holds on its slot.
pub const SLOT_LOCK_PREFIX: &str = "article-viewer:v1:slot:";

/// How many slots a browser uses at most; tabs beyond share slot 0.
pub const MAX_SLOTS: u32 = 64;

/// The slot of browsers without Web Locks, and of tabs beyond [`MAX_SLOTS`].
pub const SHARED_SLOT: u32 = 0;

/// The storage key of an article's count in a slot.
pub fn storage_key(slot: u32, id: &str) -> String {
    format!("{KEY_PREFIX}{slot}:{id}")
}

/// The slot and article id a storage key belongs to, if it is one of ours.
pub fn parse_key(key: &str) -> Option<(u32, &str)> {
    let rest = key.strip_prefix(KEY_PREFIX)?;
    let (slot, id) = rest.split_once(':')?;
    if slot.is_empty()
        || slot.len() > 4
        || !slot.bytes().all(|b| b.is_ascii_digit())
        || id.is_empty()
    {
        return None;
    }
    Some((slot.parse().ok()?, id))
}

/// The name of the Web Lock for a slot.
pub fn slot_lock(slot: u32) -> String {
    format!("{SLOT_LOCK_PREFIX}{slot}")
}

/// A stored value that is not a count this version understands.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unreadable stored count {value:?}")]
pub struct UnreadableCount {
    pub value: String,
}

/// Parses a stored count. Anything but a plain non-negative integer is
/// refused, and the caller leaves it untouched rather than overwrite it.
pub fn parse_count(value: &str) -> Result<u64, UnreadableCount> {
    let trimmed = value.trim();
    let unreadable = || UnreadableCount {
        value: value.chars().take(40).collect(),
    };
    if trimmed.is_empty() || !trimmed.bytes().all(|b| b.is_ascii_digit()) {
        return Err(unreadable());
    }
    trimmed.parse().map_err(|_| unreadable())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip() {
        assert_eq!(storage_key(3, "غزة/1"), "article-viewer:v1:views:3:غزة/1");
        assert_eq!(parse_key(&storage_key(3, "غزة/1")), Some((3, "غزة/1")));
        assert_eq!(parse_key(&storage_key(0, "a:b:c")), Some((0, "a:b:c")));
        assert_eq!(parse_key("article-viewer:v2:views:0:x"), None);
        assert_eq!(parse_key("article-viewer:v1:views:x"), None);
        assert_eq!(parse_key("article-viewer:v1:views:x:y"), None);
        assert_eq!(parse_key("article-viewer:v1:views:1:"), None);
        assert_eq!(parse_key("other"), None);
        assert_eq!(slot_lock(7), "article-viewer:v1:slot:7");
    }

    #[test]
    fn only_plain_integers_are_counts() {
        assert_eq!(parse_count("0"), Ok(0));
        assert_eq!(parse_count(" 42 "), Ok(42));
        for bad in [
            "",
            "-1",
            "1.5",
            "1e3",
            "NaN",
            "{\"views\":3}",
            "99999999999999999999999",
            "٣",
        ] {
            assert!(parse_count(bad).is_err(), "{bad}");
        }
    }
}
