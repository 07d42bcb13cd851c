//! The API's own pagination: `per_page` and `page` in, the `X-WP-Total`
//! and `X-WP-TotalPages` headers out (which core exposes to other origins),
//! turned into the model's [`MoreArticles`].

use super::routes::RestRoot;
use crate::model::MoreArticles;

/// What a page of posts says about all of them, from its headers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Totals {
    /// `X-WP-Total`: posts in all.
    pub posts: Option<usize>,
    /// `X-WP-TotalPages`: pages of this size in all.
    pub pages: Option<u32>,
}

impl Totals {
    /// Reads the two headers (missing or garbled ones are `None`: a cache
    /// or proxy may drop them).
    pub fn from_headers(total: Option<&str>, total_pages: Option<&str>) -> Self {
        Self {
            posts: total.and_then(|value| value.trim().parse().ok()),
            pages: total_pages.and_then(|value| value.trim().parse().ok()),
        }
    }
}

/// Where the rest of a site's posts are, after its first page of `per_page`.
///
/// Without the headers, a full first page is taken to have a next one (and
/// a 400 or an empty page ends the list), a short one not.
pub fn more_articles(root: &RestRoot, per_page: u32, first: usize, totals: Totals) -> MoreArticles {
    let pages = totals
        .pages
        .or_else(|| {
            totals.posts.map(|posts| {
                u32::try_from(posts.div_ceil(per_page.max(1) as usize)).unwrap_or(u32::MAX)
            })
        })
        .unwrap_or(if first >= per_page as usize { 2 } else { 1 });
    MoreArticles {
        page_address: Some(root.posts_page_address(per_page)),
        pages_loaded: 1,
        pages: pages.max(1),
        total: totals.posts,
        article_address: Some(root.post_by_slug_address()),
    }
}

/// `more` after its next page came with `count` posts and `totals`.
pub fn after_page(
    more: &MoreArticles,
    per_page: u32,
    count: usize,
    totals: Totals,
) -> MoreArticles {
    let loaded = more.pages_loaded + 1;
    let pages = match totals.pages {
        Some(pages) => pages,
        // No headers: a full page may have another after it.
        None if count >= per_page as usize => loaded + 1,
        None => loaded,
    };
    MoreArticles {
        pages_loaded: loaded,
        pages: if count == 0 {
            loaded.min(more.pages)
        } else {
            pages.max(loaded)
        },
        total: totals.posts.or(more.total),
        ..more.clone()
    }
}

/// `more` once the site said the next page is past the end: posts were
/// deleted since the first page, and there is no more (nor is its total
/// of posts true any longer: what is loaded is all there is).
pub fn past_the_end(more: &MoreArticles) -> MoreArticles {
    MoreArticles {
        pages: more.pages_loaded,
        total: None,
        ..more.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> RestRoot {
        RestRoot::new("https://news.example/wp-json/")
    }

    #[test]
    fn the_headers_give_the_pages_and_the_next_address() {
        let more = more_articles(&root(), 20, 20, Totals::from_headers(Some("26"), Some("2")));
        assert_eq!(
            (more.pages_loaded, more.pages, more.total),
            (1, 2, Some(26))
        );
        let next = more.next_page().expect("a second page");
        assert!(
            next.starts_with("https://news.example/wp-json/wp/v2/posts?per_page=20&"),
            "{next}"
        );
        assert!(next.ends_with("&page=2"), "{next}");
        let after = after_page(&more, 20, 6, Totals::from_headers(Some("26"), Some("2")));
        assert_eq!(after.next_page(), None);
        assert_eq!(after.pages_loaded, 2);
    }

    #[test]
    fn garbled_headers_count_as_missing() {
        let totals = Totals::from_headers(Some("lots"), Some(" 3 "));
        assert_eq!(
            totals,
            Totals {
                posts: None,
                pages: Some(3)
            }
        );
    }

    #[test]
    fn without_headers_a_full_page_may_have_a_next_one_and_a_short_one_has_not() {
        let full = more_articles(&root(), 20, 20, Totals::default());
        assert!(full.next_page().is_some());
        assert!(more_articles(&root(), 20, 7, Totals::default())
            .next_page()
            .is_none());
        // The next page full again: one more may follow; then an empty page ends it.
        let second = after_page(&full, 20, 20, Totals::default());
        assert!(second.next_page().unwrap().ends_with("page=3"));
        let third = after_page(&second, 20, 0, Totals::default());
        assert_eq!(third.next_page(), None);
    }

    #[test]
    fn only_the_total_still_gives_the_pages() {
        let more = more_articles(&root(), 20, 20, Totals::from_headers(Some("41"), None));
        assert_eq!(more.pages, 3);
    }

    #[test]
    fn a_page_past_the_end_ends_the_list() {
        let more = more_articles(&root(), 20, 20, Totals::from_headers(Some("60"), Some("3")));
        let ended = past_the_end(&more);
        assert_eq!(ended.next_page(), None);
        assert_eq!(ended.total, None);
        assert!(
            ended.article_address.is_some(),
            "one post can still be asked for"
        );
    }

    #[test]
    fn an_article_is_asked_for_by_its_slug_encoded_once() {
        let more = more_articles(&root(), 20, 20, Totals::default());
        let url = more.article("مرحبا").unwrap();
        assert!(
            url.ends_with("&slug=%D9%85%D8%B1%D8%AD%D8%A8%D8%A7"),
            "{url}"
        );
        assert_eq!(url, root().post_by_slug("مرحبا"));
    }
}
