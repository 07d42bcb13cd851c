//! The root: settings, contexts, loading the feed, and the error panel when it fails.

use leptos::prelude::*;

use crate::components::FeedView;
use crate::embedding::{frame, offline, takeover, Mode, Parts};
use crate::i18n::{HijriSetting, Locale, Numerals, NumeralsSetting};
use crate::loader::{choose_feed, feed_resource, meta_content, read_settings};
use crate::preferences::ReaderPreferences;
use crate::routing::{address_params, Linking, Navigation, ShownReport};
use crate::views::ViewStore;

/// The whole viewer, owning the page.
#[component]
pub fn App() -> impl IntoView {
    let document = document();
    // The operator's `<html lang>` is the language of anything said before a feed names one.
    let page_language = document
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .filter(|lang| !lang.trim().is_empty())
        .unwrap_or_else(|| "ar".to_owned());
    let locale = Locale::of_language(&page_language);
    let settings = read_settings(&document);
    // The operator's display settings (README, "Settings").
    let digits =
        meta_content(&document, "article-viewer:digits").and_then(|value| Numerals::parse(&value));
    provide_context(NumeralsSetting(digits));
    let hijri = meta_content(&document, "article-viewer:hijri")
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"));
    provide_context(HijriSetting(hijri));

    let embed_param = address_params().and_then(|params| params.get("embed"));
    let mode = Mode::of_page(
        meta_content(&document, Mode::PRERENDER_META).as_deref(),
        embed_param.as_deref(),
    );
    mode.provide();
    provide_context(if mode == Mode::Frame {
        Parts::FRAME
    } else {
        Parts::ALL
    });

    let navigation = if mode.navigates_in_app() {
        Navigation::new()
    } else {
        // In a frame, links open the full viewer in a new tab: the host's
        // history (which a frame shares) is left alone.
        let viewer_page = window().location().pathname().unwrap_or_default();
        Navigation::of_page(Linking::Out {
            viewer_page,
            new_tab: true,
        })
    };
    navigation.provide();
    if mode == Mode::Frame {
        frame::start(&document);
    }
    ViewStore::new().provide();
    provide_context(ReaderPreferences::new());

    let source = choose_feed(&settings, &document, navigation.feed_param().as_deref());
    let feed = feed_resource(source, settings.clone());
    // Once the first opening is settled (its article on the page, fetched
    // on its own if it had to be, or an error) or the feed failed, the live
    // page replaces the build's copy; a frame later, when it is on the page.
    let settled = RwSignal::new(false);
    ShownReport::provide(move |_| settled.set(true));
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let failed = feed.with(|answer| matches!(answer, Some(Err(_))));
        let answered = settled.get() || failed;
        if answered {
            request_animation_frame(|| takeover::complete(&leptos::prelude::document()));
            // Offline reading, once the page is up (it never delays the first load).
            if mode.works_offline() {
                offline::register();
            }
        }
        answered
    });

    view! {
        <div class="viewer" on:click=move |event| navigation.on_click(event)>
            {mode.owns_document().then(|| view! {
                <a class="skip-link" href="#main">{locale.strings().skip_to_article}</a>
            })}
            <FeedView feed=feed settings=settings locale=locale fallback_language=page_language/>
        </div>
    }
}
