//! The most-viewed list: the top `k` of `n` posts in O(n log k).
//!
//! A bounded min-heap keeps the best `k` seen so far, so a feed of thousands
//! of posts costs a pass, not a full sort, on every count change.

use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

/// A post's place in the ranking: more views first, then earlier in the feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Rank {
    views: u64,
    position: usize,
}

impl Ord for Rank {
    fn cmp(&self, other: &Self) -> Ordering {
        self.views
            .cmp(&other.views)
            .then_with(|| other.position.cmp(&self.position))
    }
}

impl PartialOrd for Rank {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Positions of the `k` most viewed posts, best first. `views` yields each
/// post's displayed count in feed order. Ties go to the earlier post.
pub fn most_viewed(views: impl IntoIterator<Item = u64>, k: usize) -> Vec<(usize, u64)> {
    if k == 0 {
        return Vec::new();
    }
    let mut heap: BinaryHeap<Reverse<Rank>> = BinaryHeap::with_capacity(k + 1);
    for (position, views) in views.into_iter().enumerate() {
        let rank = Rank { views, position };
        if heap.len() < k {
            heap.push(Reverse(rank));
        } else if heap.peek().is_some_and(|Reverse(worst)| rank > *worst) {
            heap.pop();
            heap.push(Reverse(rank));
        }
    }
    let mut best: Vec<Rank> = heap.into_iter().map(|Reverse(rank)| rank).collect();
    best.sort_unstable_by(|a, b| b.cmp(a));
    best.into_iter()
        .map(|rank| (rank.position, rank.views))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_top_k_with_ties_to_the_earlier_post() {
        // The seed's sidebar counts.
        let views = [2, 4, 9, 9, 18, 13, 17, 21, 12, 15, 13, 18];
        assert_eq!(
            most_viewed(views, 5),
            [(7, 21), (4, 18), (11, 18), (6, 17), (9, 15)]
        );
        assert_eq!(most_viewed(views, 0), []);
        assert_eq!(most_viewed([3, 1], 5), [(0, 3), (1, 1)]);
    }

    #[test]
    fn matches_a_full_sort() {
        let views: Vec<u64> = (0..2000u64).map(|i| (i * 7919) % 613).collect();
        let mut sorted: Vec<(usize, u64)> = views.iter().copied().enumerate().collect();
        sorted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        sorted.truncate(10);
        assert_eq!(most_viewed(views, 10), sorted);
    }
}
