//! Fetches what a loaded source did not give at first: its next page of
//! articles, and one article by id (an address naming a post that is not
//! on the first page). Both go through the same limits and the same
//! reading of answers as the first load.

use super::answer::{read_answer, Reading};
use super::fetch::{closed_if_refused, fetch_bytes, WORDPRESS_FIRST_PAGE};
use super::settings::FeedSettings;
use crate::error::ViewerError;
use crate::model::{Item, ItemWarning, MoreArticles};
use crate::wordpress::{after_page, Posts, WordPressError};

/// The next page's articles, and where the rest are after it. `Ok` with
/// no articles when there is no next page.
pub async fn load_next_page(
    more: &MoreArticles,
    settings: &FeedSettings,
) -> Result<(Vec<Item>, MoreArticles), ViewerError> {
    let Some(url) = more.next_page() else {
        return Ok((Vec::new(), more.clone()));
    };
    let fetched = fetch_bytes(&url, settings, None).await?;
    let posts = posts_of(&url, read_answer(&url, fetched.status, &fetched.bytes))?;
    let after = after_page(
        more,
        WORDPRESS_FIRST_PAGE,
        posts.items.len(),
        fetched.totals,
    );
    warn(&url, &posts.warnings);
    Ok((posts.items, after))
}

/// The article `id`, fetched on its own; `Ok(None)` when the source says
/// there is no such article (a post deleted, or a mistyped address).
pub async fn load_article(
    more: &MoreArticles,
    id: &str,
    settings: &FeedSettings,
) -> Result<Option<Item>, ViewerError> {
    let Some(url) = more.article(id) else {
        return Ok(None);
    };
    let fetched = fetch_bytes(&url, settings, None).await?;
    let posts = posts_of(&url, read_answer(&url, fetched.status, &fetched.bytes))?;
    warn(&url, &posts.warnings);
    // The site matches slugs after its own clean-up; only the one asked for will do.
    Ok(posts.items.into_iter().find(|item| item.id == id))
}

fn posts_of(url: &str, answer: Result<Reading, ViewerError>) -> Result<Posts, ViewerError> {
    match answer.map_err(|error| closed_if_refused(error, url))? {
        Reading::Posts(posts) => Ok(posts),
        _ => Err(WordPressError::NotPosts {
            url: url.to_owned(),
            detail: "the posts route answered something other than a list of posts".into(),
        }
        .into()),
    }
}

fn warn(url: &str, warnings: &[ItemWarning]) {
    for warning in warnings {
        web_sys::console::warn_1(&format!("article-viewer: {url}: {warning}").into());
    }
}
