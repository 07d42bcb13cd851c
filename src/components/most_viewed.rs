//! The most-viewed list in the sidebar.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::post_entry::post_entry;
use crate::i18n::{Locale, Numerals};
use crate::model::Feed;
use crate::views::ranking::most_viewed;
use crate::views::ViewStore;

/// How many posts the list shows.
pub const MOST_VIEWED_LIMIT: usize = 5;

/// The posts with the most views (publisher's plus this browser's), best first,
/// re-ranked live as counts change.
#[component]
pub fn MostViewed(
    /// The feed whose posts are ranked.
    feed: Arc<Feed>,
    /// The feed's UI language.
    locale: Locale,
    /// The digits of the counts; the language's default when not given.
    #[prop(into, optional)]
    numerals: Option<Signal<Numerals>>,
) -> impl IntoView {
    let strings = locale.strings();
    let numerals = numerals.unwrap_or_else(|| Numerals::default_for(strings.lang).into());
    let store = ViewStore::expect();
    let ranked = {
        let feed = feed.clone();
        Memo::new(move |_| {
            let views = feed
                .items
                .iter()
                .map(|item| store.displayed(&item.id, item.publisher_views));
            most_viewed(views, MOST_VIEWED_LIMIT)
                .into_iter()
                .map(|(position, _)| position)
                .collect::<Vec<_>>()
        })
    };
    let entries = move || {
        ranked
            .get()
            .into_iter()
            .filter_map(|position| feed.items.get(position))
            .map(|post| {
                post_entry(
                    ("most-viewed__entry", "most-viewed__link"),
                    &feed,
                    post,
                    locale,
                    numerals,
                )
            })
            .collect_view()
    };
    view! {
        <section class="most-viewed" aria-labelledby="most-viewed-heading">
            <h2 class="most-viewed__heading" id="most-viewed-heading">{strings.most_viewed}</h2>
            // The list's own markers ("١.", "٢.") follow the digits of the counts beside them.
            <ol class="most-viewed__list" data-digits=move || numerals.get().as_str()>{entries}</ol>
        </section>
    }
}
