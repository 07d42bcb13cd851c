//! The article page once the feed is loaded: the article and the sidebar.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::{ArticleView, ErrorPanel, MostViewed, Sidebar};
use crate::embedding::{Mode, Parts};
use crate::error::ViewerError;
use crate::feed::Feed;
use crate::i18n::{Direction, Locale};
use crate::preferences::use_numerals;
use crate::reading_position;
use crate::routing::Navigation;
use crate::views::ViewStore;
use wasm_bindgen::JsCast;

/// The page for the current address: counts each opening once, keeps the
/// document's title, `lang` and `dir` in step with the article.
#[component]
pub fn Page(
    /// The loaded feed.
    feed: Arc<Feed>,
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

    let current = {
        let feed = feed.clone();
        Memo::new(move |_| resolve(&feed, navigation.opening().article))
    };

    // One count per opening: the effect re-runs on every navigation, even to
    // the same article, and only then.
    {
        let feed = feed.clone();
        Effect::new(move |_| {
            let opening = navigation.opening();
            if let Ok(index) = resolve(&feed, opening.article) {
                let id = feed.items[index].id.clone();
                if mode.counts_openings() {
                    store.record_opening(id.clone());
                }
                // Back to where the reader left this article, once it is laid out.
                if mode.restores_reading_position() {
                    request_animation_frame(move || {
                        request_animation_frame(move || reading_position::restore(&id))
                    });
                }
            }
        });
    }

    // The document follows the article: title for tabs and history, lang and dir for the page.
    if mode.owns_document() {
        let feed = feed.clone();
        let fallback_language = feed_language.clone();
        Effect::new(move |_| {
            let document = document();
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

    let current_id = {
        let feed = feed.clone();
        Signal::derive(move || current.get().ok().map(|index| feed.items[index].id.clone()))
    };

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
    let main = {
        let feed = feed.clone();
        move || {
            match current.get() {
            Ok(index) => view! {
                <ArticleView feed=feed.clone() index=index fallback_language=fallback_language.clone()/>
            }
            .into_any(),
            Err(error) => view! {
                <ErrorPanel error=error locale=feed_locale home_href=navigation.home_href()/>
            }
            .into_any(),
        }
        }
    };
    let parts = use_context::<Parts>().unwrap_or_default();
    let aside = parts.has_aside().then(|| {
        view! {
            <aside class="page__aside">
                {parts.sidebar.then(|| view! {
                    <Sidebar feed=feed.clone() current=current_id locale=feed_locale numerals=feed_numerals/>
                })}
                {parts.most_viewed.then(|| view! {
                    <MostViewed feed=feed.clone() locale=feed_locale numerals=feed_numerals/>
                })}
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

/// The position of the article an address names; the first article when it names none.
pub(crate) fn resolve(feed: &Feed, article: Option<String>) -> Result<usize, ViewerError> {
    match article {
        None => Ok(0),
        Some(id) => feed
            .position(&id)
            .ok_or(ViewerError::ArticleNotFound { id }),
    }
}
