//! A loaded source that grows while the reader reads: the next page of
//! articles when the sidebar reaches the end of what is loaded, and an
//! article the address names that was not on the first page.
//!
//! Components read the feed and ask for more through this; they never
//! learn whether (or how) the source pages.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::more::{load_article, load_next_page};
use super::settings::FeedSettings;
use crate::error::ViewerError;
use crate::model::Feed;
use crate::wordpress::{past_the_end, WordPressError};

/// Where fetching the next page stands.
#[derive(Debug, Clone, PartialEq)]
pub enum PageLoad {
    /// Nothing in flight.
    Idle,
    /// A page is on its way.
    Loading,
    /// The last try failed; [`Shelf::load_next_page`] tries again.
    Failed(ViewerError),
}

/// Where fetching one article by id stands.
#[derive(Debug, Clone, PartialEq)]
pub enum Lookup {
    /// On its way.
    Pending,
    /// Fetched, and the source has no such article; or the fetch failed.
    Failed(ViewerError),
}

/// The loaded feed, and what is being fetched for it. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Shelf {
    feed: RwSignal<Arc<Feed>>,
    settings: StoredValue<FeedSettings>,
    page_load: RwSignal<PageLoad>,
    lookups: RwSignal<HashMap<String, Lookup>>,
}

impl Shelf {
    /// A shelf holding `feed`; later fetches keep within `settings`' limits
    /// and take its forced language.
    pub fn new(feed: Arc<Feed>, settings: FeedSettings) -> Self {
        Self {
            feed: RwSignal::new(feed),
            settings: StoredValue::new(settings),
            page_load: RwSignal::new(PageLoad::Idle),
            lookups: RwSignal::new(HashMap::new()),
        }
    }

    /// The feed as loaded so far (tracked: it grows).
    pub fn feed(&self) -> Arc<Feed> {
        self.feed.get()
    }

    /// The feed as loaded so far, untracked.
    pub fn feed_untracked(&self) -> Arc<Feed> {
        self.feed.get_untracked()
    }

    /// Whether the source has articles not loaded yet.
    pub fn has_more(&self) -> bool {
        self.feed.with(|feed| feed.more.next_page().is_some())
    }

    /// Where fetching the next page stands.
    pub fn page_load(&self) -> PageLoad {
        self.page_load.get()
    }

    /// Fetches the next page (once at a time), adding its articles.
    pub fn load_next_page(&self) {
        let more = self.feed.with_untracked(|feed| feed.more.clone());
        if more.next_page().is_none() || self.page_load.get_untracked() == PageLoad::Loading {
            return;
        }
        self.page_load.set(PageLoad::Loading);
        let shelf = *self;
        let settings = self.settings.get_value();
        spawn_local(async move {
            let outcome = load_next_page(&more, &settings).await;
            // The page may have gone while the answer was on its way.
            let _ = shelf.feed.try_update(|feed| {
                let feed = Arc::make_mut(feed);
                match &outcome {
                    Ok((items, after)) => {
                        feed.more = after.clone();
                        feed.append(items.clone());
                    }
                    Err(ViewerError::WordPress(WordPressError::PagePastEnd { .. })) => {
                        feed.more = past_the_end(&feed.more);
                    }
                    Err(_) => {}
                }
            });
            let state = match outcome {
                Ok(_) => PageLoad::Idle,
                Err(error) => PageLoad::Failed(error),
            };
            let _ = shelf.page_load.try_set(state);
        });
    }

    /// Whether an article missing from the feed can be fetched on its own.
    pub fn can_look_up(&self) -> bool {
        self.feed.with(|feed| feed.more.article_address.is_some())
    }

    /// Where fetching the article `id` stands; `None` before it is asked for.
    pub fn lookup(&self, id: &str) -> Option<Lookup> {
        self.lookups.with(|lookups| lookups.get(id).cloned())
    }

    /// Fetches the article `id` (once), adding it to the feed when the
    /// source has it.
    pub fn look_up(&self, id: String) {
        let more = self.feed.with_untracked(|feed| feed.more.clone());
        if more.article(&id).is_none() || self.lookups.with_untracked(|l| l.contains_key(&id)) {
            return;
        }
        self.lookups.update(|lookups| {
            lookups.insert(id.clone(), Lookup::Pending);
        });
        let shelf = *self;
        let settings = self.settings.get_value();
        spawn_local(async move {
            let outcome = load_article(&more, &id, &settings).await;
            match outcome {
                Ok(Some(item)) => {
                    let _ = shelf
                        .feed
                        .try_update(|feed| Arc::make_mut(feed).append(vec![item]));
                    let _ = shelf.lookups.try_update(|lookups| lookups.remove(&id));
                }
                Ok(None) => {
                    let error = ViewerError::ArticleNotFound { id: id.clone() };
                    let _ = shelf
                        .lookups
                        .try_update(|lookups| lookups.insert(id, Lookup::Failed(error)));
                }
                Err(error) => {
                    let _ = shelf
                        .lookups
                        .try_update(|lookups| lookups.insert(id, Lookup::Failed(error)));
                }
            }
        });
    }

    /// Forgets a failed lookup, so the next [`Self::look_up`] tries again.
    pub fn retry_lookup(&self, id: &str) {
        self.lookups.update(|lookups| {
            lookups.remove(id);
        });
    }
}
