//! Which posts to suggest after an article.
//!
//! The publisher's list (extension `related`) wins when present. Without it
//! the viewer ranks the other posts by how many tags they share with the
//! article, then by recency, then by feed order, so a feed of standard
//! fields alone still gets sensible suggestions.

use std::cmp::Reverse;
use std::collections::HashSet;

use super::feed::{Feed, Item};

/// How many related posts the article page shows.
pub const RELATED_LIMIT: usize = 3;

/// The posts to suggest after `item`, at most `limit`, never `item` itself.
pub fn related_posts<'a>(feed: &'a Feed, item: &Item, limit: usize) -> Vec<&'a Item> {
    if let Some(ids) = &item.related {
        let mut seen = HashSet::new();
        return ids
            .iter()
            .filter(|id| **id != item.id && seen.insert(id.as_str()))
            .filter_map(|id| feed.item(id))
            .take(limit)
            .collect();
    }
    let tags: HashSet<&str> = item.tags.iter().map(String::as_str).collect();
    let mut candidates: Vec<(usize, &Item)> = feed
        .items
        .iter()
        .enumerate()
        .filter(|(_, other)| other.id != item.id)
        .collect();
    // Shared tags first, then newest (undated last), then the publisher's order.
    candidates.sort_by_key(|(position, other)| {
        let shared = other
            .tags
            .iter()
            .filter(|t| tags.contains(t.as_str()))
            .count();
        let published = other.date_published.as_ref().map(|d| d.unix_millis);
        (Reverse(shared), Reverse(published), *position)
    });
    candidates
        .into_iter()
        .take(limit)
        .map(|(_, other)| other)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fields::timestamp;

    fn post(id: &str, tags: &[&str], date: Option<&str>) -> Item {
        Item {
            id: id.into(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            date_published: date.and_then(timestamp),
            ..Item::default()
        }
    }

    fn ids(items: Vec<&Item>) -> Vec<&str> {
        items.into_iter().map(|i| i.id.as_str()).collect()
    }

    #[test]
    fn publisher_list_wins_and_skips_unknown_duplicate_and_self() {
        let mut main = post("a", &["x"], None);
        main.related = Some(vec![
            "c".into(),
            "zzz".into(),
            "a".into(),
            "c".into(),
            "b".into(),
        ]);
        let feed = Feed {
            items: vec![
                main.clone(),
                post("b", &[], None),
                post("c", &[], None),
                post("d", &["x"], None),
            ],
            ..Feed::default()
        };
        assert_eq!(ids(related_posts(&feed, &main, 3)), ["c", "b"]);
    }

    #[test]
    fn empty_publisher_list_means_no_related_posts() {
        let mut main = post("a", &[], None);
        main.related = Some(vec![]);
        let feed = Feed {
            items: vec![main.clone(), post("b", &[], None)],
            ..Feed::default()
        };
        assert!(related_posts(&feed, &main, 3).is_empty());
    }

    #[test]
    fn without_extension_shared_tags_then_recency_then_order() {
        let main = post("a", &["gulf", "oil"], None);
        let feed = Feed {
            items: vec![
                main.clone(),
                post("old-undated", &[], None),
                post("one-tag-old", &["oil"], Some("2024-01-01T00:00:00Z")),
                post("recent", &[], Some("2025-07-07T10:00:00+03:00")),
                post("two-tags", &["gulf", "oil"], Some("2020-01-01T00:00:00Z")),
                post("one-tag-new", &["gulf"], Some("2024-06-01T00:00:00Z")),
            ],
            ..Feed::default()
        };
        assert_eq!(
            ids(related_posts(&feed, &main, 4)),
            ["two-tags", "one-tag-new", "one-tag-old", "recent"]
        );
        assert_eq!(
            ids(related_posts(&feed, &main, 10)).last(),
            Some(&"old-undated")
        );
    }
}
