//! The article page once the feed is loaded: the article and the sidebar.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::{ArticleView, ErrorPanel, Loading, MostViewed, Sidebar};
use crate::embedding::{Mode, Parts};
use crate::error::ViewerError;
use crate::i18n::{Direction, Locale};
use crate::loader::{FeedSettings, Lookup, Shelf};
use crate::model::Feed;
use crate::preferences::use_numerals;
use crate::reading_position;
use crate::routing::{resolve, Navigation, Shown, ShownReport};
use crate::views::ViewStore;
use wasm_bindgen::JsCast;

/// The page for the current address: counts each opening once, keeps the
/// document's title, `lang` and `dir` in step with the article. An article
/// the address names that is not loaded is fetched on its own, when the
/// source can do that. The sidebar and the most-viewed list are built in a
/// task after the article's, and the opening is reported ([`ShownReport`])
/// once both are there.
#[component]
pub fn Page(
    /// The loaded feed.
    feed: Arc<Feed>,
    /// The limits (and forced language) for what is fetched later.
    #[prop(optional)]
    settings: FeedSettings,
    /// The language to use when the feed names none and none can be told
    /// from its text (the page's `<html lang>`).
    #[prop(into)]
    fallback_language: String,
) -> impl IntoView {
    let navigation = Navigation::from_context().unwrap_or_else(|| {
        let navigation = Navigation::new();
        navigation.provide();
        navigation
    });
    let store = ViewStore::expect();
    let mode = Mode::current();
    let feed_language = feed.own_language().unwrap_or(&fallback_language).to_owned();
    let feed_locale = Locale::of_language(&feed_language);
    let feed_numerals = use_numerals(&feed_language);

    let shelf = Shelf::new(feed.clone(), settings);
    let shown = Memo::new(move |_| {
        let article = navigation.opening().article;
        match resolve(&shelf.feed(), article) {
            Ok(index) => Shown::Article(index),
            Err(ViewerError::ArticleNotFound { id }) if shelf.can_look_up() => {
                match shelf.lookup(&id) {
                    None | Some(Lookup::Pending) => Shown::Fetching(id),
                    Some(Lookup::Failed(error)) => Shown::Missing(error),
                }
            }
            Err(error) => Shown::Missing(error),
        }
    });
    let current = Memo::new(move |_| match shown.get() {
        Shown::Article(index) => Ok(index),
        Shown::Fetching(id) => Err(ViewerError::ArticleNotFound { id }),
        Shown::Missing(error) => Err(error),
    });

    // The sidebar and the most-viewed list are built in a task of their own
    // after the article's: the article and its count come first, and no
    // single task builds the whole page. Whoever waits for the page (the
    // takeover of the written copy, an element's `loaded` event) is told
    // only once both are there, so the reader never sees a page without
    // its sidebar.
    let parts = use_context::<Parts>().unwrap_or_default();
    let aside_built = RwSignal::new(!parts.has_aside());
    if parts.has_aside() {
        set_timeout(
            move || {
                // The page may be gone by then (another feed): nothing to build.
                let _ = aside_built.try_set(true);
            },
            std::time::Duration::ZERO,
        );
    }
    let unreported = RwSignal::new(None::<Result<(String, String), ViewerError>>);
    Effect::new(move |_| {
        unreported.track();
        if !aside_built.get() {
            return;
        }
        // Taken, so each outcome is told once.
        if let Some(outcome) = unreported.try_update_untracked(Option::take).flatten() {
            ShownReport::report(outcome);
        }
    });

    // One count per opening, once its article is there: the effect re-runs
    // on every navigation (even to the same article) and when a fetched
    // article arrives, and counts an opening only once.
    let counted = StoredValue::new(None::<u64>);
    let report_language = feed_language.clone();
    Effect::new(move |_| {
        let opening = navigation.opening();
        let outcome = shown.get();
        if counted.get_value() == Some(opening.sequence) {
            return;
        }
        match outcome {
            Shown::Fetching(id) => shelf.look_up(id),
            Shown::Missing(error) => {
                counted.set_value(Some(opening.sequence));
                unreported.set(Some(Err(error)));
            }
            Shown::Article(index) => {
                counted.set_value(Some(opening.sequence));
                let feed = shelf.feed_untracked();
                let item = &feed.items[index];
                let language = feed.language_of(item).unwrap_or(&report_language);
                let label = Locale::of_language(language)
                    .strings()
                    .label_of(item)
                    .to_owned();
                let id = item.id.clone();
                if mode.counts_openings() {
                    store.record_opening(id.clone());
                }
                unreported.set(Some(Ok((id.clone(), label))));
                // Back to where the reader left this article, once it is laid out.
                if mode.restores_reading_position() {
                    request_animation_frame(move || {
                        request_animation_frame(move || reading_position::restore(&id))
                    });
                }
            }
        }
    });

    // The document follows the article: title for tabs and history, lang and dir for the page.
    if mode.owns_document() {
        let fallback_language = feed_language.clone();
        Effect::new(move |_| {
            let document = document();
            let feed = shelf.feed_untracked();
            let (title, language) = match current.get() {
                Ok(index) => {
                    let item = &feed.items[index];
                    let language = feed
                        .language_of(item)
                        .unwrap_or(&fallback_language)
                        .to_owned();
                    (
                        Locale::of_language(&language)
                            .strings()
                            .label_of(item)
                            .to_owned(),
                        language,
                    )
                }
                Err(ref error) => {
                    let strings = Locale::of_language(&fallback_language).strings();
                    (
                        (strings.error_title)(error).to_owned(),
                        fallback_language.clone(),
                    )
                }
            };
            match &feed.title {
                Some(feed_title) => document.set_title(&format!("{title} — {feed_title}")),
                None => document.set_title(&title),
            }
            if let Some(root) = document.document_element() {
                let _ = root.set_attribute("lang", &language);
                let _ = root.set_attribute("dir", Direction::of_language(&language).as_str());
            }
        });
    }

    let current_id = Memo::new(move |_| {
        current
            .get()
            .ok()
            .map(|index| shelf.feed_untracked().items[index].id.clone())
    });

    // Remember how far the reader is, once scrolling pauses for a moment.
    if mode.restores_reading_position() {
        let pending = StoredValue::new(None::<i32>);
        let handle = window_event_listener(leptos::ev::scroll, move |_| {
            let window = window();
            if let Some(timer) = pending.get_value() {
                window.clear_timeout_with_handle(timer);
            }
            let save = wasm_bindgen::closure::Closure::once_into_js(move || {
                if let Some(id) = current_id.try_get_untracked().flatten() {
                    reading_position::save(&id);
                }
            });
            let timer = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(save.unchecked_ref(), 200)
                .ok();
            pending.set_value(timer);
        });
        on_cleanup(move || handle.remove());
    }
    let main = move || {
        match shown.get() {
        Shown::Article(index) => view! {
            <ArticleView feed=shelf.feed_untracked() index=index fallback_language=fallback_language.clone()/>
        }
        .into_any(),
        Shown::Fetching(_) => view! { <Loading locale=feed_locale/> }.into_any(),
        Shown::Missing(error) => {
            // A lookup that may pass (network, server) can be tried again.
            let retry = error
                .may_pass()
                .then(|| navigation.opening_untracked().article)
                .flatten()
                .map(|id| Callback::new(move |()| shelf.retry_lookup(&id)));
            view! {
                <ErrorPanel error=error locale=feed_locale on_retry=retry home_href=navigation.home_href()/>
            }
            .into_any()
        }
    }
    };
    let aside = parts.has_aside().then(|| {
        view! {
            <aside class="page__aside">
                {move || aside_built.get().then(|| view! {
                    {parts.sidebar.then(|| view! {
                        <Sidebar shelf=shelf current=current_id locale=feed_locale numerals=feed_numerals/>
                    })}
                    {parts.most_viewed.then_some(move || view! {
                        // Ranked anew when more of the source's posts arrive.
                        <MostViewed feed=shelf.feed() locale=feed_locale numerals=feed_numerals/>
                    })}
                }.into_any())}
            </aside>
        }
    });
    view! {
        {mode.owns_document().then(|| view! { <div class="reading-progress" aria-hidden="true"></div> })}
        <div
            class="page"
            class:page--single=!parts.has_aside()
            lang=feed_language.clone()
            dir=Direction::of_language(&feed_language).as_str()
        >
            {parts.article.then(|| view! { <main class="page__main" id="main">{main}</main> })}
            {aside}
        </div>
    }
}
