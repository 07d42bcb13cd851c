//! The localStorage format of view counts, version 1.
//!
//! One key per article: `article-viewer:v1:views:<item id>`, whose value is
//! the number of times this browser opened the article, as a decimal integer.
//! One key per article keeps a write small and means two tabs touching
//! different articles never contend. The `v1` lets a later release migrate:
//! it reads `v1` keys and writes its own, never reinterpreting them.

/// The prefix of every key this viewer writes.
pub const KEY_PREFIX: &str = "article-viewer:v1:views:";

/// The name of the Web Lock that serializes read-modify-write of counts
/// across tabs.
pub const LOCK_NAME: &str = "article-viewer:v1:views";

/// The storage key of an article's count.
pub fn storage_key(id: &str) -> String {
    format!("{KEY_PREFIX}{id}")
}

/// The article id a storage key belongs to, if it is one of ours.
pub fn article_id(key: &str) -> Option<&str> {
    key.strip_prefix(KEY_PREFIX)
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
    if trimmed.is_empty() || !trimmed.bytes().all(|b| b.is_ascii_digit()) {
        return Err(UnreadableCount {
            value: value.chars().take(40).collect(),
        });
    }
    trimmed.parse().map_err(|_| UnreadableCount {
        value: value.chars().take(40).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip() {
        assert_eq!(storage_key("غزة/1"), "article-viewer:v1:views:غزة/1");
        assert_eq!(article_id(&storage_key("غزة/1")), Some("غزة/1"));
        assert_eq!(article_id("article-viewer:v2:views:x"), None);
        assert_eq!(article_id("other"), None);
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
