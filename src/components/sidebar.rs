//! The sidebar's list of the feed's posts with their view counts, a page at a time.
//!
//! A source that serves its posts a page at a time (WordPress) counts all
//! of them in the pager; reaching posts not loaded yet fetches the next
//! page of the source.

use leptos::prelude::*;

use crate::components::post_entry::post_entry;
use crate::components::ErrorPanel;
use crate::i18n::{Locale, Numerals};
use crate::loader::{PageLoad, Shelf};
use crate::views::ViewStore;

/// Posts per page: a long feed never puts more than this many entries in the page.
pub const PAGE_SIZE: usize = 12;

/// The feed's other posts, in the publisher's order, each with its view
/// count. The article being read is left out, as on the page this was
/// modelled on.
#[component]
pub fn Sidebar(
    /// The loaded source whose posts are listed.
    shelf: Shelf,
    /// The id of the article being read.
    #[prop(into)]
    current: Signal<Option<String>>,
    /// The feed's UI language.
    locale: Locale,
    /// The digits of counts and page numbers; the language's default when not given.
    #[prop(into, optional)]
    numerals: Option<Signal<Numerals>>,
) -> impl IntoView {
    let strings = locale.strings();
    let numerals = numerals.unwrap_or_else(|| Numerals::default_for(strings.lang).into());
    let store = ViewStore::expect();
    let page = RwSignal::new(0usize);
    let heading = shelf
        .feed_untracked()
        .title
        .clone()
        .unwrap_or_else(|| strings.latest_posts.to_owned());
    // One memo for what the list shows. Splitting it into several memos
    // that the list reads together (a diamond: list ← page ← positions, and
    // list ← positions) left the list stale on navigation with Leptos 0.8's
    // reactive graph; `sidebar_follows_the_article_being_read` guards it.
    let shown = Memo::new(move |_| {
        let feed = shelf.feed();
        let listed: Vec<usize> = current.with(|current| {
            feed.items
                .iter()
                .enumerate()
                .filter(|(_, post)| current.as_deref() != Some(post.id.as_str()))
                .map(|(position, _)| position)
                .collect()
        });
        // Posts not loaded yet count too; the one being read is not listed.
        let reading = usize::from(listed.len() < feed.items.len());
        let listed_in_all = listed.len().max(feed.total().saturating_sub(reading));
        let pages = listed_in_all.div_ceil(PAGE_SIZE).max(1);
        let page_index = page.get().min(pages - 1);
        let positions: Vec<usize> = listed
            .iter()
            .copied()
            .skip(page_index * PAGE_SIZE)
            .take(PAGE_SIZE)
            .collect();
        let wants_more =
            (page_index + 1) * PAGE_SIZE > listed.len() && feed.more.next_page().is_some();
        ShownPage {
            positions,
            page_index,
            pages,
            wants_more,
        }
    });
    // The page on screen reaches past what is loaded: fetch the source's
    // next page (once; after a failure, only the retry button tries again).
    Effect::new(move |_| {
        if shown.with(|s| s.wants_more) && shelf.page_load() == PageLoad::Idle {
            shelf.load_next_page();
        }
    });
    let entries = move || {
        let feed = shelf.feed_untracked();
        shown.with(|shown| {
            shown
                .positions
                .iter()
                .filter_map(|position| feed.items.get(*position))
                .map(|post| {
                    post_entry(
                        ("sidebar__entry", "sidebar__link"),
                        &feed,
                        post,
                        locale,
                        numerals,
                    )
                })
                .collect_view()
        })
    };
    let page_index = move || shown.with(|s| s.page_index);
    let pages = move || shown.with(|s| s.pages);
    let pager = move || {
        (pages() > 1).then(|| {
            view! {
                <nav class="sidebar__pager" aria-label=strings.latest_posts>
                    <button
                        type="button"
                        disabled=move || { page_index() == 0 }
                        on:click=move |_| page.set(page_index().saturating_sub(1))
                    >
                        {strings.newer_posts}
                    </button>
                    <span class="sidebar__page">{move || numerals.get().localize(&(strings.page_of)(page_index() + 1, pages()))}</span>
                    <button
                        type="button"
                        disabled=move || { page_index() + 1 >= pages() }
                        on:click=move |_| page.set(page_index() + 1)
                    >
                        {strings.older_posts}
                    </button>
                </nav>
            }
        })
    };
    view! {
        <section class="sidebar" aria-labelledby="sidebar-heading">
            <h2 class="sidebar__heading" id="sidebar-heading" dir="auto">{heading}</h2>
            <ul class="sidebar__list" aria-busy=move || (shelf.page_load() == PageLoad::Loading).to_string()>
                {entries}
            </ul>
            {move || match shelf.page_load() {
                PageLoad::Loading if shown.with(|s| s.positions.len() < PAGE_SIZE) => Some(view! {
                    <p class="sidebar__loading" role="status">{strings.loading}</p>
                }.into_any()),
                PageLoad::Failed(error) => Some(view! {
                    <ErrorPanel
                        error=error
                        locale=locale
                        nested=true
                        on_retry=Some(Callback::new(move |()| shelf.load_next_page()))
                    />
                }.into_any()),
                _ => None,
            }}
            {pager}
            {move || store.problem().map(|problem| view! {
                <p class="sidebar__storage-notice" role="status" title=problem.to_string()>{strings.storage_notice}</p>
            })}
        </section>
    }
}

/// The slice of the list on screen.
#[derive(Debug, Clone, PartialEq)]
struct ShownPage {
    positions: Vec<usize>,
    page_index: usize,
    pages: usize,
    /// The page reaches past the loaded posts, and the source has more.
    wants_more: bool,
}
